"""Target vs actual: each target of the figures in view beside its series' latest actual."""
from __future__ import annotations

import pandas as pd

from ..provenance.cite import citation
from .kinds import ChartInputs
from .spec import PALETTE, ChartSpec, Point, Sources, bar_series, period_x, series_keys, series_legend, sources_line

SCORECARD_COLUMNS = ["name", "region", "unit", "actual_id", "actual_period", "actual", "actual_value",
                     "target_id", "target_period", "target", "target_value"]


def build(inputs: ChartInputs) -> ChartSpec:
    card = scorecard_rows(inputs.data.indicators) if inputs.scorecard is None else inputs.scorecard
    card = card[card["target_id"].isin(inputs.rows["id"])]
    return scorecard_spec(inputs.data.indicators, inputs.data.source_map, card)


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
        series.append(bar_series(kind.capitalize(), color, tuple(pts), kind))
    ticks = tuple((float(i), f"{r['name']} ({r['actual_period']} → {r['target_period']})")
                  for i, r in card.iterrows())
    used = indicators[indicators["id"].isin([*card["actual_id"], *card["target_id"]])]
    return ChartSpec("bars", "Targets beside the latest actual", "%", tuple(series), ticks,
                     sources_line(used, sources), 1.0, "%",
                     "" if len(card) else "No filtered series has both a target and an actual.",
                     legend=series_legend(series))
