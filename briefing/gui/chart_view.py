"""Draws a core ChartSpec with pyqtgraph. It computes nothing: every number, label, line segment, stroke and marker
comes from the spec (the PDF draws the same ones)."""
from __future__ import annotations

import html
import os
import textwrap

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # never pick up another installed Qt binding

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette

from ..core.charts.spec import ChartSpec, Point, Stroke
from .plain import escaped, literal

LABEL_WIDTH = 300  # pixels for the bar charts' item labels
LEGEND_COLUMNS = 4  # entries a legend row holds: a row of regions across the top, not a column over the lines
SYMBOLS = {"circle": "o", "square": "s", "triangle": "t1"}  # t1: pointing up, as on paper
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
PIXELS_PER_POINT = 96 / 72  # a spec's widths are in points
MARKER_SIZE = 12  # pixels: a marker is also what the pointer hovers for the figure's citation


class ChartView(pg.GraphicsLayoutWidget):
    """Title, plot and source line in one scene, so an exported image carries all three."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.zoom = 1.0  # the window's zoom: the title, source line and bar labels grow with the text
        self.title = self.addLabel("", row=0, col=0, size="12pt", bold=True)
        self.plot = self.addPlot(row=1, col=0)
        self.source = self.addLabel("", row=2, col=0, size="8pt", justify="left")
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(-10, 10))  # top right; notes go top left
        self.message = pg.TextItem("", anchor=(0.5, 0.5))
        self.scatters: list[pg.ScatterPlotItem] = []
        self._apply_palette()

    def _apply_palette(self) -> None:
        pal = self.palette()
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        self._fg = pal.color(QPalette.ColorRole.Text)
        for label in (self.title, self.source):
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

    def _wrap_labels(self) -> bool:
        """Title and source line wrapped to the view's width: labels never wrap by themselves and would widen
        the scene past the window (a long title was cut off at the right)."""
        if getattr(self, "spec", None) is None:  # pyqtgraph resizes once inside __init__
            return False
        changed = False
        for label, text, points, bold in ((self.title, self.spec.title, 12, True),
                                          (self.source, self.spec.source_line, 8, False)):
            font = QFont(self.font())
            font.setPointSizeF(points * self.zoom)
            font.setBold(bold)
            chars = max(20, int((self.width() - 30) / (1.15 * QFontMetrics(font).averageCharWidth())))
            wrapped = _wrapped(text, chars)
            if label.text != wrapped:  # setting a label lays the whole chart out again
                label.setText(wrapped, color=self._fg, size=f"{points * self.zoom:g}pt")
                changed = True
        return changed

    def resizeEvent(self, event) -> None:
        self._wrap_labels()  # first: a label longer than the view holds the layout wider than the view
        super().resizeEvent(event)

    def set_zoom(self, factor: float) -> None:
        if factor != self.zoom:
            self.zoom = factor
            for label in (self.title, self.source):
                label.text = None  # drawn again at the new size
            if self.spec is not None:
                self.draw(self.spec)

    def draw(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.plot.clear()
        self.legend.clear()
        self.legend.setColumnCount(min(LEGEND_COLUMNS, len(spec.legend)) or 1)
        self.scatters = []
        if self._wrap_labels():
            super().resizeEvent(None)  # fit the layout to the view again (a shorter label lets it shrink)
        if not any(s.points for s in spec.series):
            for axis in ("left", "bottom"):  # no ticks or unit left over from the chart before
                self.plot.getAxis(axis).setTicks([[]])
                self.plot.setLabel(axis, "")
            self._message(spec.empty_message or "Nothing to draw.")
            return
        if spec.kind == "trend":
            self._draw_trend(spec)
        else:
            self._draw_bars(spec)
        if spec.notes:
            self._message(" ".join(spec.notes), corner=True)

    def _message(self, text: str, corner: bool = False) -> None:
        self.message.setText(text, color=self._fg)
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
                               pen=_pen(segment.stroke))
            looks: dict[tuple, list[Point]] = {(e.shape, e.color, e.filled): [] for e in spec.legend}
            for m in series.markers:  # one scatter item per look, in the legend's order
                looks.setdefault((m.shape, m.color, m.filled), []).append(m.point)
            for look, points in looks.items():
                if points:
                    drawn[look] = self._scatter(points, *look, scale)
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
        rows = -(-len(spec.legend) // LEGEND_COLUMNS)
        self.plot.setXRange(min(xs) - 0.5, max(xs) + 0.5, padding=0)
        room = 1.15 + 0.1 * max(0, rows - 1)  # above the lines for the legend's rows
        self.plot.setYRange(low, high + (high - low) * (room - 1) if high > 0 else 1, padding=0.02)

    def _draw_bars(self, spec: ChartSpec) -> None:
        for series in spec.series:
            look = series.bars
            bars = pg.BarGraphItem(
                x0=0, y=[p.x for p in series.points], height=0.38 if len(spec.series) > 1 else 0.7,
                width=[p.value for p in series.points],
                brush=pg.mkBrush(series.color) if look.filled else pg.mkBrush(None), pen=_pen(look.outline))
            self.plot.addItem(bars)
            for entry in spec.legend:
                if entry.label == series.name:
                    self.legend.addItem(bars, escaped(entry.label))
            # invisible markers at the bar ends carry the hover text
            self._scatter(series.points, "circle", series.color, look.filled, 1.0, bar_ends=True)
        axis = self.plot.getAxis("left")
        width = round(LABEL_WIDTH * self.zoom)
        axis.setWidth(width)
        # the axis drops a label that does not fit its width, so elide each to fit
        metrics = QFontMetrics(axis.style["tickFont"] or self.font())
        axis.setTicks([[(x, metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 20))
                        for x, label in spec.ticks]])
        self.plot.setLabel("left", "")
        self.plot.getAxis("bottom").setTicks(None)
        self.plot.setLabel("bottom", escaped(spec.axis_label))
        values = [p.value for s in spec.series for p in s.points]
        self.plot.setXRange(min(0.0, *values), max(0.0, *values) * 1.25 or 1, padding=0.02)  # room for the legend
        self.plot.setYRange(len(spec.ticks) - 0.5, -0.5, padding=0)
        self.plot.invertY(True)

    def _scatter(self, points: list[Point], shape: str, color: str, filled: bool, scale: float,
                 bar_ends: bool = False) -> pg.ScatterPlotItem:
        coords = ([p.value / scale for p in points], [p.x for p in points]) if bar_ends else \
            ([p.x for p in points], [p.value / scale for p in points])
        item = pg.ScatterPlotItem(
            x=coords[0], y=coords[1], data=[literal(_tip(p)) for p in points], size=0 if bar_ends else MARKER_SIZE,
            hoverable=True, tip=lambda x, y, data: data, hoverSize=14, **self._marker_look(shape, color, filled))
        self.plot.addItem(item)
        self.scatters.append(item)
        return item

    def _marker_look(self, shape: str, color: str, filled: bool) -> dict:
        """A hollow marker is filled with the background, so a line behind it does not show through."""
        return {"symbol": SYMBOLS[shape], "pen": pg.mkPen(color, width=2),
                "brush": pg.mkBrush(color) if filled else pg.mkBrush(self.backgroundBrush().color())}

    def _sample(self, entry) -> pg.ScatterPlotItem:
        """A legend entry's marker where the chart draws none of that look."""
        return pg.ScatterPlotItem(size=MARKER_SIZE, **self._marker_look(entry.shape, entry.color, entry.filled))


def _pen(stroke: Stroke):
    return pg.mkPen(stroke.color, width=stroke.width * PIXELS_PER_POINT, style=PEN_STYLES[stroke.dash])


def _tip(p: Point) -> str:
    """Hover text: value, period, kind and citation."""
    return f"{p.display}\n{p.period} · {p.kind}\n{p.citation}"


def _wrapped(text: str, width: int) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width)) or " "
