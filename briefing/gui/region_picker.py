"""Above the "Compare regions" chart: which regions of the selected figure's series it draws (a checkable list in
a drop-down), and how: the stated levels, an index on a base year, or growth on the year before."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ..core.charts.kinds import VIEWS, Compare
from ..core.lexicon.display_zh import region_zh
from ..core.lexicon.words import DISPLAY
from .i18n import in_use, translate

_LIST = (", ", DISPLAY["zh"]["list"])  # between regions' names: English, Chinese
VIEW_TITLES = {"levels": QT_TRANSLATE_NOOP("region_picker", "Levels as stated"),
               "index": QT_TRANSLATE_NOOP("region_picker", "Index (base year = 100)"),
               "growth": QT_TRANSLATE_NOOP("region_picker", "Growth on the year before (from levels)")}


class RegionPicker(QWidget):
    changed = Signal()  # the user chose other regions, another view or base year

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choices = None  # regions.Choices of the series shown
        self.button = QToolButton(objectName="regions-button", text=translate("region_picker", "Regions"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list = QListWidget(objectName="regions-list")  # in the drop-down: it stays open while the user ticks
        self.list.itemChanged.connect(self._on_regions)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.list)
        menu.addAction(holder)
        self.button.setMenu(menu)
        self.view = QComboBox(objectName="regions-view")
        for view in VIEWS:
            self.view.addItem(translate("region_picker", VIEW_TITLES[view]), view)
        self.base = QComboBox(objectName="regions-base")
        self.base_label = QLabel(translate("region_picker", "Base year"))
        self.view.currentIndexChanged.connect(self._on_view)
        self.base.currentIndexChanged.connect(lambda *_: self._emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.button, self.view, self.base_label, self.base):
            layout.addWidget(w)
        layout.addStretch(1)
        self._quiet = False
        self._on_view()

    def set_choices(self, choices) -> None:
        """The regions of another series: the ones ticked before stay ticked where the series has them."""
        if choices == self.choices:
            return
        before = set(self.regions()) if self.choices is not None else set()
        keep = [r for r in choices.regions if r in before]
        ticked = set(keep if keep else choices.default()) | {choices.own}
        self.choices = choices
        self._quiet = True
        self.list.clear()
        for region in choices.regions:
            item = QListWidgetItem(_shown(region))
            item.setData(Qt.ItemDataRole.UserRole, region)  # the data's name, whatever the language shown
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if region in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(min(18, len(choices.regions)) * (self.list.sizeHintForRow(0) + 1) + 6)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 40)
        self.view.setEnabled(choices.levels)
        if not choices.levels:
            self.view.setCurrentIndex(0)
        self._quiet = False
        self._after_regions()

    def regions(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_regions(self, regions) -> None:
        """Tick exactly `regions` (as a user would, one change signal)."""
        self._quiet = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in regions
                               else Qt.CheckState.Unchecked)
        self._quiet = False
        self._on_regions()

    def compare(self) -> Compare:
        view = self.view.currentData()
        return Compare(self.regions(), view, self.base.currentText() if view == "index" else "")

    def _on_regions(self, *_) -> None:
        if not self._quiet:
            self._after_regions()
            self._emit()

    def _after_regions(self) -> None:
        regions = self.regions()
        shown = _LIST[in_use() == "zh"].join(map(_shown, regions)) if len(regions) <= 3 else translate(
            "region_picker", "{first} and {n} others").format(first=_shown(regions[0]), n=len(regions) - 1)
        self.button.setText(translate("region_picker", "Regions: {regions}").format(
            regions=shown or translate("region_picker", "none")))
        years = self.choices.common_years(regions) if self.choices is not None else ()
        chosen = self.base.currentText()
        self._quiet, was = True, self._quiet
        self.base.clear()
        self.base.addItems(years)
        self.base.setCurrentIndex(years.index(chosen) if chosen in years else 0)
        self._quiet = was

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.choices is not None:  # the regions' names follow
            self._quiet, was = True, self._quiet
            for i in range(self.list.count()):
                self.list.item(i).setText(_shown(self.list.item(i).data(Qt.ItemDataRole.UserRole)))
            self._after_regions()
            self._quiet = was

    def _on_view(self, *_) -> None:
        index = self.view.currentData() == "index"
        self.base.setVisible(index)
        self.base_label.setVisible(index)
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()


def _shown(region: str) -> str:
    """A region's name in the interface's language (the charts' legend names it so)."""
    return region_zh(region) if in_use() == "zh" else region
