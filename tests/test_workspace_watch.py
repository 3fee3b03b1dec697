"""An open window follows its workspace (issue 21, step 8b): a table imported or removed from the command line
meanwhile shows (or leaves) with the filters, the selection and the open pack kept; a half-written entry is not
read; an unreadable one is reported; the window's own import is not loaded twice; activating the window checks
too, for file systems that send no notice."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_gui import click_record, visible_ids
from test_import_gui import drive

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.core.ingest.workspace import imports_dir, load_batches
from briefing.core.query.filters import Filters
from briefing.gui.import_dialog import ImportDialog

TABLE = ("name,period,value,unit,region,theme\n"
         "Gross regional product,2021,4.88,trillion yuan,Fujian,economy\n"
         "Gross regional product,2022,5.31,trillion yuan,Fujian,economy\n")


def imported_ids(window):
    return [i for i in visible_ids(window) if i.startswith("imp-")]


def test_an_import_from_the_command_line_shows_in_the_open_window(qtbot, window, tmp_path):
    economy = Filters(themes=("economy",), region="Fujian")
    window.filters.set_filters(economy)
    click_record(qtbot, window, "gwr23-grp")
    window.pack.new()
    sections = len(window.pack.document.pack.sections)
    (tmp_path / "grp.csv").write_text(TABLE, encoding="utf-8")

    assert main(["import", str(tmp_path / "grp.csv")]) == ExitCode.OK
    (batch,) = load_batches()[0]
    qtbot.waitUntil(lambda: len(imported_ids(window)) == 2, timeout=10_000)
    assert imported_ids(window) == [f"{batch.id}-r2", f"{batch.id}-r3"]
    assert window.state.filters == economy and window.filters.filters() == economy  # the filters kept
    assert window.state.selection == ("indicators", "gwr23-grp")  # and the selection
    assert len(window.pack.document.pack.sections) == sections and window.watch.reloads == 1
    click_record(qtbot, window, f"{batch.id}-r2")
    window.actions_by_id["add-to-pack"].trigger()
    assert any(f"{batch.id}-r2" in s.indicators for s in window.pack.document.pack.sections)
    click_record(qtbot, window, "gwr23-grp")

    assert main(["remove-import", batch.id]) == ExitCode.OK
    qtbot.waitUntil(lambda: not imported_ids(window), timeout=10_000)
    assert window.state.filters == economy and window.state.selection == ("indicators", "gwr23-grp")
    assert not any(f"{batch.id}-r2" in s.indicators for s in window.pack.document.pack.sections)
    assert "no longer in the data and were taken out" in window.statusBar().currentMessage()


def test_an_unreadable_import_appearing_is_reported_not_a_crash(qtbot, window):
    broken = imports_dir() / "imp-broken-12345678"
    broken.mkdir(parents=True)
    (broken / "batch.json").write_text("{", encoding="utf-8")
    qtbot.waitUntil(lambda: "cannot be read and is left out" in window.statusBar().currentMessage(), timeout=10_000)
    assert "imp-broken-12345678" in window.statusBar().currentMessage()
    assert len(window.state.data.indicators) > 100 and window.isVisible()


def test_a_folder_being_written_is_not_read(qtbot, window):
    partial = imports_dir() / ".imp-grp-12345678.partial"
    partial.mkdir(parents=True)
    (partial / "batch.json").write_text('{"format": 1, "sour', encoding="utf-8")  # half written
    window.watch.check()  # as the timer would, mid-write
    assert window.watch.reloads == 0 and "cannot be read" not in window.statusBar().currentMessage()


def test_the_windows_own_import_is_loaded_once(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "grp.csv").write_text(TABLE, encoding="utf-8")

    def steps(dialog):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    drive(monkeypatch, ImportDialog, steps)
    with qtbot.waitSignal(window.watch.watcher.directoryChanged, timeout=10_000):
        window.workspace.import_file(str(tmp_path / "grp.csv"))  # saved and shown at once
    assert len(imported_ids(window)) == 2
    qtbot.waitUntil(lambda: not window.watch.timer.isActive(), timeout=10_000)  # the notice was looked at
    assert window.watch.reloads == 0


def test_activating_the_window_checks_when_no_notice_comes(qtbot, window, tmp_path):
    watcher = window.watch.watcher
    watcher.removePaths(watcher.directories())  # as on a file system that sends no notice
    (tmp_path / "grp.csv").write_text(TABLE, encoding="utf-8")
    assert main(["import", str(tmp_path / "grp.csv")]) == ExitCode.OK
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: len(imported_ids(window)) == 2, timeout=10_000)
    assert window.watch.reloads == 1 and len(watcher.directories()) == 2  # watched again
