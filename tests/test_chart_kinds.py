"""Chart kinds in one registry, chart specifications that carry their lines, and the PDF's parts and numbering."""
import subprocess
import sys

import pytest
from reportlab.graphics.shapes import PolyLine

from briefing.core.charts import spec as chart_spec
from briefing.core.charts.kinds import BY_ID, CHART_KINDS, ChartInputs, parse_item
from briefing.core.pack.edit import item_label
from briefing.core.pack.model import keep_known, new_pack
from briefing.report.chart_drawing import draw_chart
from briefing.report.parts import References


def pt(period, value, kind="actual"):
    return chart_spec.Point(chart_spec.period_x(period), value, period, kind, str(value), "", f"{period}-{kind}-{value}")


def test_a_trend_series_lists_its_segments_and_markers():
    points = (pt("2019", 1), pt("2020", 2), pt("2022", 3), pt("2023", 4), pt("2023", 3.9, "derived"),
              pt("2025", 5, "target"), pt("2026", 6, "target"))
    series = chart_spec.trend_series("GRP", "#123456", points)
    got = [([p.period for p in s.points], s.stroke.dash) for s in series.segments]
    # 2021 is missing: a gap; 2023's derived value stands beside the line; no line runs on to the targets (it
    # would read as a forecast): each is a mark of its own at its period
    assert got == [(["2019", "2020"], "solid"), (["2022", "2023"], "solid")]
    assert [(m.point.period, m.bound, m.label, m.met) for m in series.targets] == [
        ("2025", "floor", "target 5", None), ("2026", "floor", "target 6", None)]
    assert {s.stroke.color for s in series.segments} == {"#123456"}
    assert {s.stroke.width for s in series.segments} == {chart_spec.LINE_WIDTH}
    assert [(m.point, m.shape, m.filled) for m in series.markers] == [
        (p, {"actual": "circle", "derived": "triangle", "target": "square"}[p.kind], p.kind == "actual")
        for p in points]
    assert [e.label for e in chart_spec.kinds_legend([series])] == ["Actual", "Derived", "Target"]


def test_a_lone_point_or_targets_alone_draw_no_line():
    assert chart_spec.trend_series("x", "#000000", (pt("2023", 1),)).segments == ()
    assert chart_spec.trend_series("x", "#000000", (pt("2024", 1, "target"), pt("2025", 2, "target"))).segments == ()
    assert chart_spec.trend_series("x", "#000000", (pt("2023", 1), pt("2025", 2, "target"))).segments == ()


POINTS = (pt("2019", 1), pt("2020", 2), pt("2022", 3), pt("2023", 4), pt("2023", 3.9, "derived"),
          pt("2025", 5, "target"))


def synthetic_trend():
    series = (chart_spec.trend_series("GRP", chart_spec.PALETTE[0], POINTS),)
    ticks = tuple((x + 0.5, str(x)) for x in range(2018, 2027))
    return chart_spec.ChartSpec("trend", "GRP", "%", series, ticks, "Source: test", legend=chart_spec.kinds_legend(series))


def test_paper_draws_the_segments_the_spec_lists():
    spec = synthetic_trend()
    segments = spec.series[0].segments
    lines = [shape for shape in draw_chart(spec, 400, 200).contents if isinstance(shape, PolyLine)]
    assert len(lines) == len(segments) == 2
    assert [len(line.points) // 2 for line in lines] == [len(s.points) for s in segments] == [2, 2]
    assert [line.strokeDashArray for line in lines] == [None, None]
    assert {line.strokeWidth for line in lines} == {chart_spec.LINE_WIDTH}


def test_each_kind_builds_its_spec_from_the_data(dataset):
    figure = "gwr23-grp-growth"
    for kind in CHART_KINDS:
        spec = kind.build(ChartInputs(dataset, dataset.indicators, "the figures", figure if kind.per_record else None))
        assert isinstance(spec, chart_spec.ChartSpec) and any(s.points for s in spec.series), kind.id
    assert BY_ID["comparison"].build(ChartInputs(dataset, dataset.indicators, "the figures")).title == \
        "Growth rates of the figures: Fujian, 2023"  # one region and period at a time
    assert len({k.shortcut for k in CHART_KINDS}) == len({k.id for k in CHART_KINDS}) == len(CHART_KINDS)


@pytest.mark.parametrize("item, parsed", [
    ("comparison", ("comparison", None)), ("trend:gwr23-grp", ("trend", "gwr23-grp")),
    ("trend:a:b", ("trend", "a:b")), ("trend", None), ("trend:", None), ("comparison:x", None),
    ("comparison:", None), ("pie", None), ("", None)])
def test_a_pack_names_a_chart_by_its_kind_and_figure(item, parsed):
    got = parse_item(item)
    assert (None if got is None else (got[0].id, got[1])) == parsed


def test_a_pack_keeps_the_charts_the_registry_knows(dataset):
    pack = new_pack(dataset, ["economy"])
    section = pack.sections[0].model_copy(update={"charts": [
        "comparison", "scorecard", "trend:gwr23-grp", "trend:gone", "pie", "scorecard:x"]})
    kept, warnings = keep_known(pack.model_copy(update={"sections": [section]}), dataset)
    assert kept.sections[0].charts == ["comparison", "scorecard", "trend:gwr23-grp"]
    assert len(warnings) == 3
    assert [item_label(dataset, "charts", c) for c in ("comparison", "trend:gwr23-grp", "pie")] == [
        "Chart: Growth comparison", "Trend: Gross regional product (Fujian)", "Chart: pie (not a chart this app draws)"]


def test_the_registry_loads_no_heavy_library():
    code = ("import sys, briefing.core.charts.kinds as k; k.CHART_KINDS[0].item('x'); "
            "print([m for m in ('pandas', 'numpy', 'pyqtgraph', 'PySide6', 'reportlab') if m in sys.modules])")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_references_number_documents_in_the_order_first_cited_then_by_quote():
    records = {"a1": {"source": "A", "quote_start": 50}, "a2": {"source": "A", "quote_start": 10},
               "b1": {"source": "B", "quote_start": 5}, "c1": {"source": "C"}}
    refs = References.of(["b1", "a1", "c1", "a2", "b1", "not-a-record"], records)
    assert refs.numbers == {"b1": 1, "a2": 2, "a1": 3, "c1": 4}
    assert refs.mark("a1") == "[3]"
    with pytest.raises(KeyError, match="no part lists it"):
        refs.mark("not-a-record")


def test_records_quoting_one_sentence_share_its_reference_number():
    quote = "Exports rose 5% and imports 3%."
    records = {"x": {"source": "A", "quote": quote, "quote_start": 9}, "m": {"source": "A", "quote": quote, "quote_start": 9},
               "y": {"source": "A", "quote": "Other.", "quote_start": 1}, "z": {"source": "B", "quote": quote},
               "d": {"source": "A", "kind": "derived", "quote": quote, "inputs": ["x"], "quote_start": 20}}
    refs = References.of(["x", "m", "y", "z", "d"], records)
    assert refs.numbers == {"y": 1, "x": 2, "m": 2, "d": 3, "z": 4}  # another document's sentence is its own
    assert refs.entries[2] == ["x", "m"] and refs.links(["x", "m"]) == '<a href="#ref-2" color="#1f4e8c">[2]</a>'


def test_long_notes_wrap_inside_the_printed_chart():
    from dataclasses import replace

    from reportlab.graphics.shapes import String

    from briefing.report.chart_drawing import draw_chart
    from briefing.report.fonts import text_width
    note = ("Sources differ for Fujian 2023: computed from 5.4 trillion yuan (Highlights of Fujian Provincial "
            "Government Work Report 2024). Nominal, from current-price levels; stated growth rates are real.")
    drawing = draw_chart(replace(synthetic_trend(), notes=(note,)), 300, 220)
    strings = [s for s in drawing.contents if isinstance(s, String)]
    assert all(s.x + text_width(s.text, s.fontName, s.fontSize) <= 300.5 for s in strings if s.textAnchor == "start")
    assert "stated growth rates are real." in " ".join(s.text for s in strings)  # all of it, on several lines
    assert sum(1 for s in strings if s.text.startswith(("Sources differ", "Government", "Nominal"))) >= 1
