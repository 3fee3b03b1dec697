"""Presentation mode: the open pack (or the filtered figures and initiatives) one slide per item, full screen, read
from the back of a room: the figure large, its chart, the source sentence and its citation. The keys are those
presenter clickers send; the slides themselves are described in core.pack.slides."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ..lazy import lazy
from .i18n import in_use, translate
from .table_model import CAUTION_MARK, ID_ROLE

chart_view = lazy(".chart_view", __package__)
slides_of = lazy("..core.pack.slides", __package__)
lexicon = lazy("..core.lexicon.words", __package__)

if TYPE_CHECKING:
    from ..core.pack.model import Pack
    from ..core.pack.slides import Slide

BASE_SIZE = (1024, 768)  # the point sizes below are for a 1024x768 projector; a larger screen scales them up
# point sizes at 1024x768, and the smallest a text may shrink to on a crowded slide (the figure never shrinks);
# "chinese": an en+zh slide's Chinese name under the heading, smaller ("chinese-cover" under a title slide's)
SIZES = {"heading": 30, "cover": 54, "chinese": 22, "chinese-cover": 34, "value": 56, "facts": 24, "text": 26,
         "caution": 22, "quote": 22, "source": 16, "counter": 16}
SMALLEST = {"heading": 22, "cover": 36, "chinese": 15, "chinese-cover": 24, "facts": 18, "text": 18, "caution": 15,
            "quote": 15, "source": 13}
ON_TITLE_SLIDES = {"heading": "cover", "chinese": "chinese-cover"}  # a label's size on a title slide
LABEL_OF_SIZE = {size: label for label, size in ON_TITLE_SLIDES.items()}
CHART_POINTS = 18        # every text of a chart
CHART_SHARE = 0.3        # of the slide's height: a chart smaller than this is left out (a crowded slide)
NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Return,
        Qt.Key.Key_Enter, Qt.Key.Key_N}
PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_P}
ORDER = {"title": ("heading", "chinese", "text", "facts"),  # from the top, by kind
         "figure": ("heading", "chinese", "value", "facts", "caution"),
         "initiative": ("heading", "chinese", "facts", "text", "caution"), "chart": ("heading",)}
BLACK = {Qt.Key.Key_B, Qt.Key.Key_Period}  # clickers' "blank screen" button sends one of these
KEYS = {*NEXT, *PREVIOUS, *BLACK, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_T, Qt.Key.Key_Escape}


@dataclass(frozen=True)
class Look:
    """A slide theme: high contrast for a lit room (light) or a dark one."""
    background: str
    text: str
    value: str       # the figure
    muted: str       # facts, source line, counter
    caution: str


LOOKS = {"light": Look("#ffffff", "#111111", "#0b3a75", "#333333", "#9a3a00"),
         "dark": Look("#000000", "#ffffff", "#ffd54a", "#d9d9d9", "#ffab40")}


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel(objectName=f"slide-{name}", textFormat=Qt.TextFormat.PlainText)  # texts from data, as typed
    label.setWordWrap(wrap)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


class Presentation(QWidget):
    """Full screen, one slide at a time: Right/PageDown/Space next, Left/PageUp previous, Home/End, B black
    screen, T light or dark, Esc leaves."""

    left = Signal()  # the presentation closed (Esc)

    def __init__(self, slides: list[Slide], look: str = "light", parent=None, lang: str = "en") -> None:
        """`lang`: the slides' language (zh: a Chinese pack in an English window too), for the slides' own words."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(translate("presentation", "Presentation — Fujian Briefing Desk"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.slides = slides
        self.lang = lang
        self.index = 0
        self.look = look if look in LOOKS else "light"
        self.labels = {name: _label(name) for name in ("heading", "chinese", "value", "facts", "caution", "text",
                                                       "quote", "source")}
        self.counter = _label("counter", wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.charts = {}  # a chart view per kind of spec ("trend", "bars"), as the window has a view per chart
        for kind in ("trend", "bars"):
            view = self.charts[kind] = chart_view.ChartView()
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click is the next slide
            view.set_text_size(CHART_POINTS)
            view.hide()
        self._charts: dict[int, object] = {}  # slide index -> its ChartSpec (or None), built when first shown
        for part in (*self.labels.values(), self.counter, *self.charts.values()):
            part.setParent(self)  # laid out by _fit: exact heights, the chart in the room left
        self.blank = QWidget(self)  # the black screen, over everything
        self.blank.setAutoFillBackground(True)
        pal = self.blank.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.blank.setPalette(pal)
        self.blank.hide()
        self._apply_look()
        self.show_slide(0)

    # --- what the keys do ---------------------------------------------------------------------------------

    def event(self, event) -> bool:
        """The slide's keys are the slide's: the window's shortcuts (Esc clears its filters) never take them."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in BLACK:
            self.set_black(not self.is_black())
        elif key == Qt.Key.Key_T:
            self.set_look("dark" if self.look == "light" else "light")
        elif key in NEXT:
            self.step(1)
        elif key in PREVIOUS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.step(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.step(-1)
        else:
            super().mousePressEvent(event)

    def step(self, by: int) -> None:
        """The next (1) or previous (-1) slide; on a black screen, the slide comes back first, unmoved."""
        if self.is_black():
            self.set_black(False)
            return
        self.go(self.index + by)

    def go(self, index: int) -> None:
        self.set_black(False)
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.index:
            self.show_slide(index)

    def is_black(self) -> bool:
        return not self.blank.isHidden()

    def set_black(self, black: bool) -> None:
        self.blank.setVisible(black)
        if black:
            self.blank.setGeometry(self.rect())
            self.blank.raise_()

    def set_look(self, look: str) -> None:
        self.look = look
        self._apply_look()
        self._fit()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.left.emit()

    # --- drawing a slide ----------------------------------------------------------------------------------

    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def chart(self):
        """The chart view of the current slide's chart (of the trend's kind when it has none)."""
        spec = self.chart_spec()
        return self.charts[spec.kind if spec is not None else "trend"]

    def chart_spec(self):
        """The current slide's chart specification, or None (no chart, or a trend of one point)."""
        if self.index not in self._charts:
            make = self.slide().chart
            self._charts[self.index] = make() if make is not None else None
        return self._charts[self.index]

    def show_slide(self, index: int) -> None:
        self.index = index
        slide = self.slide()
        texts = {"heading": slide.title, "chinese": slide.title_zh, "value": slide.value, "facts": slide.facts,
                 "text": slide.text,
                 "caution": f"{CAUTION_MARK} " + self._caution().format(note=slide.caution) if slide.caution else "",
                 "quote": f"“{slide.quote}”" if slide.quote else "", "source": slide.source}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.counter.setText(f"{index + 1} / {len(self.slides)}")
        title = slide.kind == slides_of.TITLE
        for name in ("heading", "chinese", "text", "facts"):
            self.labels[name].setAlignment(Qt.AlignmentFlag.AlignHCenter if title else Qt.AlignmentFlag.AlignLeft)
        self._fit()

    def _caution(self) -> str:
        """The label of a curators' caution: the Chinese PDF's word on Chinese slides, the en+zh PDF's English one on
        en+zh slides, whatever the interface's."""
        if self.lang == "zh":
            return lexicon.DISPLAY["zh"]["pack"]["caution"] + "{note}"
        if self.lang == slides_of.EN_ZH:
            return slides_of.CAUTION_EN + "{note}"
        return translate("presentation", "Caution: {note}")

    def scale(self) -> float:
        """How much larger than at 1024x768 the texts are: never smaller (a smaller window scrolls nothing)."""
        return max(1.0, min(self.width() / BASE_SIZE[0], self.height() / BASE_SIZE[1]))

    def _set_points(self, sizes: dict[str, float]) -> None:
        for name, points in sizes.items():
            label = self.counter if name == "counter" else self.labels[LABEL_OF_SIZE.get(name, name)]
            font = QFont(self.font())
            font.setPointSizeF(points)
            font.setBold(name in ("heading", "cover", "value"))
            font.setItalic(name == "quote")
            label.setFont(font)

    def _fit(self) -> None:
        """Lay the slide out for the screen: its texts from the top (a title slide's in the middle), the quote
        and the source line at the bottom, the chart in the room between. On a crowded slide the secondary texts
        shrink (never the figure; an en+zh slide's Chinese name with them), then the chart is left out, so nothing
        is cut off."""
        slide = self.slide()
        top = [n for n in ORDER[slide.kind] if self.labels[n].text()]
        bottom = [n for n in ("quote",) if self.labels[n].text() and slide.kind != slides_of.TITLE]
        for name, label in self.labels.items():
            label.setVisible(name in top or name in bottom or (name == "source" and bool(label.text())))
        k = self.scale()
        margin, gap = int(36 * k), int(12 * k)
        width, height = self.width() - 2 * margin, self.height() - margin - int(margin * 0.6)
        cover = slide.kind == slides_of.TITLE
        unused = set(ON_TITLE_SLIDES) if cover else set(ON_TITLE_SLIDES.values())
        sizes = {name: points * k for name, points in SIZES.items() if name not in unused}
        tight = gap // 3 if "chinese" in top else 0  # the Chinese name close under the English one
        below = {name: tight if name == "heading" and tight else gap for name in top + bottom}
        chart = self.chart_spec() is not None
        chinese = chart and "chinese" in top  # en+zh: the texts make the Chinese line's room before the chart does
        while True:
            self._set_points(sizes)
            heights = self._heights(width, top + bottom)
            row = max(heights.pop("source"), self.counter.sizeHint().height())
            texts = sum(heights.values()) + row + sum(below[name] for name in heights)
            room = height * CHART_SHARE + gap + (heights["chinese"] + tight if chinese else 0)
            if texts + (room if chart else 0) <= height:
                break
            smaller = {n: max(SMALLEST[n] * k, p * 0.92) if n in SMALLEST else p for n, p in sizes.items()}
            if smaller == sizes:
                if not chart:
                    break  # as small as it may be: the slide is as full as it gets
                if chinese:
                    chinese = False  # the texts as small as they may be: the chart gives the Chinese line its room
                else:
                    chart = False  # still crowded: the chart goes, the words stay
            sizes = smaller
        y = margin + (max(0, height - texts) // 2 if cover else 0)
        for name in top:
            self.labels[name].setGeometry(margin, y, width, heights[name])
            y += heights[name] + below[name]
        row_y = margin + height - row
        counter = self.counter.sizeHint()
        self.counter.setGeometry(margin + width - counter.width(), row_y + row - counter.height(), counter.width(),
                                 counter.height())
        source_height = self.labels["source"].heightForWidth(width - counter.width() - gap)
        self.labels["source"].setGeometry(margin, row_y + row - source_height, width - counter.width() - gap,
                                          source_height)
        end = row_y - gap
        for name in bottom:
            end -= heights[name]
            self.labels[name].setGeometry(margin, end, width, heights[name])
            end -= gap
        spec = self.chart_spec()
        for kind, view in self.charts.items():
            view.setVisible(chart and spec.kind == kind)
            if view.text_points != CHART_POINTS * k:  # as much larger as the slide's texts
                view.set_text_size(CHART_POINTS * k)
        if chart:  # drawn at its size: bar labels take a share of its width
            self.chart.setGeometry(margin, y, width, max(1, end - y))
            # the slide's heading names the chart and its bottom line cites the sources
            self.chart.draw(replace(spec, title="", source_line=""))
        self._colour()

    def _heights(self, width: int, names: list[str]) -> dict[str, int]:
        """Each text's height at `width` (the source line's beside the counter)."""
        out = {name: max(0, self.labels[name].heightForWidth(width)) for name in names}
        source = self.labels["source"]
        out["source"] = max(0, source.heightForWidth(width - self.counter.sizeHint().width() - int(12 * self.scale())))
        return out

    def _apply_look(self) -> None:
        look = LOOKS[self.look]
        pal = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, look.background), (QPalette.ColorRole.Base, look.background),
                             (QPalette.ColorRole.WindowText, look.text), (QPalette.ColorRole.Text, look.text)):
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
                pal.setColor(group, role, QColor(colour))
        self.setPalette(pal)
        for view in self.charts.values():
            view.setPalette(pal)  # a chart follows its palette: background, axes and texts
        self._colour()

    def _colour(self) -> None:
        look = LOOKS[self.look]
        colours = {"value": look.value, "facts": look.muted, "caution": look.caution, "source": look.muted}
        for name, label in (*self.labels.items(), ("source", self.counter)):
            pal = label.palette()
            pal.setColor(QPalette.ColorRole.WindowText, QColor(colours.get(name, look.text)))
            label.setPalette(pal)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.blank.setGeometry(self.rect())
        self._fit()

    def present(self, screen=None) -> None:
        """Full screen on `screen` (default: the one the window is on), with the keyboard."""
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()


class Presenter(QObject):
    """View → Present (F5): the open pack, or what the filters show, as a presentation over the window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: Presentation | None = None

    def start(self) -> None:
        data = self.window.state.data
        if data is None:
            self.window.statusBar().showMessage(translate("presentation", "The data is still loading."), 4000)
            return
        pack = self.window.pack.document.pack
        lang = in_use()
        if pack is not None and any(s.indicators or s.initiatives or s.charts for s in pack.sections):
            slides, lang = slides_of.pack_slides(pack, data, lang), slides_of.language(pack, lang)
        else:
            ids = {name: [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
                   for name, proxy in self.window.proxies.items()}
            slides = slides_of.record_slides(data, ids["indicators"], ids["initiatives"], self.window.state.filters,
                                             lang)
        if len(slides) < 2:  # a title and nothing after it
            self.window.statusBar().showMessage(translate(
                "presentation", "Nothing to present: no figure or initiative passes the filters."), 5000)
            return
        self.show(slides, lang)

    def present_pack(self, pack: Pack, file: str = "") -> None:
        """Present `pack` (from the command line); it becomes the window's pack unless one is open already
        (a draft restored after a crash)."""
        if self.window.pack.document.pack is None:
            self.window.pack.document.replace(pack, file)
        self.show(slides_of.pack_slides(pack, self.window.state.data, in_use()), slides_of.language(pack, in_use()))

    def show(self, slides: list[Slide], lang: str = "en") -> None:
        if self.presentation is not None:
            self.presentation.close()
        look = str(self.window.settings.value("present/look", "", type=str))
        if look not in LOOKS:  # first time: as the window is, light or dark
            look = "dark" if self.window.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"
        self.presentation = Presentation(slides, look, self.window, lang)
        self.presentation.left.connect(self._left)
        self.presentation.present(self.window.screen())

    def _left(self) -> None:
        presentation, self.presentation = self.presentation, None
        if presentation is not None:
            self.window.settings.setValue("present/look", presentation.look)
            presentation.deleteLater()
        self.window.activateWindow()
