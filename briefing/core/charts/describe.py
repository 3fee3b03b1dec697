"""A chart in words: what a ChartSpec plots, value by value, for readers who cannot see it (the HTML companion's
chart descriptions). Like the renderers it computes nothing about the data: every value is the spec's display.

In Chinese (given the records by id, for a spec core.charts.localize has put in Chinese): each value as localize
states it (its record's display_zh, or a computed value's words), at its Chinese period."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..lexicon.display_zh import kind_zh, period_zh
from ..lexicon.words import DISPLAY
from .localize import point_zh
from .spec import ChartSpec, Point

KIND_WORDS = {"actual": "", "target": "target", "derived": "derived"}
ZH = DISPLAY["zh"]["charts"]["describe"]
CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Described:
    """One plotted value: where it stands (a period on a trend, an item's label on a bar chart) and what it says."""

    series: str
    at: str
    point: Point
    display: str = ""  # the value as said, if not the point's display (Chinese)
    zh: bool = False

    @property
    def text(self) -> str:
        if self.zh:
            kind = "" if self.point.kind == "actual" else kind_zh(self.point.kind)
            said = ZH["at"].format(self.at, self.display or self.point.display)
            return said + (ZH["kind"].format(kind) if kind else "")
        kind = KIND_WORDS.get(self.point.kind, self.point.kind)
        return f"{self.at}: {self.point.display}" + (f" ({kind})" if kind else "")


def plotted(spec: ChartSpec, records: Mapping[str, Mapping] | None = None) -> list[Described]:
    """Every plotted value in the spec's order: series by series, point by point (`records`: in Chinese)."""
    labels = dict(spec.ticks)
    out = []
    for series in spec.series:
        for p in series.points:
            at = p.period if spec.kind == "trend" else labels.get(float(round(p.x)), p.period)
            if records is None:
                out.append(Described(series.name, at, p))
                continue
            out.append(Described(series.name, period_zh(at) if spec.kind == "trend" else at, p,
                                 point_zh(p, records), zh=True))
    return out


def summary(spec: ChartSpec, zh: bool = False) -> str:
    """What the chart is: "Trend chart in trillion yuan, 3 values", "Bar chart in %, 2 series of 5 values"."""
    n = sum(len(s.points) for s in spec.series)
    shown_series = [s for s in spec.series if s.points]
    if zh:
        unit = ZH["unit"].format(spec.axis_label) if spec.axis_label else ""
        count = ZH["values"].format(n) if len(shown_series) <= 1 else ZH["series"].format(len(shown_series), n)
        return ZH["trend" if spec.kind == "trend" else "bars"] + unit + count
    what = "Trend chart" if spec.kind == "trend" else "Bar chart"
    unit = f" in {spec.axis_label}" if spec.axis_label else ""
    count = f"{n} value{'s' * (n != 1)}" if len(shown_series) <= 1 else f"{len(shown_series)} series, {n} values"
    return f"{what}{unit}, {count}"


def describe(spec: ChartSpec, records: Mapping[str, Mapping] | None = None) -> str:
    """The whole chart as one paragraph: what it is, every plotted value by series, its notes and its source
    (`records`: in Chinese; the notes and the documents' titles stay as the spec has them)."""
    if records is not None:
        return _describe_zh(spec, records)
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


def _describe_zh(spec: ChartSpec, records: Mapping[str, Mapping]) -> str:
    stop = ZH["stop"]
    if not any(s.points for s in spec.series):
        return spec.title + stop + ZH["nothing"]
    parts = [spec.title + stop + summary(spec, zh=True) + stop]
    values = plotted(spec, records)
    named = len({v.series for v in values}) > 1
    for series in dict.fromkeys(v.series for v in values):
        texts = ZH["between"].join(v.text for v in values if v.series == series)
        parts.append((ZH["named"].format(series, texts) if named else texts) + stop)
    for text in (*spec.notes, spec.source_line):  # as localize put them (a note it does not know stays English)
        if text and CJK.search(text):
            parts.append(text if text.endswith(stop) else text + stop)
        elif text:
            parts.append(" " + text.rstrip(".") + ". ")
    return "".join(parts).strip()
