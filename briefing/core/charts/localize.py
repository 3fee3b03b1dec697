"""A chart in Chinese: the words of a built ChartSpec (title, tick labels, legend, series, axis, target marks, notes,
messages, groups, source line and the sentence of a one-figure chart) turned into Chinese in one place, from the
records it plots (their name_zh, region and period through lexicon.display_zh) and the chart words of lexicon.zh.
The builders stay in English and know no language: this maps what they write. The PDF, the window and the slides
all take their chart words from here (`localized`). Numbers, points and strokes are untouched."""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon.display_zh import display_zh, kind_zh, name_in, period_zh, region_zh
from ..lexicon.words import DISPLAY, TARGET_BOUNDS
from .spec import DIFFER, NOTHING_SELECTED, TWO_WAYS, ChartSpec, Group, statement

if TYPE_CHECKING:
    from ..model.data import Dataset

_WORDS = DISPLAY["zh"]["charts"]
_MEASURES, _LIST = DISPLAY["zh"]["measures"], DISPLAY["zh"]["list"]
_ABOUT = DISPLAY["zh"]["qualifiers"]["about"]  # 约
_TICK_PERIODS = re.compile(r"\s*\((\S+); \S+ (\S+)\)$")  # "(2023; target 2024)": the actual's and target's periods
_SCALED = re.compile(r"^(\w+) (.+)$")  # "billion yuan"
_SHORT_MONTHS = re.compile(r"^(\d{4})-(\d{2})–(\d{2})$")  # spec.short_period's "2021-01–02"
_QUOTED = re.compile(r"“([^”]*)”")
# what the builders write (comparison, scorecard, trend, regions), each with the Chinese it becomes
_SMALLER = re.compile(r"^(\d+) smaller growth rates? of .+ not shown\.$")
_GROWTH_HIDDEN = re.compile(r"^(\d+) growth rates? of (\d+) other regions? or periods? not shown$")
_TARGETS_HIDDEN = re.compile(r"^(\d+) targets? of (\d+) other measures? or regions? not shown$")
_NO_GROWTH = re.compile(r"^No growth rates among (.+)\.$")
_NO_TARGETS = "No filtered series has both a target and an actual."
_NO_TREND = "One observation in the sources: no trend yet."
_TWO_WAYS = re.compile(rf"^(\S+): (“.+”), one figure {TWO_WAYS}$")
_DIFFER = re.compile(rf"^(\S+): {DIFFER}, (“.+”)$")
_NOMINAL = "Nominal, from current-price levels; stated growth rates are real."
_BOUND = re.compile(r"^(.+) (\d{4}): “(.+)” is a bound; nothing is computed from it\.$")
_DIFFER_REGIONS = re.compile(r"^Sources differ for (.+) (\d{4}): computed from (.+) \((.+)\)\.$")
_NO_BASE = re.compile(r"^(.+) states no level for (\d{4}): not indexed\.$")
_NOT_A_LEVEL = re.compile(r" is an? (\w+), not a level: ")
_NO_VALUES = re.compile(r"^No (stated|computable) values of ")
_INDEX = re.compile(r", index \((\d{4}|) = 100\): ")
_ON_YEAR_BEFORE = " on the previous year: "
_INDEXED = re.compile(r"^(about )?([\d,.]+) \((\d{4}) = 100\)$")  # a derived display: "about 105.3 (2015 = 100)"
_GREW = re.compile(r"^(up|down) (about )?([\d,.]+)%( \(nominal\))?$")  # "up 5.2% (nominal)"
_INDEX_AXIS = re.compile(r"^Index, (\d{4}|) = 100$")
_COMPUTED = re.compile(r"\. (Index|Growth) computed by this app from the levels\.$")


def localized(spec: ChartSpec, lang: str, records: Mapping[str, Mapping]) -> ChartSpec:
    """`spec` in the language `lang` ("zh": in Chinese; any other: as built, in English)."""
    return in_chinese(spec, records) if lang == "zh" else spec


class DatasetRecords(Mapping):
    """A dataset's figures by id, each read when first asked for (a chart asks for a few of 100,000)."""

    def __init__(self, data: Dataset) -> None:
        self.data, self._read = data, {}

    def __getitem__(self, record_id: str) -> dict:
        if record_id not in self._read:
            self._read[record_id] = self.data.record("indicators", record_id)
        if self._read[record_id] is None:
            raise KeyError(record_id)
        return self._read[record_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data.indicators["id"])

    def __len__(self) -> int:
        return len(self.data.indicators)


def in_chinese(spec: ChartSpec, records: Mapping[str, Mapping]) -> ChartSpec:
    """`spec` with its words in Chinese; `records`: the records by id (their Chinese names)."""
    chart = _chart(spec)
    at_x = {p.x: records.get(p.record_id, {}) for s in spec.series for p in s.points}
    subject = records.get(spec.record_id, {}) if spec.record_id else {}
    first = subject or next(iter(at_x.values()), {})
    displays = {p.display: display_zh(r) for s in spec.series for p in s.points
                if (r := records.get(p.record_id)) and r.get("display") == p.display}
    series = tuple(replace(s, name=_series_name(s.name, s, records, chart, subject),
                           targets=tuple(replace(t, label=_mark(t.label)) for t in s.targets)) for s in spec.series)
    legend = tuple(replace(e, label=_WORDS["legend"].get(e.label, region_zh(e.label))) for e in spec.legend)
    ticks = tuple((x, _tick(label, at_x.get(x), spec.kind)) for x, label in spec.ticks)
    groups = tuple(replace(g, label=_group(g, chart)) for g in spec.groups)
    label = next((g.label for g in groups if g.key == spec.group), "")
    out = replace(spec, title=_title(spec, chart, first, label), series=series, legend=legend, ticks=ticks,
                  axis_label=_axis(spec.axis_label), groups=groups, source_line=_source(spec.source_line),
                  notes=tuple(_sentence(n, displays, label) for n in spec.notes),
                  empty_message=_empty(spec.empty_message, first), hidden=_sentence(spec.hidden, displays, label))
    return replace(out, stated=_stated(spec, out, records)) if statement(spec) else out


def part_title(title: str, i: int, count: int) -> str:
    """A chart over several slides: its title with which part this is ("增速比较：福建（1/2）")."""
    return title + _WORDS["part"].format(i, count)


def _chart(spec: ChartSpec) -> str:
    """The kind that built the spec; a spec built outside CHART_KINDS is told by its look."""
    if spec.chart:
        return spec.chart
    if spec.kind == "bars":
        return "scorecard" if any(s.targets for s in spec.series) else "comparison"
    return "trend"


def _title(spec: ChartSpec, chart: str, first: Mapping, group: str) -> str:
    if chart == "comparison":
        return _WORDS["growth"].format(group) if group else _WORDS["growth"].partition("：")[0]
    if chart == "scorecard":
        return _WORDS["targets"].format(group) if group else _WORDS["targets"].partition("：")[0]
    if not first:
        return _WORDS["legend"].get(spec.title, spec.title)
    name = name_in(first, "zh")
    if chart == "regions":
        return _regions_title(spec, name)
    return _WORDS["trend"].format(name, region_zh(str(first.get("region", ""))))


def _regions_title(spec: ChartSpec, name: str) -> str:
    """The comparison of regions: "地区生产总值：福建、浙江", as an index or as growth on the year before."""
    regions = [s.name for s in spec.series]
    what = (_LIST.join(map(region_zh, regions)) if len(regions) <= 4 else
            _WORDS["many_regions"].format(region_zh(regions[0]), len(regions) - 1)) if regions else \
        region_zh(spec.title.rpartition(": ")[2])
    index = _INDEX.search(spec.title)
    if index:
        return _WORDS["index_title"].format(name, period_zh(index[1]), what)
    if _ON_YEAR_BEFORE in spec.title:
        return _WORDS["nominal_title" if spec.title.startswith("Nominal") else "growth_title"].format(name, what)
    return _WORDS["levels_title"].format(name, what)


def _group(group: Group, chart: str) -> str:
    """A group's label from its key: "福建，2024年" (region and period), "增速，福建" (measure and region)."""
    first, _, second = group.key.partition("|")
    if chart == "comparison":
        return region_zh(first) + _WORDS["comma"] + period_zh(second)
    if chart == "scorecard":
        return _MEASURES.get(first, first) + _WORDS["comma"] + region_zh(second)
    return group.label


def _series_name(name: str, series, records: Mapping[str, Mapping], chart: str, subject: Mapping) -> str:
    if name in _WORDS["legend"]:
        return _WORDS["legend"][name]
    record = subject if subject.get("name") == name else \
        records.get(series.points[0].record_id) if series.points else None
    if chart != "regions" and record and name == record.get("name"):
        return name_in(record, "zh")
    return region_zh(name)


def _tick(label: str, record: Mapping | None, kind: str) -> str:
    if kind == "trend" or not record:
        return _period(label) if label else label
    mark = (_WORDS["sources_differ"] if f"({DIFFER})" in label else
            _WORDS["stated_two_ways"] if f"({TWO_WAYS})" in label else "")
    periods = _TICK_PERIODS.search(label)
    said = _WORDS["ticks"].format(period_zh(periods[1]), period_zh(periods[2])) if periods else ""
    return name_in(record, "zh") + said + mark


def _period(period: str) -> str:
    """A period as a chart writes it (spec.short_period: "2021-01–02") in Chinese."""
    months = _SHORT_MONTHS.match(period)
    return period_zh(f"{months[1]}-{months[2]}/{months[1]}-{months[3]}" if months else period)


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
    if label == "% change, nominal":
        return _WORDS["nominal_axis"]
    index = _INDEX_AXIS.match(label)
    if index:
        return _WORDS["index_axis"].format(period_zh(index[1]))
    units = DISPLAY["zh"]["units"]
    scaled = _SCALED.match(label)
    if scaled and scaled[1] in _WORDS["scales"]:
        return _WORDS["scales"][scaled[1]] + _WORDS["currencies"].get(scaled[2], units.get(scaled[2], scaled[2]))
    return units.get(label, label)


def _source(line: str) -> str:
    """'Source: <documents>' -> '资料来源：<documents>' (the documents' titles stay as they are: English)."""
    if not line.startswith("Source: "):
        return line
    computed = _COMPUTED.search(line)
    body = line[len("Source: "):computed.start() if computed else None]
    return _WORDS["source"] + body + ("。" + _WORDS["computed"][computed[1]] if computed else "")


def _figures(quoted: str, displays: Mapping[str, str]) -> str:
    """'“5.4 trillion yuan” and “5.43 trillion yuan”' -> '“5.4万亿元”与“5.43万亿元”'."""
    return _WORDS["and"].join(f"“{displays.get(d, d)}”" for d in _QUOTED.findall(quoted))


def _sentence(text: str, displays: Mapping[str, str], group: str) -> str:
    """A note under the chart, or what the chart leaves out, in Chinese; a sentence this does not know as it is."""
    if not text:
        return text
    simple = {_NO_TREND: _WORDS["no_trend"], _NOMINAL: _WORDS["nominal_note"], _NO_TARGETS: _WORDS["no_targets"]}
    if text in simple:
        return simple[text]
    if m := _SMALLER.match(text):
        return _WORDS["smaller_hidden"].format(group, m[1])
    for pattern, key in ((_GROWTH_HIDDEN, "growth_hidden"), (_TARGETS_HIDDEN, "targets_hidden")):
        if m := pattern.match(text):
            return _WORDS[key].format(m[1], m[2])
    if m := _TWO_WAYS.match(text):
        return _WORDS["two_ways_note"].format(_period(m[1]), _figures(m[2], displays))
    if m := _DIFFER.match(text):
        return _WORDS["differ_note"].format(_period(m[1]), _figures(m[2], displays))
    if m := _BOUND.match(text):
        return _WORDS["bound_note"].format(region_zh(m[1]), period_zh(m[2]), displays.get(m[3], m[3]))
    if m := _DIFFER_REGIONS.match(text):
        return _WORDS["differ_regions_note"].format(region_zh(m[1]), period_zh(m[2]), displays.get(m[3], m[3]), m[4])
    if m := _NO_BASE.match(text):
        return _WORDS["no_base_note"].format(region_zh(m[1]), period_zh(m[2]))
    return text


def _empty(message: str, first: Mapping) -> str:
    """Why a chart is empty, in Chinese."""
    if message == NOTHING_SELECTED:
        return _WORDS["nothing_selected"]
    if m := _NO_GROWTH.match(message):
        return _WORDS["no_growth"].format(_WORDS["scopes"].get(m[1], m[1]))
    name = name_in(first, "zh") if first else ""
    if (m := _NOT_A_LEVEL.search(message)) and name:
        return _WORDS["not_a_level"].format(name, _MEASURES.get(m[1], m[1]))
    if (m := _NO_VALUES.match(message)) and name:
        where = message[:-1].rpartition(" in ")[2]
        regions = where.split(", ") if " other regions" not in where else []
        what = _LIST.join(map(region_zh, regions)) if regions else where
        return _WORDS["no_stated" if m[1] == "stated" else "no_computable"].format(name, what)
    return _sentence(message, {}, "")


def _stated(spec: ChartSpec, chinese: ChartSpec, records: Mapping[str, Mapping]) -> str:
    """The sentence after the title of a chart of one figure (spec.statement), in Chinese: "地区生产总值增速
    （2023年；2024年目标）：实际增长4.5%（2023年）；目标约5.5%（2024年）"."""
    def value(p) -> str:
        return point_zh(p, records)

    dated = spec.kind != "bars" or any(s.targets for s in spec.series)
    parts = [_WORDS["stated"].format(kind_zh(p.kind), value(p), _period(p.period)) if dated else value(p)
             for s in spec.series for p in s.points if p.kind != "target"]
    parts += [_WORDS["stated"].format(_WORDS["marks"].get(TARGET_BOUNDS[m.bound], m.bound), value(m.point),
                                      _period(m.point.period)) for s in spec.series for m in s.targets]
    said = _WORDS["statement_sep"].join(parts)
    item = chinese.ticks[0][1] if spec.kind == "bars" and chinese.ticks else ""
    return _WORDS["statement"].format(item, said) if item else said


def point_zh(p, records: Mapping[str, Mapping]) -> str:
    """A plotted value in Chinese: its record's as display_zh states it, or one this app computed (_derived)."""
    r = records.get(p.record_id)
    return display_zh(r) if r and r.get("display") == p.display else _derived(p.display)


def _derived(display: str) -> str:
    """A value this app computed (regions: an index, growth from two levels) in Chinese: "约105.3（2015年=100）",
    "增长约5.2%（名义）"; another display as it is."""
    if m := _INDEXED.match(display):
        return (_ABOUT if m[1] else "") + m[2] + _WORDS["index_base"].format(period_zh(m[3]))
    if m := _GREW.match(display):
        return (DISPLAY["zh"]["rise" if m[1] == "up" else "fall"] + (_ABOUT if m[2] else "") + m[3] + "%"
                + (_WORDS["nominal"] if m[4] else ""))
    return display
