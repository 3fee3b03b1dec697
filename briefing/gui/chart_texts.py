"""Where a chart view's texts go, for the plot's size in pixels: no text over another, none cut off. The view mixes
this in; the words and numbers are the spec's, only their places are decided here (geometry: label_places)."""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetrics

from .label_places import GAP, around, first_free, inside, spread

TICK_GAP = 1.25  # the y axis's values at least this many lines apart: a short plot gets fewer of them
LEADER = 12  # pixels across for the lines from moved end labels to their points
TARGET_HALF = 0.35  # a target's mark across its period on a trend: this much of a year either side


def steps(largest: float, smallest: float) -> tuple[float, ...]:
    """Text sizes from `largest` down to `smallest` (points), a sixth smaller each step."""
    sizes = [largest]
    while sizes[-1] > smallest:
        sizes.append(max(smallest, sizes[-1] * 5 / 6))
    return tuple(sizes)


def collapse(label: pg.LabelItem, empty: bool) -> None:
    """An empty label takes no height (its row's maximum alone does not beat the label's own minimum)."""
    label.setMaximumHeight(0 if empty else 16777215)
    if empty:
        label.setMinimumHeight(0)


class TextPlacing:
    """The placing half of ChartView (it has plot, spec, unit, leaders, _places, _x_span, _lowered)."""

    def _place_texts(self) -> None:
        """The plot's texts placed for its size in pixels: a value or target label on the first side of its mark
        (above, below, right, left) where it meets no text or marker inside the plot; the lines' end values in a
        column right of the lines, spread apart with a line to each moved one (none where they cannot all fit: the
        legend names the lines, hovering gives the values); a bar's value kept inside the plot; the x axis's
        years thinned where they would touch."""
        vb = self.plot.vb
        room = vb.sceneBoundingRect()
        spec = self.spec
        for line in self.leaders:
            self.plot.removeItem(line)
        self.leaders = []
        if spec is None or room.width() < 1 or room.height() < 1:
            return
        self._fit_axis_labels(room)
        if not self._places and not self.unit.isVisible():
            return
        if spec.kind == "bars":
            self._keep_inside(room)
            return
        ends = [p for p in self._places if p[1] == "end"]
        x0, x1 = self._x_span
        if ends and len(ends) * (_size(ends[0][0]).height() + 1) > room.height():
            for item, *_ in ends:  # they cannot all fit: none (the legend names the lines), and no room kept
                item.setVisible(False)
            ends = []
            vb.setXRange(x0, x1, padding=0)
        if ends:  # room right of the last points for the end values (and their lines)
            need = max(_size(p[0]).width() for p in ends) + self._marker_size() / 2 + 2 * GAP + LEADER
            share = min(0.5, need / room.width())
            last = max(p[2] for p in ends)
            vb.setXRange(x0, max(x1, (last - x0 * share) / (1 - share)), padding=0)
        self._thin_years(room)
        to_px, to_data = _mapping(vb, room)
        marker = self._marker_size() + 2
        taken = [QRectF(to_px(m.point.x, m.point.value / spec.scale) - QPointF(marker / 2, marker / 2),
                        QRectF(0, 0, marker, marker).size()) for s in spec.series for m in s.markers]
        lines = [QLineF(to_px(a.x, a.value / spec.scale), to_px(b.x, b.value / spec.scale))
                 for s in spec.series for g in s.segments for a, b in zip(g.points, g.points[1:])]
        if self.unit.isVisible():  # first: the top left corner, above the data (the top room is left free of it)
            size = _size(self.unit)
            along = [QRectF(room.left() + GAP + dx, room.top() + 1, size.width(), size.height())
                     for dx in range(0, max(1, int(room.width() - size.width() - 2 * GAP)), 8)]
            corner = first_free(along, taken, room, lines)  # the top left corner, or along the top where free
            self.unit.setVisible(corner is not None)  # else the plot is too short for it: the title or ticks say
            if corner is not None:
                _put(self.unit, corner, to_data)
                taken.append(corner)
        if ends:
            taken += self._place_ends(ends, room, to_px, to_data)
        for item, role, x, y, _ in self._places:
            if role not in ("value", "target"):
                continue
            mark = QRectF(to_px(x, y) - QPointF(marker / 2, marker / 2), QRectF(0, 0, marker, marker).size())
            if role == "target":  # the dashed mark across its period
                left, right = to_px(x - TARGET_HALF, y), to_px(x + TARGET_HALF, y)
                mark = QRectF(left.x(), mark.top(), right.x() - left.x(), mark.height())
            size = _size(item)
            places = _candidates(mark, size.width(), size.height(), room.height())
            rect = first_free(places, taken, room, lines) or first_free(places, taken, room)  # best off the lines
            if rect is None and role == "target" and not self._lowered:  # room below the mark, then all again
                self._lowered = True
                if self._lower(y, places[1].bottom() - to_px(x, y).y() + 2, room):
                    return self._place_texts()
            item.setVisible(rect is not None)  # else left out: the hover and the PDF give it
            if rect is not None:
                _put(item, rect, to_data)
                taken.append(rect)

    def _lower(self, value: float, pixels: float, room: QRectF) -> bool:
        """The y range's bottom lowered so that `pixels` are free under `value`; False if it cannot be."""
        (y0, y1) = self.plot.vb.viewRange()[1]
        share = pixels / room.height()
        if share >= 0.6 or value <= y0:
            return False
        self.plot.vb.setYRange(min(y0, (value - share * y1) / (1 - share)), y1, padding=0)
        return True

    def _place_ends(self, ends: list, room: QRectF, to_px, to_data) -> list[QRectF]:
        """The lines' end values in a column, each at its line's height or moved apart, with leader lines."""
        points = [to_px(x, y) for _, _, x, y, _ in ends]
        sizes = [_size(item) for item, *_ in ends]
        high = max(s.height() for s in sizes)
        column = max(p.x() for p in points) + self._marker_size() / 2 + GAP
        centres = spread([p.y() for p in points], high + 1, room.top(), room.bottom())
        moved = centres is not None and any(abs(c - p.y()) > high / 4 or p.x() < column - self._marker_size()
                                            for c, p in zip(centres, points))
        left = column + (LEADER if moved else 0)
        fits = centres is not None and all(left + s.width() <= room.right() for s in sizes)
        rects = []
        for (item, _, _, _, color), p, size, c in zip(ends, points, sizes, centres or [0.0] * len(ends)):
            item.setVisible(fits)
            if not fits:
                continue
            rect = QRectF(left, c - size.height() / 2, size.width(), size.height())
            _put(item, rect, to_data)
            rects.append(rect)
            if moved:
                start, end = to_data(QPointF(p.x() + self._marker_size() / 2, p.y())), to_data(QPointF(left - 1, c))
                line = pg.PlotDataItem([start[0], end[0]], [start[1], end[1]], pen=pg.mkPen(color, width=1))
                self.plot.addItem(line, ignoreBounds=True)
                self.leaders.append(line)
        return rects

    def _fit_axis_labels(self, room: QRectF) -> None:
        """An axis's label no longer than the plot beside it (a short plot's unit wraps onto a second line, not
        over the legend and the notes)."""
        left = self.plot.getAxis("left")
        above = False
        if self.spec.kind == "trend" and self.spec.axis_label and left.label is not None:
            left.label.setTextWidth(-1)
            above = left.label.boundingRect().width() > room.height()
            if above == left.label.isVisible():
                left.showLabel(not above)
        self.unit.setVisible(above)
        if above:
            self.unit.setText(self.spec.axis_label, color=self._fg)
            font = QFont(self._text_font())
            sizes = (font.pointSizeF(),) if self.text_points else steps(font.pointSizeF(), min(8, font.pointSizeF()))
            for points in sizes:  # a plot shorter than the unit's line: a smaller size, down to 8 pt
                font.setPointSizeF(points)
                self.unit.setFont(font)
                if _size(self.unit).height() + 2 <= room.height():
                    break
            self.unit.setVisible(_size(self.unit).height() + 2 <= room.height())
            if self.unit.scene() is None:
                self.plot.addItem(self.unit, ignoreBounds=True)
        for name, length in (("bottom", room.width()),):
            axis = self.plot.getAxis(name)
            label = axis.label
            if label is None or not label.isVisible():
                continue
            label.setTextWidth(-1)
            width = length if label.boundingRect().width() > length else -1
            label.setTextWidth(width)
            if width != getattr(axis, "_fitted_to", -1):
                axis._fitted_to = width
                axis._adjustSize()  # the axis's width (or height) for the label's lines
                axis.resizeEvent()  # and the label centred again

    def _keep_inside(self, room: QRectF) -> None:
        """A bar's value moved (not cut) into the plot where its row is at the plot's edge; the value of a bar out
        of view (a slide's part shows some rows of the chart) is not shown at all."""
        to_px, to_data = _mapping(self.plot.vb, room)
        for item, _, x, y, _ in self._places:
            size = _size(item)
            ax, ay = item.asked  # its anchor as written (the last placing set another)
            p = to_px(x, y)
            item.setVisible(room.top() <= p.y() <= room.bottom())  # the row's middle in view: its bar is drawn
            if not item.isVisible():
                continue
            rect = QRectF(p.x() - ax * size.width() + GAP, p.y() - ay * size.height(), size.width(), size.height())
            item.setAnchor((0, 0))
            _put(item, inside(rect, room), to_data)

    def _thin_years(self, room: QRectF) -> None:
        """Every year the spec ticks, or every second (third, ...) one where their labels would touch."""
        ticks = list(self.spec.ticks)
        axis = self.plot.getAxis("bottom")
        if len(ticks) < 2:
            return
        (x0, x1), _ = self.plot.vb.viewRange()
        metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
        widest = max(metrics.horizontalAdvance(label) for _, label in ticks) + metrics.averageCharWidth()
        apart = min(b[0] - a[0] for a, b in zip(ticks, ticks[1:])) * room.width() / (x1 - x0)
        every = max(1, -int(-widest // max(apart, 1)))
        axis.setTicks([ticks[::every]])


class SpacedAxis(pg.AxisItem):
    """A value axis whose values stand at least TICK_GAP lines apart: a short plot shows fewer of them."""

    def tickSpacing(self, low: float, high: float, size: float):
        levels = super().tickSpacing(low, high, size)
        if self._tickSpacing is not None or not levels or size <= 0 or high == low:
            return levels
        least = TICK_GAP * QFontMetrics(self.style["tickFont"] or self.font()).height() * abs(high - low) / size
        power = 10 ** math.floor(math.log10(least))
        steps = (1, 2, 2.5, 5, 10) if power >= 10 else (1, 2, 5, 10)  # 25, 250: round; 2.5 of a count is not
        return [(next(k * power for k in steps if k * power >= least * (1 - 1e-9)), 0)]  # the least round step

    def _updateWidth(self) -> None:
        """pyqtgraph counts 0.8 of the label's height (one line's overestimate): a wrapped label needs it all."""
        super()._updateWidth()
        if self.isVisible() and self.fixedWidth is None and self.label is not None and self.label.isVisible():
            width = self.maximumWidth() + 0.2 * self.label.boundingRect().height()
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)


def _size(item: pg.TextItem) -> QRectF:
    """A text's own lines in pixels (its document's margin left out)."""
    m = item.textItem.document().documentMargin()
    return item.textItem.boundingRect().adjusted(m, m, -m, -m)


def _put(item: pg.TextItem, rect: QRectF, to_data) -> None:
    """`item`'s own lines at `rect` (pixels in the scene)."""
    m = item.textItem.document().documentMargin()
    item.setAnchor((0, 0))
    item.setPos(*to_data(rect.topLeft() - QPointF(m, m)))


def _mapping(vb: pg.ViewBox, room: QRectF):
    """Data to scene pixels and back, from the plot's range and rectangle (up is larger, unless inverted)."""
    (x0, x1), (y0, y1) = vb.viewRange()
    down = vb.yInverted()

    def to_px(x: float, y: float) -> QPointF:
        share = (y - y0) / (y1 - y0)
        return QPointF(room.left() + (x - x0) / (x1 - x0) * room.width(),
                       room.top() + (share if down else 1 - share) * room.height())

    def to_data(p: QPointF) -> tuple[float, float]:
        share = (p.y() - room.top()) / room.height()
        return x0 + (p.x() - room.left()) / room.width() * (x1 - x0), y0 + (share if down else 1 - share) * (y1 - y0)
    return to_px, to_data


def _candidates(mark: QRectF, width: float, height: float, reach: float) -> list[QRectF]:
    """A label's places about its mark: beside it first (above, below, right, left), then ever further up or down,
    `reach` pixels at most."""
    near = around(mark, width, height)
    out = list(near)
    for dy in range(4, int(reach), 4):
        out += [near[0].translated(0, -dy), near[1].translated(0, dy)]
        out += [r.translated(0, d) for r in near[2:] for d in (-dy, dy)]
    return out
