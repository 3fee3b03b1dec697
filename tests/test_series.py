"""One series per quantity: the `series` key joins differently worded names of one quantity into one trend and
one target-vs-actual pair, and two statements of one quantity and period are marked (agreeing within their
rounding: stated two ways; else: sources differ)."""
import json

import pandas as pd
import pytest
from conftest import MINI_RECORDS, write_mini_seeds

from briefing.cli import main
from briefing.core.charts import spec
from briefing.core.charts.comparison import comparison_spec
from briefing.core.charts.regions import choices
from briefing.core.charts.scorecard import scorecard_rows
from briefing.core.charts.trend import trend_spec
from briefing.core.ingest.readers import read_table
from briefing.core.ingest.tables.mapping import guess_mapping
from briefing.core.ingest.tables.review import StoredFigures, review
from briefing.core.ingest.workspace import load_batches, save_batch, with_batches
from briefing.core.model.dataset import check
from briefing.core.model.records import default_series

# (actual, target): the same quantity, worded differently by the documents
PAIRS = [
    ("gwr23-high-tech-enterprises", "gwr24a-national-hightech-enterprises-2024"),
    ("gwr23-grain-acreage", "gwr24a-grain-area-2024"),
    ("gwr23-little-giants-added", "gwr24a-little-giants-increase-2024"),
    ("gwr23-senior-canteens", "gwr24b-senior-canteens-2024"),
    ("gwr23-elderly-care-institutions", "gwr24b-integrated-elderly-care-institutions-2024"),
    ("gwr23-compulsory-education-places", "gwr24b-compulsory-education-places-2024"),
    ("bizenv-new-projects-over-1bn-2024", "gwr24a-billion-yuan-projects-2024"),
]


def test_default_series_folds_the_name():
    assert default_series("“Little giant” enterprises added") == "little-giant-enterprises-added"
    assert default_series("Gross regional product") == default_series("gross  regional product.")
    assert default_series("Exports") != default_series("Imports")


@pytest.mark.parametrize("actual,target", PAIRS)
def test_the_issues_pairs_are_one_series_and_one_target_vs_actual_pair(dataset, actual, target):
    rows = dataset.indicators.set_index("id")
    assert rows.loc[actual, "name"] != rows.loc[target, "name"]  # worded differently, yet
    assert rows.loc[actual, "series"] == rows.loc[target, "series"]  # one quantity
    assert (rows.loc[actual, "measure"], rows.loc[actual, "unit"]) == (rows.loc[target, "measure"],
                                                                       rows.loc[target, "unit"])
    card = scorecard_rows(dataset.indicators).set_index("target_id")
    assert card.loc[target, "actual_id"] == actual
    points = trend_spec(dataset.indicators, target, dataset.source_map).series[0].points
    assert {actual, target} <= {p.record_id for p in points}


def test_a_series_never_mixes_measures(dataset):
    """A stock and a flow (or a level and its growth) are two quantities, whatever their names."""
    measures = dataset.indicators.groupby(spec.series_keys(dataset.indicators))["measure"].nunique()
    assert measures.max() == 1


def test_a_prior_level_is_in_its_inputs_series(dataset):
    rows = dataset.indicators.set_index("id")
    for rid, row in rows[rows["kind"] == "derived"].iterrows():
        first = rows.loc[row["inputs"][0]]
        if row["measure"] == first["measure"] and row["unit"] == first["unit"] and row["name"] == first["name"]:
            assert row["series"] == first["series"], rid


def test_ftz_trade_sum_and_stated_total_are_one_quantity_stated_two_ways(dataset):
    ids = {"ftz23-trade-sum-2023q1", "ftz23-trade-2023q1"}
    assert ids <= spec.stated_two_ways(dataset.indicators)
    assert not ids & spec.disagreeing(dataset.indicators)
    trend = trend_spec(dataset.indicators, "ftz23-trade-2023q1", dataset.source_map)
    (note,) = [n for n in trend.notes if spec.TWO_WAYS in n]
    assert note.startswith("2023-Q1: “1.8 trillion yuan” and ") and "1.8312 trillion" in note


def _figures(*rows):
    base = {"name": "Exports", "series": "exports", "region": "Fujian", "unit": "CNY", "period": "2023",
            "kind": "actual", "display": ""}
    return pd.DataFrame([base | {"id": f"r{i}"} | r for i, r in enumerate(rows)])


def test_values_agreeing_within_their_rounding_are_stated_two_ways_others_clash():
    agree = _figures({"value": 1.8e12}, {"value": 1.8312e12, "kind": "derived", "name": "Exports plus imports"})
    assert spec.stated_two_ways(agree) == {"r0", "r1"} and not spec.disagreeing(agree)
    clash = _figures({"value": 1.8e12}, {"value": 1.69e12})
    assert spec.disagreeing(clash) == {"r0", "r1"} and not spec.stated_two_ways(clash)
    apart = _figures({"value": 1.8e12}, {"value": 1.9e12, "kind": "target"}, {"value": 1.7e12, "period": "2022"},
                     {"value": 1.6e12, "region": "Xiamen"}, {"value": 1.5e12, "series": "imports"})
    assert not spec.disagreeing(apart) and not spec.stated_two_ways(apart)  # a target, a period, a region apart


def test_the_growth_comparison_marks_figures_stated_two_ways(dataset):
    growth = dataset.indicators[dataset.indicators["id"] == "gwr23-grp-growth"]
    ticks = comparison_spec(growth, dataset.source_map, two_ways_ids={"gwr23-grp-growth"}).ticks
    assert ticks[0][1].endswith(f" ({spec.TWO_WAYS})")
    plain = comparison_spec(growth, dataset.source_map)
    assert plain.ticks[0][1] == "Growth of gross regional product" and plain.title.endswith(": Fujian, 2023")


def test_a_record_may_state_its_series(tmp_path):
    records = MINI_RECORDS.replace("    name: Enterprises established\n",
                                   "    name: Enterprises established\n    series: enterprises\n")
    data, problems = check(write_mini_seeds(tmp_path / "ok", records))
    assert not problems
    rows = data.indicators.set_index("id")["series"]
    assert rows["enterprises-2023"] == "enterprises" and rows["grp-2023"] == "tax-revenue"  # from its name, "Tax revenue"
    assert rows["grp-2022"] == rows["grp-2023"]  # a prior level: its input's series
    bad = records.replace("series: enterprises", "series: Enterprises Established")
    _, problems = check(write_mini_seeds(tmp_path / "bad", bad))
    assert (problems[0].record, problems[0].field) == ("enterprises-2023", "series")  # then what lacks it


def test_the_json_contract_has_the_series(capsys):
    assert main(["list", "indicators", "--format", "json", "--search", "grain"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["gwr23-grain-acreage"]["series"] == rows["gwr24a-grain-area-2024"]["series"] == "grain-sown-area"


def test_an_imported_figure_takes_the_series_of_the_seed_figure_it_joins(tmp_path, dataset):
    path = tmp_path / "grain.csv"
    path.write_text("name,period,value,unit,region\ngrain acreage,2022,835000,ha,Fujian\n"
                    "Cotton acreage,2022,100,ha,Fujian\n", encoding="utf-8")
    table = read_table(path)
    save_batch(review(table, guess_mapping(table), StoredFigures.of(dataset)), path)
    merged = with_batches(dataset, load_batches()[0])
    imported = merged.indicators[merged.indicators["source"].str.startswith("imp-")].set_index("name")["series"]
    assert imported["Grain acreage"] == "grain-sown-area"  # the seed's series, not its own name's
    assert imported["Cotton acreage"] == "cotton-acreage"
    points = trend_spec(merged.indicators, "gwr24a-grain-area-2024", merged.source_map).series[0].points
    assert [p.period for p in points] == ["2022", "2023", "2024"]
    assert choices(merged.indicators, "gwr23-grain-acreage").years["Fujian"] == ("2022", "2023")


def test_paper_labels_only_the_first_figure_of_a_period(dataset):
    """The second statement of a period stands beside the first unlabelled (its label would overwrite the first's);
    the chart's note says what it is."""
    markers = trend_spec(dataset.indicators, "ftz23-trade-2023q1", dataset.source_map).series[0].markers
    assert [(m.point.record_id, m.labelled) for m in markers] == [
        ("ftz23-trade-2022q1", True), ("ftz23-trade-2023q1", True), ("ftz23-trade-sum-2023q1", False)]
    markers = trend_spec(dataset.indicators, "gwr24a-billion-yuan-projects-2024", dataset.source_map).series[0].markers
    # a target and a result of one year are both labelled: the result by its marker, the target by its mark
    assert [m.labelled for m in markers if m.point.kind != "target"] == [True]
    assert [t.label for t in trend_spec(dataset.indicators, "gwr24a-billion-yuan-projects-2024",
                                        dataset.source_map).series[0].targets] == ["target 50: met"]  # 102 in 2024


def test_names_read_aloud_without_words_that_need_the_document_beside_them(dataset):
    names = dataset.indicators["name"]
    relative = names[names.str.contains(r"\b(?:this|last|next) year|\bthe conference\b", case=False)]
    assert relative.empty, relative.tolist()  # "this year's Digital China Summit": the 7th (2024)


def test_a_total_to_date_is_not_named_as_if_done_in_one_year(dataset):
    stocks = dataset.indicators[dataset.indicators["measure"] == "stock"]
    done = stocks[stocks["name"].str.contains(r"(?<![-\w])(?:built|added|supplied|created|established)\b")]
    unsaid = done[~done["name"].str.contains(r"to date|cumulative|in total")]
    assert len(done) >= 3 and unsaid.empty, unsaid["name"].tolist()


def test_the_two_budget_revenues_say_which_is_which(dataset):
    rows = dataset.indicators.set_index("id")["name"]
    total, local = rows["gwr23-public-budget-revenue"], rows["gwr23-local-budget-revenue"]
    assert total.startswith("Total general public budget revenue") and "central" in total
    assert local.startswith("Local general public budget revenue")
    assert rows["gwr23-public-budget-revenue-growth"] == f"Growth of t{total[1:]}"
    assert rows["gwr23-local-budget-revenue-growth"] == f"Growth of l{local[1:]}"


def test_the_pdf_marks_a_figure_stated_two_ways(tmp_path, dataset):
    import pypdf

    from briefing.core.pack.model import new_pack
    from briefing.report.document import build_pdf
    pack = new_pack(dataset, ["trade"], date="2026-12-01")
    assert "ftz23-trade-2023q1" in pack.sections[0].indicators
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(build_pdf(pack, dataset, tmp_path / "t.pdf")).pages)
    assert "1.8 trillion yuan (stated two ways)" in " ".join(text.split())
