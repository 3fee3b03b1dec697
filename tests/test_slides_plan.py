"""Slides follow the PDF's chart plan (core.pack.chart_plan): a chart of one figure is that figure, not one bar; a
chart already shown is not shown again; a figure's trend is on its figure's slide, not a second time."""
from briefing.core.charts.scorecard import scorecard_rows
from briefing.core.charts.spec import disagreeing
from briefing.core.pack.chart_plan import CHART, REPEAT, STATED, item_specs, plan_section
from briefing.core.pack.model import Pack, Section, new_pack
from briefing.core.pack.slides import CHART as CHART_SLIDE
from briefing.core.pack.slides import FIGURE, pack_slides


def shown(slides):
    return [(s.kind, s.record_id or s.title) for s in slides]


def test_a_figures_trend_is_on_its_slide_not_a_second_one(dataset):
    pack = Pack(sections=[Section(theme="economy", indicators=["gwr23-grp-growth"], charts=["trend:gwr23-grp-growth"])])
    slides = pack_slides(pack, dataset)
    assert [k for k, _ in shown(slides)] == ["title", "title", FIGURE]
    assert slides[-1].chart() is not None and slides[-1].chart().kind == "trend"  # drawn there, once


def test_a_trend_of_one_point_is_its_figures_slide_once(dataset):
    alone = Pack(sections=[Section(theme="economy", charts=["trend:gwr23-grp"])])  # one observation
    assert shown(pack_slides(alone, dataset))[2:] == [(FIGURE, "gwr23-grp")]
    with_figure = Pack(sections=[Section(theme="economy", indicators=["gwr23-grp"], charts=["trend:gwr23-grp"])])
    assert shown(pack_slides(with_figure, dataset))[2:] == [(FIGURE, "gwr23-grp")]


def test_a_one_bar_target_beside_its_actual_is_one_slide_stating_both(dataset):
    pack = Pack(sections=[Section(theme="economy", charts=["scorecard"], indicators=["gwr24a-grp-growth-2024"])])
    slides = pack_slides(pack, dataset)
    assert [s.kind for s in slides[2:]] == [FIGURE, FIGURE]  # the target, then the target beside the actual
    both = slides[-1]
    assert both.record_id is None and "around 5.5%" in both.value and "4.5%" in both.value
    assert both.chart is None and both.source.startswith("Source:")


def test_a_chart_shown_in_an_earlier_section_is_not_shown_again(dataset):
    economy = new_pack(dataset, ["economy"]).sections[0]
    twice = Pack(sections=[economy, Section(theme="trade", indicators=economy.indicators, charts=["comparison"])])
    slides = pack_slides(twice, dataset)
    charts = [s.title for s in slides if s.kind == CHART_SLIDE]
    assert charts and len(charts) == len(set(charts))
    second = slides[[s.title for s in slides].index("Trade"):]
    assert not [s for s in second if s.kind == CHART_SLIDE]


def test_the_pdf_and_the_slides_share_one_plan(dataset):
    economy = new_pack(dataset, ["economy"]).sections[0]
    rows = dataset.indicators.set_index("id", drop=False).loc[economy.indicators]
    specs = [ks for item in economy.charts for ks in item_specs(dataset, rows, item, scorecard_rows(dataset.indicators),
                                                                disagreeing(dataset.indicators))]
    drawn: dict = {}
    first = plan_section(specs, "economy", drawn)
    assert {p.how for p in first} <= {CHART, STATED} and CHART in {p.how for p in first}
    again = plan_section(specs, "trade", drawn)
    assert {p.how for p in again} == {REPEAT} and {p.theme for p in again} == {"economy"}
