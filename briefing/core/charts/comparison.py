"""Growth comparison: the growth rates of the figures in view side by side, largest first, one region and period
at a time (Fujian's 2024 rates are not ranked beside the free trade zones' first quarter of 2023)."""
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
    groups_of,
    plural,
    qualified,
    short_period,
    sources_line,
    stated_two_ways,
)


def build(inputs: ChartInputs) -> ChartSpec:
    table, found = inputs.data.indicators, inputs.restated
    ids = disagreeing(table, found) if inputs.disagreeing_ids is None else inputs.disagreeing_ids
    return comparison_spec(inputs.rows, inputs.data.source_map, scope=inputs.scope, disagreeing_ids=ids,
                           two_ways_ids=stated_two_ways(table, found), group=inputs.group)


def comparison_spec(indicators: pd.DataFrame, sources: Sources, limit: int = 15,
                    scope: str = "the filtered figures", disagreeing_ids: Collection[str] = (),
                    two_ways_ids: Collection[str] = (), group: str | None = None) -> ChartSpec:
    """Growth rates of the given (filtered) actual indicators of one region and period (`group`, a key of the
    spec's groups; None or unknown: the group with the most), largest first, at most `limit` (the notes say how
    many more); `scope`: what they are, for the title; `disagreeing_ids`: the figures another source states
    otherwise (spec.disagreeing), `two_ways_ids`: those another record states too, rounded otherwise
    (spec.stated_two_ways), marked in their labels. `hidden` says how many other groups' rates are not drawn."""
    growth = indicators[(indicators["measure"] == "growth") & (indicators["kind"] == "actual")
                        & (indicators["unit"] == "%")]
    keys = growth["region"] + "|" + growth["period"]
    groups = groups_of(keys, growth["region"] + ", " + growth["period"].map(short_period))
    chosen = next((g for g in groups if g.key == group), groups[0] if groups else None)
    mine = growth[keys == chosen.key] if chosen else growth
    mine = mine.sort_values("value", ascending=False, kind="stable")
    shown = mine.head(limit)[POINT_FIELDS]
    points = tuple(Point(float(i), r.value, r.period, r.kind, r.display, citation(r._asdict(), sources[r.source]),
                         r.id, qualified(r.value, r.qualifier, "%"), r.qualifier)
                   for i, r in enumerate(shown.itertuples(index=False)))
    marks = {**dict.fromkeys(two_ways_ids, f" ({TWO_WAYS})"), **dict.fromkeys(disagreeing_ids, f" ({DIFFER})")}
    ticks = tuple((float(i), f"{r.name}{marks.get(r.id, '')}") for i, r in enumerate(shown.itertuples(index=False)))
    empty = "" if points else f"No growth rates among {scope}."
    notes = (f"{plural(len(mine) - len(shown), 'smaller growth rate')} of {chosen.label} not shown.",) \
        if len(mine) > len(shown) else ()
    others = len(growth) - len(mine)
    where = plural(len(groups) - 1, "other region or period", "other regions or periods")
    hidden = f"{plural(others, 'growth rate')} of {where} not shown" if others else ""
    title = f"Growth rates of {scope}" + (f": {chosen.label}" if chosen else "")
    return ChartSpec("bars", title, "%", (bar_series("Growth", PALETTE[0], points, "actual"),), ticks,
                     sources_line(shown, sources), 1.0, "% change", empty, notes,
                     groups=groups, group=chosen.key if chosen else "", hidden=hidden)
