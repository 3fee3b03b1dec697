"""Hostile input (issue 21): markup in imported text is shown as typed, over-long text still prints, a path the
OS refuses is a one-line error, and terminal output carries no control characters."""
import csv
import html
import os
import re
from pathlib import Path

import pypdf
import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui import click_record, open_window, visible_ids
from test_import_gui import drive

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.cli.terminal import printable
from briefing.core.ingest.workspace import load_batches
from briefing.gui.import_dialog import ImportDialog

MARKUP = '<b>bold</b> <img src="file:///etc/passwd"> <a href="x">a</a>'


def test_markup_in_an_imported_name_is_shown_as_typed(qtbot, dataset, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    with open(tmp_path / "hostile.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["name", "period", "value", "unit", "region", "theme"],
                                 [MARKUP, "2023", "5.9", "billion yuan", "Fujian", "economy"],
                                 [MARKUP, "2022", "5.1", "billion yuan", "Fujian", "economy"]])
    seen = {}

    def steps(dialog):
        seen["formats"] = {dialog.info.textFormat(), dialog.summary.textFormat()}
        seen["name"] = dialog.model.index(0, 2).data()
        dialog.accept()

    drive(monkeypatch, ImportDialog, steps)
    window.workspace.import_file(str(tmp_path / "hostile.csv"))
    assert seen == {"formats": {Qt.TextFormat.PlainText}, "name": MARKUP}
    (batch,) = load_batches()[0]
    click_record(qtbot, window, f"{batch.id}-r2")

    model = window.proxies["indicators"]
    row = visible_ids(window).index(f"{batch.id}-r2")
    tips = [model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())]
    assert MARKUP not in tips and any(html.escape(MARKUP, quote=False) in t for t in tips if t)

    details = window.source.details
    assert details.textFormat() == Qt.TextFormat.RichText and "<img" not in details.text()
    assert html.escape(MARKUP) in details.text()
    assert window.status.textFormat() == Qt.TextFormat.PlainText

    chart = window.charts["trend"]
    shown = [chart.title.text, chart.plot.getAxis("left").labelText] + [label.text for _, label in chart.legend.items]
    assert not any("<img" in text or "<b>bold" in text for text in shown)
    assert any("&lt;b&gt;bold" in text for text in shown)
    tips = [p.data() for item in chart.scatters for p in item.points()]
    assert not any(QtGui.Qt.mightBeRichText(t) and "<img" in t for t in tips)


def test_a_pack_with_a_10000_character_name_and_a_5000_character_note_prints(capsys, tmp_path):
    with open(tmp_path / "long.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["name", "period", "value", "unit", "region", "theme"],
                                 ["Gross " + "x" * 10_000, "2023", "5.9", "billion yuan", "Fujian", "economy"],
                                 ["Gross " + "x" * 10_000, "2022", "5.1", "billion yuan", "Fujian", "economy"]])
    assert main(["import", str(tmp_path / "long.csv")]) == ExitCode.OK
    out = tmp_path / "pack.pdf"
    code = main(["export", "-o", str(out), "--theme", "economy", "--note", "n" * 5_000, "--title", "T" * 10_000])
    assert code == ExitCode.OK, capsys.readouterr().err
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "x…" in text  # cut in the tables
    assert sum(map(len, re.findall("x{20,}", text))) >= 2 * 10_000  # both rows quoted in full in Sources


def test_a_flowable_too_large_for_any_page_is_left_out_and_named(dataset, tmp_path):
    from reportlab.platypus import Spacer

    from briefing.core.pack.model import new_pack
    from briefing.report import document, parts

    real_story = parts.story
    warned = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(document, "story", lambda ctx: [*real_story(ctx)[:5], Spacer(10, 5000), *real_story(ctx)[5:]])
        document.build_pdf(new_pack(dataset, ["economy"]), dataset, tmp_path / "pack.pdf", warn=warned.append)
    assert warned == [warned[0]] and "A Spacer, too large for a page, was left out" in warned[0]
    assert len(pypdf.PdfReader(tmp_path / "pack.pdf").pages) > 3


LONG_NAME = "a" * 300  # longer than any file system allows for one name (255 bytes)


@pytest.mark.parametrize("output, reason", [
    (LONG_NAME + ".pdf", "File name too long"),
    ("a\0b.pdf", "NUL"),
    (".", "it is a folder"),
    ("pipe", "not a regular file"),  # like /dev/full (a full disk), which the PDF written beside it would replace
])
def test_an_output_path_the_os_refuses_is_one_line_and_writes_nothing(capsys, tmp_path, monkeypatch, output, reason):
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe")  # a device or a pipe: not /dev/full itself, which a regression would replace for good
    code = main(["export", "--theme", "trade", "-o", output])
    err = capsys.readouterr().err
    assert code == ExitCode.CANNOT_RUN and err == f"error: {output}: cannot write: {err.split('cannot write: ')[1]}"
    assert reason in err and err.count("\n") == 1
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []  # no PDF, no temporary part
    assert Path("pipe").is_fifo()


@pytest.mark.parametrize("command", [["import"], ["export", "-o", "out.pdf", "--pack"]])
@pytest.mark.parametrize("path, reason", [(LONG_NAME + ".csv", "File name too long"), ("a\0b.csv", "NUL"),
                                          (".", "it is a folder")])
def test_an_input_path_the_os_refuses_is_one_line(capsys, tmp_path, monkeypatch, command, path, reason):
    monkeypatch.chdir(tmp_path)
    assert main([*command, path]) == ExitCode.CANNOT_RUN
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}: cannot read: ") and reason in err and err.count("\n") == 1
    assert not (tmp_path / "out.pdf").exists()


def test_terminal_output_carries_no_control_characters():
    assert printable("a\x1b[31mred\x1b[0m \u202eevil\u202c\x07\x9b\tb\nc") == "ared evil\tb\nc"
    assert printable("增长 5.4% — “quoted”") == "增长 5.4% — “quoted”"


def test_list_and_the_import_review_strip_control_characters(capsys, tmp_path):
    name = "Exports\x1b[31m red\x1b[0m \u202edesrever\u202c\x07"
    with open(tmp_path / "ctl.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["name", "period", "value", "unit", "region", "theme"],
                                 [name, "2023", "5.9", "billion yuan", "Fujian", "economy"],
                                 [name, "2023", "n/a\x1b[2J", "billion yuan", "Fujian", "economy"]])
    assert main(["import", str(tmp_path / "ctl.csv"), "--skip-invalid"]) == ExitCode.OK  # row 3 named on stderr
    review = capsys.readouterr()
    assert main(["list", "indicators", "--search", "Exports"]) == ExitCode.OK
    listed = capsys.readouterr()
    for out in (review.out + review.err, listed.out + listed.err):
        assert not any(c in out for c in "\x1b\u202e\u202c\x07"), out
    assert "Exports red desrever" in listed.out
