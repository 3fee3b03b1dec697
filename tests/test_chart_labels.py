"""No chart draws text over text or cuts a text off (offscreen, real ChartViews): every visible text of the scene
(title, legend, axis labels and ticks, value, end and target labels, the note, the source line) is collected with
its scene rectangle; no two intersect, each lies inside the view (a text in the plot inside the plot, which clips
it), and the note is complete. For each chart kind, the regions' index of the neighbours the screenshots show, a
met target in a short plot and a presentation's short trend, in English and Chinese, at the sizes a chart takes at
1024×768, 1366×768 and 1920×1080 and at 100–200% zoom."""
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsTextItem
from test_reimport import import_file

from briefing.core.charts.kinds import BY_ID, CHART_KINDS, ChartInputs, Compare
from briefing.core.charts.localize import DatasetRecords, in_chinese
from briefing.core.charts.regions import regions_spec
from briefing.core.charts.trend import trend_spec
from briefing.core.ingest.workspace import with_workspace
from briefing.core.model.dataset import load
from briefing.core.pack.slides import chart_parts
from briefing.gui.chart_view import ChartView
from briefing.gui.label_places import around, first_free, spread
from briefing.gui.presentation import CHART_POINTS

NBS = Path(__file__).parent / "real_files" / "nbs_fsnd_gdp_2006-2024_gbk.csv"
NEIGHBOURS = ("Fujian", "Zhejiang", "Guangdong", "Jiangsu", "Shanghai")  # as packaging/screenshots.py picks them
# the chart's size in the window at 1024×768 with the pack panel, 1366×768, 1920×1080 (measured in screenshots)
SIZES = ((540, 330), (800, 345), (1240, 600))
ZOOMS = (1.0, 1.5, 2.0)
SAMPLE = ("指标,年份,数值,单位,地区,主题\nGross regional product,2020,\"43,903.89\",亿元,福建,经济\n"  # screenshots.py's
          "Gross regional product,2021,\"48,810.36\",亿元,福建,经济\nGross regional product,2022,\"53,109.85\",亿元,福建,经济\n"
          "Gross regional product,2023,56000,亿元,福建,经济\n")
MET = "gwr24a-billion-yuan-projects-2024"  # 102 projects against a target of 50: "target 50: met"
DERIVED = "gwr23-public-budget-revenue-2022"  # the derived-figure slide of packaging/present_screenshots.py


@pytest.fixture(scope="module")
def neighbours(tmp_path_factory):
    """The seeds with the NBS provincial export and a small table of Fujian's GRP imported as the screenshots import
    them (the sources differ for four years: five notes)."""
    folder = tmp_path_factory.mktemp("nbs")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_DATA_DIR", str(folder / "data"))
        dataset = load(SEEDS)
        shutil.copy(NBS, folder / NBS.name)
        import_file(folder / NBS.name, dataset)
        (folder / "fujian-grp.csv").write_bytes(SAMPLE.encode("gb18030"))  # its levels differ from the others'
        import_file(folder / "fujian-grp.csv", with_workspace(dataset)[0])
        data, problems = with_workspace(dataset)
    assert problems == []
    return data


def inner(item: QGraphicsTextItem) -> QRectF:
    """The text's own lines in scene coordinates (its document's margin left out)."""
    m = item.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(m, m, -m, -m))


def texts(chart: ChartView) -> list[tuple[str, QRectF, QRectF]]:
    """(text, scene rectangle, the rectangle it must lie in) of every text the chart shows."""
    view = QRectF(chart.mapToScene(chart.viewport().rect()).boundingRect())
    plot = chart.plot.vb.sceneBoundingRect()
    out = []
    for item in chart.scene().items():
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText().strip() \
                and item.effectiveOpacity() > 0:
            in_plot = chart.plot.vb.isAncestorOf(item)
            out.append((item.toPlainText(), inner(item), plot if in_plot else view))
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for name in ("left", "bottom"):
        axis = chart.plot.getAxis(name)
        if not axis.isVisible():
            continue
        painter = QPainter(image)
        painter.setFont(axis.style["tickFont"] or axis.font())
        specs = axis.generateDrawSpecs(painter)
        painter.end()
        for rect, _, text in (specs[2] if specs else []):
            out.append((text, axis.mapRectToScene(rect), view))
    return out


def assert_no_clash(chart: ChartView, where: str) -> None:
    shown = texts(chart)
    assert shown, where
    for i, (text, rect, room) in enumerate(shown):
        assert room.adjusted(-1, -1, 1, 1).contains(rect), (where, "cut off", text, rect, room)
        for other, rect2, _ in shown[i + 1:]:
            assert not rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rect2), (where, "over", text, other)


def note_drawn_whole(chart: ChartView) -> bool:
    """The chart's notes are drawn, every word, in one text (wrapped or not)."""
    whole = " ".join(" ".join(chart.spec.notes).split())
    return any(" ".join(t.split()) == whole for t, _, _ in texts(chart))


@pytest.fixture
def zoomed(qapp):
    """The window's zoom: the application's font and the charts' own sizes (as gui/zoom.py sets them)."""
    font = qapp.font()
    base = font.pointSizeF()

    def at(chart: ChartView, factor: float) -> None:
        f = qapp.font()
        f.setPointSizeF(base * factor)
        qapp.setFont(f)
        chart.setFont(f)
        chart.set_zoom(factor)
    yield at
    qapp.setFont(font)


@pytest.fixture
def chart(qapp):
    """A chart view of its own, deleted by Qt afterwards (pyqtgraph's close() of a view that a failed test's
    traceback still holds crashed)."""
    view = ChartView()
    yield view
    view.hide()
    view.deleteLater()


def shown(qtbot, chart: ChartView, spec, size) -> None:
    chart.resize(*size)
    chart.show()
    qtbot.waitUntil(lambda: (chart.width(), chart.height()) == size)
    chart.draw(spec)
    QApplication.processEvents()
    chart.draw(spec)  # as the window does once the layout has settled
    for _ in range(3):  # laid out and painted as the screen shows it (a text in the plot follows the view's range
        QApplication.processEvents()  # when painted)
        chart.grab()


def chinese(spec, data):
    return in_chinese(spec, DatasetRecords(data))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", ["index", "levels"])
def test_the_neighbours_end_labels_and_note_fit(qtbot, chart, zoomed, neighbours, view, lang):
    spec = regions_spec(neighbours.indicators, "gwr23-grp", neighbours.source_map,
                        Compare(NEIGHBOURS, view, "2006" if view == "index" else ""))
    spec = chinese(spec, neighbours) if lang == "zh" else spec
    assert len(spec.series) == 5 and spec.value_labels == "last"
    for size in SIZES:
        for zoom in ZOOMS:
            zoomed(chart, zoom)
            shown(qtbot, chart, spec, size)
            assert_no_clash(chart, (size, zoom))
            if spec.notes:
                assert note_drawn_whole(chart), (size, zoom)
            if chart.plot.vb.height() >= 3 * QFontMetrics(chart._text_font()).lineSpacing():  # the unit is stated
                assert chart.plot.getAxis("left").label.isVisible() or chart.unit.isVisible(), (size, zoom)
            ends = [t for t in chart.texts if t.isVisible()]
            labels = [t.toPlainText() for t in ends]
            assert set(labels) <= {s.points[-1].label or "" for s in spec.series} | {
                t.toPlainText() for t in chart.texts}  # as the spec writes them
            if size[1] >= 600 and zoom == 1.0:  # a tall plot has room for each line's end value
                assert len(ends) == len(spec.series), labels


def test_the_neighbours_index_states_that_sources_differ(neighbours):
    spec = regions_spec(neighbours.indicators, "gwr23-grp", neighbours.source_map, Compare(NEIGHBOURS, "index", "2006"))
    assert len([n for n in spec.notes if n.startswith("Sources differ for Fujian")]) >= 4  # the notes drawn above
    assert len(set(spec.notes)) == len(spec.notes)  # 2023, which three sources state, has its note once


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_met_target_label_clears_the_actual_and_its_value(qtbot, chart, zoomed, dataset, lang):
    spec = trend_spec(dataset.indicators, MET, dataset.source_map)
    assert [m.label for m in spec.series[0].targets] == ["target 50: met"]
    spec = chinese(spec, dataset) if lang == "zh" else spec
    for size in ((496, 308), (496, 327), (496, 280), *SIZES):  # 1024×768 at 200% and 150% (measured), shorter
        for zoom in ZOOMS:
            zoomed(chart, zoom)
            shown(qtbot, chart, spec, size)
            assert_no_clash(chart, (size, zoom))
            written = sorted(t.toPlainText() for t in chart.texts if t.isVisible())
            if chart.plot.vb.height() < 3 * QFontMetrics(chart._text_font()).lineSpacing():
                continue  # no room for the actual, its value and the target's label one above another
            assert written == sorted([*(p.label for p in spec.series[0].points if p.kind != "target"),
                                      *(m.label for m in spec.series[0].targets)]), (size, zoom)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_short_presentation_trend_has_spaced_y_ticks(qtbot, chart, dataset, lang):
    spec = trend_spec(dataset.indicators, DERIVED, dataset.source_map)
    spec = chinese(spec, dataset) if lang == "zh" else spec
    chart.set_text_size(CHART_POINTS)
    for size in ((950, 180), (950, 220), (950, 300), (1800, 400)):
        shown(qtbot, chart, spec.__class__(**{**spec.__dict__, "title": "", "source_line": ""}), size)
        assert_no_clash(chart, size)
        ticks = [t for t, r, _ in texts(chart) if r.right() <= chart.plot.vb.sceneBoundingRect().left()
                 and t.replace(".", "").isdigit()]
        axis = chart.plot.getAxis("left")
        lines = chart.plot.vb.height() / QFontMetrics(axis.style["tickFont"] or axis.font()).height()
        assert len(ticks) >= (2 if lines >= 6 else 1), (size, ticks)  # a scale still: two values where there is room


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", [k.id for k in CHART_KINDS])
def test_every_chart_kind_fits_at_every_size_and_zoom(qtbot, chart, zoomed, dataset, kind, lang):
    """Bars thinner than a line of text cannot each carry their value and name without touching (12 growth rates
    in a 540×330 chart): those sizes are left out here, and must be the small ones only."""
    crowded = []
    record = "gwr23-grp-growth" if BY_ID[kind].per_record else None
    spec = BY_ID[kind].build(ChartInputs(dataset, None if record else dataset.indicators, "the figures", record))
    spec = chinese(spec, dataset) if lang == "zh" else spec
    for size in SIZES:
        for zoom in ZOOMS:
            zoomed(chart, zoom)
            shown(qtbot, chart, spec, size)
            if spec.kind == "bars" and not rows_hold_a_line(chart):
                crowded.append((size, zoom))  # a limit of the view's size, not of the placing: see below
                continue
            assert_no_clash(chart, (kind, size, zoom))
            if spec.notes:
                assert note_drawn_whole(chart), (size, zoom)
    assert all(size == SIZES[0] or zoom > 1 for size, zoom in crowded), crowded


def rows_hold_a_line(chart: ChartView) -> bool:
    return chart.plot.vb.height() / len(chart.spec.ticks) >= QFontMetrics(chart._text_font()).lineSpacing() + 2


@pytest.mark.parametrize("wanted", [[10, 11, 12, 50], [95, 96, 2], [50] * 10, [0, 100], [30, 31, 29, 80, 81]])
def test_spread_keeps_the_texts_apart_in_order_and_inside(wanted):
    placed = spread(wanted, 10, 0, 100)
    assert placed is not None
    order = sorted(range(len(wanted)), key=lambda i: (wanted[i], i))
    ys = [placed[i] for i in order]
    assert all(b - a >= 10 - 1e-9 for a, b in zip(ys, ys[1:]))  # apart, in the lines' order
    assert all(5 - 1e-9 <= y <= 95 + 1e-9 for y in ys)  # whole texts inside
    alone = [i for i in range(len(wanted)) if all(abs(wanted[i] - wanted[j]) >= 10 for j in range(len(wanted))
                                                  if j != i) and 5 <= wanted[i] <= 95]
    assert all(placed[i] == wanted[i] for i in alone)  # a text with room stays where it was asked
    assert spread([50] * 11, 10, 0, 100) is None  # more than fit: none


def test_a_label_takes_the_first_free_side_and_keeps_off_the_lines():
    mark = QRectF(45, 45, 10, 10)
    room = QRectF(0, 0, 100, 100)
    above, below, right, _ = around(mark, 20, 10)
    assert first_free([above, below, right], [], room) == above
    assert first_free([above, below, right], [above.adjusted(2, 2, -2, -2)], room) == below
    line = QLineF(0, 62, 100, 62)  # through the place below
    assert first_free([below, right], [], room, [line]) == right


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_slides_part_of_a_bar_chart_writes_the_values_of_its_own_bars_only(qtbot, chart, dataset, lang):
    """A bar chart too long for one slide is shown in parts that keep every bar, those of other parts out of view;
    their values were moved into the plot and stood at its foot, beside no bar ("-0.2%  2.5%  4.3%")."""
    economy = dataset.indicators[dataset.indicators["themes"].map(lambda t: "economy" in t)]
    spec = BY_ID["comparison"].build(ChartInputs(dataset, economy, "the figures in this section"))
    spec = chinese(spec, dataset) if lang == "zh" else spec
    parts = chart_parts(spec, lang=lang)
    assert len(parts) > 1
    chart.set_text_size(CHART_POINTS)
    for part in parts:
        shown(qtbot, chart, part, (950, 520))
        in_view = {p.label for s in part.series for p in s.points if 0 <= p.x < len(part.ticks)}
        plot = chart.plot.vb.sceneBoundingRect()
        written = {t for t, _, room in texts(chart) if room == plot and t.endswith("%")}  # the bars' values
        assert written == in_view, (part.title, written, in_view)
        assert_no_clash(chart, part.title)
