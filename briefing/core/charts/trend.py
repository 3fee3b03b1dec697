"""Trend: one figure's series over its periods, its actual, target and derived points; one chart per figure."""
from __future__ import annotations

import pandas as pd

from ..provenance.cite import citation
from .kinds import ChartInputs
from .spec import (
    DIFFER,
    PALETTE,
    POINT_FIELDS,
    TWO_WAYS,
    ChartSpec,
    Point,
    Sources,
    axis_scale,
    kinds_legend,
    period_ticks,
    period_x,
    qualified,
    restated,
    same_series,
    short_period,
    trend_series,
)


def build(inputs: ChartInputs) -> ChartSpec:
    return trend_spec(inputs.data.indicators, inputs.record_id, inputs.data.source_map, inputs.restated)


def trend_spec(indicators: pd.DataFrame, record_id: str, sources: Sources,
               table_restated: pd.DataFrame | None = None) -> ChartSpec:
    """The series of the selected indicator over its periods: actual, target and derived points.
    `table_restated`: restated(indicators), if the caller has it (restated's groups lie within one series, so
    its rows of this series are what restated of the series alone finds)."""
    row = indicators.loc[indicators["id"] == record_id].iloc[0]
    same = indicators[same_series(indicators, row)]
    found = restated(same) if table_restated is None else table_restated[table_restated["id"].isin(same["id"])]
    same = same[POINT_FIELDS].assign(x=same["period"].map(period_x)).sort_values(["x", "kind"], kind="stable")
    scale, label = axis_scale(same["value"].tolist(), row["unit"])
    points = tuple(Point(r.x, r.value, r.period, r.kind, r.display, citation(r._asdict(), sources[r.source]), r.id,
                         qualified(r.value / scale, _q(r.qualifier), row["unit"]), _q(r.qualifier))
                   for r in same.itertuples(index=False))
    ticks = period_ticks(points)
    cited = ", ".join(sorted(sources[s]["title"] for s in same["source"].unique()))
    notes = tuple(_restated_note(same[same["id"].isin(g["id"])], agree)
                  for (_, agree), g in found.groupby(["key", "agree"], sort=False))
    if len(points) == 1:
        notes = ("One observation in the sources: no trend yet.",)
    series = (trend_series(row["name"], PALETTE[0], points, row["unit"], scale),)
    return ChartSpec("trend", f"{row['name']} ({row['region']})", row["unit"], series, ticks, f"Source: {cited}",
                     scale, label, notes=notes, legend=kinds_legend(series))


def _q(qualifier) -> str:
    return qualifier if isinstance(qualifier, str) and qualifier else "exact"


def _restated_note(rows: pd.DataFrame, agree: bool) -> str:
    """What a chart says of one period's figures that state one quantity more than once (the line passes the
    first, the others stand beside it)."""
    figures = " and ".join(f"“{d}”" for d in rows["display"])
    period = short_period(rows["period"].iloc[0])
    return f"{period}: {figures}, one figure {TWO_WAYS}" if agree else f"{period}: {DIFFER}, {figures}"
