"""The pack panel driven offscreen: compose, reorder, notes, undo, save and open, autosave and recovery after a
crash, preview and print."""
import json
import os
import subprocess
import sys
import textwrap

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton
from test_gui import click_record, open_window

from briefing.core.query.index import Filters

Button = QMessageBox.StandardButton


def new_from_filters(qtbot, window, *themes):
    window.filters.set_filters(Filters(themes=themes))
    if window.pack.dock.isHidden():  # hidden until there is a pack: View > Briefing Pack Panel shows it
        window.actions_by_id["view-pack-panel"].trigger()
    qtbot.mouseClick(window.pack.panel.findChild(QPushButton, "pack-new"), Qt.MouseButton.LeftButton)
    return window.pack.document.pack


def type_with_input_method(widget, text):
    """Chinese arrives as an input method's commit (QTest's key clicks are ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def outline(window):
    tree = window.pack.panel.tree
    return [(tree.topLevelItem(i).text(0), [tree.topLevelItem(i).child(j).text(0)
                                            for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]


def test_one_click_makes_a_pack_of_the_filtered_records(qtbot, window, dataset):
    pack = new_from_filters(qtbot, window, "ecology")
    inds = dataset.indicators
    assert pack.themes == ["ecology"]
    assert pack.sections[0].indicators == inds[inds["themes"].map(lambda t: "ecology" in t)]["id"].tolist()
    assert window.pack.dock.isVisible()
    titles = [title for title, _ in outline(window)]
    assert titles[0].startswith("Cover") and titles[1].startswith("Ecology (")
    assert window.pack.panel.fields["title"].text() == pack.title
    assert "Untitled pack" in window.windowTitle() and not window.isWindowModified()


def test_add_reorder_remove_and_undo_each_step(qtbot, window, dataset):
    pack = new_from_filters(qtbot, window, "ecology")
    panel, doc = window.pack.panel, window.pack.document
    trade_only = dataset.indicators[dataset.indicators["themes"].map(lambda t: t == ["trade"])]["id"].iloc[0]
    window.filters.set_filters(Filters(themes=("trade",)))
    click_record(qtbot, window, trade_only)
    window.actions_by_id["add-to-pack"].trigger()
    assert doc.pack.themes == ["ecology", "trade"] and doc.pack.sections[1].indicators == [trade_only]
    assert panel.current_key() == ("item", 1, "indicators", 0) and window.isWindowModified()

    first, second = pack.sections[0].indicators[:2]
    panel.select(("item", 0, "indicators", 0))
    qtbot.mouseClick(panel.down, Qt.MouseButton.LeftButton)
    assert doc.pack.sections[0].indicators[:2] == [second, first]
    assert panel.current_key() == ("item", 0, "indicators", 1)  # the moved item stays selected
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert first not in doc.pack.sections[0].indicators
    panel.select(("section", 1))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert doc.pack.themes == ["trade", "ecology"]

    for expected in (["ecology", "trade"], None, None, ["ecology"]):
        window.actions_by_id["undo"].trigger()
        if expected:
            assert doc.pack.themes == expected
    assert doc.pack == pack and not window.isWindowModified()
    window.actions_by_id["redo"].trigger()
    assert doc.pack.sections[1].indicators == [trade_only]


def test_notes_and_cover_fields_are_typed_and_undone_as_one_step(qtbot, window):
    new_from_filters(qtbot, window, "trade", "taiwan")
    panel, doc = window.pack.panel, window.pack.document
    panel.select(("section", 1))
    assert panel.notes_label.text() == "Notes for Taiwan integration"
    qtbot.keyClicks(panel.notes, "Ask about R&D <b> ")
    type_with_input_method(panel.notes, "福建")
    qtbot.keyClicks(panel.fields["audience"], "Visiting delegation")
    assert doc.pack.sections[1].notes == "Ask about R&D <b> 福建" and doc.pack.audience == "Visiting delegation"
    assert "Droid Sans Fallback" in QFontDatabase.families()  # the shipped font shows Chinese on any machine
    panel.select(("pack",))
    assert panel.notes.toPlainText() == ""  # the whole pack's notes
    qtbot.keyClicks(panel.notes, "For internal briefing")
    assert doc.pack.notes == "For internal briefing"
    window.actions_by_id["undo"].trigger()
    window.actions_by_id["undo"].trigger()
    assert doc.pack.notes == "" and doc.pack.audience == "" and doc.pack.sections[1].notes
    window.actions_by_id["undo"].trigger()
    assert doc.pack.sections[1].notes == ""
    panel.select(("section", 1))
    assert panel.notes.toPlainText() == ""


def test_save_as_then_open_gives_the_same_pack(qtbot, window, tmp_path, monkeypatch):
    new_from_filters(qtbot, window, "digital")
    qtbot.keyClicks(window.pack.panel.fields["title"], " for the visit")
    target = tmp_path / "visit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_id["pack-save"].trigger()  # never saved: Save asks where
    saved = json.loads((tmp_path / "visit.json").read_text(encoding="utf-8"))
    assert saved["title"].endswith(" for the visit") and saved["version"] == 1
    assert "visit.json" in window.windowTitle() and not window.isWindowModified()
    kept = window.pack.document.pack

    window.pack.panel.select(("item", 0, "indicators", 0))
    qtbot.keyClick(window.pack.panel.tree, Qt.Key.Key_Delete)
    assert window.isWindowModified()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or Button.Discard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "visit.json"), ""))
    window.actions_by_id["pack-open"].trigger()
    assert asked and "visit.json" in asked[0]
    assert window.pack.document.pack == kept and not window.isWindowModified()


def test_a_bad_pack_file_is_named_and_the_open_pack_kept(qtbot, window, tmp_path, monkeypatch):
    pack = new_from_filters(qtbot, window, "ecology")
    bad = tmp_path / "broken.json"
    bad.write_text('{"version": 1,\n "title": }', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions_by_id["pack-open"].trigger()
    assert "broken.json, line 2: not valid JSON" in shown[0] and window.pack.document.pack == pack


def test_a_pack_naming_missing_records_opens_with_what_is_left(qtbot, window, tmp_path, monkeypatch):
    pack = new_from_filters(qtbot, window, "ecology")
    doc = pack.model_dump()
    doc["sections"][0]["indicators"].insert(0, "no-such-figure")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_id["pack-open"].trigger()
    assert "'no-such-figure' is no longer in the data" in shown[0]
    assert window.pack.document.pack.sections == pack.sections and window.isWindowModified()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window, monkeypatch, isolated_settings):
    new_from_filters(qtbot, window, "ecology")
    qtbot.keyClicks(window.pack.panel.fields["title"], "!")
    draft = window.pack.autosave.draft
    qtbot.waitUntil(draft.exists, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Cancel)
    window.close()
    assert window.isVisible() and draft.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    window.close()
    assert not window.isVisible() and not draft.exists()


CRASHING_SESSION = textwrap.dedent("""
    import os, signal
    from PySide6.QtWidgets import QApplication
    from briefing.core.model.dataset import load
    from briefing.core.query.index import Filters
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import open_settings
    from briefing.resources import seeds_dir
    app = QApplication([])
    window = MainWindow(open_settings())
    window.show()
    window.set_data(load(seeds_dir()))
    window.filters.set_filters(Filters(themes=("taiwan",)))
    window.pack.new()
    window.pack.panel.select(("section", 0))
    window.pack.panel.notes.setPlainText("Typed just before the crash: R&D 福建")
    window.pack.autosave.timer.timeout.connect(lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
""")


def test_after_a_crash_the_next_start_restores_the_draft(qtbot, dataset, monkeypatch, tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", CRASHING_SESSION], env=env, timeout=120, capture_output=True,
                         text=True)
    assert run.returncode == -9, run.stderr  # killed, no clean exit
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or Button.Yes)
    window = open_window(qtbot, dataset)
    assert asked and "unsaved changes" in asked[0]
    pack = window.pack.document.pack
    assert pack.themes == ["taiwan"] and pack.sections[0].notes == "Typed just before the crash: R&D 福建"
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Discard)
    window.close()
    assert not window.pack.autosave.draft.exists()


def test_a_draft_not_restored_is_kept_aside(qtbot, dataset, monkeypatch):
    from briefing.core.pack.model import new_pack, save_draft
    from briefing.core.storage.userdirs import data_dir
    data_dir().mkdir(parents=True)
    save_draft(new_pack(dataset, ["taiwan"], title="Kept"), None, data_dir() / "draft-pack.json")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.No)
    window = open_window(qtbot, dataset)
    kept = list(data_dir().glob("draft-pack-not-restored-*.json"))
    assert window.pack.document.pack is None and len(kept) == 1 and str(kept[0]) in \
        window.statusBar().currentMessage()
    assert json.loads(kept[0].read_text(encoding="utf-8"))["pack"]["title"] == "Kept"


def test_a_second_window_does_not_take_the_first_ones_draft(qtbot, window, dataset):
    new_from_filters(qtbot, window, "ecology")
    qtbot.keyClicks(window.pack.panel.fields["title"], "!")
    qtbot.waitUntil(window.pack.autosave.draft.exists, timeout=5000)
    second = open_window(qtbot, dataset)  # no restore question: the first window is alive
    assert second.pack.document.pack is None and not second.pack.autosave.owner


def test_preview_shows_every_page_of_the_pack(qtbot, window):
    new_from_filters(qtbot, window, "taiwan")
    window.actions_by_id["preview-pack"].trigger()
    qtbot.waitUntil(lambda: window.pack.pdf.preview_dialog is not None, timeout=30000)
    dialog = window.pack.pdf.preview_dialog
    qtbot.addWidget(dialog)
    pdf = os.path.join(window.pack.pdf._build_dir.name, "pack.pdf")
    pages = len(pypdf.PdfReader(pdf).pages)
    assert dialog.document.pageCount() == pages > 3
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    qtbot.waitExposed(dialog)

    def colours():
        image = dialog.view.viewport().grab().toImage()
        return {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}

    qtbot.waitUntil(lambda: len(colours()) > 5, timeout=10000)  # pages drawn (in the background), not an empty view
    dialog.go(+1)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page 2 of {pages}")


def test_print_sends_every_page_on_the_packs_paper(qtbot, window, tmp_path, monkeypatch):
    new_from_filters(qtbot, window, "ecology")
    window.pack.panel.paper.setCurrentIndex(window.pack.panel.paper.findData("letter"))
    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.actions_by_id["print-pack"].trigger()
    qtbot.waitUntil(lambda: "sent to the printer" in window.statusBar().currentMessage(), timeout=30000)
    source = pypdf.PdfReader(os.path.join(window.pack.pdf._build_dir.name, "pack.pdf"))
    out = pypdf.PdfReader(printed)
    assert len(out.pages) == len(source.pages)
    box = out.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    assert f"{len(out.pages)} pages" in window.statusBar().currentMessage()


def test_ctrl_z_in_a_notes_field_undoes_the_last_pack_edit(qtbot, window):
    new_from_filters(qtbot, window, "ecology")
    panel, doc = window.pack.panel, window.pack.document
    before = doc.pack
    panel.select(("item", 0, "indicators", 0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    panel.notes.setFocus()
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.pack == before and not window.isWindowModified()


def test_typing_then_deleting_leaves_the_pack_unmodified(qtbot, window):
    new_from_filters(qtbot, window, "ecology")
    qtbot.keyClicks(window.pack.panel.fields["audience"], "ab")
    for _ in range(2):
        qtbot.keyClick(window.pack.panel.fields["audience"], Qt.Key.Key_Backspace)
    assert not window.isWindowModified() and not window.pack.document.undo_stack.canUndo()


def test_a_draft_is_kept_when_the_window_closes_before_it_was_offered(qtbot, dataset, tmp_path):
    from briefing.core.pack.model import new_pack, save_draft
    from briefing.core.storage.userdirs import data_dir
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import open_settings
    data_dir().mkdir(parents=True)
    draft = save_draft(new_pack(dataset, ["taiwan"]), None, data_dir() / "draft-pack.json")
    early = MainWindow(open_settings())  # closed while the data is still loading
    qtbot.addWidget(early)
    early.close()
    assert draft.exists()


def test_an_unusable_data_folder_turns_autosave_off_with_a_message(qtbot, dataset, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(blocker / "data"))
    window = open_window(qtbot, dataset)
    assert not window.pack.autosave.owner and "Autosave is off" in window.statusBar().currentMessage()


def test_print_takes_only_the_chosen_pages(qtbot, window, tmp_path):
    from PySide6.QtGui import QPageRanges

    from briefing.core.pack.model import new_pack
    from briefing.gui.preview import open_pdf, print_pdf, printer_for
    from briefing.report.document import build_pdf
    source = tmp_path / "pack.pdf"
    build_pdf(new_pack(window.state.data, ["taiwan"]), window.state.data, source)
    printer = printer_for("a4")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    ranges = QPageRanges()
    ranges.addRange(1, 2)
    ranges.addPage(5)
    printer.setPageRanges(ranges)
    document = open_pdf(str(source))
    assert print_pdf(document, printer) == 3
    out = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(out.pages) == 3 and round(float(out.pages[0].mediabox.height)) == 842  # A4
    document.close()


def test_adding_a_comparison_chart_to_no_pack_says_why_and_makes_none(qtbot, window):
    window.show_chart("comparison")
    window.actions_by_id["add-chart-to-pack"].trigger()
    assert window.pack.document.pack is None and "Add a figure first" in window.statusBar().currentMessage()
    window.show_chart("trend")
    window.actions_by_id["add-chart-to-pack"].trigger()  # the selected figure's trend makes a pack
    pack = window.pack.document.pack
    assert [c for s in pack.sections for c in s.charts] == [f"trend:{window.state.selection[1]}"]
