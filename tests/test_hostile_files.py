"""Hostile files, issue 21 step 8b: a pack whose version is no number or whose theme is unknown, an .ods far
over the row limit, a PDF part too large for any page exported from the window, and seed folders the OS
refuses (a NUL, a name too long) given to --data or validate."""
from __future__ import annotations

import json

import pytest
import python_calamine
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table as OdsTable
from odf.table import TableCell, TableRow
from odf.text import P
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_gui import open_window

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.core.ingest.readers import TableError, limits, read_table

LONG_NAME = "a" * 300  # longer than any file system allows for one name (255 bytes)


def trade_ids(dataset, n=5):
    return [i for i, ts in zip(dataset.indicators["id"], dataset.indicators["themes"]) if "trade" in ts][:n]


@pytest.mark.parametrize("version", ["NaN", "1.5", '"1"', "true"])
def test_a_pack_version_that_is_no_whole_number_says_so(capsys, tmp_path, version):
    pack = tmp_path / "odd.json"
    pack.write_text(f'{{"version": {version}, "sections": []}}', encoding="utf-8")
    assert main(["export", "--pack", str(pack), "-o", str(tmp_path / "p.pdf")]) == ExitCode.CANNOT_RUN
    err = capsys.readouterr().err
    assert err.startswith(f"error: {pack}: field version: not a whole number (") and err.count("\n") == 1
    assert "newer version" not in err and not (tmp_path / "p.pdf").exists()


def test_a_section_with_an_unknown_theme_is_named_and_its_figures_kept(capsys, tmp_path, dataset):
    ids = trade_ids(dataset)
    pack = tmp_path / "typo.json"
    pack.write_text(json.dumps({"version": 1, "title": "Typo", "sections": [{"theme": "tradez", "indicators": ids}]}),
                    encoding="utf-8")
    out = tmp_path / "p.pdf"
    assert main(["export", "--pack", str(pack), "-o", str(out), "--invariant"]) == ExitCode.OK
    err = capsys.readouterr().err
    assert f"warning: {pack}: no such theme 'tradez' (themes are: trade, taiwan," in err
    assert "its 5 figure(s) and initiative(s) are kept, in the section(s) of their own theme: 'trade'" in err
    assert "none of its figures" not in err and out.is_file()

    from briefing.core.pack.model import load_pack
    kept, _warnings = load_pack(pack, dataset)
    assert [(s.theme, s.indicators) for s in kept.sections] == [("trade", ids)] and kept.themes == ["trade"]


def repeated_rows_ods(path, rows: int):
    """A few hundred bytes that calamine expands to `rows` rows: one row, repeated."""
    doc = OpenDocumentSpreadsheet()
    sheet = OdsTable(name="Sheet1")
    for repeat, values in ((1, ("name", "region", "period", "value", "unit")),
                           (rows - 1, ("GDP", "Fujian", "2023", "1.5", "billion yuan"))):
        row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for v in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=v))
            row.addElement(cell)
        sheet.addElement(row)
    doc.spreadsheet.addElement(sheet)
    doc.save(str(path))
    return path


class SheetSpy:
    """calamine's sheet, noting which of its cells were asked for as Python values."""

    def __init__(self, sheet, asked) -> None:
        self._sheet, self._asked = sheet, asked

    def __getattr__(self, name):
        if name in ("to_python", "iter_rows"):
            self._asked.append(name)
        return getattr(self._sheet, name)


def test_an_ods_over_the_row_limit_is_refused_before_its_cells_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 1_000)
    ods = repeated_rows_ods(tmp_path / "long.ods", 50_000)
    assert ods.stat().st_size < 5_000
    asked = []
    real = python_calamine.CalamineWorkbook.from_filelike

    class Book:
        def __init__(self, book) -> None:
            self._book = book

        def __getattr__(self, name):
            if name == "get_sheet_by_name":
                return lambda title: SheetSpy(self._book.get_sheet_by_name(title), asked)
            return getattr(self._book, name)

    monkeypatch.setattr(python_calamine, "CalamineWorkbook",
                        type("Workbook", (), {"from_filelike": staticmethod(lambda f: Book(real(f)))}))
    with pytest.raises(TableError, match=r"long\.ods: more than 1,000 rows, the most an import may have: split"):
        read_table(ods)
    assert asked == []  # refused by the size calamine states: no row became a Python list

    monkeypatch.setattr(limits, "MAX_ROWS", 100_000)
    monkeypatch.setattr(limits, "MAX_CELLS", 10_000)
    with pytest.raises(TableError, match=r"long\.ods: more than 10,000 cells, the most an import may have"):
        read_table(ods)
    assert asked == []
    monkeypatch.setattr(limits, "MAX_CELLS", 1_000_000)
    assert len(read_table(repeated_rows_ods(tmp_path / "ok.ods", 40)).text.splitlines()) == 40
    assert asked == ["to_python"]


def test_the_window_names_what_its_pdf_export_left_out(qtbot, dataset, tmp_path, monkeypatch):
    from reportlab.platypus import Paragraph

    from briefing.report import document, parts
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    real_story = parts.story

    def with_a_huge_part(ctx):  # a part taller than any page: a paragraph of 400 short lines it cannot split
        huge = Paragraph("Gross regional product of a very long table<br/>" * 400, ctx.styles["body"])
        huge.split = lambda *a: []
        flowables = real_story(ctx)
        return [*flowables[:5], huge, *flowables[5:]]

    monkeypatch.setattr(document, "story", with_a_huge_part)
    window = open_window(qtbot, dataset)
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.pack.new()
    window.actions_by_id["export-pack"].trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    (message,) = warned
    assert message.startswith(f"Briefing pack written to {target}")
    assert "The paragraph “Gross regional product of a very long table" in message and "was left out" in message
    status = window.statusBar().currentMessage()
    assert f"written to {target}" in status and "was left out" in status and target.is_file()


@pytest.mark.parametrize("path, reason", [(LONG_NAME, "File name too long"), ("a\0b", "NUL")])
@pytest.mark.parametrize("command", [["validate"], ["list", "sources", "--data"], ["export", "-o", "x.pdf", "--data"],
                                     ["import", "t.csv", "--data"]])
def test_a_seed_folder_the_os_refuses_is_one_line(capsys, tmp_path, monkeypatch, command, path, reason):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.csv").write_text("name,region,period,value,unit\nGDP,Fujian,2023,1.5,billion yuan\n")
    assert main([*command, path]) == ExitCode.CANNOT_RUN
    captured = capsys.readouterr()
    assert captured.err.startswith(f"error: {path}: cannot read: ") and reason in captured.err
    assert captured.err.count("\n") == 1 and captured.out == ""
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "data").exists()


def test_a_missing_seed_folder_is_still_a_problem_of_the_data(capsys, tmp_path):
    assert main(["validate", str(tmp_path / "missing")]) == ExitCode.PROBLEMS
    assert "missing: no such folder" in capsys.readouterr().err
