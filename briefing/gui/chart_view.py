"""Draws a core ChartSpec with pyqtgraph. It computes nothing: every number, label, line segment, stroke and marker
comes from the spec (the PDF draws the same ones)."""
from __future__ import annotations

import html
import os
import re

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # never pick up another installed Qt binding

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QSizePolicy

from ..core.charts.spec import ChartSpec, Point, Stroke, TargetMark, short_number, statement
from .chart_texts import TARGET_HALF, SpacedAxis, TextPlacing, collapse, steps
from .i18n import translate
from .plain import escaped, literal

LABEL_WIDTH = 300  # pixels at most for the bar charts' item labels
LABEL_SHARE = 0.4  # of the view's width at most for them: a narrow chart keeps room for its bars
TITLE_POINTS = (12, 10.5, 9)  # the title's sizes, largest first: a narrow chart takes a smaller one
TITLE_LINES = 2  # the title's lines at most: then it is cut with "…" (the full title is the tooltip)
TITLE_SHARE = 0.15  # of the view's height at most for the title where a smaller size of TITLE_POINTS can keep to it
SOURCE_SHARE = 0.2  # of the view's height at most for the source line, zoomed: beyond, a smaller size, down to
SOURCE_POINTS = 8  # the unzoomed size, at which it takes the lines it needs (a citation is never cut)
NOTE_SHARE = 0.12  # of the view's height at most for the notes under the plot: beyond, smaller, down to 8 pt
LEGEND_COLUMNS = 4  # entries a legend row holds: a row of regions across the top, not a column over the lines
SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1"}  # t1: pointing up, as on paper
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
PIXELS_PER_POINT = 96 / 72  # a spec's widths are in points
MARKER_SIZE = 12  # pixels: a marker is also what the pointer hovers for the figure's citation
MAX_MARKER_SIZE = 19  # pixels, magnified: a legend's sample (20 pixels square) holds it
STATED_SCALE = 1.8  # a chart of one bar states its figure in words this much larger than the chart's text




class ChartView(TextPlacing, pg.GraphicsLayoutWidget):
    """Title, plot and source line in one scene, so an exported image carries all three."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.text_points: float | None = None  # set_text_size: every text at least this size (a presentation)
        self.zoom = 1.0  # the window's zoom: the title, source line and bar labels grow with the text
        self.title = self.addLabel("", row=0, col=0, size="12pt", bold=True)
        self.legend = RowLegend()  # in a row of its own above the plot: never over the data
        self.addItem(self.legend, row=1, col=0)
        self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignRight)  # as on paper
        self.plot = self.addPlot(row=2, col=0, axisItems={"left": SpacedAxis("left")})
        self.note = self.addLabel("", row=3, col=0, size="8pt", justify="left")  # the spec's notes, under the plot
        self.source = self.addLabel("", row=4, col=0, size="8pt", justify="left")
        # the y axis's unit where the plot is too short for it beside the plot: level, in the plot's top left corner
        self.unit = pg.TextItem("", anchor=(0, 0))
        self._row_gap = self.ci.layout.verticalSpacing()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.message = pg.TextItem("", anchor=(0.5, 0.5))
        self.scatters: list[pg.ScatterPlotItem] = []
        self._lowered = False
        self._x_span = (0.0, 1.0)  # a trend's x range before room is made for its end labels
        self.texts: list[pg.TextItem] = []  # the values and target labels written by the bars and marks
        self._places: list[tuple] = []  # (text, what it labels, its data position) for _place_texts
        self.leaders: list[pg.PlotDataItem] = []  # lines from end labels moved apart to their points
        self._labels_drawn: int | None = None  # the bar labels' width as last drawn
        self._trend_height = 0.0  # the plot's height a trend's top room was computed for
        self._apply_palette()
        self._show_axes(False)  # a chart never drawn shows no axes
        self.plot.vb.sigResized.connect(self._place_texts)  # the plot's size known: the texts placed for it

    def set_text_size(self, points: float) -> None:
        """Every text of the chart (ticks, axis labels, legend, notes, title and source line) at `points` or more,
        its markers larger in step: a chart read from the back of a room."""
        self.text_points = points
        font = QFont(self.font())
        font.setPointSizeF(points)
        for axis in ("left", "bottom"):
            item = self.plot.getAxis(axis)
            item.setTickFont(font)
            item.setLabel(item.labelText, **{**item.labelStyle, "font-size": f"{points:g}pt"})
        self.legend.setLabelTextSize(f"{points:g}pt")
        self.message.setFont(font)
        for label, size in ((self.title, self._points(12)), (self.source, self._points(8))):
            label.setAttr("size", f"{size:g}pt")
        if self.spec is not None:
            self.draw(self.spec)

    def _points(self, default: float) -> float:
        """A text's size: its default, or the presentation's size (a title a fifth larger)."""
        if self.text_points is None:
            return default * self.zoom
        return self.text_points * (1.2 if default > 10 else 1.0)

    def _text_font(self) -> QFont:
        """The font of the values and labels written in the plot: the presentation's size, or the widget's."""
        return self.message.textItem.font() if self.text_points is not None else self.font()

    def _magnified(self, pixels: float) -> float:
        return pixels if self.text_points is None else pixels * self.text_points / 10

    def _marker_size(self) -> float:
        return min(MAX_MARKER_SIZE, self._magnified(MARKER_SIZE))

    def _apply_palette(self) -> None:
        pal = self.palette()
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        self._fg = pal.color(QPalette.ColorRole.Text)
        for label in (self.title, self.note, self.source):
            label.setText(label.text, color=self._fg)
        self.legend.setLabelTextColor(self._fg)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(self._fg)
            self.plot.getAxis(axis).setPen(self._fg)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "plot"):  # not during __init__
            self._apply_palette()
            if self.spec is not None:
                self.draw(self.spec)
        elif event.type() == QEvent.Type.FontChange and getattr(self, "spec", None) is not None:
            self.draw(self.spec)  # a zoom reaches the widget after set_zoom: the values and notes at its size

    def _wrap_labels(self) -> bool:
        """Title and source line wrapped to the view's width: labels never wrap by themselves and would widen
        the scene past the window (a long title was cut off at the right)."""
        if getattr(self, "spec", None) is None:  # pyqtgraph resizes once inside __init__
            return False
        changed = False
        big = self.text_points is not None  # a presentation: its sizes
        titles = (self._points(12),) if big else tuple(p * self.zoom for p in TITLE_POINTS)
        sources = (self._points(SOURCE_POINTS),) if big else steps(SOURCE_POINTS * self.zoom, SOURCE_POINTS)
        for row, label, text, sizes, bold, most in (
                (0, self.title, self.spec.title, titles, True, TITLE_LINES),
                (4, self.source, self.spec.source_line, sources, False, None)):
            self.ci.layout.setRowMaximumHeight(row, 16777215 if text else 0)  # no title: no room for one
            for points in sizes:  # the largest size that takes at most `most` lines (the source: its share)
                font = QFont(self.font())
                font.setPointSizeF(points)
                font.setBold(bold)
                metrics, width = QFontMetrics(font), max(100, self.width() - 30)
                lines = _wrap_pixels(text, metrics, width)  # by the letters' widths: Han characters are wide
                room = most or max(2, int(SOURCE_SHARE * self.height() / QFontMetrics(font).lineSpacing()))
                high = len(lines) * QFontMetrics(font).lineSpacing()
                if len(lines) <= room and (not most or big or high <= TITLE_SHARE * self.height()):
                    break  # a short view's title takes a smaller size too: the plot keeps its room
            if most and len(lines) > most:
                at = 0
                for line in lines[:most - 1]:
                    at = text.index(line, at) + len(line)
                lines = [*lines[:most - 1], metrics.elidedText(text[at:].strip(), Qt.TextElideMode.ElideRight, width)]
            wrapped = "<br>".join(html.escape(line) for line in lines) or " "
            size = f"{points:g}pt"
            if label.text != wrapped or label.opts.get("size") != size:  # setting a label lays the chart out again
                label.setText(wrapped, color=self._fg, size=size)
                changed = True
            collapse(label, not text)
        self.setToolTip(literal(self.spec.title))
        return self._wrap_note() or changed

    def _wrap_note(self) -> bool:
        """The notes under the plot, whole (they are statements about the sources), wrapped to the view's width at
        the chart's text size or, where they would take more than their share of the height, smaller."""
        spec = self.spec
        text = " ".join(spec.notes) if spec.notes and any(s.points for s in spec.series) and not (
            spec.kind == "bars" and statement(spec)) else ""
        self.ci.layout.setRowMaximumHeight(3, 16777215 if text else 0)
        self.ci.layout.setRowSpacing(3, self._row_gap if text else 0)  # no notes: no gap for them either
        size = self._text_font().pointSizeF()
        width = max(100, self.width() - 30)
        for points in (size,) if self.text_points is not None else steps(size, min(size, 8)):
            font = QFont(self.font())
            font.setPointSizeF(points)
            metrics = QFontMetrics(font)
            high = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()
            if high <= max(metrics.lineSpacing(), NOTE_SHARE * self.height()):  # one line at the full size
                break
        shown = html.escape(text) or " "
        if self.note.text == shown and self.note.opts.get("size") == f"{points:g}pt" and \
                self.note.item.textWidth() == width:
            return False
        self.note.setText(shown, color=self._fg, size=f"{points:g}pt")
        self.note.item.setTextWidth(width if text else -1)  # Qt breaks the lines: between words, or Han characters
        self.note.updateMin()
        collapse(self.note, not text)
        return True

    def resizeEvent(self, event) -> None:
        self._wrap_labels()  # first: a label longer than the view holds the layout wider than the view
        super().resizeEvent(event)
        spec = getattr(self, "spec", None)  # pyqtgraph resizes once inside __init__
        if spec is not None and spec.kind == "bars" and self._label_width() != self._labels_drawn:
            self.draw(spec)  # the item labels take their share of the new width
        elif spec is not None and spec.kind == "trend" and abs(self.plot.vb.height() - self._trend_height) > 30:
            self.draw(spec)  # the room above the top point for its label follows the plot's height

    def _label_width(self) -> int:
        if self.text_points is not None:  # a presentation's large labels: more than half the width for the bars
            return int(0.45 * self.width())
        return max(80, min(round(LABEL_WIDTH * self.zoom), int(self.width() * LABEL_SHARE)))

    def _show_axes(self, shown: bool) -> None:
        """An empty chart shows no axes: neither the previous chart's labels nor pyqtgraph's 0-1 default."""
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            if not shown:
                axis.setTicks([[]])
                self.plot.setLabel(name, "")
            self.plot.showAxis(name, shown)

    def set_zoom(self, factor: float) -> None:
        if factor != self.zoom:
            self.zoom = factor
            for label in (self.title, self.note, self.source):
                label.text = None  # drawn again at the new size
            if self.spec is not None:
                self.draw(self.spec)

    def draw(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.plot.clear()
        self.legend.clear()
        self.legend.setColumnCount(self._legend_columns(spec))
        self.scatters, self.texts, self._places, self.leaders = [], [], [], []
        self._lowered = False  # a target's label has had the y range lowered for it (once a drawing)
        self._labels_drawn = None
        if self._wrap_labels():
            super().resizeEvent(None)  # fit the layout to the view again (a shorter label lets it shrink)
        if not any(s.points for s in spec.series):
            self._show_axes(False)
            self.plot.invertY(False)
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            self._message(spec.empty_message or translate("chart_view", "Nothing to draw."))
            return
        said = statement(spec) if spec.kind == "bars" else ""
        if said:  # one bar is a number, not a chart: the figure in words, large, as the PDF states it
            self._show_axes(False)
            self.plot.invertY(False)
            self.plot.setXRange(0, 1, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            self._message(said[len(spec.title) + 2:], scale=STATED_SCALE)
            return
        self._show_axes(True)
        if spec.kind == "trend":
            self._draw_trend(spec)
        else:
            self._draw_bars(spec)
        self._place_texts()

    def _legend_columns(self, spec: ChartSpec) -> int:
        """LEGEND_COLUMNS entries a row, or all of them where the view's width holds them (a row less above the
        plot)."""
        font = QFont(self.font())
        size = self.legend.opts.get("labelTextSize")
        if size:
            font.setPointSizeF(float(str(size).removesuffix("pt")))
        metrics = QFontMetrics(font)
        widths = [metrics.horizontalAdvance(e.label) + 50 for e in spec.legend]  # its sample and the gaps
        if widths and sum(widths) <= self.width() - 40:
            return len(widths)
        return min(LEGEND_COLUMNS, len(spec.legend)) or 1

    def _message(self, text: str, corner: bool = False, scale: float = 1.0) -> None:
        self.message.setText(text, color=self._fg)
        font = QFont(self._text_font())  # the window's zoom (or the presentation's size)
        font.setPointSizeF(font.pointSizeF() * scale)
        self.message.setFont(font)
        self.message.textItem.setTextWidth(0.8 * self.width() if scale > 1 else -1)  # a long statement wraps
        self.plot.addItem(self.message, ignoreBounds=True)
        vb = self.plot.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        self.message.setAnchor((0, 0) if corner else (0.5, 0.5))
        self.message.setPos(x0 if corner else (x0 + x1) / 2, y1 if corner else (y0 + y1) / 2)

    def _draw_trend(self, spec: ChartSpec) -> None:
        scale = spec.scale
        drawn = {}  # (shape, colour, filled) -> its scatter item, which the legend entry of that look names
        for series in spec.series:
            for segment in series.segments:
                self.plot.plot([p.x for p in segment.points], [p.value / scale for p in segment.points],
                               pen=_pen(segment.stroke, self._magnified(1) ** 0.5))
            looks: dict[tuple, list[Point]] = {(e.shape, e.color, e.filled): [] for e in spec.legend}
            for m in series.markers:  # one scatter item per look, in the legend's order
                looks.setdefault((m.shape, m.color, m.filled), []).append(m.point)
            for look, points in looks.items():
                if points:
                    drawn[look] = self._scatter(points, *look, scale)
            labelled = [m for m in series.markers if m.labelled] if spec.value_labels == "every" else \
                [m for m in series.markers[-1:] if m.point.kind != "target"]
            for m in labelled:  # the value as paper writes it, with its qualifier
                self._write(m.point.label or short_number(m.point.value / scale), m.point.x, m.point.value / scale,
                            role="value" if spec.value_labels == "every" else "end", color=series.color)
            for mark in series.targets:  # a target as a target: a dashed line across its period, labelled
                y = mark.point.value / scale
                self.plot.plot([mark.point.x - TARGET_HALF, mark.point.x + TARGET_HALF], [y, y],
                               pen=_pen(Stroke(mark.color, "dash")))
                self._write(mark.label, mark.point.x, y, role="target")
        for entry in spec.legend:
            look = (entry.shape, entry.color, entry.filled)
            self.legend.addItem(drawn.get(look) or self._sample(entry), escaped(entry.label))
        self.plot.getAxis("bottom").setTicks([list(spec.ticks)])
        self.plot.getAxis("left").setTicks(None)
        self.plot.setLabel("left", escaped(spec.axis_label))
        self.plot.setLabel("bottom", "")
        xs = [t[0] for t in spec.ticks]
        ys = [p.value / scale for s in spec.series for p in s.points]
        low, high = min(0.0, *ys), max(0.0, *ys)
        self._x_span = (min(xs) - 0.5, max(xs) + 0.5)  # _place_texts widens it for the lines' end labels
        self.plot.setXRange(*self._x_span, padding=0)
        # above the highest point, room for its label: its lines out of the plot's height (about half the view's
        # in the window, where title, legend and source line take the rest; a presentation's plot takes more)
        line = QFontMetrics(self._text_font()).lineSpacing()
        plot_height = (0.7 if self.text_points is not None else 0.5) * self.height()
        if self.plot.vb.height() > 20:  # the plot as last laid out: a short one (a small or HiDPI screen) needs more
            plot_height = min(plot_height, self.plot.vb.height())
        self._trend_height = plot_height
        lines = 1.8 + 1.2 * any(abs(t.point.x - p.x) < 1e-9 for s in spec.series for t in s.targets for p in s.points
                                if p.kind != "target")  # a target's label may need to stand above its actual's
        room = max(1.15, 1 / (1 - min(0.55, lines * line / max(60.0, plot_height))))
        self.plot.setYRange(low, high + (high - low) * (room - 1) if high > 0 else 1, padding=0.02)

    def _draw_bars(self, spec: ChartSpec) -> None:
        height = 0.38 if len(spec.series) > 1 else 0.7
        for series in spec.series:
            look = series.bars
            bars = pg.BarGraphItem(
                x0=0, y=[p.x for p in series.points], height=height,
                width=[p.value for p in series.points],
                brush=pg.mkBrush(series.color) if look.filled else pg.mkBrush(None), pen=_pen(look.outline))
            self.plot.addItem(bars)
            marks: dict[float, TargetMark] = {round(m.point.x, 9): m for m in series.targets}
            for m in series.targets:  # a target: a dashed line across its row at its value
                self.plot.plot([m.point.value] * 2, [m.point.x - 0.45, m.point.x + 0.45],
                               pen=_pen(Stroke(m.color, "dash", 1.5)))
            for p in series.points:  # the value, with its qualifier, and the target beside it
                mark = marks.get(round(p.x, 9))
                end = max(0.0, p.value, mark.point.value if mark else 0.0)
                self._write(p.label + (f"; {mark.label}" if mark else ""), end, p.x, anchor=(-0.05, 0.5), role="bar")
            for entry in spec.legend:
                if entry.label == series.name:
                    self.legend.addItem(bars, escaped(entry.label))
            # invisible markers at the bar ends carry the hover text
            self._scatter(series.points, "circle", series.color, look.filled, 1.0, bar_ends=True)
        for entry in spec.legend:
            if entry.shape == "dash":
                self.legend.addItem(pg.PlotDataItem(pen=_pen(Stroke(entry.color, "dash", 1.5))), escaped(entry.label))
        axis = self.plot.getAxis("left")
        width = self._labels_drawn = self._label_width()
        axis.setWidth(width)
        # the axis drops a label that does not fit its width, so elide each to fit
        metrics = QFontMetrics(axis.style["tickFont"] or self.font())
        lines = 1  # a presentation's large labels take two lines where their rows have the room
        if self.text_points is not None and 0.75 * self.height() / len(spec.ticks) > 2 * metrics.lineSpacing():
            lines = 2
        axis.setTicks([[(x, _fitted(label, metrics, width - 20, lines)) for x, label in spec.ticks]])
        self.plot.setLabel("left", "")
        self.plot.getAxis("bottom").setTicks(None)
        self.plot.setLabel("bottom", escaped(spec.axis_label))
        values = [p.value for s in spec.series for p in s.points] + [m.point.value for s in spec.series
                                                                      for m in s.targets]
        # right of the longest bar, room for its label: the labels' pixels out of the plot's
        plot_px = max(120.0, self.width() - width - 40)
        metrics = QFontMetrics(self._text_font())
        label_px = max((metrics.horizontalAdvance(t.toPlainText()) for t in self.texts), default=0)
        room = 1 / (1 - min(0.6, (label_px + 16) / plot_px))
        self.plot.setXRange(min(0.0, *values), max(0.0, *values) * room or 1, padding=0.02)
        self.plot.setYRange(len(spec.ticks) - 0.5, -0.5, padding=0)
        self.plot.invertY(True)

    def _write(self, text: str, x: float, y: float, anchor=(0.0, 0.0), role: str = "value", color: str = "") -> None:
        """A text by (x, y): a point's "value", a line's "end" value, a "target" mark's label or a "bar"'s value
        (at `anchor`); _place_texts moves it where it meets no other text."""
        item = pg.TextItem(text, color=self._fg, anchor=anchor)  # plain text: never read as markup
        item.setFont(self._text_font())
        item.asked = anchor
        self.plot.addItem(item, ignoreBounds=True)
        item.setPos(x, y)
        self.texts.append(item)
        self._places.append((item, role, x, y, color))

    def _scatter(self, points: list[Point], shape: str, color: str, filled: bool, scale: float,
                 bar_ends: bool = False) -> pg.ScatterPlotItem:
        coords = ([p.value / scale for p in points], [p.x for p in points]) if bar_ends else \
            ([p.x for p in points], [p.value / scale for p in points])
        item = pg.ScatterPlotItem(
            x=coords[0], y=coords[1], data=[literal(_tip(p)) for p in points],
            size=0 if bar_ends else self._marker_size(), hoverable=True, tip=lambda x, y, data: data,
            hoverSize=14, **self._marker_look(shape, color, filled))
        self.plot.addItem(item)
        self.scatters.append(item)
        return item

    def _marker_look(self, shape: str, color: str, filled: bool) -> dict:
        """A hollow marker is filled with the background, so a line behind it does not show through."""
        return {"symbol": SYMBOLS[shape], "pen": pg.mkPen(color, width=2),
                "brush": pg.mkBrush(color) if filled else pg.mkBrush(self.backgroundBrush().color())}

    def _sample(self, entry) -> pg.ScatterPlotItem:
        """A legend entry's marker where the chart draws none of that look."""
        return pg.ScatterPlotItem(size=self._marker_size(),
                                  **self._marker_look(entry.shape, entry.color, entry.filled))


class RowLegend(pg.LegendItem):
    """A legend laid out in the chart's own rows (above the plot) instead of floating over the data: it takes
    the size its entries need and lets the layout place it."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)  # no wider than its entries

    def updateSize(self) -> None:
        self.setMaximumHeight(16777215 if self.items else 0)  # no entries: no row
        self.updateGeometry()


def _pen(stroke: Stroke, magnify: float = 1.0):
    return pg.mkPen(stroke.color, width=stroke.width * PIXELS_PER_POINT * magnify, style=PEN_STYLES[stroke.dash])


_TOKENS = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+")


def _wrap_pixels(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` in lines of at most `width` pixels, broken at spaces or between Han characters (a word longer than the
    line stands alone on its line)."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if line and not token.isspace() and metrics.horizontalAdvance(line + token) > width:
            lines.append(line.rstrip())
            line = ""
        if line or not token.isspace():
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _tip(p: Point) -> str:
    """Hover text: value, period, kind and citation."""
    return f"{p.display}\n{p.period} · {p.kind}\n{p.citation}"


def _fitted(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` in at most `lines` lines of `width` pixels, broken between words, the last line elided."""
    out: list[str] = []
    rest = text.split()
    while rest and len(out) < lines - 1:
        line = rest.pop(0)
        while rest and metrics.horizontalAdvance(f"{line} {rest[0]}") <= width:
            line += " " + rest.pop(0)
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))  # a word longer than the line
    if rest:
        out.append(metrics.elidedText(" ".join(rest), Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)

