"""Demo-ready window (issue #15): zoom kept across starts, Tab from pane to pane, shortcuts from any field, actions
only on what is shown, the pack toolbar and menu, help, Qt's options, --size and --screenshot, no QtPdf warning."""
import importlib.metadata
import os
import struct
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTextBrowser,
)
from test_gui import click_record, open_window
from test_pack_gui import new_from_filters

import briefing
from briefing.cli.gui import split_qt_options
from briefing.core.query.filters import Filters
from briefing.gui import chart_texts
from briefing.gui.chart_view import TITLE_POINTS
from briefing.gui.source_view import NOTHING_SELECTED
from briefing.gui.zoom import BASE_PROPERTY

Button = QMessageBox.StandardButton
Mod = Qt.KeyboardModifier


pytestmark = pytest.mark.usefixtures("unzoomed")  # each test at the platform's font size


@pytest.fixture
def window(qtbot, dataset, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    w = open_window(qtbot, dataset)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def points(app=None):
    return (app or QApplication.instance()).font().pointSizeF()


# --- zoom -----------------------------------------------------------------------------------------------

def test_zoom_scales_text_and_charts_and_is_kept_for_the_next_start(qtbot, window, dataset):
    base = float(QApplication.instance().property(BASE_PROPERTY))
    chart = window.charts["trend"]
    title_height = chart.title.item.boundingRect().height()
    qtbot.keyClick(window.tables["indicators"], Qt.Key.Key_Plus, Mod.ControlModifier)
    assert window.zoom.percent == 110 and points() == pytest.approx(base * 1.1)
    window.actions_by_id["zoom-in"].trigger()
    assert window.zoom.percent == 125 and points() == pytest.approx(base * 1.25)
    zoomed_titles = {f"{p * 1.25:g}pt" for p in TITLE_POINTS}  # a narrow chart takes a smaller title size
    zoomed_sources = {f"{p:g}pt" for p in chart_texts.steps(8 * 1.25, 8)}  # a short chart: smaller, down to 8
    assert chart.zoom == 1.25 and chart.title.opts["size"] in zoomed_titles
    assert chart.source.opts["size"] in zoomed_sources
    assert chart.title.item.boundingRect().height() > title_height * 1.15  # drawn larger
    window.close()
    QApplication.instance().setFont(QApplication.instance().font())  # as a new start would find it
    second = open_window(qtbot, dataset)
    assert second.zoom.percent == 125 and points() == pytest.approx(base * 1.25)
    assert second.charts["trend"].title.opts["size"] in zoomed_titles
    for _ in range(10):
        second.actions_by_id["zoom-out"].trigger()
    assert second.zoom.percent == 70  # the smallest step, however often asked
    second.actions_by_id["zoom-reset"].trigger()
    assert second.zoom.percent == 100 and points() == pytest.approx(base)


def test_zoomed_to_150_percent_the_window_still_fits_a_laptop_screen(qtbot, window):
    new_from_filters(qtbot, window, "trade")  # the pack panel open too
    window.zoom.set_percent(150)
    assert window.minimumSizeHint().height() <= 768 - 60  # 1366x768 less a task bar: the filters scroll instead
    area = window.filters_area  # never clipped: narrower than the panel (a small screen), it scrolls across
    assert area.minimumSizeHint().width() >= window.filters.minimumWidth() \
        or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_hand_edited_zoom_setting_is_brought_into_range(qtbot, dataset, isolated_settings):
    from briefing.gui.settings import open_settings
    settings = open_settings()
    settings.setValue("view/zoom", 1000)
    settings.sync()
    assert open_window(qtbot, dataset).zoom.percent == 200


# --- keyboard -------------------------------------------------------------------------------------------

def pane_after_tab(qtbot, window, backwards=False):
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                   Mod.ShiftModifier if backwards else Mod.NoModifier)
    pane = window.keyboard.current_pane()
    return pane.name if pane else None


def test_tab_moves_from_pane_to_pane_and_the_table_does_not_take_it(qtbot, window):
    window.filters.search.setFocus()
    selected = window.state.selection
    assert [pane_after_tab(qtbot, window) for _ in range(5)] == ["filters", "records", "charts", "source", "search"]
    assert window.state.selection == selected  # Tab through the table changed no figure
    assert not window.tables["indicators"].tabKeyNavigation()
    assert [pane_after_tab(qtbot, window, backwards=True) for _ in range(2)] == ["source", "charts"]
    new_from_filters(qtbot, window, "ecology")  # the pack panel shows: it is a pane too
    window.source.text.setFocus()
    assert pane_after_tab(qtbot, window) == "pack"
    assert QApplication.focusWidget() is window.pack.panel.fields["title"]
    assert pane_after_tab(qtbot, window) == "pack"  # Tab walks the cover fields
    assert QApplication.focusWidget() is window.pack.panel.fields["subtitle"]
    window.filters.search.setFocus()
    assert pane_after_tab(qtbot, window, backwards=True) == "pack"  # reachable backwards and forwards


def test_the_pane_with_the_focus_is_framed(qtbot, window):
    window.source.text.setFocus()
    frame = window.keyboard.frame
    qtbot.waitUntil(frame.isVisible)
    source = window.source
    assert frame.geometry().contains(source.mapTo(window, source.rect().center()))
    assert frame.geometry().width() >= source.width()
    image = window.grab().toImage()
    highlight = window.palette().color(window.palette().ColorRole.Highlight)
    pixel = image.pixelColor(frame.geometry().left() + 1, frame.geometry().center().y())  # its left edge
    assert abs(pixel.red() - highlight.red()) + abs(pixel.green() - highlight.green()) \
        + abs(pixel.blue() - highlight.blue()) < 60  # drawn in the highlight colour
    window.record_tabs.currentWidget().setFocus()
    assert frame.pane.name == "records"


def test_arrows_move_between_the_filters(qtbot, window):
    boxes = window.filters.findChildren(QCheckBox)
    first = window.filters.theme_boxes["trade"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.filters.theme_boxes["taiwan"] and boxes
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.state.filters.themes == ("taiwan",)


def test_window_shortcuts_work_while_a_pack_field_has_the_focus(qtbot, window, monkeypatch):
    new_from_filters(qtbot, window, "ecology")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[1]) or ("", ""))
    title = window.pack.panel.fields["title"]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_E, Mod.ControlModifier)
    assert asked == ["Export briefing pack"]
    before = window.pack.document.pack
    window.filters.reset()
    click_record(qtbot, window, "gwr23-grp")  # not in the ecology pack
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_D, Mod.ControlModifier)
    assert window.pack.document.pack != before and "Added to the pack" in window.statusBar().currentMessage()
    qtbot.keyClick(title, Qt.Key.Key_A, Mod.ControlModifier)  # the field keeps its own editing keys
    assert title.selectedText() == title.text()


def test_a_figure_the_filters_hide_is_no_longer_selected(qtbot, window, dataset):
    click_record(qtbot, window, "gwr23-grp")
    assert window.charts["trend"].spec.title.startswith("Gross regional product")
    window.filters.set_filters(Filters(region="Xiamen"))
    assert window.state.selection is None
    assert window.source.details.text() == NOTHING_SELECTED and window.source.text.toPlainText() == ""
    assert window.charts["trend"].spec.empty_message and "Gross" not in window.charts["trend"].spec.title
    window.actions_by_id["add-to-pack"].trigger()
    assert window.pack.document.pack is None and "Select a figure" in window.statusBar().currentMessage()


# --- packs discoverable ---------------------------------------------------------------------------------

def test_the_toolbar_holds_the_pack_commands(window):
    names = [a.objectName() for a in window.toolbar.actions()]
    assert names == ["pack-new", "add-to-pack", "preview-pack", "export-pack", "print-pack", "present"]
    assert [a.iconText() for a in window.toolbar.actions()][:2] == ["New Pack", "Add to Pack"]
    assert "(Ctrl+E)" in window.actions_by_id["export-pack"].toolTip()


def test_the_toolbar_button_presents(qtbot, window):
    window.toolbar.actions()[-1].trigger()
    qtbot.waitUntil(lambda: window.presenter.presentation is not None and window.presenter.presentation.isVisible())
    window.presenter.presentation.close()


def test_the_pack_panel_previews_and_exports(qtbot, window, monkeypatch):
    new_from_filters(qtbot, window, "ecology")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[1]) or ("", ""))
    panel = window.pack.panel
    qtbot.mouseClick(panel.findChild(QPushButton, "pack-export"), Qt.MouseButton.LeftButton)
    assert asked == ["Export briefing pack"]
    qtbot.mouseClick(panel.findChild(QPushButton, "pack-preview"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pack.pdf.preview_dialog is not None, timeout=30000)
    qtbot.addWidget(window.pack.pdf.preview_dialog)


def test_a_restored_draft_opens_the_pack_panel(qtbot, dataset, monkeypatch):
    from briefing.core.pack.model import new_pack, save_draft
    from briefing.core.storage.userdirs import data_dir
    data_dir().mkdir(parents=True)
    save_draft(new_pack(dataset, ["taiwan"], title="Restored"), None, data_dir() / "draft-pack.json")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    window = open_window(qtbot, dataset)
    assert window.pack.document.pack.title == "Restored" and window.pack.dock.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)


def test_print_after_preview_gives_no_qtpdf_warning(qtbot, window, qtlog, monkeypatch):
    new_from_filters(qtbot, window, "ecology")
    window.actions_by_id["preview-pack"].trigger()
    qtbot.waitUntil(lambda: window.pack.pdf.preview_dialog is not None, timeout=30000)
    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: asked.append(d) or QDialog.DialogCode.Rejected)
    window.actions_by_id["print-pack"].trigger()  # the preview's PDF is let go, a new one built for printing
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    assert window.pack.pdf.preview_dialog is None
    assert not [r.message for r in qtlog.records if "QPdf" in r.message or "nullptr" in r.message]


# --- help -----------------------------------------------------------------------------------------------

def test_the_guide_opens_offline_from_the_shipped_file(qtbot, window):
    window.actions_by_id["guide"].trigger()
    dialog = window.help.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.objectName() == "guide-dialog"
    browser = dialog.findChild(QTextBrowser, "guide-text")
    assert "Making a briefing pack" in browser.toPlainText() and "Zoom" in browser.toPlainText()
    assert window.actions_by_id["guide"].shortcut().toString() == "F1"


def test_the_shortcut_list_is_made_from_the_actions(qtbot, window):
    qtbot.keyClick(window.tables["indicators"], Qt.Key.Key_Slash, Mod.ControlModifier)
    dialog = window.help.dialog
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcuts-table")
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for action in window.actions_by_id.values():
        if not action.shortcut().isEmpty():
            assert any(command == action.text().replace("&", "") and action.shortcut().toString() in keys
                       for command, keys in rows), action.text()
    assert ("Export Pack as PDF…", "Ctrl+E") in rows and any(keys == "Tab" for _, keys in rows)


def test_about_names_the_app_version_and_the_data_version(window, dataset, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a: shown.append(a[2]))
    window.actions_by_id["about"].trigger()
    assert briefing.__version__ in shown[0] and dataset.version in shown[0]
    assert briefing.__version__ == importlib.metadata.version("fujian-briefing")


# --- layout ---------------------------------------------------------------------------------------------

def test_the_filters_keep_their_width_whatever_the_counts_and_choices(qtbot):
    """The splitter gives the filters at least their minimum width: when that followed the counts ("Governance
    and safety (23)", then "(2)" once a search was typed) or the longest region, the whole layout jumped."""
    from briefing.gui.filters_panel import FiltersPanel

    def least(counts, regions) -> int:  # what a splitter or layout holds the panel to (Qt's qSmartMinSize)
        panel = FiltersPanel()
        qtbot.addWidget(panel)
        panel.set_options(regions, ["2023"])
        panel.set_counts(counts)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.width() >= panel.layout().minimumSize().width()  # every label fits
        return panel.minimumWidth() or panel.minimumSizeHint().width()

    few = least({}, ["Fujian"])
    assert least({"governance": 999, "trade": 123}, ["Fujian"]) == few
    assert least({}, ["Fujian", "A region with a name of sixty characters, far longer than most"]) == few


# --- command line ---------------------------------------------------------------------------------------

def test_qt_options_are_split_from_ours():
    assert split_qt_options(["gui", "-style", "fusion", "--quit-when-ready", "--platform=offscreen", "-reverse"]) \
        == (["gui", "--quit-when-ready"], ["-style", "fusion", "--platform=offscreen", "-reverse"])
    assert split_qt_options(["list", "sources"]) == (["list", "sources"], [])


def run_cli(*args, tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
                        "BRIEFING_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "briefing", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_qt_style_option_reaches_qt_and_others_are_refused(tmp_path):
    run = run_cli("gui", "--quit-when-ready", "-style", "nosuchstyle", tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "invalid style override 'nosuchstyle'" in run.stderr  # Qt read it (and says so), argparse did not refuse
    assert run_cli("gui", "--quit-when-ready", "-style", "fusion", tmp_path=tmp_path).returncode == 0
    refused = run_cli("list", "sources", "-style", "fusion", tmp_path=tmp_path)
    assert refused.returncode == 2 and "for the window" in refused.stderr


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path):
    shot = tmp_path / "window.png"
    run = run_cli("gui", "--quit-when-ready", "--size", "1024x768", "--screenshot", str(shot), tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    head = shot.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (1024, 768)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".window")]  # no temporary file left
    bad = run_cli("gui", "--quit-when-ready", "--size", "huge", tmp_path=tmp_path)
    assert bad.returncode == 2 and "WIDTHxHEIGHT" in bad.stderr
    folder = run_cli("gui", "--quit-when-ready", "--screenshot", str(tmp_path), tmp_path=tmp_path)
    assert folder.returncode == 2 and "it is a folder" in folder.stderr and "Traceback" not in folder.stderr
