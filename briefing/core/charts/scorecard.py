"""Target vs actual: each target of the figures in view beside its series' latest actual, one measure and region
at a time (a growth rate and the unemployment rate are not one measure, whatever their unit), each target drawn as
a target: a mark at its value labelled as a ceiling or a floor, with its qualifier."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ..lexicon.words import MEASURE_NAMES, TARGET_BOUNDS
from ..provenance.cite import citation
from .kinds import ChartInputs
from .spec import (
    PALETTE,
    ChartSpec,
    LegendEntry,
    Point,
    Sources,
    TargetMark,
    bar_series,
    groups_of,
    met,
    period_x,
    plural,
    qualified,
    series_keys,
    sources_line,
    target_bound,
    target_label,
)

SCORECARD_COLUMNS = ["name", "region", "unit", "actual_id", "actual_period", "actual", "actual_value",
                     "target_id", "target_period", "target", "target_value"]


def build(inputs: ChartInputs) -> ChartSpec:
    card = scorecard_rows(inputs.data.indicators) if inputs.scorecard is None else inputs.scorecard
    card = card[card["target_id"].isin(inputs.rows["id"])]
    return scorecard_spec(inputs.data.indicators, inputs.data.source_map, card, group=inputs.group)


def scorecard_rows(indicators: pd.DataFrame) -> pd.DataFrame:
    """Series with both a target and an actual: the latest actual beside each target."""
    has_target = indicators["series"].isin(indicators.loc[indicators["kind"] == "target", "series"])
    df = indicators[has_target]  # only series with a target matter (100,000 imported actuals have none)
    df = df.assign(key=series_keys(df), x=df["period"].map(period_x))
    latest = (df[df["kind"] == "actual"].sort_values("x", kind="stable").groupby("key").tail(1)
              .set_index("key")[["id", "period", "display", "value"]])
    latest.columns = ["actual_id", "actual_period", "actual", "actual_value"]
    targets = df[df["kind"] == "target"].rename(columns={
        "id": "target_id", "period": "target_period", "display": "target", "value": "target_value"})
    card = targets.join(latest, on="key", how="inner")
    return card[SCORECARD_COLUMNS].reset_index(drop=True)


def scorecard_spec(indicators: pd.DataFrame, sources: Sources, card: pd.DataFrame | None = None,
                   group: str | None = None) -> ChartSpec:
    """The latest actual of percentage series as a bar, its target as a mark across the bar's row (levels of
    different sizes do not share an axis), for one measure and region (`group`, a key of the spec's groups; None or
    unknown: the group with the most). `card`: scorecard_rows(indicators) when the caller has it already (perhaps
    narrowed to some targets)."""
    card = scorecard_rows(indicators) if card is None else card
    card = card[card["unit"] == "%"].reset_index(drop=True)
    by_id = indicators.set_index("id", drop=False)
    measure = card["target_id"].map(by_id["measure"]) if len(card) else pd.Series([], dtype=object)
    keys = measure + "|" + card["region"]
    groups = groups_of(keys, measure.map(lambda m: MEASURE_NAMES.get(m, m)).str.capitalize() + ", " + card["region"])
    chosen = next((g for g in groups if g.key == group), groups[0] if groups else None)
    card = card[keys == chosen.key].reset_index(drop=True) if chosen else card
    actuals, marks = [], []
    for i, r in card.iterrows():
        act, tgt = by_id.loc[r["actual_id"]].to_dict(), by_id.loc[r["target_id"]].to_dict()
        actuals.append(Point(float(i), act["value"], act["period"], "actual", act["display"],
                             citation(act, sources[act["source"]]), r["actual_id"],
                             qualified(act["value"], act["qualifier"], "%"), act["qualifier"]))
        bound = target_bound(tgt["name"], tgt["qualifier"])
        judged = met(bound, act["value"], tgt["value"]) if act["period"] == tgt["period"] else None
        point = Point(float(i), tgt["value"], tgt["period"], "target", tgt["display"],
                      citation(tgt, sources[tgt["source"]]), r["target_id"],
                      qualified(tgt["value"], tgt["qualifier"], "%"), tgt["qualifier"])
        marks.append(TargetMark(point, bound, target_label(bound, tgt["value"], tgt["qualifier"], "%", judged),
                                PALETTE[1], judged))
    series = (replace(bar_series("Latest actual", PALETTE[0], tuple(actuals), "actual"), targets=tuple(marks)),)
    ticks = tuple((float(i), f"{r['name']} ({r['actual_period']}; target {r['target_period']})")
                  for i, r in card.iterrows())
    legend = (LegendEntry("Latest actual", "square", PALETTE[0], True),  # a bar
              *(LegendEntry(TARGET_BOUNDS[bound].capitalize(), "dash", PALETTE[1], False)  # a dashed mark
                for bound in ("floor", "ceiling") if any(m.bound == bound for m in marks)))
    used = indicators[indicators["id"].isin([*card["actual_id"], *card["target_id"]])]
    others = int(sum(g.count for g in groups)) - len(card)
    where = plural(len(groups) - 1, "other measure or region", "other measures or regions")
    hidden = f"{plural(others, 'target')} of {where} not shown" if others else ""
    title = "Targets beside the latest actual" + (f": {chosen.label}" if chosen else "")
    return ChartSpec("bars", title, "%", series, ticks, sources_line(used, sources), 1.0, "%",
                     "" if len(card) else "No filtered series has both a target and an actual.",
                     legend=legend if len(card) else (), groups=groups, group=chosen.key if chosen else "",
                     hidden=hidden)
