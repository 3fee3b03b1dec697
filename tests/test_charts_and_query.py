"""The Qt-free core behind the window: filters, theme counts, chart specifications and citations."""
import pandas as pd
import pytest

from briefing.core.charts import spec as chart_spec
from briefing.core.charts.comparison import comparison_spec
from briefing.core.charts.scorecard import scorecard_rows, scorecard_spec
from briefing.core.charts.trend import trend_spec
from briefing.core.provenance.cite import citation
from briefing.core.query.filters import Filters
from briefing.core.query.index import RecordIndex, filtered


@pytest.mark.parametrize("period, x", [("2023", 2023.5), ("2023-Q1", 2023.125), ("2024-05", 2024 + 4.5 / 12),
                                       ("2021-01/2021-02", 2021 + 2 / 24), ("2015/2021", 2021.5)])
def test_period_x_places_periods_on_a_year_axis(period, x):
    assert chart_spec.period_x(period) == pytest.approx(x)


def test_period_x_rejects_what_is_not_a_period():
    with pytest.raises(ValueError, match="not a period"):
        chart_spec.period_x("last year")


def test_filters_combine_themes_region_kind_and_search(dataset):
    inds = dataset.indicators
    got = filtered(inds, Filters(themes=("trade",), region="Xiamen", kind="actual", search="FOREIGN"))
    assert len(got) > 0
    for r in got.itertuples():
        assert "trade" in r.themes and r.region == "Xiamen" and r.kind == "actual"
    # search is case-insensitive over name, display and quote
    assert all("foreign" in f"{r.name} {r.display} {r.quote}".casefold() for r in got.itertuples())
    assert filtered(inds, Filters()).equals(inds) and not Filters().active


def test_search_never_matches_across_two_fields():
    df = pd.DataFrame({"id": ["ab"], "name": ["cd"], "themes": [("trade",)], "region": ["Fujian"]})
    index = RecordIndex(df)
    assert index.mask(search="AB").tolist() == [True] and index.mask(search="cd").tolist() == [True]
    assert index.mask(search="bc").tolist() == [False]


def test_a_facet_the_table_lacks_is_ignored(dataset):
    index = RecordIndex(dataset.initiatives)
    assert index.mask(kinds=["target"]).all()  # initiatives have no kind
    assert index.mask(themes=["no-such-theme"]).sum() == 0


def test_theme_counts_ignore_the_theme_filter_but_honour_the_others(dataset):
    inds = dataset.indicators
    f = Filters(themes=("ecology",), region="Fujian")
    counts = RecordIndex(inds).theme_counts(f, ["trade", "ecology"])
    fujian = inds[inds["region"] == "Fujian"]
    assert counts == {"trade": sum("trade" in t for t in fujian["themes"]),
                      "ecology": sum("ecology" in t for t in fujian["themes"])}
    assert counts["trade"] > 0 and counts["ecology"] > 0


def test_trend_spec_has_actual_and_derived_points_in_period_order(dataset):
    spec = trend_spec(dataset.indicators, "gwr23-public-budget-revenue", dataset.source_map)
    points = spec.series[0].points
    assert [(p.period, p.kind) for p in points] == [("2022", "derived"), ("2023", "actual")]
    assert points[1].value == 590.7e9 and spec.scale == 1e9 and spec.axis_label == "billion yuan"
    assert "Fujian" in spec.title and "Work Report 2024" in spec.source_line
    assert "590.7 billion yuan" in points[1].citation and not spec.notes
    # no 2022 GRP from 2023's current-price level and its real growth rate
    grp = trend_spec(dataset.indicators, "gwr23-grp", dataset.source_map).series[0].points
    assert [p.kind for p in grp] == ["actual"]


def test_trend_spec_with_target_and_single_point_note(dataset):
    spec = trend_spec(dataset.indicators, "gwr23-grp-growth", dataset.source_map)
    assert [p.kind for p in spec.series[0].points] == ["actual", "target"]
    single = dataset.indicators.groupby(chart_spec.series_keys(dataset.indicators)).filter(
        lambda g: len(g) == 1).iloc[0]
    lone = trend_spec(dataset.indicators, single["id"], dataset.source_map)
    assert len(lone.series[0].points) == 1 and lone.notes  # a sparse series says why it is sparse


def test_comparison_spec_holds_only_actual_growth_rates_largest_first(dataset):
    inds = filtered(dataset.indicators, Filters(themes=("trade",)))
    spec = comparison_spec(inds, dataset.source_map)
    values = [p.value for p in spec.series[0].points]
    assert values == sorted(values, reverse=True) and len(values) > 3
    by_id = dataset.indicators.set_index("id")
    for p in spec.series[0].points:
        assert by_id.loc[p.record_id, "measure"] == "growth" and p.kind == "actual"
    assert len(spec.ticks) == len(values)
    assert comparison_spec(inds.iloc[0:0], dataset.source_map).empty_message


def test_scorecard_pairs_each_target_with_the_latest_actual(dataset):
    card = scorecard_rows(dataset.indicators)
    row = card[card["target_id"] == "gwr24a-grp-growth-2024"].iloc[0]
    assert (row["actual_id"], row["actual_period"], row["target_period"]) == ("gwr23-grp-growth", "2023", "2024")
    spec = scorecard_spec(dataset.indicators, dataset.source_map)
    assert [s.name for s in spec.series] == ["Latest actual"]  # the targets are marks on the actuals' rows
    assert len(spec.series[0].points) == len(spec.series[0].targets) == len(spec.ticks) > 0


def test_citation_is_a_sentence_with_the_quote_or_the_inputs(dataset):
    inds = dataset.indicators.set_index("id", drop=False)
    gwr = dataset.source_map["fj-gwr-2024"]
    text = citation(inds.loc["gwr23-grp"].to_dict(), gwr)
    assert text.startswith("Gross regional product (Fujian, 2023): 5.4 trillion yuan. Source: Highlights of")
    assert text.endswith("“The province’s gross regional product (GRP) hit 5.4 trillion yuan, an increase of 4.5%.”")
    derived = inds.loc["gwr23-public-budget-revenue-2022"].to_dict()
    inputs = [inds.loc[i].to_dict() for i in derived["inputs"]]
    text = citation(derived, dataset.source_map[derived["source"]], inputs)  # by name and period, not by id
    assert "(derived)" in text and text.endswith(
        "computed from " + " and ".join(f"{r['name']}, {r['period']}: {r['display']}" for r in inputs) + ".")
    plan = dataset.initiatives.set_index("id").loc["gwr23-kinmen-water-supply"].to_dict()
    text = citation(plan, gwr)
    assert text.startswith("Water supply to Kinmen (Fujian, ") and text.endswith(f"“{plan['quote']}”")


def test_series_keys_keep_regions_and_units_apart():
    a = {"name": "Foreign trade", "series": "foreign-trade", "region": "Xiamen", "unit": "CNY"}
    keys = chart_spec.series_keys(pd.DataFrame([a, a | {"region": "Fujian"}, a | {"unit": "USD"}, a]))
    assert keys.nunique() == 3 and keys[0] == keys[3]


def test_line_runs_keep_a_missing_period_as_a_gap():
    def pt(x):
        return chart_spec.Point(x, 1.0, str(int(x)), "actual", "1", "", f"r{x}")
    runs = chart_spec.line_runs([pt(2019.5), pt(2020.5), pt(2022.5)])
    assert [[p.x for p in run] for run in runs] == [[2019.5, 2020.5], [2022.5]]
    assert chart_spec.line_runs([]) == []


def _points(periods):
    return tuple(chart_spec.Point(chart_spec.period_x(p), 1.0, p, "actual", "1", "", f"r{i}") for i, p in enumerate(periods))


def test_quarterly_points_are_labelled_with_their_own_period():
    ticks = chart_spec.period_ticks(_points(["2022-Q4", "2023-Q1", "2023-Q2"]))
    labelled = [(x, label) for x, label in ticks if label]
    assert labelled == [(chart_spec.period_x("2022-Q4"), "2022-Q4"), (chart_spec.period_x("2023-Q1"), "2023-Q1"),
                        (chart_spec.period_x("2023-Q2"), "2023-Q2")]  # not a "2022" label nearer a 2023-Q1 point
    assert ticks[0][0] < labelled[0][0] and ticks[-1][0] > labelled[-1][0]  # room either side


def test_long_series_label_at_most_a_dozen_ticks():
    ticks = chart_spec.period_ticks(_points([str(y) for y in range(1975, 2025)]))
    labels = [label for _, label in ticks if label]
    assert len(ticks) == 52 and len(labels) <= chart_spec.MAX_LABELS and labels[-1] == "2025"
    assert chart_spec.period_ticks(_points(["2022", "2023"])) == ((2021.5, "2021"), (2022.5, "2022"), (2023.5, "2023"),
                                                           (2024.5, "2024"))


def test_a_month_range_is_labelled_compactly(dataset):
    spec = trend_spec(dataset.indicators, "xm21-trade-2021m1m2", dataset.source_map)
    assert [label for _, label in spec.ticks if label] == ["2020-01–02", "2021-01–02"]


def test_the_line_passes_one_point_per_period():
    def pt(x, value, kind="actual"):
        return chart_spec.Point(x, value, str(int(x)), kind, str(value), "", f"r{x}{value}")
    # 2022: an imported actual and a derived value; 2024: two sources' actuals. No vertical jumps.
    runs = chart_spec.line_runs([pt(2021.5, 4.9), pt(2022.5, 5.3), pt(2022.5, 5.2, "derived"), pt(2023.5, 5.4),
                        pt(2024.5, 51.2), pt(2024.5, 40.1)])
    assert [[p.value for p in run] for run in runs] == [[4.9, 5.3, 5.4, 51.2]]


def test_a_record_is_found_by_its_id(dataset):
    first = dataset.indicators.iloc[3]
    assert dataset.record("indicators", first["id"])["display"] == first["display"]
    assert dataset.record("initiatives", dataset.initiatives.iloc[0]["id"])["name"] == dataset.initiatives.iloc[0]["name"]
    assert dataset.record("indicators", "no-such-figure") is None
