"""Chart specifications: what to draw, computed once from the data and drawn by the screen and by paper.

A ChartSpec lists everything either renderer draws: each series' points, the line segments through them with
their strokes, each point's marker, the bars' outline and fill, and the legend. Renderers place and draw what
it lists; they decide nothing about which points join or how a kind of figure looks, so screen and paper agree.
The builders of each chart kind's spec are in their own modules (trend, comparison, scorecard; see kinds)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from ..lexicon.words import CEILING_WORDS, QUALIFIER_SYMBOLS, SCALE_NAMES, TARGET_BOUNDS, UNIT_NAMES

Sources = Mapping[str, Mapping]  # source id -> its record (Dataset.source_map)

# Okabe-Ito: distinguishable with colour-blindness; kinds also differ by line style and marker for grayscale
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
LINE_WIDTH = 1.5   # points (1/72 inch) of a trend line; the screen draws 96/72 pixels a point
BAR_OUTLINE = 1.0  # points of a bar's outline


@dataclass(frozen=True)
class Look:
    """How figures of one kind are drawn."""

    dash: str     # their line, or their bar's outline: "solid", "dash" or "dot"
    filled: bool  # their marker and bar: filled with the colour, or hollow
    shape: str    # their marker: "circle", "square" or "triangle" (pointing up)


KIND_LOOK = {
    "actual": Look("solid", True, "circle"),
    "target": Look("dash", False, "square"),
    "derived": Look("dot", False, "triangle"),
}
LEGEND_ORDER = ("actual", "derived", "target")


@dataclass(frozen=True)
class Point:
    x: float
    value: float
    period: str
    kind: str
    display: str
    citation: str
    record_id: str
    label: str = ""  # its value as a chart writes it by the point, with its qualifier ("~5.5%", ">5.07")
    qualifier: str = "exact"


@dataclass(frozen=True)
class Stroke:
    color: str
    dash: str = "solid"       # "solid", "dash" or "dot"
    width: float = LINE_WIDTH  # points


@dataclass(frozen=True)
class Segment:
    """A line through `points`, in their order."""

    points: tuple[Point, ...]
    stroke: Stroke


@dataclass(frozen=True)
class Marker:
    point: Point
    shape: str    # "circle", "square" or "triangle"
    color: str
    filled: bool  # else hollow (the background shows inside)
    labelled: bool = True  # paper writes its value by it: not by a period's second figure (a note says why)


@dataclass(frozen=True)
class Bars:
    """How a bar series' bars are drawn: one bar per point, from zero to its value."""

    outline: Stroke
    filled: bool


@dataclass(frozen=True)
class LegendEntry:
    label: str
    shape: str  # a marker's ("circle", "square", "triangle"; a filled square: a bar), or "dash": a target's mark
    color: str
    filled: bool


@dataclass(frozen=True)
class TargetMark:
    """A target drawn as a target, never as a line continuing the actuals: a short line across its period (a trend)
    or across its row (bars) at its value, labelled with its bound and its qualifier ("ceiling ~5.5%")."""

    point: Point
    bound: str          # "ceiling" (met at or under it: unemployment) or "floor" (met at or over it: growth)
    label: str          # "ceiling ~5.5%", with ": met" or ": not met" where the series has an actual of its period
    color: str
    met: bool | None = None  # judged only against an actual of the same period


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    points: tuple[Point, ...]
    segments: tuple[Segment, ...] = ()  # the lines to draw (a trend); none for bars
    markers: tuple[Marker, ...] = ()    # one per point of a trend, in the points' order; none for bars
    bars: Bars | None = None            # a bar series: how its bars look
    targets: tuple[TargetMark, ...] = ()  # its targets, drawn as targets


@dataclass(frozen=True)
class Group:
    """Figures a chart may compare with each other: one region and period (growth rates), one measure and region
    (targets). A chart draws one group at a time; never ranks figures of two groups as if comparable."""

    key: str
    label: str  # "Fujian, 2024"
    count: int  # its figures


@dataclass(frozen=True)
class ChartSpec:
    """Everything a renderer needs; renderers compute nothing."""

    kind: str                  # "trend" (lines over periods) or "bars" (one bar per item)
    title: str
    unit: str
    series: tuple[Series, ...]
    ticks: tuple[tuple[float, str], ...]   # x positions and their labels
    source_line: str
    scale: float = 1.0         # values are divided by this for the axis ("billion yuan")
    axis_label: str = ""
    empty_message: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    legend: tuple[LegendEntry, ...] = ()
    value_labels: str = "every"  # the points paper writes its value by: "every" one, or each line's "last"
    multiples: bool = False    # paper draws each series in a panel of its own, all on the same axes
    groups: tuple[Group, ...] = ()  # the groups the figures in view fall in, most figures first (a chooser's list)
    group: str = ""            # the key of the group drawn
    hidden: str = ""           # what is not drawn, for the chooser: "28 growth rates of 3 other regions or periods"
    chart: str = ""            # the chart kind that built it (kinds.CHART_KINDS), for localize to map its words
    record_id: str = ""        # a per-record chart's figure (trend, regions)
    stated: str = ""           # its one figure in words in another language (localize); "": statement() builds it

    def items(self) -> int:
        """How many things the chart shows: bars' rows, or a trend's points."""
        return len(self.ticks) if self.kind == "bars" else len({p.x for s in self.series for p in s.points})

    def signature(self) -> tuple:
        """What the chart draws, whatever it is called: two charts with one signature are the same chart."""
        return (self.kind, self.unit, tuple(sorted((s.name, p.record_id, p.x) for s in self.series for p in s.points)))


_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|\d{2}))?$")


NOTHING_SELECTED = "Select a figure to see its chart."


def nothing_selected(title: str) -> ChartSpec:
    """A figure's chart while no figure is selected (the filters hid the one that was)."""
    return ChartSpec("trend", title, "", (), (), "", empty_message=NOTHING_SELECTED)


def period_x(period: str) -> float:
    """A period's place on a year axis: 2023 -> 2023.5, 2023-Q1 -> 2023.125, a range -> its end."""
    last = period.split("/")[-1]
    m = _PERIOD.match(last)
    if not m:
        raise ValueError(f"not a period: {period!r}")
    year, part = int(m[1]), m[2]
    if part is None:
        return year + 0.5
    if part.startswith("Q"):
        q = int(part[1])
        return year + (q - 0.5) / 4
    month = int(part)
    if "/" in period and _PERIOD.match(period.split("/")[0]) and int(period[:4]) == year:
        first = period.split("/")[0]
        start = int(first[5:7]) if len(first) > 4 else 1
        return year + ((start - 1) + month) / 24  # middle of the month range
    return year + (month - 0.5) / 12


def line_runs(points: tuple[Point, ...] | list[Point], gap: float = 1.0) -> list[list[Point]]:
    """Points split where a period is missing (more than `gap` years apart): a gap stays a gap. The line passes
    one point per period, the first (points come sorted by period, then kind: an actual before a derived value,
    a document's figure before an imported one); the others stand beside it as markers, not as a jump."""
    runs: list[list[Point]] = []
    for p in points:
        if runs and abs(p.x - runs[-1][-1].x) < 1e-9:
            continue
        if runs and p.x - runs[-1][-1].x <= gap + 1e-9:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def axis_scale(values: list[float], unit: str) -> tuple[float, str]:
    """A divisor and label so axis numbers read like the text: 'billion yuan'."""
    biggest = max((abs(v) for v in values), default=0)
    word = UNIT_NAMES.get(unit, unit)
    for factor, name in SCALE_NAMES.items():  # largest first
        if biggest >= factor and unit not in ("%", "pp"):
            return factor, f"{name} {word}"
    return 1.0, word


POINT_FIELDS = ["id", "name", "region", "period", "kind", "value", "display", "quote", "inputs", "source", "note",
                "caution", "qualifier"]  # what a point's citation (its tooltip) needs


def series_keys(df: pd.DataFrame) -> pd.Series:
    """What makes observations one series: the same series key (one quantity, however its name is worded),
    region and unit."""
    return df["series"] + "|" + df["region"] + "|" + df["unit"]


def same_series(indicators: pd.DataFrame, row, *, region: bool = True) -> pd.Series:
    """Which of `indicators` are in `row`'s series (in any region, with region=False), without a key per row."""
    mask = (indicators["series"] == row["series"]) & (indicators["unit"] == row["unit"])
    return mask & (indicators["region"] == row["region"]) if region else mask


MAX_LABELS = 12  # more year or quarter labels than this overlap on a chart's width


def period_ticks(points: tuple[Point, ...]) -> tuple[tuple[float, str], ...]:
    """Year labels in the middle of each year, a year either side; where the series has quarters or months,
    each point's own period under it instead (a 2023-Q1 point must not sit by a year label that reads 2022).
    Long series keep every tick but label only every few."""
    if any("-" in p.period.split("/")[-1] for p in points):
        marks = sorted({(p.x, short_period(p.period)) for p in points})
        ticks = [(marks[0][0] - 0.25, ""), *marks, (marks[-1][0] + 0.25, "")]
    else:
        years = sorted({int(p.x) for p in points})
        ticks = [(y + 0.5, str(y)) for y in range(years[0] - 1, years[-1] + 2)]
    labelled = [i for i, (_, label) in enumerate(ticks) if label]
    step = -(-len(labelled) // MAX_LABELS)  # ceiling
    keep = set(labelled[::step]) | {labelled[-1]}
    return tuple((x, label if i in keep else "") for i, (x, label) in enumerate(ticks))


def short_period(period: str) -> str:
    """'2021-01/2021-02' -> '2021-01–02'; other periods as written."""
    first, _, last = period.partition("/")
    if last and first[:5] == last[:5] and len(first) == len(last) == 7:
        return f"{first}–{last[5:]}"
    return period


def half_unit(value: float) -> float:
    """Half a unit in the last digit a value states: 5.4 trillion is known to within 0.05 trillion."""
    exponent = Decimal(f"{value:.12g}").normalize().as_tuple().exponent
    return 0.5 * 10.0 ** exponent


def restated(indicators: pd.DataFrame) -> pd.DataFrame:
    """Figures another record states for the same quantity: the same series, region, unit and period, both
    results or both targets (a derived value is a result), another value. Column `agree`: every value of the
    group agrees with the others within the rounding each is stated to (1.8 trillion and a sum of 1.83 trillion:
    one quantity stated two ways), else they clash (two sources differ)."""
    same = ["series", "region", "unit", "period", "target"]
    df = indicators[["id", "value", *same[:-1]]].assign(target=indicators["kind"] == "target")
    several = df[df.duplicated(same, keep=False)]  # few: the rest needs no key
    several = several.assign(key=series_keys(several) + "|" + several["period"] + "|" + several["target"].astype(str))
    several = several[several.groupby("key")["value"].transform("nunique") > 1]
    margin = several["value"].map(half_unit)
    low, high = (several["value"] - margin).groupby(several["key"]), (several["value"] + margin).groupby(several["key"])
    return several[["id", "key"]].assign(agree=(low.transform("max") <= high.transform("min")).to_numpy())


def disagreeing(indicators: pd.DataFrame, found: pd.DataFrame | None = None) -> set[str]:
    """Figures another record contradicts (two sources differ, e.g. an imported table and a document; see
    restated; `found`: restated(indicators), if the caller has it). Both are kept; each is marked where shown."""
    found = restated(indicators) if found is None else found
    return set(found.loc[~found["agree"], "id"])


def stated_two_ways(indicators: pd.DataFrame, found: pd.DataFrame | None = None) -> set[str]:
    """Figures another record states too, with a value that agrees within their rounding (see restated;
    `found`: restated(indicators), if the caller has it)."""
    found = restated(indicators) if found is None else found
    return set(found.loc[found["agree"], "id"])


DIFFER = "sources differ"  # how a figure another source states otherwise is marked
TWO_WAYS = "stated two ways"  # how a figure another record states too, rounded otherwise, is marked


def short_number(v: float) -> str:
    """A value as a chart writes it: three significant digits, or the whole number."""
    return f"{v:,.3g}" if abs(v) < 1000 else f"{v:,.0f}"


def qualified(value: float, qualifier: str = "exact", unit: str = "") -> str:
    """A chart's label of a value that keeps its qualifier: around 5.5% -> "~5.5%", more than 5.07 -> ">5.07"."""
    return f"{QUALIFIER_SYMBOLS.get(qualifier, '')}{short_number(value)}{'%' if unit == '%' else ''}"


def target_bound(name: str, qualifier: str = "exact") -> str:
    """A target is a ceiling when the figure must stay under it (a stated "under", or a series such as the
    unemployment rate or consumer prices), else a floor (growth, output: met at or over it)."""
    folded = name.casefold()
    if qualifier == "under" or any(w.casefold() in folded for w in CEILING_WORDS):
        return "ceiling"
    return "floor"


def met(bound: str, actual: float, target: float) -> bool:
    return actual <= target if bound == "ceiling" else actual >= target


def target_label(bound: str, value: float, qualifier: str, unit: str, judged: bool | None = None) -> str:
    """'ceiling ~5.5%', 'target >18%: met'."""
    verdict = "" if judged is None else (": met" if judged else ": not met")
    return f"{TARGET_BOUNDS[bound]} {qualified(value, qualifier, unit)}{verdict}"


def trend_series(name: str, color: str, points: tuple[Point, ...], unit: str = "", scale: float = 1.0) -> Series:
    """A series over periods (`points` sorted by period, then kind): a solid line through the actual and derived
    points (one per period; a missing period stays a gap), each point's marker, and each target drawn as a
    target at its own period (a line across it, labelled as ceiling or target; met or not where the period has an
    actual), never joined to the actuals: a line from a result to a target would read as a forecast."""
    runs = line_runs([p for p in points if p.kind != "target"])
    segments = [Segment(tuple(run), Stroke(color, KIND_LOOK["actual"].dash)) for run in runs if len(run) > 1]
    actual_at = {round(p.x, 9): p for p in points if p.kind == "actual"}
    marks = []
    for p in points:
        if p.kind == "target":
            bound = target_bound(name, p.qualifier)
            actual = actual_at.get(round(p.x, 9))
            judged = None if actual is None else met(bound, actual.value, p.value)
            marks.append(TargetMark(p, bound, target_label(bound, p.value / scale, p.qualifier, unit, judged), color,
                                    judged))
    labelled, seen = [], set()
    for p in points:  # a period's second result (or second target) stands unlabelled beside the first
        place = (round(p.x, 9), p.kind == "target")
        labelled.append(place not in seen)
        seen.add(place)
    markers = tuple(Marker(p, KIND_LOOK[p.kind].shape, color, KIND_LOOK[p.kind].filled, first and p.kind != "target")
                    for p, first in zip(points, labelled))  # a target's value is in its mark's label
    return Series(name, color, points, tuple(segments), markers, targets=tuple(marks))


def bar_series(name: str, color: str, points: tuple[Point, ...], kind: str) -> Series:
    """A series of bars, all of one kind of figure (actual or target)."""
    look = KIND_LOOK[kind]
    return Series(name, color, points, bars=Bars(Stroke(color, look.dash, BAR_OUTLINE), look.filled))


def kinds_legend(series: Iterable[Series]) -> tuple[LegendEntry, ...]:
    """A trend's legend: each kind of figure it shows (actual, derived, target), in the first series' colour."""
    series = tuple(series)
    shown = {p.kind for s in series for p in s.points}
    return tuple(LegendEntry(kind.capitalize(), KIND_LOOK[kind].shape, series[0].color, KIND_LOOK[kind].filled)
                 for kind in LEGEND_ORDER if kind in shown)


def series_legend(series: Iterable[Series]) -> tuple[LegendEntry, ...]:
    """Bars of several series: one entry each, by the series' name, marked like its kind of figure."""
    series = tuple(series)
    if len(series) < 2:
        return ()
    return tuple(LegendEntry(s.name, KIND_LOOK[s.points[0].kind].shape, s.color, s.bars.filled)
                 for s in series if s.points and s.bars is not None)


def groups_of(keys: pd.Series, labels: pd.Series) -> tuple[Group, ...]:
    """The groups of figures by `keys` (one per figure), most figures first, then in order of appearance."""
    counts = keys.value_counts(sort=False)
    first = {k: labels[keys == k].iloc[0] for k in counts.index}
    order = sorted(counts.index, key=lambda k: (-counts[k], list(counts.index).index(k)))
    return tuple(Group(k, first[k], int(counts[k])) for k in order)


def statement(spec: ChartSpec) -> str:
    """A chart of a single figure as a sentence instead ("Growth rates …: Xiamen, 2021-01–02: Growth of foreign
    trade of Xiamen, up 33.6% year on year"): one bar is a number, not a chart. Empty when the chart shows more."""
    if spec.items() != 1:
        return ""
    if spec.stated:
        return f"{spec.title}: {spec.stated}"
    item = spec.ticks[0][1] if spec.kind == "bars" else ""
    dated = spec.kind != "bars" or any(s.targets for s in spec.series)
    parts = [f"{p.kind + ' ' if dated else ''}{p.display}{f' ({short_period(p.period)})' if dated else ''}"
             for s in spec.series for p in s.points if p.kind != "target"]
    parts += [f"{TARGET_BOUNDS[m.bound]} {m.point.display} ({short_period(m.point.period)})"
              for s in spec.series for m in s.targets]
    return f"{spec.title}: {item + ': ' if item else ''}{'; '.join(parts)}"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else words or word + 's'}"


def sources_line(df: pd.DataFrame, sources: Sources) -> str:
    if df.empty:
        return ""
    titles = [sources[s]["title"] for s in df["source"].unique()]
    return "Source: " + "; ".join(sorted(titles))

