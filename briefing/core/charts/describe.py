"""A chart in words: what a ChartSpec plots, value by value, for readers who cannot see it (the HTML companion's
chart descriptions). Like the renderers it computes nothing about the data: every value is the spec's display."""
from __future__ import annotations

from dataclasses import dataclass

from .spec import ChartSpec, Point

KIND_WORDS = {"actual": "", "target": "target", "derived": "derived"}


@dataclass(frozen=True)
class Described:
    """One plotted value: where it stands (a period on a trend, an item's label on a bar chart) and what it says."""

    series: str
    at: str
    point: Point

    @property
    def text(self) -> str:
        kind = KIND_WORDS.get(self.point.kind, self.point.kind)
        return f"{self.at}: {self.point.display}" + (f" ({kind})" if kind else "")


def plotted(spec: ChartSpec) -> list[Described]:
    """Every plotted value in the spec's order: series by series, point by point."""
    labels = dict(spec.ticks)
    out = []
    for series in spec.series:
        for p in series.points:
            at = p.period if spec.kind == "trend" else labels.get(float(round(p.x)), p.period)
            out.append(Described(series.name, at, p))
    return out


def summary(spec: ChartSpec) -> str:
    """What the chart is: "Trend chart in trillion yuan, 3 values", "Bar chart in %, 2 series of 5 values"."""
    what = "Trend chart" if spec.kind == "trend" else "Bar chart"
    n = sum(len(s.points) for s in spec.series)
    unit = f" in {spec.axis_label}" if spec.axis_label else ""
    shown = [s for s in spec.series if s.points]
    count = f"{n} value{'s' * (n != 1)}" if len(shown) <= 1 else f"{len(shown)} series, {n} values"
    return f"{what}{unit}, {count}"


def describe(spec: ChartSpec) -> str:
    """The whole chart as one paragraph: what it is, every plotted value by series, its notes and its source."""
    if not any(s.points for s in spec.series):
        return f"{spec.title}. {spec.empty_message or 'Nothing to draw.'}"
    parts = [f"{spec.title}. {summary(spec)}."]
    values = plotted(spec)
    named = len({v.series for v in values}) > 1
    for series in dict.fromkeys(v.series for v in values):
        texts = "; ".join(v.text for v in values if v.series == series)
        parts.append(f"{series}: {texts}." if named else f"{texts}.")
    parts += [note.rstrip(".") + "." for note in spec.notes]
    if spec.source_line:
        parts.append(spec.source_line.rstrip(".") + ".")
    return " ".join(parts)
