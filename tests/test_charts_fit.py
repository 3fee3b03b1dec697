"""Charts compare like with like (one region and period, one measure), keep qualifiers, draw targets as targets,
and fit: on screen (no stale axes, a chooser of groups, the table's name column, the preview) and in the PDF (a
chart per group, a single figure stated, no chart twice)."""
from dataclasses import replace

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_chart_kinds import pt
from test_gui import open_window

from briefing.core.charts import spec as chart_spec
from briefing.core.charts.comparison import comparison_spec
from briefing.core.charts.kinds import BY_ID, ChartInputs
from briefing.core.charts.scorecard import scorecard_spec
from briefing.core.charts.trend import trend_spec
from briefing.core.pack.model import Pack, Section, new_pack
from briefing.gui import chart_view
from briefing.report.chart_drawing import LABEL, draw_chart
from briefing.report.document import build_pdf
from briefing.report.parts.base import Context
from briefing.report.parts.section import SectionView, plan_charts


def all_groups(dataset, kind):
    inputs = ChartInputs(dataset, dataset.indicators, "the figures")
    first = BY_ID[kind].build(inputs)
    return first, [BY_ID[kind].build(replace(inputs, group=g.key)) for g in first.groups]


def test_growth_rates_are_ranked_only_within_one_region_and_period(dataset):
    first, specs = all_groups(dataset, "comparison")
    by_id = dataset.indicators.set_index("id")
    assert [g.count for g in first.groups] == sorted((g.count for g in first.groups), reverse=True)  # most first
    assert first.group == first.groups[0].key and len(first.groups) >= 4  # Fujian 2023 and 2024, FTZs, Xiamen
    for group, spec in zip(first.groups, specs):
        shown = {(by_id.loc[p.record_id, "region"], by_id.loc[p.record_id, "period"]) for p in spec.series[0].points}
        assert len(shown) == 1 and spec.group == group.key and spec.title.endswith(group.label)
        assert len(spec.series[0].points) == group.count
    others = sum(g.count for g in first.groups[1:])
    assert first.hidden == f"{others} growth rates of {len(first.groups) - 1} other regions or periods not shown"


def test_a_group_cut_to_the_limit_says_how_many_are_not_shown(dataset):
    spec = BY_ID["comparison"].build(ChartInputs(dataset, dataset.indicators, "the figures"))
    small = comparison_spec(dataset.indicators, dataset.source_map, limit=3)
    assert len(small.ticks) == 3 and small.notes == (f"{spec.groups[0].count - 3} smaller growth rates of "
                                                     f"{spec.groups[0].label} not shown.",)


def test_targets_are_split_by_measure_never_one_axis_for_growth_and_a_level_rate(dataset):
    first, specs = all_groups(dataset, "scorecard")
    by_id = dataset.indicators.set_index("id")
    assert len(first.groups) >= 2
    for spec in specs:
        ids = [p.record_id for s in spec.series for p in s.points] + [m.point.record_id for s in spec.series
                                                                      for m in s.targets]
        assert len({by_id.loc[i, "measure"] for i in ids}) == 1 and len({by_id.loc[i, "unit"] for i in ids}) == 1
    unemployment = next(s for s in specs if "gwr23-unemployment-rate" in {p.record_id for p in s.series[0].points})
    assert "growth" not in {by_id.loc[p.record_id, "measure"] for p in unemployment.series[0].points}


def test_labels_keep_the_qualifier(dataset):
    assert chart_spec.qualified(5.5, "about", "%") == "~5.5%" and chart_spec.qualified(5.07, "over") == ">5.07"
    grain = trend_spec(dataset.indicators, "gwr24a-grain-output-2024", dataset.source_map)
    assert [m.label for m in grain.series[0].targets] == ["target >5.07"] and grain.axis_label == "million t"
    card = scorecard_spec(dataset.indicators, dataset.source_map)
    assert "target ~5.5%" in [m.label for m in card.series[0].targets]
    drawing = draw_chart(card, 480, 300)
    texts = [s.text for s in drawing.contents if hasattr(s, "text")]
    assert "4.5%; target ~5.5%" in texts  # the paper writes the actual and its target with the qualifier
    assert min(s.fontSize for s in drawing.contents if hasattr(s, "fontSize")) >= LABEL == 7.5


def test_a_ceiling_is_drawn_as_a_ceiling_and_met_when_the_actual_is_under_it(dataset):
    spec = trend_spec(dataset.indicators, "gwr24a-urban-unemployment-rate-2024", dataset.source_map)
    (mark,) = spec.series[0].targets
    assert (mark.bound, mark.label, mark.met) == ("ceiling", "ceiling ~5.5%", None)  # 2024's target, 2023's rate
    assert spec.series[0].segments == ()  # no line from the 2023 rate to the 2024 ceiling
    under = chart_spec.trend_series("Surveyed urban unemployment rate", "#000000",
                                    (pt("2024", 5.1), replace(pt("2024", 5.5, "target"), qualifier="about")), "%")
    assert [(m.label, m.met) for m in under.targets] == [("ceiling ~5.5%: met", True)]
    short = chart_spec.trend_series("Growth of exports", "#000000", (pt("2024", 5.1), pt("2024", 5.5, "target")), "%")
    assert [(m.bound, m.label, m.met) for m in short.targets] == [("floor", "target 5.5%: not met", False)]
    assert chart_spec.target_bound("Consumer price index", "about") == "ceiling"
    assert chart_spec.target_bound("Anything", "under") == "ceiling"


def test_a_single_figure_is_a_sentence_not_a_chart(dataset):
    one = dataset.indicators[dataset.indicators["id"] == "gwr23-grp-growth"]
    spec = BY_ID["comparison"].build(ChartInputs(dataset, one, "the figures"))
    assert chart_spec.statement(spec) == ("Growth rates of the figures: Fujian, 2023: Growth of gross regional "
                                          "product: up 4.5%")
    assert chart_spec.statement(BY_ID["comparison"].build(ChartInputs(dataset, dataset.indicators, "x"))) == ""


def planned(pack, dataset):
    ctx = Context.of(pack, dataset, {}, 480)
    drawn, out = {}, []
    for n, section in enumerate(pack.sections):
        view = SectionView(n, section, ctx.figures.loc[section.indicators], ctx.scorecard[
            ctx.scorecard["target_id"].isin(section.indicators)])
        out.append(plan_charts(ctx, view, drawn))
    return out


def test_the_default_pack_draws_no_chart_twice_and_no_one_bar_chart(dataset):
    plans = planned(new_pack(dataset, []), dataset)
    charts = [spec for plan in plans for how, _, spec, _ in plan if how == "chart"]
    assert len({s.signature() for s in charts}) == len(charts) > 10
    assert all(s.items() > 1 for s in charts)
    assert any(how == "repeat" for plan in plans for how, *_ in plan)  # themes share figures
    assert any(how == "stated" for plan in plans for how, *_ in plan)


def text_of(path):
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_the_pdf_states_one_figure_and_names_a_repeated_chart(dataset, tmp_path):
    trend = "trend:gwr23-grp-growth"
    pack = Pack(themes=["economy", "trade"], sections=[
        Section(theme="economy", indicators=["gwr23-grp-growth"], charts=["comparison", trend]),
        Section(theme="trade", indicators=["gwr23-grp-growth"], charts=[trend])])
    out = tmp_path / "pack.pdf"
    build_pdf(pack, dataset, out, invariant=True)
    text = text_of(out)
    assert "Growth rates of the figures in this section: Fujian, 2023: Growth of gross regional product: up 4.5%" \
        in text  # a sentence: no one-bar chart, so no axis under it
    assert "% change" not in text
    assert "Growth of gross regional product (Fujian): trend chart drawn in the Macro economy section." in text
    assert text.count("target ~5.5%") == 1  # the trend's target label: the chart is drawn once
    assert text.count("Source: Highlights of Fujian Provincial Government Work Report 2024") == 1


# --- on screen ------------------------------------------------------------------------------------------------


def ticks_shown(axis) -> list:
    return [label for level in (axis._tickLevels or []) for _, label in level]


def test_an_empty_chart_says_why_with_no_stale_axes(qtbot, window):
    from briefing.core.query.filters import Filters
    from briefing.gui.chart_view import ChartView
    fresh = ChartView()
    qtbot.addWidget(fresh)
    assert not fresh.plot.getAxis("left").isVisible() and not fresh.plot.getAxis("bottom").isVisible()
    window.show_chart("comparison")
    chart = window.charts["comparison"]
    assert len(ticks_shown(chart.plot.getAxis("left"))) > 5 and chart.plot.getAxis("left").isVisible()
    with qtbot.waitSignal(window.chartDrawn):
        window.filters.set_filters(Filters(search="no figure says this"))
    assert chart.spec.empty_message.startswith("No growth rates")
    assert chart.message.toPlainText() == chart.spec.empty_message
    for name in ("left", "bottom"):
        axis = chart.plot.getAxis(name)
        assert not axis.isVisible() and ticks_shown(axis) == [] and axis.labelText == ""
    assert not chart.texts and not window.group_pickers["comparison"].isVisible()


def test_the_comparison_offers_its_groups_and_says_how_many_are_hidden(qtbot, window):
    window.show_chart("comparison")
    chart, picker = window.charts["comparison"], window.group_pickers["comparison"]
    groups = chart.spec.groups
    assert picker.isVisible() and [picker.combo.itemData(i) for i in range(picker.combo.count())] == \
        [g.key for g in groups]
    assert picker.combo.itemText(0) == f"{groups[0].label} ({groups[0].count})"
    assert picker.hidden.text() == chart.spec.hidden + ": choose another group" and "not shown" in chart.spec.hidden
    with qtbot.waitSignal(window.chartDrawn):
        picker.combo.setCurrentIndex(2)
    assert chart.spec.group == groups[2].key and chart.spec.title.endswith(groups[2].label)
    assert len(chart.spec.ticks) == groups[2].count
    assert [t.toPlainText() for t in chart.texts] == [p.label for p in chart.spec.series[0].points]


def test_the_legend_has_a_row_of_its_own_above_the_plot(qtbot, window):
    window.show_chart("trend")
    chart = window.charts["trend"]
    assert chart.legend.items
    legend = chart.legend.mapRectToScene(chart.legend.boundingRect())
    plot = chart.plot.getViewBox().mapRectToScene(chart.plot.getViewBox().boundingRect())
    assert legend.bottom() <= plot.top() + 1  # above the data, not over it


@pytest.fixture
def window(qtbot, dataset):
    return open_window(qtbot, dataset)


def test_the_name_column_keeps_its_width_with_the_pack_panel(qtbot, window):
    """At 1024 pixels or less (the offscreen screen is 800 wide) with the pack panel open."""
    from briefing.gui.table_model import NAME_MIN
    window.pack.dock.show()
    window.resize(1024, 768)
    assert window.width() <= 1024
    table = window.tables["indicators"]
    qtbot.waitUntil(lambda: table.columnWidth(0) >= NAME_MIN)
    assert all(table.columnWidth(c) >= 40 for c in range(table.model().columnCount()))
    index = table.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # the whole name, however it is cut


def test_the_columns_give_way_to_the_name_before_it_goes_under_its_minimum(qtbot, window):
    from briefing.gui.table_model import NAME_MIN, ColumnFitter
    fitter = window.tables["indicators"].findChild(ColumnFitter)
    wide, narrow = fitter.widths(1400), fitter.widths(420)
    assert wide[1:] == fitter.natural[1:] and sum(wide) == 1400
    assert narrow[0] == NAME_MIN and all(n <= w for n, w in zip(narrow[1:], wide[1:]))


def test_the_preview_fits_the_screen(qtbot, dataset, tmp_path):
    from briefing.gui.preview import PreviewDialog
    out = tmp_path / "pack.pdf"
    build_pdf(Pack(themes=["economy"], sections=[Section(theme="economy", indicators=["gwr23-grp"])]), dataset, out)
    dialog = PreviewDialog(str(out), "pack", "a4")
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.height() + 40 <= area.height() and dialog.width() <= area.width()
    assert dialog.height() >= area.height() * 0.8  # and uses it: a whole page is legible
    dialog.show()
    assert area.contains(dialog.geometry())
    dialog.close()


def test_the_top_points_label_stays_inside_a_short_plot(qtbot, window):
    """A short trend (a small or HiDPI screen) still has room above its highest point for the point's value."""
    window.show_chart("trend")
    chart = window.charts["trend"]
    for height in (260, 420):
        chart.resize(600, height)
        qtbot.waitUntil(lambda h=height: chart.height() == h)
        chart.draw(chart.spec)
        QApplication.processEvents()
        chart.draw(chart.spec)  # as the window does once the layout has settled
        plot = chart.plot.getViewBox().mapRectToScene(chart.plot.getViewBox().boundingRect())
        tops = [t.mapRectToScene(t.boundingRect()).top() for t in chart.texts if t.isVisible()]
        assert tops and min(tops) >= plot.top() - 1, (height, min(tops), plot.top())


def test_zoomed_in_a_short_view_the_plot_keeps_its_room_and_the_source_line_stays_whole(qtbot, window):
    """At 200% in a short chart (a 1024×768 projector with the pack panel open) the source line, wrapped at the
    zoomed size, took the plot's height; it now takes a smaller size, down to the unzoomed one, and is never cut
    (an exported chart carries it as its citation)."""
    window.show_chart("trend")
    chart = window.charts["trend"]
    chart.set_zoom(2.0)
    chart.resize(390, 330)
    qtbot.waitUntil(lambda: chart.height() == 330)
    chart.draw(chart.spec)
    QApplication.processEvents()
    plot = chart.plot.getViewBox().sceneBoundingRect()
    assert plot.height() > 0.3 * chart.height(), plot
    source = chart.source.item.toPlainText()
    assert source.split() == chart.spec.source_line.split()  # every word of the citation, in order
    assert float(chart.source.opts["size"].removesuffix("pt")) >= chart_view.SOURCE_POINTS
    chart.resize(390, 900)  # room enough: the zoomed size again
    qtbot.waitUntil(lambda: chart.height() == 900)
    QApplication.processEvents()
    assert chart.source.opts["size"] == f"{chart_view.SOURCE_POINTS * 2.0:g}pt"
