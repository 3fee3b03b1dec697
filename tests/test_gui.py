"""The real window driven offscreen with pytest-qt: filters, search, source reading, charts, clipboard, settings."""
import html
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from briefing.core.provenance.cite import citation
from briefing.core.query.index import Filters
from briefing.gui.table_model import ID_ROLE, INDICATOR_COLUMNS, AcceptedRowsProxy, DataFrameModel


def open_window(qtbot, dataset):
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import open_settings
    window = MainWindow(open_settings(), data_version=dataset.version)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.chartDrawn, timeout=5000):
        window.set_data(dataset)
    return window


@pytest.fixture
def window(qtbot, dataset):
    return open_window(qtbot, dataset)


def visible_ids(window, table="indicators"):
    proxy = window.proxies[table]
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def click_record(qtbot, window, record_id, table="indicators"):
    view, proxy = window.tables[table], window.proxies[table]
    window.record_tabs.setCurrentWidget(view)
    row = visible_ids(window, table).index(record_id)
    index = proxy.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.state.selection == (table, record_id)


def by_id(dataset, table="indicators"):
    return getattr(dataset, table).set_index("id", drop=False)


def test_models_pass_the_model_tester(qtmodeltester, dataset):
    for frame, columns in ((dataset.indicators, INDICATOR_COLUMNS),):
        model = DataFrameModel(columns)
        model.set_frame(frame)
        model.set_search("trade")
        qtmodeltester.check(model)
        proxy = AcceptedRowsProxy()
        proxy.setSourceModel(model)
        proxy.set_mask(frame["region"].eq("Xiamen").to_numpy())
        qtmodeltester.check(proxy)
        assert 0 < proxy.rowCount() < model.rowCount()


@pytest.mark.parametrize("theme", ["trade", "taiwan", "digital", "ecology"])
def test_filter_by_each_main_theme(qtbot, window, dataset, theme):
    box = window.filters.theme_boxes[theme]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    for table in ("indicators", "initiatives"):
        frame = getattr(dataset, table)
        expected = set(frame[frame["themes"].map(lambda ts: theme in ts)]["id"])
        assert expected and set(visible_ids(window, table)) == expected
    n = len(visible_ids(window))
    assert box.text().endswith(f"({n})")
    assert window.status.text().startswith(f"{n} of {len(dataset.indicators)} indicators")


def test_counts_follow_the_other_filters_and_clear_resets(qtbot, window, dataset):
    kind = window.filters.kind
    kind.setCurrentIndex(kind.findData("target"))
    assert {by_id(dataset).loc[i, "kind"] for i in visible_ids(window)} == {"target"}
    targets = dataset.indicators[dataset.indicators["kind"] == "target"]
    assert window.filters.theme_boxes["trade"].text() == \
        f"Trade ({sum('trade' in t for t in targets['themes'])})"
    qtbot.mouseClick(window.filters.clear, Qt.MouseButton.LeftButton)
    assert len(visible_ids(window)) == len(dataset.indicators) and window.state.filters == Filters()


def test_search_as_you_type_highlights_matches(qtbot, window, dataset):
    qtbot.keyClicks(window.filters.search, "KINMEN")
    ids = visible_ids(window)
    inds = by_id(dataset)
    assert ids and all("kinmen" in " ".join(map(str, inds.loc[i, ["name", "display", "quote"]])).casefold()
                       for i in ids)
    assert set(visible_ids(window, "initiatives")) == {"gwr24a-xiamen-kinmen-integration", "gwr23-kinmen-water-supply"}
    # the matching cells are highlighted in the table and in the source text
    proxy = window.proxies["indicators"]
    cells = [proxy.index(r, c) for r in range(proxy.rowCount()) for c in range(proxy.columnCount())]
    lit = [i for i in cells if i.data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert lit and all("kinmen" in i.data().casefold() for i in lit)
    click_record(qtbot, window, ids[0])
    doc = window.source.text.toPlainText().casefold()
    searched = [s for s in window.source.text.extraSelections() if s.cursor.selectedText().casefold() == "kinmen"]
    assert len(searched) == doc.count("kinmen") > 0


def test_escape_clears_the_filters(qtbot, window):
    window.filters.set_filters(Filters(themes=("ecology",), search="forest"))
    assert window.state.filters.active
    qtbot.keyClick(window.tables["indicators"], Qt.Key.Key_Escape)
    assert window.state.filters == Filters() and window.filters.search.text() == ""


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window.tables["indicators"], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.filters.search


@pytest.mark.parametrize("table, record_id", [("indicators", "xm21-software-revenue-2020"),
                                              ("initiatives", "gwr24a-xiamen-kinmen-integration")])
def test_selecting_a_record_shows_its_source_with_the_quote_highlighted(qtbot, window, dataset, table, record_id):
    click_record(qtbot, window, record_id, table)
    record = by_id(dataset, table).loc[record_id]
    source = dataset.sources.set_index("id").loc[record["source"]]
    view = window.source
    def words(text):  # Qt shows paragraph breaks as U+2029 and no-break spaces as spaces
        return text.split()
    assert words(view.quote_text()) == words(record["quote"])
    quote_sel = view.text.extraSelections()[-1]
    assert words(quote_sel.cursor.selectedText()) == words(record["quote"])
    assert quote_sel.format.background().color().alpha() > 0
    # scrolled into view, with the source's title, publisher and date above it
    assert view.text.viewport().rect().intersects(view.text.cursorRect())
    for text in (source["title"], source["publisher"], source["date"], record["name"]):
        assert html.escape(text) in view.details.text()


def test_trend_chart_draws_the_selected_series(qtbot, window):
    click_record(qtbot, window, "gwr23-grp-growth")
    chart = window.charts["trend"]
    points = chart.spec.series[0].points
    assert [(p.record_id, p.kind) for p in points] == [("gwr23-grp-growth", "actual"),
                                                        ("gwr24a-grp-growth-2024", "target")]
    drawn = sorted((round(p.pos().y(), 3), item.opts["symbol"]) for item in chart.scatters for p in item.points())
    assert drawn == [(4.5, "o"), (5.5, "s")]
    dashed = [c for c in chart.plot.listDataItems() if c.opts["pen"].style() == Qt.PenStyle.DashLine]
    assert len(dashed) == 1  # the step to the target is dashed
    tip = chart.scatters[-1].points()[0].data()
    assert "around 5.5%" in tip and "target" in tip and "Work Report" in tip
    click_record(qtbot, window, "gwr23-public-budget-revenue")
    assert {p.kind for p in chart.spec.series[0].points} == {"actual", "derived"}


def test_the_screen_draws_the_segments_the_spec_lists(qtbot, window):
    import pyqtgraph as pg
    from test_chart_kinds import synthetic_trend
    spec = synthetic_trend()
    chart = window.charts["trend"]
    chart.draw(spec)
    lines = [c for c in chart.plot.listDataItems() if isinstance(c, pg.PlotDataItem)]
    segments = spec.series[0].segments
    assert [tuple(zip(*line.getData())) for line in lines[:len(segments)]] == [
        tuple((p.x, p.value) for p in s.points) for s in segments]  # the same segments as on paper
    # the target: a dashed line across its own period at its value, not joined to the actuals
    assert [tuple(zip(*line.getData())) for line in lines[len(segments):]] == [((2025.15, 5), (2025.85, 5))]
    assert [line.opts["pen"].style() for line in lines] == [Qt.PenStyle.SolidLine] * 2 + [Qt.PenStyle.DashLine]
    assert [t.toPlainText() for t in chart.texts] == ["1", "2", "3", "4", "target 5"]  # each value, as on paper
    assert {line.opts["pen"].widthF() for line in lines} == {2.0}  # 1.5 points
    assert sorted(item.opts["symbol"] for item in chart.scatters) == ["o", "s", "t1"]  # the triangle points up
    assert [label.text for _, label in chart.legend.items] == ["Actual", "Derived", "Target"]


def test_the_chart_tabs_and_view_actions_follow_the_registry(qtbot, window):
    from briefing.core.charts.kinds import CHART_KINDS
    tabs = window.chart_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [k.title for k in CHART_KINDS]
    for i, kind in reversed(list(enumerate(CHART_KINDS))):
        action = window.actions_by_id[f"view-{kind.id}"]
        assert action.shortcut().toString() == kind.shortcut and action.text() == (kind.menu_title or kind.title)
        action.trigger()
        assert tabs.currentIndex() == i and window.current_chart() is kind
        assert window.charts[kind.id].spec is not None  # drawn on showing


def test_comparison_and_scorecard_follow_the_filters(qtbot, window, dataset):
    window.filters.set_filters(Filters(themes=("trade",)))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.chart_tabs.currentIndex() == 1
    spec = window.charts["comparison"].spec
    trade = set(visible_ids(window))
    assert spec.kind == "bars" and {p.record_id for p in spec.series[0].points} <= trade
    window.filters.reset()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    scorecard = window.charts["scorecard"].spec
    assert [s.name for s in scorecard.series] == ["Latest actual"] and scorecard.series[0].targets


def test_copy_puts_the_figure_with_its_citation_on_the_clipboard(qtbot, window, dataset):
    click_record(qtbot, window, "gwr23-grp")
    view = window.tables["indicators"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text == citation(by_id(dataset).loc["gwr23-grp"].to_dict(), dataset.source_map["fj-gwr-2024"])
    assert text.startswith("Gross regional product (Fujian, 2023): 5.4 trillion yuan. Source: ")


def test_the_first_window_fits_a_small_screen(window):
    screen = window.screen().availableGeometry()  # offscreen: 800x800, smaller than the usual 1440x900
    assert window.frameGeometry().width() <= screen.width() and window.frameGeometry().height() <= screen.height()
    assert window.width() >= screen.width() * 0.8  # and still uses it


def test_settings_persist_filters_selection_and_geometry(qtbot, dataset, isolated_settings):
    first = open_window(qtbot, dataset)
    first.pack.dock.hide()  # a small screen: the pack panel closed
    first.resize(760, 700)  # the offscreen screen is 800 x 800
    first.filters.set_filters(Filters(themes=("digital",), region="Fujian", kind="actual"))
    click_record(qtbot, first, visible_ids(first)[2])
    chosen = first.state.selection
    first.close()
    assert (isolated_settings / "settings.ini").is_file()
    second = open_window(qtbot, dataset)
    assert second.state.filters == Filters(themes=("digital",), region="Fujian", kind="actual")
    assert second.filters.theme_boxes["digital"].isChecked() and second.filters.region.currentText() == "Fujian"
    assert second.state.selection == chosen
    assert (second.width(), second.height()) == (760, 700) and second.pack.dock.isHidden()


def test_save_chart_as_png_and_svg(qtbot, window, tmp_path, monkeypatch):
    click_record(qtbot, window, "gwr23-grp")
    for name in ("trend.png", "trend.svg"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.actions_by_id["save-chart"].trigger()
        assert target.stat().st_size > 1000
    image = QImage(str(tmp_path / "trend.png"))
    assert image.width() >= 1200 and not image.isNull()
    svg = ET.parse(tmp_path / "trend.svg").getroot()
    assert svg.tag.endswith("svg")
    assert "Gross regional product (Fujian)" in "".join(svg.itertext())
    assert [p.name for p in tmp_path.iterdir()] and not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_save_chart_to_an_unwritable_folder_says_so(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.actions_by_id["save-chart"].trigger()
    assert len(shown) == 1 and str(target) in shown[0] and not target.exists()


def test_about_box_shows_the_data_version(window, dataset, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a: shown.append(a[2]))
    window.actions_by_id["about"].trigger()
    assert dataset.version in shown[0] and f"{len(dataset.indicators)} figures" in shown[0]


def test_menus_hold_the_usual_actions_with_shortcuts(window):
    menus = {a.text().replace("&", ""): [x.shortcut().toString() for x in a.menu().actions()]
             for a in window.menuBar().actions()}
    assert list(menus) == ["File", "Edit", "Pack", "View", "Help"]
    pack_keys = {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+D", "Ctrl+Shift+D", "Ctrl+Shift+P", "Ctrl+E",
                 "Ctrl+P"}
    assert pack_keys <= set(menus["Pack"]) and not pack_keys & set(menus["File"])  # every pack command in one menu
    assert {"Ctrl+I", "Ctrl+Alt+S"} <= set(menus["File"])
    assert {"Ctrl++", "Ctrl+-", "Ctrl+0", "Ctrl+Shift+B"} <= set(menus["View"])
    assert {"F1", "Ctrl+/"} <= set(menus["Help"])
    assert {"Ctrl+Z", "Ctrl+C", "Ctrl+F", "Esc"} <= set(menus["Edit"])
    assert window.actions_by_id["redo"].shortcut().toString()  # the platform's (Ctrl+Y or Ctrl+Shift+Z)
    assert len({s for keys in menus.values() for s in keys if s}) == sum(len([s for s in keys if s])
                                                                          for keys in menus.values())


def test_charts_follow_a_dark_palette(qtbot, window):
    app = QApplication.instance()
    old = app.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    try:
        app.setPalette(dark)
        chart = window.charts["trend"]
        qtbot.waitUntil(lambda: chart.backgroundBrush().color() == QColor("#1e1e1e"))
        assert chart.plot.getAxis("left").textPen().color() == QColor("#eeeeee")
    finally:
        app.setPalette(old)


def test_quit_when_ready_smoke_exits_zero(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "briefing", "gui", "--quit-when-ready", "--timings"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "first-paint" in run.stdout and "ready" in run.stdout
    assert "Traceback" not in run.stderr


BROKEN_CHART = """
import sys
from briefing.cli import main
from briefing.gui import main_window
def broken(self, *args, **kwargs): raise RuntimeError("chart broke")
main_window.MainWindow.set_data = broken
sys.exit(main(["gui", "--quit-when-ready"]))
"""


def test_the_smoke_test_fails_at_once_on_an_unexpected_error(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", BROKEN_CHART], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 1  # before: the traceback was printed and the app waited for ever
    assert "RuntimeError: chart broke" in run.stderr


def test_a_broken_dataset_is_reported_without_a_traceback(seeds_copy, tmp_path):
    (seeds_copy / "records" / "xm-2021.yaml").write_text("indicators: [unclosed\n", encoding="utf-8")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "briefing", "gui", "--quit-when-ready", "--data", str(seeds_copy)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 1
    assert "xm-2021.yaml" in run.stderr and "line" in run.stderr and "Traceback" not in run.stderr


def test_an_unexpected_error_goes_to_the_log_and_a_dialog(qapp, tmp_path, monkeypatch):
    from briefing.gui import crash
    monkeypatch.setenv("BRIEFING_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    path = crash.install()
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert path == tmp_path / "logs" / "briefing.log"
    logged = path.read_text(encoding="utf-8")
    assert "ValueError: boom in a slot" in logged and "Traceback" in logged
    assert len(shown) == 1 and "boom in a slot" in shown[0] and str(path) in shown[0]
    assert "Traceback" not in shown[0]
    for handler in logging.getLogger("briefing").handlers[:]:
        handler.close()
        logging.getLogger("briefing").removeHandler(handler)


class Receiver(QObject):
    """Records a worker's signals in the GUI thread (pytest-qt's waitSignal would run in the worker's)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = []

    @Slot(str)
    def done(self, path: str) -> None:
        self.calls.append(("done", path))

    @Slot()
    def cancelled(self) -> None:
        self.calls.append(("cancelled",))


def test_export_pack_writes_the_filtered_pack_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    import pypdf
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.filters.set_filters(Filters(themes=("ecology",)))
    window.actions_by_id["export-pack"].trigger()
    qtbot.waitUntil(lambda: f"written to {target}" in window.statusBar().currentMessage(), timeout=30000)
    outline = [o.title for o in pypdf.PdfReader(target).outline if not isinstance(o, list)]
    assert "Ecology" in outline and "Trade" not in outline


def test_cancelling_an_export_keeps_the_previous_file(qtbot, window, tmp_path):
    from briefing.core.pack.model import new_pack
    from briefing.gui.export_pdf import start_export
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"previous")
    receiver = Receiver()
    job = start_export(window, new_pack(window.state.data), window.state.data, str(target),
                       done=receiver.done, cancelled=receiver.cancelled)
    job.cancel()
    qtbot.waitUntil(lambda: bool(receiver.calls), timeout=30000)
    assert receiver.calls == [("cancelled",)]
    assert target.read_bytes() == b"previous" and not list(tmp_path.glob("*.part*"))


def test_the_quote_is_highlighted_after_an_emoji_in_the_document(qtbot):
    from briefing.gui.source_view import SourceView
    view = SourceView()
    qtbot.addWidget(view)
    document = "Intro 😀😀 text.\nGRP hit 5.4 trillion yuan.\nEnd."
    start = document.index("GRP")
    record = {"name": "GRP", "display": "5.4 trillion yuan", "period": "2023", "region": "Fujian",
              "kind": "actual", "measure": "level", "quote_start": start, "quote_end": start + 26,
              "quote": "GRP hit 5.4 trillion yuan."}
    source = {"id": "doc", "title": "T", "publisher": "P", "date": "2024-01-01", "period": "2023", "file": "f"}
    view.show_record(record, source, document)
    assert view.quote_text() == "GRP hit 5.4 trillion yuan."
    assert view.text.extraSelections()[-1].cursor.selectedText() == "GRP hit 5.4 trillion yuan."


def test_an_unexpected_export_error_is_reported_not_raised(qtbot, window, tmp_path, monkeypatch):
    import briefing.report.document as document
    from briefing.core.pack.model import new_pack
    from briefing.gui.export_pdf import ExportJob
    monkeypatch.setattr(document, "build_pdf", lambda *a, **k: 1 / 0)
    job = ExportJob(new_pack(window.state.data, ["ecology"]), window.state.data, str(tmp_path / "p.pdf"))
    with qtbot.waitSignal(job.failed) as failed:
        job.run()  # in this thread, to see what the worker would report
    assert "could not be written (division by zero)" in failed.args[0] and not (tmp_path / "p.pdf").exists()


def test_a_long_chart_title_wraps_to_the_charts_width(qtbot, window):
    chart = window.charts["trend"]
    names = window.state.data.indicators.set_index("id")["name"]
    click_record(qtbot, window, names.str.len().idxmax())  # 132 characters
    for width in (700, 1400):  # the chart pane is about 280 and 820 pixels wide
        window.resize(width, 700)
        qtbot.waitUntil(lambda: 0 < chart.title.item.boundingRect().width() <= chart.width())
    assert chart.title.item.boundingRect().width() > 0.6 * chart.width()  # wide again: not wrapped too short


def test_sorting_by_a_column_keeps_the_filter_and_the_selection(qtbot, window, dataset):
    window.filters.set_filters(Filters(region="Xiamen"))
    click_record(qtbot, window, "xm21-software-revenue-2020")
    header = window.tables["indicators"].horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))  # Value
    inds = by_id(dataset)
    ids = visible_ids(window)
    values = [inds.loc[i, "value"] for i in ids]
    assert set(ids) == set(inds[inds["region"] == "Xiamen"].index) and len(ids) > 5
    assert values == sorted(values) or values == sorted(values, reverse=True)
    current = window.tables["indicators"].currentIndex()
    assert current.data(ID_ROLE) == "xm21-software-revenue-2020" and window.state.selection[1] == current.data(ID_ROLE)
