"""A chart in Chinese: the words of a built ChartSpec (title, tick labels, legend, series, axis, target marks) turned
into Chinese in one place, from the records it plots (their name_zh, region and period through lexicon.display_zh)
and the chart words of lexicon.zh. The builders stay in English and know no language: this maps what they write.
What it does not know (a note under the chart, small multiples' titles) stays as built."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from ..lexicon.display_zh import name_in, period_zh, region_zh
from ..lexicon.words import DISPLAY
from .spec import DIFFER, TWO_WAYS, ChartSpec

_WORDS = DISPLAY["zh"]["charts"]
_TICK_PERIODS = re.compile(r"\s*\((\S+); \S+ (\S+)\)$")  # "(2023; target 2024)": the actual's and target's periods
_SCALED = re.compile(r"^(\w+) (.+)$")  # "billion yuan"


def in_chinese(spec: ChartSpec, records: Mapping[str, Mapping]) -> ChartSpec:
    """`spec` with its words in Chinese; `records`: the records by id (their Chinese names)."""
    if spec.multiples:
        return spec
    at_x = {p.x: records.get(p.record_id, {}) for s in spec.series for p in s.points}
    first = next(iter(at_x.values()), {})
    series = tuple(replace(s, name=_series_name(s.name, s, records),
                           targets=tuple(replace(t, label=_mark(t.label)) for t in s.targets)) for s in spec.series)
    legend = tuple(replace(e, label=_WORDS["legend"].get(e.label, region_zh(e.label))) for e in spec.legend)
    ticks = tuple((x, _tick(label, at_x.get(x), spec.kind)) for x, label in spec.ticks)
    return replace(spec, title=_title(spec, first), series=series, legend=legend, ticks=ticks,
                   axis_label=_axis(spec.axis_label))


def _title(spec: ChartSpec, first: Mapping) -> str:
    if not first:
        return spec.title
    region, name = region_zh(str(first.get("region", ""))), name_in(first, "zh")
    if spec.kind == "trend":
        return _WORDS["trend"].format(name, region)
    if any(s.targets for s in spec.series):
        return _WORDS["targets"].format(region)
    return _WORDS["growth"].format(region + _WORDS["comma"] + period_zh(str(first.get("period", ""))))


def _series_name(name: str, series, records: Mapping[str, Mapping]) -> str:
    if name in _WORDS["legend"]:
        return _WORDS["legend"][name]
    record = records.get(series.points[0].record_id) if series.points else None
    if record and name == record.get("name"):
        return name_in(record, "zh")
    return region_zh(name)


def _tick(label: str, record: Mapping | None, kind: str) -> str:
    if kind == "trend" or not record:
        return period_zh(label) if label else label
    mark = (_WORDS["sources_differ"] if f"({DIFFER})" in label else
            _WORDS["stated_two_ways"] if f"({TWO_WAYS})" in label else "")
    periods = _TICK_PERIODS.search(label)
    said = _WORDS["ticks"].format(period_zh(periods[1]), period_zh(periods[2])) if periods else ""
    return name_in(record, "zh") + said + mark


def _mark(label: str) -> str:
    """'target ~5.5%: met' -> '目标 ~5.5%：已达到'."""
    word, _, rest = label.partition(" ")
    out = f"{_WORDS['marks'].get(word, word)} {rest}"
    for english, chinese in _WORDS["marks"].items():
        if english.startswith(":"):
            out = out.replace(english, chinese)
    return out


def _axis(label: str) -> str:
    if label in _WORDS["axes"]:
        return _WORDS["axes"][label]
    units = DISPLAY["zh"]["units"]
    scaled = _SCALED.match(label)
    if scaled and scaled[1] in _WORDS["scales"]:
        return _WORDS["scales"][scaled[1]] + _WORDS["currencies"].get(scaled[2], units.get(scaled[2], scaled[2]))
    return units.get(label, label)
