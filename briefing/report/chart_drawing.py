"""Draws a core ChartSpec as vector graphics for the PDF. Like the screen widget it computes nothing about the
data: values, labels, line segments, strokes and markers come from the spec (the screen draws the same ones).
Kinds differ by marker and dash, not by colour alone, so a grayscale print stays readable."""
from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ..core.charts.spec import ChartSpec, LegendEntry, Stroke, short_number
from .fonts import BOLD, SANS, at_most, fit, register, runs, text_width

TITLE_LINES, NOTE_LINES, SOURCE_LINES = 3, 4, 3  # the most lines a chart's title, notes and source line take
LEGEND_LABEL_WIDTH = 120  # points
LABEL = 7.5  # points: the smallest text a chart prints (labels, ticks, legend, notes), readable on paper
LEADING = 9.5  # points from one line of notes or source to the next
TARGET_HALF = 0.35  # a target's mark across its period on a trend: this much of a year either side

GRID = colors.HexColor("#d0d0d0")
INK = colors.HexColor("#222222")
DASHES = {"solid": None, "dash": (4, 2), "dot": (1, 2)}


def draw_chart(spec: ChartSpec, width: float, height: float) -> Drawing:
    register()
    d = Drawing(width, height, initialFontName=SANS, initialFontSize=LABEL)  # no stray unembedded Helvetica
    title = at_most(spec.title, TITLE_LINES, BOLD, 10, width)
    # notes (sources that differ, how a value was computed) wrapped above the source line, clear of the plot
    below = (at_most(" ".join(spec.notes), NOTE_LINES, SANS, LABEL, width)
             + at_most(spec.source_line, SOURCE_LINES, SANS, LABEL, width))
    top = height - 4
    for line in title:
        top -= 12
        _text(d, 0, top, line, font=BOLD, size=10)
    bottom = 4 + LEADING * len(below)
    for i, line in enumerate(reversed(below)):
        _text(d, 0, 4 + LEADING * i, line)
    area = (0, bottom + 6, width, top - 8 - (bottom + 6))  # x, y, w, h for the plot and its labels
    if not any(s.points for s in spec.series):
        _text(d, width / 2, area[1] + area[3] / 2, spec.empty_message or "Nothing to draw.", size=9,
              anchor="middle")
    elif spec.kind == "trend":
        _trend(d, spec, *area)
    else:
        _bars(d, spec, *area)
    return d


def _text(d: Drawing, x: float, y: float, text: str, font: str = SANS, size: float = LABEL,
          anchor: str = "start", color=INK) -> None:
    """A label, each run of characters in a font that has their glyphs (Chinese in the Chinese font)."""
    parts = runs(text, font)
    if len(parts) <= 1:  # one run: in its font (a label all in Chinese is in the Chinese font, not boxes)
        run_font, chars = parts[0] if parts else (font, text)
        d.add(String(x, y, chars, fontName=run_font, fontSize=size, textAnchor=anchor, fillColor=color))
        return
    x -= {"start": 0, "middle": 0.5, "end": 1}[anchor] * text_width(text, font, size)
    for run_font, chars in parts:
        d.add(String(x, y, chars, fontName=run_font, fontSize=size, fillColor=color))
        x += text_width(chars, run_font, size)


def nice_ticks(high: float, count: int = 5) -> list[float]:
    """Round axis steps from 0 to at least `high`."""
    if high <= 0:
        return [0.0, 1.0]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(int(math.ceil(high / step - 1e-9)) + 1)]


_number = short_number


def _label(p, scale: float) -> str:
    """A point's value by it: as the spec writes it (with its qualifier; a derived value keeps its inputs'
    precision), or in the axis' units."""
    return p.label or _number(p.value / scale)


def multiples_grid(count: int) -> tuple[int, int]:
    """Columns and rows of small multiples for `count` series: panels wide enough for a year axis."""
    columns = 4 if count <= 16 else 5
    return columns, -(-count // columns)


def _value_ticks(values: list[float]) -> list[float]:
    """Round steps from below the lowest value (or 0) to above the highest."""
    ticks = nice_ticks(max(0.0, *values) * 1.1)
    step = ticks[1] - ticks[0]
    while ticks[0] > min(values) + 1e-9:
        ticks.insert(0, ticks[0] - step)
    return ticks


def _trend(d: Drawing, spec: ChartSpec, x0: float, y0: float, w: float, h: float) -> None:
    values = [p.value / spec.scale for s in spec.series for p in s.points]
    ticks_y = _value_ticks(values)
    if any(s.targets for s in spec.series):  # room above the highest for a target's label
        step = ticks_y[1] - ticks_y[0]
        if max(values) > ticks_y[-1] - step / 2:
            ticks_y.append(ticks_y[-1] + step)
    if not spec.multiples:
        _plot(d, spec, spec.series, ticks_y, x0, y0, w, h)
        _text(d, x0, y0 + h - 7, spec.axis_label)  # clear of the top tick's number
        _legend(d, spec.legend, x0 + w, y0 + h - 7, x0 + text_width(spec.axis_label, SANS, LABEL) + 8)
        return
    columns, rows = multiples_grid(len(spec.series))
    _text(d, x0, y0 + h - 7, spec.axis_label + " · one panel per region, all on the same axes")
    _legend(d, spec.legend, x0 + w, y0 + h - 7, x0 + text_width(spec.axis_label + " · one panel per region, all "
                                                                 "on the same axes", SANS, LABEL) + 8)
    panel_w, panel_h = w / columns, (h - 12) / rows
    for i, series in enumerate(spec.series):
        row, col = divmod(i, columns)
        px0, py0 = x0 + col * panel_w, y0 + h - 12 - (row + 1) * panel_h
        _text(d, px0 + 30, py0 + panel_h - 9, fit(series.name, panel_w - 36, LABEL, BOLD), font=BOLD)
        _plot(d, spec, (series,), ticks_y, px0, py0, panel_w - 6, panel_h - 10, small=True)


def _plot(d: Drawing, spec: ChartSpec, series_list, ticks_y: list[float], x0: float, y0: float, w: float,
          h: float, small: bool = False) -> None:
    """Axes, lines and markers of `series_list` in the box; a small panel labels its first and last year and
    three values only."""
    scale = spec.scale
    margin = 30 if small else 42
    left, plot_w = x0 + margin, w - margin - 8
    base, plot_h = y0 + 16, h - 16 - (4 if small else 14)
    xs = [t[0] for t in spec.ticks]
    xmin, xmax = min(xs) - 0.5, max(xs) + 0.5
    low = ticks_y[0]

    def px(x: float) -> float:
        return left + (x - xmin) / (xmax - xmin) * plot_w

    def py(v: float) -> float:
        return base + (v - low) / (ticks_y[-1] - low) * plot_h

    labelled_y = ticks_y if not small else ticks_y[::max(1, len(ticks_y) // 2)]
    for t in ticks_y:
        d.add(Line(left, py(t), left + plot_w, py(t), strokeColor=GRID, strokeWidth=0.4))
    for t in labelled_y:
        _text(d, left - 4, py(t) - 3, _number(t), anchor="end")
    d.add(Line(left, base, left + plot_w, base, strokeColor=INK, strokeWidth=0.6))
    labels = [(x, label) for x, label in spec.ticks if label]
    if small:  # the first and last years with data
        xs = [p.x for s in spec.series for p in s.points]
        inside = [(x, label) for x, label in labels if min(xs) - 0.5 <= x <= max(xs) + 0.5] or labels
        labels = [inside[0], inside[-1]]
    for x, label in labels:
        _text(d, px(x), base - 10, label, anchor="middle")
    ends = []  # each line's last point, labelled right of it
    for series in series_list:
        for segment in series.segments:
            d.add(PolyLine([c for p in segment.points for c in (px(p.x), py(p.value / scale))],
                           **_stroke(segment.stroke)))
        for m in series.markers:
            x, y = px(m.point.x), py(m.point.value / scale)
            _marker(d, x, y, m.shape, colors.HexColor(m.color), m.filled, 1.8 if small else 3.5)
            if spec.value_labels == "every" and m.labelled:
                _text(d, x, y + 6, _label(m.point, scale), anchor="middle")
        for mark in series.targets:  # a target: a dashed line across its period, labelled, never joined to the line
            x, y = px(mark.point.x), py(mark.point.value / scale)
            half = TARGET_HALF / (xmax - xmin) * plot_w
            d.add(Line(x - half, y, x + half, y, strokeColor=colors.HexColor(mark.color), strokeWidth=1.2,
                       strokeDashArray=DASHES["dash"]))
            _text(d, x, y + 6, mark.label, anchor="middle")
        if spec.value_labels == "last" and series.markers:
            m = series.markers[-1]
            ends.append([py(m.point.value / scale) - 2.5, px(m.point.x) + 5, _label(m.point, scale), m.color])
    ends.sort()
    for below, above in zip(ends, ends[1:]):  # 8 points apart, so none overwrites another
        above[0] = max(above[0], below[0] + 8)
    for y, x, text, color in ends:
        _text(d, x, y, text, color=colors.HexColor(color))


def _bars(d: Drawing, spec: ChartSpec, x0: float, y0: float, w: float, h: float) -> None:
    """One row per item: its label, its bar and value, and a target's mark across the row (a dashed line at the
    target's value) with the value and the target written right of both."""
    label_w = min(200.0, w * 0.42)
    marks = {round(m.point.x, 9): m for s in spec.series for m in s.targets}
    ends = [_label(p, 1.0) + (f"; {marks[round(p.x, 9)].label}" if round(p.x, 9) in marks else "")
            for s in spec.series for p in s.points]
    right = max([text_width(e, SANS, LABEL) for e in ends] + [24.0]) + 6
    left, plot_w = x0 + label_w + 6, w - label_w - 6 - right
    top = y0 + h - (14 if spec.legend else 0)
    rows = len(spec.ticks)
    row_h = min(28.0, (top - y0 - 20) / max(rows, 1))
    values = [p.value for s in spec.series for p in s.points] + [m.point.value for m in marks.values()]
    low, high = min(0.0, *values), max(0.0, *values) * 1.05 or 1.0
    ticks = nice_ticks(high)
    if low < 0:
        ticks = _value_ticks([low, high])

    def px(v: float) -> float:
        return left + (v - ticks[0]) / (ticks[-1] - ticks[0]) * plot_w

    base = top - rows * row_h
    for t in ticks:
        d.add(Line(px(t), base, px(t), top, strokeColor=GRID, strokeWidth=0.4))
        _text(d, px(t), base - 10, _number(t), anchor="middle")
    _text(d, left + plot_w / 2, base - 19.5, spec.axis_label, anchor="middle")
    most = 2 if row_h >= 18 else 1  # lines a label may take: a long name keeps its region and period
    for x, label in spec.ticks:
        y = top - (x + 0.5) * row_h
        lines = at_most(label, most, SANS, LABEL, label_w)
        for i, line in enumerate(lines):
            _text(d, left - 4, y - 3 + 4.5 * (len(lines) - 1) - 9 * i, line, anchor="end")
    bar_h = row_h * (0.36 if len(spec.series) > 1 else 0.6)
    for series in spec.series:
        look = series.bars
        for p in series.points:
            y = top - (p.x + 0.5) * row_h - bar_h / 2
            d.add(Rect(px(min(0.0, p.value)), y, abs(px(p.value) - px(0.0)), bar_h, **_stroke(look.outline),
                       fillColor=colors.HexColor(look.outline.color) if look.filled else None))
            mark = marks.get(round(p.x, 9))
            end = max(0.0, p.value, mark.point.value if mark else 0.0)
            if mark is not None:
                mx = px(mark.point.value)
                d.add(Line(mx, y - row_h * 0.15, mx, y + bar_h + row_h * 0.15, strokeColor=colors.HexColor(mark.color),
                           strokeWidth=1.6, strokeDashArray=DASHES["dash"]))
            _text(d, px(end) + 3, y + bar_h / 2 - 3,
                  _label(p, 1.0) + (f"; {mark.label}" if mark is not None else ""))
    _legend(d, spec.legend, x0 + w, y0 + h - 10)


def _stroke(stroke: Stroke) -> dict:
    return {"strokeColor": colors.HexColor(stroke.color), "strokeWidth": stroke.width,
            "strokeDashArray": DASHES[stroke.dash]}


def _marker(d: Drawing, x: float, y: float, shape: str, color, filled: bool, r: float = 3.5) -> None:
    fill = color if filled else colors.white
    if shape == "square":
        d.add(Rect(x - r, y - r, 2 * r, 2 * r, strokeColor=color, fillColor=fill, strokeWidth=1.2))
    elif shape == "triangle":
        k = r / 3.5
        d.add(Polygon([x - 4 * k, y - 3 * k, x + 4 * k, y - 3 * k, x, y + 4 * k], strokeColor=color, fillColor=fill,
                      strokeWidth=1.2))
    else:
        d.add(Circle(x, y, r, strokeColor=color, fillColor=fill, strokeWidth=1.2))


def _legend(d: Drawing, entries: tuple[LegendEntry, ...], right: float, y: float, leftmost: float = 0.0) -> None:
    """The entries in a row ending at `right`, above the plot (never over the data); entries that would run past
    `leftmost` (the axis label) go on a row of their own above."""
    x = right
    for entry in reversed(entries):
        label = fit(entry.label, LEGEND_LABEL_WIDTH, LABEL)
        step = text_width(label, SANS, LABEL) + 14
        if x - step < leftmost and x < right:
            x, y = right, y + 10
        x -= step
        if entry.shape == "dash":  # a target's mark across a bar's row
            d.add(Line(x + 4, y - 2, x + 4, y + 7, strokeColor=colors.HexColor(entry.color), strokeWidth=1.6,
                       strokeDashArray=DASHES["dash"]))
        elif entry.shape == "square" and entry.filled:  # a bar's sample
            color = colors.HexColor(entry.color)
            d.add(Rect(x, y - 1, 8, 6, strokeColor=color, fillColor=color))
        else:
            _marker(d, x + 4, y + 2, entry.shape, colors.HexColor(entry.color), entry.filled)
        _text(d, x + 10, y, label)
