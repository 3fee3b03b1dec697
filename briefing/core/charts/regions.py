"""Compare regions: the selected figure's series (its series key and unit) in several regions, one line each, as the
stated levels, as an index (a base year = 100) or as growth on the year before computed from the levels. Index and
growth points are derived: each cites the two figures it is computed from and states no more digits than they
allow; a bound ("more than …") stays out of the arithmetic."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd

from ..lexicon.words import CURRENCIES_BEFORE
from ..provenance.cite import citation
from .kinds import ChartInputs, Compare
from .spec import (
    KIND_LOOK,
    LINE_WIDTH,
    PALETTE,
    POINT_FIELDS,
    ChartSpec,
    LegendEntry,
    Point,
    Series,
    Sources,
    Stroke,
    axis_scale,
    half_unit,
    period_ticks,
    period_x,
    same_series,
    sources_line,
    trend_series,
)

# Okabe-Ito's first six stay apart on one chart (its yellow is faint on white, its black reads as the axes'
# ink). With more regions the figure's own keeps its colour, the others are grey on screen and each gets a panel
# of its own on paper (small multiples): 31 coloured lines in one plot cannot be told apart.
MAX_LINES = 6
OTHERS = "#808080"
LEVELS = ("level", "stock", "cumulative")  # the measures an index or a growth rate is computed from
BOUNDS = ("over", "under", "nearly")       # a bound's arithmetic gives no number
CONSTANT_PRICES = ("constant price", "real ", "不变价", "可比价")  # a money series so named is not nominal


@dataclass(frozen=True)
class Choices:
    """What a comparison of a figure's series can show: its regions (the figure's own first), their years."""

    own: str
    regions: tuple[str, ...]
    years: dict[str, tuple[str, ...]]  # region -> the years it states a level for, in order
    levels: bool                       # the series is a level: an index and growth can be computed

    def default(self) -> tuple[str, ...]:
        return self.regions if len(self.regions) <= MAX_LINES else (self.own,)

    def common_years(self, regions: tuple[str, ...]) -> tuple[str, ...]:
        sets = [set(self.years.get(r, ())) for r in regions]
        return tuple(sorted(set.intersection(*sets))) if sets else ()


def build(inputs: ChartInputs) -> ChartSpec:
    return regions_spec(inputs.data.indicators, inputs.record_id, inputs.data.source_map, inputs.compare)


def _series(indicators: pd.DataFrame, record_id: str) -> tuple[pd.Series, pd.DataFrame]:
    """The figure and the stated values of its series (its series key and unit) in every region; targets aside."""
    row = indicators.loc[indicators["id"] == record_id].iloc[0]
    same = indicators[same_series(indicators, row, region=False) & (indicators["kind"] == "actual")]
    return row, same


def choices(indicators: pd.DataFrame, record_id: str) -> Choices:
    row, same = _series(indicators, record_id)
    annual = same[same["period"].str.fullmatch(r"\d{4}")]
    years = {r: tuple(sorted(set(g))) for r, g in annual.groupby("region", sort=False)["period"]}
    others = sorted(set(same["region"]) - {row["region"]})
    return Choices(row["region"], (row["region"], *others), years, row["measure"] in LEVELS)


def regions_spec(indicators: pd.DataFrame, record_id: str, sources: Sources,
                 compare: Compare | None = None) -> ChartSpec:
    compare = compare or Compare()
    row, same = _series(indicators, record_id)
    ch = choices(indicators, record_id)
    regions = tuple(dict.fromkeys(r for r in compare.regions if r in ch.regions)) or ch.default()
    name, unit = row["name"], row["unit"]
    rows = same[same["region"].isin(regions)][[*POINT_FIELDS, "qualifier"]]
    rows = rows.assign(x=rows["period"].map(period_x)).sort_values("x", kind="stable")  # a document before an import
    stated = {r: [] for r in regions}
    for r in rows.itertuples(index=False):
        stated[r.region].append((Point(r.x, r.value, r.period, r.kind, r.display,
                                       citation(r._asdict(), sources[r.source]), r.id), r.qualifier))
    view = compare.view
    what = ", ".join(regions) if len(regions) <= 4 else f"{regions[0]} and {len(regions) - 1} other regions"
    if view != "levels" and not ch.levels:
        return ChartSpec("trend", f"{name}: {what}", unit, (), (), "", empty_message=(
            f"{name} is a {row['measure']}, not a level: an index or a growth rate is computed from levels."))
    notes: list[str] = []
    used: set[str] = set()
    if view == "levels":
        points = {r: tuple(p for p, _ in stated[r]) for r in regions}
        used = {p.record_id for ps in points.values() for p in ps}
        scale, axis = axis_scale([p.value for ps in points.values() for p in ps], unit)
        title, shown_unit = f"{name}: {what}", unit
    else:
        levels = {r: _one_per_year(r, stated[r], notes, sources, rows) for r in regions}
        if view == "index":
            common = ch.common_years(regions)
            base = compare.base if compare.base in common else (common or ch.years.get(regions[0], ("",)))[0]
            points = {r: _indexed(r, levels[r], base, name, notes, used) for r in regions}
            title, shown_unit, axis = f"{name}, index ({base} = 100): {what}", "index", f"Index, {base} = 100"
        else:
            nominal = unit in CURRENCIES_BEFORE and not any(w in f"{name} ".lower() for w in CONSTANT_PRICES)
            points = {r: _growth(r, levels[r], name, nominal, used) for r in regions}
            title = f"{'Nominal growth' if nominal else 'Growth'} of {name} on the previous year: {what}"
            shown_unit, axis = "%", "% change" + (", nominal" if nominal else "")
            if nominal:
                notes.append("Nominal, from current-price levels; stated growth rates are real.")
        scale = 1.0
    many = len(regions) > MAX_LINES
    series = tuple(_line(r, i, points[r], many) for i, r in enumerate(regions))
    drawn = [p for s in series for p in s.points]
    source_line = sources_line(rows[rows["id"].isin(used)], sources)
    if view != "levels" and source_line:
        source_line += f". {'Index' if view == 'index' else 'Growth'} computed by this app from the levels."
    empty = "" if drawn else f"No {'stated' if view == 'levels' else 'computable'} values of {name} in {what}."
    return ChartSpec("trend", title, shown_unit, series, period_ticks(drawn) if drawn else (), source_line, scale,
                     axis, empty, tuple(dict.fromkeys(notes)), _legend(series, many),  # a year three sources state:
                     "last" if len(series) > 1 else "every", many)  # its note once


def _line(region: str, i: int, points: tuple[Point, ...], many: bool) -> Series:
    color = PALETTE[0] if i == 0 else OTHERS if many else PALETTE[i % MAX_LINES]
    series = trend_series(region, color, points)
    if many and i:  # the others stand behind the figure's own region
        thin = tuple(dataclasses.replace(s, stroke=Stroke(color, s.stroke.dash, LINE_WIDTH / 2))
                     for s in series.segments)
        series = dataclasses.replace(series, segments=thin)
    return series


def _legend(series: tuple[Series, ...], many: bool) -> tuple[LegendEntry, ...]:
    shown = [s for s in series if s.points][:1] if many else [s for s in series if s.points]
    entries = [LegendEntry(s.name, KIND_LOOK[s.points[0].kind].shape, s.color, KIND_LOOK[s.points[0].kind].filled)
               for s in shown]
    if many:
        look = KIND_LOOK[next((s.points[0].kind for s in series if s.points), "actual")]
        entries.append(LegendEntry("Other regions", look.shape, OTHERS, look.filled))
    return tuple(entries)


# --- derived points -----------------------------------------------------------------------------------------

Level = tuple[Point, bool]  # a stated level, and whether it is approximate ("around …")


def _one_per_year(region: str, stated: list[tuple[Point, str]], notes: list[str], sources: Sources,
                  rows: pd.DataFrame) -> dict[str, Level]:
    """A region's level for each year: the first stated (a document's before an import's, as the line is
    drawn); where sources differ or a value is a bound, the notes say so."""
    out: dict[str, Level] = {}
    for p, qualifier in stated:
        if len(p.period) != 4:
            continue
        if qualifier in BOUNDS:
            notes.append(f"{region} {p.period}: “{p.display}” is a bound; nothing is computed from it.")
            continue
        first = out.setdefault(p.period, (p, qualifier == "about"))[0]
        if first is not p and first.value != p.value:
            title = sources[rows.loc[rows["id"] == first.record_id, "source"].iloc[0]]["title"]
            notes.append(f"Sources differ for {region} {p.period}: computed from {first.display} ({title}).")
    return out


def _relative_error(*levels: Level) -> float:
    return sum(half_unit(p.value) / abs(p.value) for p, _ in levels)


def _rounded(value: float, error: float, *levels: Level) -> tuple[str, str]:
    """`value` to the digits `error` allows: one decimal at most (as the sources state rates), none when the
    inputs do not know the tenths, "about" when they do not know the units or are approximate themselves; and
    the number alone, signed, for the chart to write by its point ("~" for "about")."""
    digits = 1 if error < 0.05 else 0
    about = error >= 0.5 or any(approx for _, approx in levels)
    return ("about " if about else "") + f"{abs(value):,.{digits}f}", ("~" if about else "") + f"{value:,.{digits}f}"


def _derived(levels: tuple[Level, ...], value: float, display: str, label: str, how: str, name: str, region: str,
             used: set[str]) -> Point:
    """A computed point where its first input stands, citing every input; their ids join `used`."""
    at = levels[0][0]
    used.update(p.record_id for p, _ in levels)
    cited = " And: ".join(p.citation for p, _ in levels)
    text = f"{name} ({region}, {at.period}, derived): {display}, {how}. Computed from: {cited}"
    return Point(at.x, value, at.period, "derived", display, text, at.record_id, label)


def _indexed(region: str, levels: dict[str, Level], base: str, name: str, notes: list[str],
             used: set[str]) -> tuple[Point, ...]:
    b = levels.get(base)
    if b is None or b[0].value == 0:
        if levels:
            notes.append(f"{region} states no level for {base}: not indexed.")
        return ()
    out = []
    for period, level in sorted(levels.items()):
        inputs = (level,) if period == base else (level, b)
        value = 100 * level[0].value / b[0].value
        text, label = _rounded(value, abs(value) * _relative_error(*inputs) * (period != base), *inputs)
        how = "the base year" if period == base else f"its level over {base}'s, times 100"
        out.append(_derived(inputs, value, f"{text} ({base} = 100)", label, how, name, region, used))
    return tuple(out)


def _growth(region: str, levels: dict[str, Level], name: str, nominal: bool, used: set[str]) -> tuple[Point, ...]:
    out = []
    for period, level in sorted(levels.items()):
        before = levels.get(str(int(period) - 1))
        if before is None or before[0].value == 0 or level[0].value == 0:
            continue
        ratio = level[0].value / before[0].value
        value = 100 * (ratio - 1)
        error = 100 * abs(ratio) * _relative_error(level, before)
        text, label = _rounded(value, error, level, before)
        display = f"{'up' if value >= 0 else 'down'} {text}%" + (" (nominal)" if nominal else "")
        how = f"{'nominal ' if nominal else ''}growth on {before[0].period}, from the two levels"
        out.append(_derived((level, before), value, display, label, how, name, region, used))
    return tuple(out)
