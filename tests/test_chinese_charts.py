"""Charts in Chinese in the window and on the slides (offscreen, real widgets): the drawn pyqtgraph items' texts
(title, axes, ticks, legend, value and target labels, notes, messages) and the group chooser are Chinese, with the
words core.charts.localize gives the PDF; a language switched at run time redraws the chart; English is unchanged."""
import re
from dataclasses import replace

from test_gui import click_record, open_window

from briefing.core.charts.kinds import BY_ID, CHART_KINDS, ChartInputs, Compare
from briefing.core.charts.localize import DatasetRecords, in_chinese, localized
from briefing.core.charts.spec import statement
from briefing.core.pack.model import Pack, Section, new_pack
from briefing.core.pack.slides import CHART, FIGURE, pack_slides
from briefing.gui import i18n
from briefing.gui.presentation import Presentation

HAN = re.compile(r"[\u4e00-\u9fff]")
# the chart words the builders write in English: none may be left in a Chinese chart (data names may be English)
ENGLISH = re.compile(r"\b(Growth|growth|rates?|Targets?|target|Latest|[Aa]ctual|[Cc]eiling|[Ff]loor|Derived|derived|"
                     r"beside|not shown|change|Select|Source|figures?|observation|trend|Index|index|[Nn]ominal|"
                     r"regions?|periods?|met|stated|differ|computed|of|Nothing)\b")


def drawn_texts(chart) -> dict[str, list[str]]:
    """What a ChartView shows, read from its pyqtgraph items."""
    plot = chart.plot
    ticks = [label for name in ("left", "bottom") if plot.getAxis(name).isVisible()
             for level in (plot.getAxis(name)._tickLevels or []) for _, label in level if label]
    message = chart.message.toPlainText() if chart.message.scene() is not None else ""
    return {"title": [(chart.title.text or "").replace("<br>", " ")], "ticks": ticks,
            "axes": [plot.getAxis(n).labelText for n in ("left", "bottom") if plot.getAxis(n).labelText],
            "legend": [label.text for _, label in chart.legend.items],
            "written": [t.toPlainText() for t in chart.texts], "message": [message] if message else [],
            "note": [chart.note.item.toPlainText().strip()] if chart.note.item.toPlainText().strip() else []}


def assert_chinese(chart) -> dict:
    texts = drawn_texts(chart)
    assert HAN.search(texts["title"][0]), texts
    for part, shown in texts.items():
        for text in shown:
            assert not ENGLISH.search(text), (part, text)
    assert chart.source.text.startswith("资料来源：") or not chart.spec.source_line
    return texts


def show_chart(qtbot, window, kind_id):
    if window.current_chart().id != kind_id:  # else drawn already
        with qtbot.waitSignal(window.chartDrawn, timeout=5000):
            window.show_chart(kind_id)
    return window.charts[kind_id]


def test_a_chinese_window_draws_every_chart_in_chinese(qtbot, dataset, chinese):
    window = open_window(qtbot, dataset)
    click_record(qtbot, window, "gwr23-grp-growth")  # a trend with a target: actual, target and the target's mark
    trend = assert_chinese(show_chart(qtbot, window, "trend"))
    assert trend["title"] == ["地区生产总值增长（福建）"] and trend["legend"] == ["实际", "目标"]
    assert any(t.startswith("目标 ") for t in trend["written"]) and "2023年" in trend["ticks"]
    growth = assert_chinese(show_chart(qtbot, window, "comparison"))
    assert growth["title"][0].startswith("增速比较：福建，") and growth["axes"] == ["增速（%）"]
    picker = window.group_pickers["comparison"]
    assert HAN.search(picker.combo.itemText(0)) and "未显示" in picker.hidden.text()
    assert not ENGLISH.search(picker.hidden.text()) and not ENGLISH.search(picker.combo.itemText(1))
    targets = assert_chinese(show_chart(qtbot, window, "scorecard"))
    assert targets["title"][0].startswith("目标与最新实际值：") and "最新实际值" in targets["legend"]
    assert any("目标 ~" in t for t in targets["written"])
    regions = assert_chinese(show_chart(qtbot, window, "regions"))
    assert regions["title"][0].startswith("地区生产总值增长：") and regions["legend"] == ["福建"]
    picker = window.region_picker
    assert picker.list.item(0).text() == "福建" and picker.regions()[0] == "Fujian"  # shown in Chinese, kept as data
    assert picker.button.text() == "地区：福建"
    assert [window.chart_tabs.tabText(i) for i in range(len(CHART_KINDS))] == ["趋势", "增速比较", "目标与实际",
                                                                             "地区比较"]
    window.close()


def test_a_chinese_one_bar_chart_states_its_figure_in_chinese(qtbot, dataset, chinese):
    window = open_window(qtbot, dataset)
    chart = show_chart(qtbot, window, "scorecard")
    picker = window.group_pickers["scorecard"]
    one = next(i for i in range(picker.combo.count()) if picker.combo.itemText(i).endswith("(1)"))
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        picker.combo.setCurrentIndex(one)
    said = assert_chinese(chart)["message"][0]
    assert said.startswith("城镇调查失业率（2023年；2024年目标）：实际") and "；上限约5.5%（2024年）" in said
    window.close()


def test_an_empty_chinese_chart_says_why_in_chinese(qtbot, dataset, chinese):
    window = open_window(qtbot, dataset)
    click_record(qtbot, window, "gwr23-grp-growth")
    chart = show_chart(qtbot, window, "regions")
    index = window.region_picker.view.findData("index")
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        window.region_picker.view.setCurrentIndex(index)  # a growth rate is not a level: no index
    assert drawn_texts(chart)["message"] == [chart.spec.empty_message] and "不是水平值" in chart.spec.empty_message
    assert not chart.plot.getAxis("left").isVisible()
    window.close()


def test_switching_the_language_at_run_time_redraws_the_chart(qtbot, qapp, dataset, chinese):
    window = open_window(qtbot, dataset)
    chart = show_chart(qtbot, window, "comparison")
    assert drawn_texts(chart)["title"][0].startswith("增速比较")
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        i18n.install_translators(qapp, "en")  # Qt sends the window a LanguageChange
    texts = drawn_texts(chart)
    assert texts["title"][0].startswith("Growth rates of the filtered figures: Fujian, ")
    assert texts["axes"] == ["% change"] and not any(HAN.search(t) for shown in texts.values() for t in shown)
    assert window.chart_tabs.tabText(1) == "Growth comparison"
    assert not HAN.search(window.group_pickers["comparison"].hidden.text())
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        i18n.install_translators(qapp, "zh")  # and back
    assert drawn_texts(chart)["title"][0].startswith("增速比较")
    regions = show_chart(qtbot, window, "regions")
    assert drawn_texts(regions)["legend"][0] == window.region_picker.list.item(0).text() == "福建"
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        i18n.install_translators(qapp, "en")
    assert drawn_texts(regions)["legend"][0] == window.region_picker.list.item(0).text() == "Fujian"
    assert window.region_picker.button.text().startswith("Regions: Fujian")
    window.close()


def test_a_chinese_slide_draws_its_chart_in_chinese(qtbot, dataset):
    slides = pack_slides(new_pack(dataset, ["economy", "trade"]), dataset, "zh")
    charts = [i for i, s in enumerate(slides) if s.kind == CHART]
    assert charts and all(HAN.search(slides[i].title) and slides[i].source.startswith("资料来源：") for i in charts)
    p = Presentation(slides)
    qtbot.addWidget(p)
    p.resize(1024, 768)
    p.show()
    qtbot.waitExposed(p)
    for i in charts:
        p.go(i)
        texts = drawn_texts(p.chart)
        assert not ENGLISH.search(p.labels["heading"].text()) and not ENGLISH.search(p.labels["source"].text()[:6])
        for part in ("ticks", "axes", "legend", "written", "message"):
            assert all(not ENGLISH.search(t) for t in texts[part]), (part, texts[part])
        assert texts["legend"] or texts["ticks"]
    figure = next(i for i, s in enumerate(slides) if s.kind == FIGURE and s.chart and s.chart() is not None)
    p.go(figure)
    assert drawn_texts(p.chart)["legend"] and not any(ENGLISH.search(t) for t in drawn_texts(p.chart)["legend"])


def test_a_long_chinese_bar_chart_goes_over_slides_titled_in_chinese(dataset):
    pack = Pack(sections=[Section(theme="trade", indicators=list(dataset.indicators["id"]), charts=["comparison"])])
    parts = [s for s in pack_slides(pack, dataset, "zh") if s.kind == CHART and "（1/" in s.title]
    assert parts and parts[0].title.startswith("增速比较：") and parts[0].title.endswith("（1/2）")


def test_a_stated_chinese_slide_states_the_target_and_its_actual_in_chinese(dataset):
    pack = Pack(sections=[Section(theme="economy", indicators=["gwr24a-urban-unemployment-rate-2024"], charts=["scorecard"])])
    stated = [s for s in pack_slides(pack, dataset, "zh") if s.kind == FIGURE and not s.record_id]
    assert stated and stated[0].title.startswith("城镇调查失业率")
    assert stated[0].value.split("\n")[0].startswith("实际") and stated[0].value.split("\n")[1].startswith("上限约")


def every_chart(dataset):
    """Every chart the seeds give: each kind, each group, each view of each figure's regions."""
    rows = dataset.indicators
    for kind in ("comparison", "scorecard"):
        yield from BY_ID[kind].build_groups(ChartInputs(dataset, rows, "the filtered figures"))
    for rid in rows["id"]:
        yield BY_ID["trend"].build(ChartInputs(dataset, None, "", rid))
    for rid in rows[rows["measure"] == "level"]["id"]:
        for view in ("levels", "index", "growth"):
            yield BY_ID["regions"].build(ChartInputs(dataset, None, "", rid, compare=Compare(view=view)))


def test_every_chart_of_the_seeds_has_no_english_chart_word_left_in_chinese(dataset):
    records = DatasetRecords(dataset)
    english_names = {r["name"] for r in dataset.indicators.to_dict("records") if not r.get("name_zh")}
    seen = 0
    for spec in every_chart(dataset):
        zh = localized(spec, "zh", records)
        words = [zh.title, zh.axis_label, zh.empty_message, zh.hidden, *zh.notes, *(g.label for g in zh.groups),
                 *(e.label for e in zh.legend), *(s.name for s in zh.series), *(t for _, t in zh.ticks),
                 *(m.label for s in zh.series for m in s.targets), zh.source_line[:5], statement(zh)]
        for text in words:
            if text and not any(name in text for name in english_names):
                assert not ENGLISH.search(text), (spec.title, text)
        assert zh.series == () or [p for s in zh.series for p in s.points] == [p for s in spec.series
                                                                             for p in s.points]
        seen += 1
    assert seen > 300


def test_english_charts_are_as_built(dataset):
    for spec in list(every_chart(dataset))[:40]:
        assert localized(spec, "en", DatasetRecords(dataset)) is spec


def test_a_restated_figure_note_is_in_chinese_with_chinese_values(dataset):
    spec = BY_ID["trend"].build(ChartInputs(dataset, None, "", "gwr23-grp"))
    note = "2023: “5.4 trillion yuan” and “5.43 trillion yuan”, one figure stated two ways"
    zh = in_chinese(replace(spec, notes=(note,)), DatasetRecords(dataset))
    assert zh.notes == ("2023年：“5.4万亿元”与“5.43 trillion yuan”，同一数值的两种表述",)  # an unplotted one as stated


def test_a_chinese_trend_with_no_figure_selected_says_so_in_chinese(qtbot, dataset, chinese):
    window = open_window(qtbot, dataset)
    click_record(qtbot, window, "gwr23-grp")
    chart = show_chart(qtbot, window, "trend")
    window.filters.search.setText("厦门")  # hides the selected Fujian figure
    qtbot.waitUntil(lambda: chart.spec.empty_message == "请选择一项指标以查看其图表。")
    assert drawn_texts(chart)["message"] == ["请选择一项指标以查看其图表。"] and drawn_texts(chart)["title"] == ["趋势"]
    window.close()
