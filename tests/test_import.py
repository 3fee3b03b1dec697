"""Importing tables: real files in each format and encoding, malformed ones too, through the real readers,
the review, the workspace and the command line."""
import json

import pytest
from openpyxl import Workbook

from briefing.cli import main
from briefing.core.charts.trend import trend_spec
from briefing.core.ingest.readers import TableError, read_table
from briefing.core.ingest.tables.mapping import ColumnMapping, guess_mapping
from briefing.core.ingest.tables.review import StoredFigures, review
from briefing.core.ingest.workspace import imports_dir, load_batches, save_batch, with_batches

ENGLISH = ("name,period,value,unit,region,theme\n"
           "Gross regional product,2021,\"4,881.04\",billion yuan,Fujian,economy\n"
           "Gross regional product,2022,\"5,310.99\",billion yuan,Fujian,economy\n")
CHINESE = ("指标\t年份\t数值\t单位\t地区\t主题\n"
           "地区生产总值\t2021年\t48,810.36\t亿元\t福建省\t经济\n"
           "外贸进出口总额\t2022年第四季度\t19,829.6\t亿元\t福建\t贸易、两岸\n")
SDMX = ("DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n"
        "CN:GRP(1.0),A,Fujian,Gross regional product,2020,4390.36,CNY,9,A\n"
        "CN:GRP(1.0),Q,Fujian,Gross regional product,2020-Q4,1254.2,CNY,9,A\n")


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_with_bom_english_headers_joins_the_seed_series(tmp_path, dataset):
    table = read_table(write(tmp_path, "grp.csv", ENGLISH, "utf-8-sig"))
    assert table.encoding == "utf-8-sig" and table.columns[0] == "name"  # the BOM is not in the header
    rev = review(table, guess_mapping(table), StoredFigures.of(dataset))
    assert [r.status for r in rev.rows] == ["new", "new"]
    assert rev.rows[0].record["value"] == pytest.approx(4.88104e12) and rev.rows[0].record["unit"] == "CNY"
    assert rev.rows[0].record["display"] == "4.88 trillion yuan"
    save_batch(rev, table_path := tmp_path / "grp.csv")
    assert (imports_dir() / rev.batch_id / "grp.csv").read_bytes() == table_path.read_bytes()  # the original kept
    batches, problems = load_batches()
    merged = with_batches(dataset, batches)
    spec = trend_spec(merged.indicators, "gwr23-grp", merged.source_map)
    periods = [p.period for p in spec.series[0].points if p.kind == "actual"]
    assert periods == ["2021", "2022", "2023"]  # a longer trend line: two imported years before the seed's
    imported = merged.indicators[merged.indicators["source"] == rev.batch_id].iloc[0]
    assert (imported["source_file"], imported["line"]) == ("grp.csv", 2)
    doc = merged.documents[rev.batch_id]
    assert doc[imported["quote_start"]:imported["quote_end"]] == imported["quote"] == ENGLISH.splitlines()[1]


def test_gb18030_tab_delimited_chinese_headers_thousands_and_scales(tmp_path):
    table = read_table(write(tmp_path, "fj.csv", CHINESE, "gb18030"))
    assert (table.encoding, table.delimiter) == ("gb18030", "\t")
    mapping = guess_mapping(table)
    assert mapping.columns == {"name": "指标", "period": "年份", "value": "数值", "unit": "单位",
                               "region": "地区", "theme": "主题"}
    first, second = (r.record for r in review(table, mapping).rows)
    assert first["value"] == pytest.approx(4.881036e12) and first["unit"] == "CNY"
    assert (first["period"], first["region"], first["themes"]) == ("2021", "Fujian", ["economy"])
    assert (second["period"], second["themes"]) == ("2022-Q4", ["trade", "taiwan"])
    assert second["quote"] == CHINESE.splitlines()[2]


def test_a_qualifier_written_in_the_value_cell_is_kept(tmp_path):
    text = ("指标,年份,数值,单位,地区,主题\n外贸进出口,2023,约19800,亿元,福建,贸易\n"
            "新设企业,2023,7.5万以上,家,福建,投资\n")
    first, second = (r.record for r in review(read_table(write(tmp_path, "q.csv", text)),
                                              guess_mapping(read_table(tmp_path / "q.csv"))).rows)
    assert (first["value"], first["qualifier"], first["display"]) == (1.98e12, "about", "around 1.98 trillion yuan")
    assert (second["value"], second["qualifier"], second["display"]) == (75000, "over", "more than 75,000 家")


def test_semicolon_csv_reads_decimal_commas(tmp_path):
    text = "name;period;value;unit;region;theme\nExports;2023;1.234,5;million US dollars;Xiamen;trade\n"
    table = read_table(write(tmp_path, "eu.csv", text))
    (row,) = review(table, guess_mapping(table)).rows
    assert table.delimiter == ";" and row.record["value"] == pytest.approx(1234.5e6) and row.record["unit"] == "USD"


def test_xlsx_with_sheet_and_row_provenance(tmp_path):
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing to import here"])
    ws = book.create_sheet("统计")
    ws.append(["指标", "年份", "数值", "单位", "地区", "主题"])
    ws.append([None])  # a blank row keeps the row numbers honest
    ws.append(["Gross regional product", 2020, 43903.89, "亿元", "福建", "经济"])
    book.save(tmp_path / "yearbook.xlsx")
    table = read_table(tmp_path / "yearbook.xlsx", sheet="统计")
    assert table.sheets == ["Notes", "统计"] and table.sheet == "统计"
    (row,) = review(table, guess_mapping(table)).rows
    assert row.row == 3 and row.record["value"] == pytest.approx(4.390389e12)
    assert row.quote == "Gross regional product | 2020 | 43903.89 | 亿元 | 福建 | 经济"
    with pytest.raises(TableError, match="no sheet named 'Data'.*Notes, 统计"):
        read_table(tmp_path / "yearbook.xlsx", sheet="Data")


def test_sdmx_csv_unit_multiplier_and_series_name(tmp_path):
    table = read_table(write(tmp_path, "sdmx.csv", SDMX))
    mapping = guess_mapping(table)
    assert mapping.columns == {"name": "INDICATOR", "period": "TIME_PERIOD", "value": "OBS_VALUE",
                               "unit": "UNIT_MEASURE", "region": "REF_AREA"}
    mapping.defaults["theme"] = "economy"
    rows = review(table, mapping).rows
    assert [r.record["value"] for r in rows] == [pytest.approx(4.39036e12), pytest.approx(1.2542e12)]
    assert [r.record["period"] for r in rows] == ["2020", "2020-Q4"]


def test_every_problem_is_reported_per_row_and_column(tmp_path):
    text = ("name,period,value,unit,region,theme\n"
            "GRP,2023,abc,亿元,Fujian,economy\n"
            ",20x3,5,亿元,Fujian,economy\n"
            "GRP,2024,-,亿元,Fujian,weather\n"
            "GRP,2022,1e999,亿元,Fujian,economy\n"
            "GRP,2021,1,亿元,Fujian,economy\n"
            "GRP,2021,2,亿元,Fujian,economy\n"
            "GRP,2020,3,亿元,Fujian,weather\n")
    rev = review(read_table(write(tmp_path, "bad.csv", text)), guess_mapping(read_table(tmp_path / "bad.csv")))
    found = {(r.row, p.field, p.message) for r in rev.rows for p in r.problems}
    assert found == {  # row 4's "-" is a missing value: counted, not a problem (issue 13)
        (2, "value", "not a number: 'abc'"),
        (3, "name", "empty"), (3, "period", "not a period: '20x3' (use 2023, 2023-Q1 or 2023-01)"),
        (5, "value", "not a usable number: '1e999'"),
        (7, None, "the same figure and period as row 6"),
        (8, "theme", f"unknown theme 'weather' (one of: {', '.join(THEME_KEYS)})"),
    }
    assert [r.status for r in rev.rows] == ["problem"] * 3 + ["new", "problem", "problem"] and rev.missing == 1
    assert all(p.file == "bad.csv" for r in rev.rows for p in r.problems)


THEME_KEYS = ["trade", "taiwan", "digital", "ecology", "economy", "investment", "industry", "innovation",
              "wellbeing", "culture", "governance", "agriculture"]


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"\n  \n", "the file is empty"),
    (b"name,value\n\xff\xfe\xfd\n", "neither UTF-8 nor GB18030"),
    (b"\xff\xfen\x00a\x00m\x00e\x00", "binary data"),
    (b"PK\x03\x04rest of a zip", "spreadsheet or archive"),
])
def test_a_file_that_cannot_be_read_gives_one_clear_error(tmp_path, content, message):
    (tmp_path / "x.csv").write_bytes(content)
    with pytest.raises(TableError, match=message) as e:
        read_table(tmp_path / "x.csv")
    assert str(tmp_path / "x.csv") in str(e.value)


def test_a_damaged_xlsx_is_one_clear_error(tmp_path):
    (tmp_path / "y.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(TableError, match="y.xlsx: not a readable .xlsx workbook"):
        read_table(tmp_path / "y.xlsx")


def test_a_clash_with_a_seed_value_is_shown_and_both_kept(tmp_path, dataset, capsys):
    path = write(tmp_path, "clash.csv", "name,period,value,unit,region,theme\n"
                                        "Gross regional product,2023,5.6,trillion yuan,Fujian,economy\n")
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert ("row 2: clash: 5.4 trillion yuan in Highlights of Fujian Provincial Government Work Report 2024 "
            "(gwr23-grp); this row says 5.6 trillion yuan") in out
    merged = with_batches(dataset, load_batches()[0])
    same = merged.indicators[(merged.indicators["name"] == "Gross regional product")
                             & (merged.indicators["period"] == "2023")]
    assert sorted(same["value"]) == [5.4e12, 5.6e12]
    assert same[same["value"] == 5.6e12]["note"].iloc[0] == (
        "Sources differ: Highlights of Fujian Provincial Government Work Report 2024 states 5.4 trillion yuan.")


def test_cli_dry_run_import_list_and_remove(tmp_path, capsys):
    path = write(tmp_path, "grp.csv", ENGLISH)
    assert main(["import", str(path), "--dry-run"]) == 0
    assert "Dry run: 2 figures would be imported" in capsys.readouterr().out
    assert not imports_dir().exists()  # nothing saved

    assert main(["import", str(path)]) == 0
    batch_id = capsys.readouterr().out.split("Imported 2 figures as ")[1].split()[0]
    assert main(["list", "imports"]) == 0
    assert f"{batch_id}: grp.csv (imported table), 2 figures" in capsys.readouterr().out
    assert main(["list", "indicators", "--search", "regional product", "--region", "Fujian"]) == 0
    listed = capsys.readouterr().out
    assert "grp.csv row 2" in listed and "grp.csv row 3" in listed and "fj-gwr-2024" in listed
    assert main(["list", "indicators", "--format", "json", "--search", "4.88 trillion"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["source"], row["source_file"], row["quote"]) == (batch_id, "grp.csv", ENGLISH.splitlines()[1])
    assert main(["list", "sources", "--format", "json"]) == 0
    imported = [s for s in json.loads(capsys.readouterr().out) if s["id"] == batch_id]
    assert [(s["title"], s["publisher"]) for s in imported] == [("grp.csv (imported table)", "Imported by the user")]

    assert main(["import", str(path)]) == 0  # the same file again updates its import: nothing to remove first
    assert f"updates {batch_id}: grp.csv (imported table), 2 figures" in capsys.readouterr().out
    assert [(b.id, len(b)) for b in load_batches()[0]] == [(batch_id, 2)]

    bad = write(tmp_path, "bad.csv", "name,period,value,unit,region,theme\nX,2023,?,t,Fujian,trade\n")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 2: value: not a number: '?'" in err and "Nothing imported" in err
    assert [b.id for b in load_batches()[0]] == [batch_id]  # the earlier import untouched

    assert main(["remove-import", batch_id]) == 0
    assert load_batches() == ([], []) and not any(imports_dir().iterdir())
    assert main(["remove-import", batch_id]) == 1
    assert f"no import {batch_id!r}" in capsys.readouterr().err


def test_cli_mapping_file_and_set(tmp_path, capsys):
    path = write(tmp_path, "plain.csv", "Series,When,Amount\nNew enterprises,2023,1200\n")
    mapping = write(tmp_path, "map.yaml", "columns: {name: Series, period: When, value: Amount}\n"
                                          "defaults: {unit: enterprises, region: Xiamen}\n")
    assert main(["import", str(path), "--mapping", str(mapping), "--dry-run"]) == 0  # unthemed, not refused
    assert "1 figure without a theme: shown under Imported" in capsys.readouterr().out
    assert main(["import", str(path), "--mapping", str(mapping), "--set", "theme=investment"]) == 0
    (batch,) = load_batches()[0]
    assert batch.records[0]["display"] == "1,200 enterprises" and batch.records[0]["themes"] == ["investment"]

    wrong = write(tmp_path, "wrong.yaml", "columns: {nmae: Series}\n")
    assert main(["import", str(path), "--mapping", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "wrong.yaml" in err and "columns.nmae" in err
    assert main(["import", str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv: cannot read" in capsys.readouterr().err


def test_an_unreadable_import_is_reported_and_the_rest_loads(tmp_path, capsys):
    assert main(["import", str(write(tmp_path, "grp.csv", ENGLISH))]) == 0
    broken = imports_dir() / "imp-broken-00000000"
    broken.mkdir()
    (broken / "batch.json").write_text("{not json", encoding="utf-8")
    batches, problems = load_batches()
    assert len(batches) == 1 and len(problems) == 1 and "batch.json" in problems[0].file
    assert main(["list", "indicators", "--search", "4.88 trillion"]) == 0
    captured = capsys.readouterr()
    assert "4.88 trillion yuan" in captured.out and "cannot be read and is left out" in captured.err
    assert broken.exists()  # left where it is, for the user to look at


def test_the_mapping_names_unknown_columns(tmp_path):
    table = read_table(write(tmp_path, "grp.csv", ENGLISH))
    rev = review(table, ColumnMapping(columns={"name": "Indicator", "period": "period", "value": "value",
                                               "unit": "unit", "region": "region", "theme": "theme"}))
    assert [(p.field, p.message.split(" (")[0]) for p in rev.problems] == [("name", "no column 'Indicator'")]
    assert rev.rows == []


@pytest.mark.parametrize("value, unit, qualifier, shown", [
    (1200, "enterprises", "exact", "1,200 enterprises"),  # was "1,2 enterprises": zeros cut from whole numbers
    (75000, "enterprises", "over", "more than 75,000 enterprises"),
    (100, "t", "exact", "100 t"),
    (5.4e12, "CNY", "exact", "5.4 trillion yuan"),
    (4.5, "%", "about", "around 4.5%"),
    (2, "rank", "exact", "No. 2"),
])
def test_imported_figures_are_stated_as_a_briefing_would(value, unit, qualifier, shown):
    from briefing.core.lexicon.numbers import format_value
    assert format_value(value, unit, qualifier) == shown


# --- defects a review found, each reproduced with a real file ------------------------------------------

def review_file(tmp_path, name, text, **defaults):
    table = read_table(write(tmp_path, name, text))
    mapping = guess_mapping(table)
    mapping.defaults.update(defaults)
    return review(table, mapping)


def test_a_semicolon_file_with_decimal_points_is_not_read_as_decimal_commas(tmp_path):
    rev = review_file(tmp_path, "semi.csv", "name;period;value;unit;region;theme\n"
                                            "GDP growth;2023;4.5;%;Fujian;economy\nExports;2023;1,234;亿元;Fujian;trade\n")
    assert [r.record["value"] for r in rev.rows] == [4.5, 1.234e11]


def test_a_row_longer_than_the_header_is_a_problem_not_a_dropped_cell(tmp_path):
    rev = review_file(tmp_path, "long.csv", "name,period,value\nGDP,2023,54,355\n",
                      unit="亿元", region="Fujian", theme="economy")
    (row,) = rev.rows
    assert row.status == "problem" and "4 cells, the header has 3" in row.problems[0].message


def test_spaces_after_commas_and_quoted_thousands(tmp_path):
    rev = review_file(tmp_path, "sp.csv", 'name, period, value, unit, region, theme\n'
                                          'GDP, 2023, "54,355", 亿元, Fujian, economy\n')
    assert rev.rows[0].record["value"] == 5.4355e12


def test_xlsx_cells_as_the_spreadsheet_shows_them(tmp_path):
    from datetime import datetime, time
    book = Workbook()
    ws = book.active
    ws.append(["name", "period", "value", "unit", "region", "theme", "updated"])
    ws.append(["Growth", datetime(2023, 1, 1), 0.045, "%", "Fujian", "economy", time(8, 30)])
    ws["B2"].number_format, ws["C2"].number_format = "yyyy", "0.0%"
    ws.append(["Exports", 2023.10, 5, "亿元", "Fujian", "trade"])
    ws["B3"].number_format = "0.00"
    book.save(tmp_path / "f.xlsx")
    rows = review(t := read_table(tmp_path / "f.xlsx"), guess_mapping(t)).rows
    assert [(r.record["period"], r.record["value"], r.record["unit"]) for r in rows] == [
        ("2023", 4.5, "%"), ("2023-10", 5e8, "CNY")]
    assert rows[0].quote.endswith("| 08:30:00")  # a time cell is text, not a crash


def test_a_title_row_above_the_header_is_skipped(tmp_path):
    rev = review_file(tmp_path, "titled.csv", "2023年福建省主要指标,,,,,\n指标,年份,数值,单位,地区,主题\n"
                                              "地区生产总值,2023,54355,亿元,福建,经济\n")
    assert rev.table.columns[0] == "指标" and rev.rows[0].row == 3 and rev.rows[0].status == "new"


def test_row_numbers_count_records_as_a_spreadsheet_does(tmp_path):
    rev = review_file(tmp_path, "nl.csv", 'name,period,value,unit,region,theme\n'
                                          '"GDP\n(total)",2022,1,亿元,Fujian,economy\nGDP,2023,2,亿元,Fujian,economy\n')
    assert [r.row for r in rev.rows] == [2, 3]
    assert rev.rows[1].quote == "GDP,2023,2,亿元,Fujian,economy"


@pytest.mark.parametrize("unit, factor, base", [
    ("thousands", 1, "thousand"), ("Millions of yuan", 1e6, "CNY"), ("USD million", 1e6, "USD"),
    ("RMB billion", 1e9, "CNY"), ("CNY mn", 1e6, "CNY"), ("千米", 1, "km"), ("万吨", 1e4, "t"),
])
def test_units_with_scale_words_before_or_after(unit, factor, base):
    from briefing.core.ingest.tables.cells import parse_unit
    assert parse_unit(unit) == (factor, base)


@pytest.mark.parametrize("value, expected", [("−5.2", -5.2), ("(1,234)", -1234.0), ("超1000", 1000.0)])
def test_minus_signs_accounting_negatives_and_chinese_qualifiers(tmp_path, value, expected):
    rev = review_file(tmp_path, "neg.csv", f'name,period,value,unit,region,theme\nX,2023-M01,"{value}",t,Fujian,trade\n')
    assert (rev.rows[0].record["value"], rev.rows[0].record["period"]) == (expected, "2023-01")


def test_a_percentage_under_another_unit_is_a_problem(tmp_path):
    rev = review_file(tmp_path, "pct.csv", "name,period,value,unit,region,theme\nX,2023,4.5%,亿元,Fujian,trade\n")
    assert rev.rows[0].problems[0].message == "'4.5%' is a percentage but the unit is '亿元'"


def test_leftover_partial_and_removed_folders_are_not_imports(tmp_path, capsys):
    import shutil
    assert main(["import", str(write(tmp_path, "grp.csv", ENGLISH))]) == 0
    (batch,) = load_batches()[0]
    for leftover in (f".{batch.id}.removed", f".{batch.id}.partial"):
        shutil.copytree(batch.folder, imports_dir() / leftover)
    assert [b.id for b in load_batches()[0]] == [batch.id]


def test_cli_names_repeated_rows_and_refuses_bad_ids(tmp_path, capsys):
    path = write(tmp_path, "rep.csv", "name,period,value,unit,region,theme\n"
                                      "Gross regional product,2023,54355,亿元,Fujian,economy\n")
    assert main(["import", str(path), "--dry-run"]) == 0
    assert "row 2: already in the data as gwr23-grp (not imported again)" in capsys.readouterr().out
    for bad in ("imp-x/", "../x", "imp-../../etc"):
        assert main(["remove-import", bad]) == 1
        assert "is not an import's id" in capsys.readouterr().err


def test_an_old_or_other_spreadsheet_format_says_what_to_save_it_as(tmp_path):
    (tmp_path / "yearbook.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))  # an OLE2 .xls header
    with pytest.raises(TableError, match=r"yearbook.xls: a .xls spreadsheet cannot be read: save it as .xlsx or CSV"):
        read_table(tmp_path / "yearbook.xls")
