"""Limits with clear refusals (issue 21): an import too large by size, rows, cells or figures, a zip bomb and
a pack naming too much are refused in seconds, naming the file, the limit and what to do. The limits are
lowered here where a file at the real one would be slow to make; bench_limits.py measures the real ones."""
from __future__ import annotations

import io
import json
import time
import zipfile

import openpyxl
import pytest

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.core.errors import PackError
from briefing.core.ingest.readers import TableError, limits, read_table
from briefing.core.pack import model
from briefing.core.pack.model import load_pack, new_pack, save_pack


def long_csv(path, rows: int):
    path.write_text("name,region,period,value,unit\n"
                    + "".join(f"GDP,Fujian,{1900 + i},{i}.5,billion yuan\n" for i in range(rows)), encoding="utf-8")
    return path


def workbook(rows: int = 3) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "region", "period", "value", "unit"])
    for i in range(rows):
        sheet.append(["GDP", "Fujian", str(2000 + i), i + 0.5, "billion yuan"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_bomb(path, unzipped: int = 20 * 2**20):
    """A workbook whose sheet XML is `unzipped` bytes of blanks (it zips a thousandfold)."""
    source = zipfile.ZipFile(io.BytesIO(workbook()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for part in source.infolist():
            if part.filename.endswith("sheet1.xml"):
                with bomb.open(part.filename, "w", force_zip64=True) as f:
                    for _ in range(unzipped // 2**20):
                        f.write(b" " * 2**20)
            else:
                bomb.writestr(part, source.read(part.filename))
    return path


def test_a_file_larger_than_the_limit_is_refused_by_its_size_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: nothing written, nothing to read
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("read before its size was checked"))
    with pytest.raises(TableError, match=r"big\.csv: the file is 50\.0 MB, more than the 50 MB an import may be: "
                                         r"split the file"):
        read_table(big)


def test_rows_past_the_limit_are_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    assert len(read_table(long_csv(tmp_path / "five.csv", 4)).rows) == 4  # the header is a row
    with pytest.raises(TableError, match=r"six\.csv: more than 5 rows, the most an import may have: split the file"):
        read_table(long_csv(tmp_path / "six.csv", 5))


def test_the_rows_of_a_workbook_are_counted_too(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    (tmp_path / "t.xlsx").write_bytes(workbook(rows=5))
    with pytest.raises(TableError, match=r"t\.xlsx: more than 5 rows"):
        read_table(tmp_path / "t.xlsx")


def test_cells_past_the_limit_are_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 20)
    with pytest.raises(TableError, match=r"t\.csv: more than 20 cells, the most an import may have: split"):
        read_table(long_csv(tmp_path / "t.csv", 4))  # 5 rows of 5 cells


def test_a_wide_table_making_more_figures_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    years = range(2000, 2010)
    (tmp_path / "wide.csv").write_text("name,unit," + ",".join(map(str, years)) + "\n"
                                       + "GDP,billion yuan," + ",".join("1.5" for _ in years) + "\n"
                                       + "Exports,billion yuan," + ",".join("2.5" for _ in years) + "\n")
    with pytest.raises(TableError, match=r"wide\.csv: 20 figures, more than the 10 an import may have: split"):
        read_table(tmp_path / "wide.csv")


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_zip_bomb_is_refused_before_it_is_unzipped(tmp_path, suffix):
    bomb = zip_bomb(tmp_path / f"bomb{suffix}")
    assert bomb.stat().st_size < 100_000
    start = time.perf_counter()
    with pytest.raises(TableError, match=rf"bomb\{suffix}: its part xl/worksheets/sheet1\.xml unzips to 20 MB from "
                                         r"\d+ KB, .*\(a zip bomb\)"):
        read_table(bomb)
    assert time.perf_counter() - start < 1


def test_a_workbook_unzipping_to_more_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 1000)
    (tmp_path / "t.xlsx").write_bytes(workbook())
    with pytest.raises(TableError, match=r"t\.xlsx: the workbook unzips to \d+ MB, more than the \d+ MB an "
                                         r"import may be: split the file"):
        read_table(tmp_path / "t.xlsx")


def test_import_refuses_a_zip_bomb_with_one_line_and_no_traceback(tmp_path, capsys):
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert main(["import", str(bomb), "--dry-run"]) is ExitCode.CANNOT_RUN
    err = capsys.readouterr().err
    assert "bomb.xlsx" in err and "zip bomb" in err and "Traceback" not in err


def test_a_pack_naming_more_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"sections": [{"theme": "trade", "indicators": [f"x-{i}" for i in range(2000)]}]}))
    with pytest.raises(PackError) as e:
        load_pack(path)
    (problem,) = e.value.problems
    assert problem.file == str(path)
    assert problem.message == ("names 2,001 sections, records and charts, more than the 2,000 a pack may have: "
                               "split it into smaller packs")


def test_a_pack_file_larger_than_the_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "MAX_PACK_BYTES", 10)
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"title": "a pack longer than ten bytes"}))
    with pytest.raises(PackError, match=r"larger than the \d+ MB a pack file may be: split it"):
        load_pack(path)


def test_a_record_or_chart_named_twice_in_a_section_is_kept_once_with_a_warning(tmp_path, dataset):
    pack = new_pack(dataset)
    section = pack.sections[0]
    first, chart = section.indicators[0], section.charts[0]
    section.indicators.insert(1, first)
    section.charts += [chart, chart]
    path = save_pack(pack, tmp_path / "p.json")
    loaded, warnings = load_pack(path, dataset)
    assert loaded.sections[0].indicators == new_pack(dataset).sections[0].indicators
    assert loaded.sections[0].charts == new_pack(dataset).sections[0].charts
    assert [str(w) for w in warnings] == [
        f"{path}: section '{section.theme}': indicator '{first}' named 2 times: kept once",
        f"{path}: section '{section.theme}': chart '{chart}' named 3 times: kept once"]

