"""Chart specifications: what to draw, computed once from the data and drawn by the screen and by paper."""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..provenance.cite import citation

Sources = Mapping[str, Mapping]  # source id -> its record (Dataset.source_map)

# Okabe-Ito: distinguishable with colour-blindness; kinds also differ by line style and marker for grayscale
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
KIND_STYLE = {  # line, marker filled?
    "actual": ("solid", True),
    "target": ("dash", False),
    "derived": ("dot", False),
}
UNIT_LABELS = {"CNY": "yuan", "USD": "US dollars", "%": "%", "pp": "percentage points"}


@dataclass(frozen=True)
class Point:
    x: float
    value: float
    period: str
    kind: str
    display: str
    citation: str
    record_id: str


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    points: tuple[Point, ...]


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


_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|\d{2}))?$")


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


def _axis_scale(values: list[float], unit: str) -> tuple[float, str]:
    """A divisor and label so axis numbers read like the text: 'billion yuan'."""
    biggest = max((abs(v) for v in values), default=0)
    word = UNIT_LABELS.get(unit, unit)
    for factor, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if biggest >= factor and unit not in ("%", "pp"):
            return factor, f"{name} {word}"
    return 1.0, word


POINT_FIELDS = ["id", "name", "region", "period", "kind", "value", "display", "quote", "inputs", "source"]


def series_keys(df: pd.DataFrame) -> pd.Series:
    """What makes observations one series: the same name, region and unit."""
    return df["name"] + "|" + df["region"] + "|" + df["unit"]


MAX_LABELS = 12  # more year or quarter labels than this overlap on a chart's width


def _period_ticks(points: tuple[Point, ...]) -> tuple[tuple[float, str], ...]:
    """Year labels in the middle of each year, a year either side; where the series has quarters or months,
    each point's own period under it instead (a 2023-Q1 point must not sit by a year label that reads 2022).
    Long series keep every tick but label only every few."""
    if any("-" in p.period.split("/")[-1] for p in points):
        marks = sorted({(p.x, _short(p.period)) for p in points})
        ticks = [(marks[0][0] - 0.25, ""), *marks, (marks[-1][0] + 0.25, "")]
    else:
        years = sorted({int(p.x) for p in points})
        ticks = [(y + 0.5, str(y)) for y in range(years[0] - 1, years[-1] + 2)]
    labelled = [i for i, (_, label) in enumerate(ticks) if label]
    step = -(-len(labelled) // MAX_LABELS)  # ceiling
    keep = set(labelled[::step]) | {labelled[-1]}
    return tuple((x, label if i in keep else "") for i, (x, label) in enumerate(ticks))


def _short(period: str) -> str:
    """'2021-01/2021-02' -> '2021-01–02'; other periods as written."""
    first, _, last = period.partition("/")
    if last and first[:5] == last[:5] and len(first) == len(last) == 7:
        return f"{first}–{last[5:]}"
    return period


def trend_spec(indicators: pd.DataFrame, record_id: str, sources: Sources) -> ChartSpec:
    """The series of the selected indicator over its periods: actual, target and derived points."""
    row = indicators.loc[indicators["id"] == record_id].iloc[0]
    same = indicators[(indicators["name"] == row["name"]) & (indicators["region"] == row["region"])
                      & (indicators["unit"] == row["unit"])]  # its series, without a key string per row
    same = same[POINT_FIELDS].assign(x=same["period"].map(period_x)).sort_values(["x", "kind"], kind="stable")
    scale, label = _axis_scale(same["value"].tolist(), row["unit"])
    points = tuple(Point(r.x, r.value, r.period, r.kind, r.display, citation(r._asdict(), sources[r.source]), r.id)
                   for r in same.itertuples(index=False))
    ticks = _period_ticks(points)
    cited = ", ".join(sorted(sources[s]["title"] for s in same["source"].unique()))
    notes = ()
    if len(points) == 1:
        notes = ("One observation in the sources: no trend yet.",)
    return ChartSpec("trend", f"{row['name']} ({row['region']})", row["unit"],
                     (Series(row["name"], PALETTE[0], points),), ticks, f"Source: {cited}",
                     scale, label, notes=notes)


def disagreeing(indicators: pd.DataFrame) -> set[str]:
    """Figures another record contradicts: the same series, period and kind, another value (two sources
    differ, e.g. an imported table and a document). Both are kept; each is marked where it is shown."""
    keys = series_keys(indicators) + "|" + indicators["period"] + "|" + indicators["kind"]
    return set(indicators.loc[indicators.groupby(keys)["value"].transform("nunique") > 1, "id"])


DIFFER = "sources differ"


def comparison_spec(indicators: pd.DataFrame, sources: Sources, limit: int = 15,
                    title: str = "Growth rates of the filtered figures", differ: Collection[str] = ()) -> ChartSpec:
    """Growth rates of the given (filtered) actual indicators side by side, largest first; `differ`: the ids
    of disagreeing figures (see disagreeing), marked in their labels."""
    growth = indicators[(indicators["measure"] == "growth") & (indicators["kind"] == "actual")
                        & (indicators["unit"] == "%")]
    growth = growth.sort_values("value", ascending=False).head(limit)[POINT_FIELDS]
    points = tuple(Point(float(i), r.value, r.period, r.kind, r.display, citation(r._asdict(), sources[r.source]),
                         r.id) for i, r in enumerate(growth.itertuples(index=False)))
    ticks = tuple((float(i), f"{r.name} ({r.region}, {_short(r.period)}" + (f"; {DIFFER})" if r.id in differ else ")"))
                  for i, r in enumerate(growth.itertuples(index=False)))
    empty = "" if points else "No growth rates among the filtered figures."
    return ChartSpec("bars", title, "%",
                     (Series("Growth", PALETTE[0], points),), ticks,
                     _sources_line(growth, sources), 1.0, "% change", empty)


SCORECARD_COLUMNS = ["name", "region", "unit", "actual_id", "actual_period", "actual", "actual_value",
                     "target_id", "target_period", "target", "target_value"]


def scorecard_rows(indicators: pd.DataFrame) -> pd.DataFrame:
    """Series with both a target and an actual: the latest actual beside each target."""
    has_target = indicators["name"].isin(indicators.loc[indicators["kind"] == "target", "name"])
    df = indicators[has_target]  # only series with a target matter (100,000 imported actuals have none)
    df = df.assign(series=series_keys(df), x=df["period"].map(period_x))
    latest = (df[df["kind"] == "actual"].sort_values("x", kind="stable").groupby("series").tail(1)
              .set_index("series")[["id", "period", "display", "value"]])
    latest.columns = ["actual_id", "actual_period", "actual", "actual_value"]
    targets = df[df["kind"] == "target"].rename(columns={
        "id": "target_id", "period": "target_period", "display": "target", "value": "target_value"})
    card = targets.join(latest, on="series", how="inner")
    return card[SCORECARD_COLUMNS].reset_index(drop=True)


def scorecard_spec(indicators: pd.DataFrame, sources: Sources, card: pd.DataFrame | None = None) -> ChartSpec:
    """Target beside latest actual for percentage series (levels of different sizes do not share an axis).
    `card`: scorecard_rows(indicators) when the caller has it already (perhaps narrowed to some targets)."""
    card = scorecard_rows(indicators) if card is None else card
    card = card[card["unit"] == "%"].reset_index(drop=True)
    by_id = indicators.set_index("id", drop=False)
    series = []
    for kind, col, color in (("actual", "actual_id", PALETTE[0]), ("target", "target_id", PALETTE[1])):
        pts = []
        for i, r in card.iterrows():
            rec = by_id.loc[r[col]].to_dict()
            pts.append(Point(i + (-0.2 if kind == "actual" else 0.2), rec["value"], rec["period"], kind,
                             rec["display"], citation(rec, sources[rec["source"]]), r[col]))
        series.append(Series(kind.capitalize(), color, tuple(pts)))
    ticks = tuple((float(i), f"{r['name']} ({r['actual_period']} → {r['target_period']})")
                  for i, r in card.iterrows())
    used = indicators[indicators["id"].isin([*card["actual_id"], *card["target_id"]])]
    return ChartSpec("bars", "Targets beside the latest actual", "%", tuple(series), ticks,
                     _sources_line(used, sources), 1.0, "%",
                     "" if len(card) else "No filtered series has both a target and an actual.")


def _sources_line(df: pd.DataFrame, sources: Sources) -> str:
    if df.empty:
        return ""
    titles = [sources[s]["title"] for s in df["source"].unique()]
    return "Source: " + "; ".join(sorted(titles))

