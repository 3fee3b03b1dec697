"""What a pack's charts share, computed once per pack (the table's restated figures, the first build of a chart
drawn per group), gives exactly the charts built from scratch."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from briefing.core.charts import spec
from briefing.core.charts.kinds import BY_ID, ChartInputs
from briefing.core.charts.trend import trend_spec
from briefing.core.model.dataset import Dataset


def _with_a_clash(data: Dataset) -> Dataset:
    """The seeds and imported figures other sources state otherwise (one quantity, another value): a level, a
    growth rate."""
    table = data.indicators
    level = table[table["id"] == "ftz23-trade-2023q1"].assign(id="clash-2023q1", value=lambda d: d["value"] * 1.1)
    growth = table[table["id"] == "gwr23-grp-growth"].assign(id="clash-growth", value=lambda d: d["value"] + 1)
    return replace(data, indicators=pd.concat([table, level, growth], ignore_index=True))


def test_trends_read_from_the_tables_restated_figures_equal_those_found_in_their_series(dataset):
    for data in (dataset, _with_a_clash(dataset)):
        table = data.indicators
        found = spec.restated(table)
        for record_id in table["id"]:
            assert trend_spec(table, record_id, data.source_map, found) == \
                trend_spec(table, record_id, data.source_map), record_id
    clashed = trend_spec(table, "clash-2023q1", data.source_map, found)
    assert any(n.startswith(f"2023-Q1: {spec.DIFFER}") for n in clashed.notes)  # the case is exercised
    assert any(spec.TWO_WAYS in n for n in trend_spec(dataset.indicators, "ftz23-trade-2023q1",
                                                      dataset.source_map, spec.restated(dataset.indicators)).notes)


def test_charts_drawn_per_group_with_what_a_pack_shares_equal_each_built_from_scratch(dataset):
    data = _with_a_clash(dataset)
    found = spec.restated(data.indicators)
    for kind_id in ("comparison", "scorecard"):
        kind = BY_ID[kind_id]
        plain = ChartInputs(data, data.indicators, "the figures in this section")
        shared = replace(plain, restated=found, disagreeing_ids=spec.disagreeing(data.indicators, found))
        first = kind.build(plain)
        assert len(first.groups) > 1  # several groups: the first build stands for one of them
        assert kind.build_groups(shared) == [kind.build(replace(plain, group=g.key)) for g in first.groups]
    labels = [label for s in BY_ID["comparison"].build_groups(replace(plain, restated=found)) for _, label in s.ticks]
    assert sum(label.endswith(f"({spec.DIFFER})") for label in labels) == 2  # the growth rates that clash, marked
