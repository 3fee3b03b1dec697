"""The filter controls: search, themes with counts, region, period and kind facets, clear."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.lexicon import display_zh
from ..core.model.vocab import MAIN_THEMES, THEMES, UNTHEMED
from ..core.query.filters import Filters
from . import i18n
from .i18n import translate
from .room import PaneArea

ANY = QT_TRANSLATE_NOOP("filters_panel", "Any")
LABELS = {**THEMES, UNTHEMED: QT_TRANSLATE_NOOP("filters_panel", "No theme yet")}  # imported figures without a theme
KIND_CHOICES = (("", ANY), ("actual", QT_TRANSLATE_NOOP("filters_panel", "Actual results")),
                ("target", QT_TRANSLATE_NOOP("filters_panel", "Targets")),
                ("derived", QT_TRANSLATE_NOOP("filters_panel", "Derived")))


def label(code: str) -> str:
    """A theme's label: the data's word in the interface's language (the lexicon's), or ours for the figures
    without a theme."""
    if code == UNTHEMED:
        return translate("filters_panel", LABELS[code])
    return display_zh.themes_zh([code]) if i18n.in_use() == "zh" else LABELS[code]


class FiltersPanel(QWidget):
    changed = Signal(object)  # Filters
    widthHeld = Signal()      # the panel's minimum width was set again (a zoom)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._updating = False
        self.search = QLineEdit(placeholderText=translate("filters_panel",
                                                          "Search figures, initiatives, sources…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._emit)

        self.theme_boxes: dict[str, QCheckBox] = {}
        main = QGroupBox(translate("filters_panel", "Themes"))
        more = QGroupBox(translate("filters_panel", "More themes"))
        self.imported = QGroupBox(translate("filters_panel", "Imported"), objectName="themes-imported")
        for group, codes in ((main, MAIN_THEMES), (more, [t for t in THEMES if t not in MAIN_THEMES]),
                             (self.imported, [UNTHEMED])):
            layout = QVBoxLayout(group)
            for code in codes:
                box = QCheckBox(label(code))
                box.setObjectName(f"theme-{code}")
                box.toggled.connect(self._emit)
                layout.addWidget(box)
                self.theme_boxes[code] = box

        self.region, self.period, self.kind = QComboBox(), QComboBox(), QComboBox()
        for value, text in KIND_CHOICES:
            self.kind.addItem(translate("filters_panel", text), value)
        for combo in (self.region, self.period, self.kind):
            combo.currentIndexChanged.connect(self._emit)
            # as wide as the panel, not as its longest choice: a long region name would widen the panel
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        facets = QGroupBox(translate("filters_panel", "Facets"))
        form = QFormLayout(facets)
        form.addRow(translate("filters_panel", "Region"), self.region)
        form.addRow(translate("filters_panel", "Period"), self.period)
        form.addRow(translate("filters_panel", "Kind"), self.kind)

        self.clear = QPushButton(translate("filters_panel", "Clear filters"))
        self.clear.setToolTip(translate("filters_panel", "Show everything (Esc)"))
        self.clear.clicked.connect(self.reset)

        layout = QVBoxLayout(self)
        self.imported.hide()  # until figures without a theme are loaded
        for w in (self.search, main, self.imported, facets, more, self.clear):
            layout.addWidget(w)
        layout.addStretch(1)
        self._hold_width()

    def _hold_width(self) -> None:
        """A width that fits every theme with the largest count: counts that change as you filter or type a
        search (37 → 3) no longer widen or narrow the panel and move the whole window's layout."""
        texts = {code: box.text() for code, box in self.theme_boxes.items()}
        for code, box in self.theme_boxes.items():
            box.setText(f"{label(code)} (999)")
        self.setMinimumWidth(0)
        self.setMinimumWidth(self.minimumSizeHint().width())
        for code, box in self.theme_boxes.items():
            box.setText(texts[code])
        self.widthHeld.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "theme_boxes"):
            self._hold_width()

    def set_options(self, regions: list[str], periods: list[str]) -> None:
        self._updating = True
        for combo, values in ((self.region, regions), (self.period, periods)):
            combo.clear()
            combo.addItem(translate("filters_panel", ANY), "")
            shown = display_zh.region_zh if combo is self.region else display_zh.period_zh
            for v in values:  # the data's value, shown in the interface's language
                combo.addItem(shown(v) if i18n.in_use() == "zh" else v, v)
        self._updating = False

    def set_counts(self, counts: dict[str, int]) -> None:
        for code, box in self.theme_boxes.items():
            box.setText(f"{label(code)} ({counts.get(code, 0)})")
        unthemed = self.theme_boxes[UNTHEMED]
        self.imported.setVisible(counts.get(UNTHEMED, 0) > 0 or unthemed.isChecked())

    def filters(self) -> Filters:
        return Filters(themes=tuple(c for c, b in self.theme_boxes.items() if b.isChecked()),
                       region=self.region.currentData() or "", period=self.period.currentData() or "",
                       kind=self.kind.currentData() or "", search=self.search.text().strip())

    def set_filters(self, f: Filters) -> None:
        """Show `f` (e.g. restored from settings) and announce it once."""
        self._updating = True
        self.search.setText(f.search)
        for code, box in self.theme_boxes.items():
            box.setChecked(code in f.themes)
        for combo, value in ((self.region, f.region), (self.period, f.period), (self.kind, f.kind)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._updating = False
        self._emit()

    def reset(self) -> None:
        self.set_filters(Filters())

    def _emit(self, *_args) -> None:
        if not self._updating:
            self.changed.emit(self.filters())


class FiltersArea(PaneArea):
    """The filters, scrolled when the window is shorter than they are (zoomed on a 768-pixel-high laptop) rather
    than making the window taller than the screen, and across when zoomed on a narrow one."""

    def __init__(self, panel: FiltersPanel) -> None:
        super().__init__(panel, objectName="filters-area")
        panel.widthHeld.connect(self.updateGeometry)

    def inner_minimum(self) -> int:
        return self.widget().minimumWidth()
