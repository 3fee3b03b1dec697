"""Charts that compare regions: one series in several regions as levels, an index and growth computed from levels
(derived, citing both inputs, nominal when the levels are), on screen and in the PDF, from one ChartSpec."""
import time

import pypdf
import pytest
from neighbours import import_table, long_csv
from PySide6.QtCore import Qt
from reportlab.graphics.shapes import PolyLine, String
from test_gui import click_record, open_window

from briefing.core.charts import regions
from briefing.core.charts.kinds import BY_ID, Compare, item_compare, parse_item
from briefing.core.charts.spec import PALETTE
from briefing.core.pack.edit import item_label
from briefing.core.pack.model import new_pack
from briefing.report.chart_drawing import draw_chart
from briefing.report.document import build_pdf

FIGURE = "gwr23-grp"  # Fujian's GRP in the Work Report: 5.4 trillion yuan in 2023


@pytest.fixture
def data(dataset, tmp_path):
    return import_table(dataset, tmp_path, long_csv())


def spec_of(data, **compare):
    return regions.regions_spec(data.indicators, FIGURE, data.source_map, Compare(**compare))


def by_region(spec):
    return {s.name: {p.period: p for p in s.points} for s in spec.series}


def test_levels_draw_one_coloured_line_per_region_with_a_legend(data):
    spec = spec_of(data)
    assert [s.name for s in spec.series] == ["Fujian", "Guangdong", "Jiangsu", "Zhejiang"]  # its own first
    assert [s.color for s in spec.series] == list(PALETTE[:4])
    assert [(e.label, e.shape, e.filled) for e in spec.legend] == [(r, "circle", True) for r in
                                                                   ("Fujian", "Guangdong", "Jiangsu", "Zhejiang")]
    fujian = by_region(spec)["Fujian"]
    assert fujian["2023"].record_id == FIGURE  # the document's figure (the table's 54,355 亿元 repeats it)
    assert fujian["2024"].value == pytest.approx(57761e8) and spec.axis_label == "trillion yuan"
    assert "grp-neighbours.csv (imported table)" in spec.source_line and "Work Report 2024" in spec.source_line
    assert spec.value_labels == "last" and not spec.multiples


def test_an_index_is_derived_cites_both_inputs_and_keeps_their_precision(data):
    spec = spec_of(data, view="index", regions=("Fujian", "Zhejiang"))
    assert (spec.axis_label, spec.unit) == ("Index, 2015 = 100", "index")  # the first year both have
    zhejiang = by_region(spec)["Zhejiang"]
    assert {p.kind for s in spec.series for p in s.points} == {"derived"}
    assert zhejiang["2024"].value == pytest.approx(100 * 90131 / 42886)
    assert zhejiang["2024"].display == "210.2 (2015 = 100)" and zhejiang["2015"].display == "100.0 (2015 = 100)"
    tip = zhejiang["2024"].citation
    assert "derived" in tip and "Zhejiang,2024,90131" in tip and "Zhejiang,2015,42886" in tip
    # 5.4 trillion is known to 0.05 trillion: its index cannot have a decimal, and says "about"
    assert by_region(spec)["Fujian"]["2023"].display == "about 208 (2015 = 100)"
    assert spec_of(data, view="index", base="2020").axis_label == "Index, 2020 = 100"
    assert spec_of(data, view="index", base="1990").axis_label == "Index, 2015 = 100"  # no such year: the default


def test_growth_from_current_price_levels_is_nominal_and_never_the_stated_real_growth(data):
    spec = spec_of(data, view="growth")
    assert spec.title.startswith("Nominal growth of Gross regional product")
    assert spec.axis_label == "% change, nominal"
    assert spec.notes == ("Nominal, from current-price levels; stated growth rates are real.",)
    guangdong = by_region(spec)["Guangdong"]
    assert "2015" not in guangdong  # no year before it
    assert guangdong["2016"].value == pytest.approx(100 * (80855 / 72813 - 1))
    assert guangdong["2016"].display == "up 11.0% (nominal)"
    fujian = by_region(spec)["Fujian"]["2023"]
    assert fujian.display == "up about 2% (nominal)"  # 5.4 trillion over 53,110 亿元: the tenths are unknown
    assert fujian.display != "up 4.5%" and "Fujian,2022,53110" in fujian.citation and "5.4 trillion" in fujian.citation
    assert "Growth computed by this app from the levels" in spec.source_line


def test_a_growth_rate_has_no_index(data):
    spec = regions.regions_spec(data.indicators, "gwr23-grp-growth", data.source_map, Compare(view="index"))
    assert not spec.series and "not a level" in spec.empty_message
    assert regions.regions_spec(data.indicators, "gwr23-grp-growth", data.source_map).series[0].points


def test_a_bound_stays_out_of_the_arithmetic(dataset, tmp_path):
    text = long_csv().replace("Jiangsu,2016,77388", "Jiangsu,2016,more than 77388")
    data = import_table(dataset, tmp_path, text)
    spec = spec_of(data, view="growth", regions=("Fujian", "Jiangsu"))
    jiangsu = by_region(spec)["Jiangsu"]
    assert "2016" not in jiangsu and "2017" not in jiangsu and "2018" in jiangsu
    assert any("Jiangsu 2016" in n and "bound" in n for n in spec.notes)


@pytest.mark.parametrize("names", [("Fujian", "Korea, Rep."), ("A & B", "x?y=z", "福建省")])
def test_a_pack_item_keeps_any_region_name(names):
    kind = BY_ID["regions"]
    item = kind.item(FIGURE, Compare(names, "index", "2016"))
    assert parse_item(item) == (kind, FIGURE)
    assert item_compare(item) == Compare(names, "index", "2016")
    assert item_compare("regions:x?view=pie") == Compare()


def test_the_pack_labels_the_comparison(data):
    item = BY_ID["regions"].item(FIGURE, Compare(("Fujian", "Jiangsu"), "index", "2015"))
    assert item_label(data, "charts", item) == \
        "Compare regions: Gross regional product (Fujian, Jiangsu; index, 2015 = 100)"


def provinces(n=31, years=range(2006, 2025)):
    return {f"Province {i:02d}": tuple(1000 * (i + 1) + 37.25 * k for k in range(len(years))) for i in range(n)}


def test_many_regions_print_as_small_multiples_and_the_redraw_is_measured(dataset, tmp_path, qtbot):
    series = {"Fujian": tuple(25000 + 1500.5 * k for k in range(19)), **provinces(30)}
    data = import_table(dataset, tmp_path, long_csv(series, range(2006, 2025)))
    every = tuple(regions.choices(data.indicators, FIGURE).regions)
    assert len(every) == 31
    started = time.perf_counter()
    spec = spec_of(data, regions=every, view="index")
    built = time.perf_counter() - started
    assert spec.multiples and [e.label for e in spec.legend] == ["Fujian", "Other regions"]
    assert {s.color for s in spec.series[1:]} == {regions.OTHERS} and spec.series[0].color == PALETTE[0]
    drawing = draw_chart(spec, 480, 600)
    labels = {s.text for s in drawing.contents if isinstance(s, String)}
    assert {"Fujian", "Province 00", "Province 29"} <= labels  # a panel each
    assert sum(isinstance(s, PolyLine) for s in drawing.contents) >= 31
    from briefing.gui.chart_view import ChartView
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    started = time.perf_counter()
    view.draw(spec)
    drawn = time.perf_counter() - started
    print(f"\n31 regions x 19 years: spec {built * 1000:.0f} ms, screen draw {drawn * 1000:.0f} ms")
    assert len(view.scatters) >= 31


def test_the_window_compares_the_regions_the_user_picks(qtbot, data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, data)
    click_record(qtbot, window, FIGURE)
    window.actions_by_id["view-regions"].trigger()  # View › Compare Regions, Ctrl+4
    assert window.current_chart().id == "regions"
    chart, picker = window.charts["regions"], window.region_picker
    assert [s.name for s in chart.spec.series] == ["Fujian", "Guangdong", "Jiangsu", "Zhejiang"]
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == ["Fujian", "Guangdong", "Jiangsu",
                                                                                    "Zhejiang"]
    with qtbot.waitSignal(window.chartDrawn):
        picker.list.item(2).setCheckState(Qt.CheckState.Unchecked)  # Jiangsu
    assert [s.name for s in chart.spec.series] == ["Fujian", "Guangdong", "Zhejiang"]
    assert [label.text for _, label in chart.legend.items] == ["Fujian", "Guangdong", "Zhejiang"]
    with qtbot.waitSignal(window.chartDrawn):
        picker.view.setCurrentIndex(1)  # index
    assert picker.base.isVisible() and picker.base.currentText() == "2015"
    picker.base.setCurrentText("2018")
    assert chart.spec.axis_label == "Index, 2018 = 100"
    assert chart.plot.getAxis("left").labelText == "Index, 2018 = 100"
    tips = [p.data() for item in chart.scatters for p in item.points()]
    assert any("Zhejiang, 2024, derived" in t and "Zhejiang,2018,56197" in t for t in tips)
    window.pack.new()
    window.actions_by_id["add-chart-to-pack"].trigger()
    charts = [c for s in window.pack.document.pack.sections for c in s.charts if c.startswith("regions:")]
    assert charts == [BY_ID["regions"].item(FIGURE, Compare(("Fujian", "Guangdong", "Zhejiang"), "index", "2018"))]


def test_the_pdf_draws_the_comparison_and_cites_its_sources(data, tmp_path):
    pack = new_pack(data, ["economy"])
    item = BY_ID["regions"].item(FIGURE, Compare(("Fujian", "Zhejiang", "Guangdong", "Jiangsu"), "growth"))
    section = pack.sections[0].model_copy(update={"charts": [item]})
    out = tmp_path / "regions.pdf"
    build_pdf(pack.model_copy(update={"sections": [section]}), data, out, invariant=True)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    assert "Nominal growth of Gross regional product on the previous year: Fujian, Zhejiang, Guangdong, Jiangsu" in text
    assert "% change, nominal" in text and "stated growth rates are real" in text
    assert "grp-neighbours.csv (imported table)" in text and "computed by this app from the levels" in text
