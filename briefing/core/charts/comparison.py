"""Growth comparison: the growth rates of the figures in view side by side, largest first."""
from __future__ import annotations

from collections.abc import Collection

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
    bar_series,
    disagreeing,
    short_period,
    sources_line,
    stated_two_ways,
)


def build(inputs: ChartInputs) -> ChartSpec:
    ids = disagreeing(inputs.data.indicators) if inputs.disagreeing_ids is None else inputs.disagreeing_ids
    return comparison_spec(inputs.rows, inputs.data.source_map, scope=inputs.scope, disagreeing_ids=ids,
                           two_ways_ids=stated_two_ways(inputs.data.indicators))


def comparison_spec(indicators: pd.DataFrame, sources: Sources, limit: int = 15,
                    scope: str = "the filtered figures", disagreeing_ids: Collection[str] = (),
                    two_ways_ids: Collection[str] = ()) -> ChartSpec:
    """Growth rates of the given (filtered) actual indicators side by side, largest first; `scope`: what they
    are, for the title; `disagreeing_ids`: the figures another source states otherwise (spec.disagreeing),
    `two_ways_ids`: those another record states too, rounded otherwise (spec.stated_two_ways), marked in their
    labels."""
    growth = indicators[(indicators["measure"] == "growth") & (indicators["kind"] == "actual")
                        & (indicators["unit"] == "%")]
    growth = growth.sort_values("value", ascending=False).head(limit)[POINT_FIELDS]
    points = tuple(Point(float(i), r.value, r.period, r.kind, r.display, citation(r._asdict(), sources[r.source]),
                         r.id) for i, r in enumerate(growth.itertuples(index=False)))
    marks = {**dict.fromkeys(two_ways_ids, f"; {TWO_WAYS}"), **dict.fromkeys(disagreeing_ids, f"; {DIFFER}")}
    ticks = tuple((float(i), f"{r.name} ({r.region}, {short_period(r.period)}{marks.get(r.id, '')})")
                  for i, r in enumerate(growth.itertuples(index=False)))
    empty = "" if points else f"No growth rates among {scope}."
    return ChartSpec("bars", f"Growth rates of {scope}", "%",
                     (bar_series("Growth", PALETTE[0], points, "actual"),), ticks,
                     sources_line(growth, sources), 1.0, "% change", empty)
