"""Zero configuration where the file says what it is (issue 13): long tables of name, region, period, value
(a unit only when the file states one) import with no mapping and no --set; units written in names, regions in
Chinese, English or ISO codes, missing cells, footnotes and unthemed figures are read as a statistician would."""
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_gui import open_window, visible_ids
from test_import import write

from briefing.cli import main
from briefing.core.ingest.readers import read_table
from briefing.core.ingest.tables.cells import parse_region, unit_in_name
from briefing.core.ingest.tables.mapping import guess_mapping
from briefing.core.ingest.tables.review import review
from briefing.core.ingest.workspace import load_batches, with_batches
from briefing.core.model.vocab import UNTHEMED
from briefing.core.pack.edit import add_record
from briefing.core.pack.model import new_pack
from briefing.core.query.filters import Filters
from briefing.core.query.index import RecordIndex
from briefing.report.document import build_pdf

REAL = Path(__file__).parent / "real_files"
# as the readers give an NBS export: one long table, the unit in the indicator's name, footnotes kept as rows
NBS_LONG = ("name,region,period,value\n"
            "人均国内生产总值(元),福建省,2024,139011\n"
            "人均国内生产总值(元),广西壮族自治区,2024,..\n"
            "地区生产总值(亿元),福建省,2024,57761.0\n"
            "地区生产总值(亿元),内蒙古自治区,2024,26314.6\n"
            "年末常住人口(万人),福建省,2024,4193\n"
            "注：按照我国国民经济核算数据修订制度和国际通行做法，对历史数据进行了系统修订。,,,\n"
            "数据来源：国家统计局,,,\n")


def reviewed(path, **given):
    table = read_table(path)
    mapping = guess_mapping(table)
    for field, value in given.items():
        mapping = mapping.given(field, value)
    return review(table, mapping)


@pytest.mark.parametrize("written, english", [
    ("福建省", "Fujian"), ("福建", "Fujian"), ("Fujian Province", "Fujian"), ("广西壮族自治区", "Guangxi"),
    ("内蒙古自治区", "Inner Mongolia"), ("新疆维吾尔自治区", "Xinjiang"), ("宁夏回族自治区", "Ningxia"),
    ("西藏自治区", "Tibet"), ("Xizang", "Tibet"), ("北京市", "Beijing"), ("陕西", "Shaanxi"), ("Shanxi", "Shanxi"),
    ("香港特别行政区", "Hong Kong"), ("Hong Kong SAR, China", "Hong Kong"), ("澳门", "Macao"), ("Macau", "Macao"),
    ("台湾省", "Taiwan"), ("泉州市", "Quanzhou"), ("Ningde", "Ningde"), ("龙岩", "Longyan"),
    ("CHN", "China"), ("CN", "China"), ("中国", "China"), ("USA", "United States"), ("DE", "Germany"),
    ("Korea, Rep.", "South Korea"), ("KOR", "South Korea"), ("Russian Federation", "Russia"),
    ("CIV", "Cote d'Ivoire"), ("NAM", "Namibia"), ("CHN: China", "China"),
    ("World", "World"), ("East Asia & Pacific", "East Asia & Pacific"), ("某某县", "某某县"),
])
def test_regions_read_as_english_names_and_unknown_ones_stay_as_written(written, english):
    assert parse_region(written) == english


@pytest.mark.parametrize("name, bare, unit, scale", [
    ("人均国内生产总值(元)", "人均国内生产总值", (1, "CNY"), 1), ("GDP in current USD", "GDP (current prices)", (1, "USD"), 1),
    ("Investment in Fujian", "Investment in Fujian", None, 1), ("地区生产总值（亿元）", "地区生产总值", (1e8, "CNY"), 1),
    ("年末常住人口(万人)", "年末常住人口", (1e4, "people"), 1), ("城镇化率(%)", "城镇化率", (1, "%"), 1),
    ("GDP growth (annual %)", "GDP growth (annual)", (1, "%"), 1),
    ("GDP (current LCU)", "GDP (current prices)", (1, "LCU"), 1),
    ("GDP (current US$)", "GDP (current prices)", (1, "USD"), 1),
    ("GDP, PPP (constant 2017 international $)", "GDP, PPP (constant 2017 prices)", (1, "intl $"), 1),
    ("Population (millions)", "Population", (1, "people"), 1e6), ("Cars (millions)", "Cars", None, 1e6),
    ("Unemployment rate (percentage)", "Unemployment rate", (1, "%"), 1),
    ("Land area (thousand km2)", "Land area", (1e3, "km²"), 1), ("Surface area, thousand km2", "Surface area",
                                                                 (1e3, "km²"), 1),
    ("Exports of goods and services (% of GDP)", "Exports of goods and services (% of GDP)", (1, "%"), 1),
    ("GDP", "GDP", None, 1), ("GDP, current prices", "GDP, current prices", None, 1), ("B1GQ_V", "B1GQ_V", None, 1),
])
def test_a_unit_written_in_a_name_is_read_out_of_it(name, bare, unit, scale):
    assert unit_in_name(name) == (bare, unit, scale)


def test_nbs_per_capita_yuan_is_not_read_as_hundred_million_yuan(tmp_path, capsys):
    """Issue 13: 人均国内生产总值(元) 91,746 yuan was read as 9.17 trillion yuan under --set unit=亿元."""
    path = write(tmp_path, "nbs.csv", "name,region,period,value\n人均国内生产总值(元),北京市,2019,91746\n"
                                      "地区生产总值(亿元),北京市,2019,37767.0\n")
    rev = reviewed(path, unit="亿元")
    per_capita, grp = rev.rows
    assert (per_capita.record["value"], per_capita.record["unit"]) == (91746, "CNY")
    assert per_capita.record["display"] == "91,746 yuan" and per_capita.record["name"] == "Per capita gross domestic product"  # the series named as the lexicon does
    assert per_capita.warnings == ["unit: '亿元' given for every row, but the name says CNY: the name's unit is used"]
    assert grp.record["value"] == pytest.approx(3.7767e12) and grp.warnings == []  # the same unit: no warning
    assert main(["import", str(path), "--set", "unit=亿元", "--dry-run"]) == 0
    assert "row 2: warning: unit: '亿元' given for every row, but the name says CNY" in capsys.readouterr().out


def test_a_unit_column_that_contradicts_the_name_is_a_problem(tmp_path):
    rev = reviewed(write(tmp_path, "u.csv", "name,region,period,value,unit\n人均国内生产总值(元),福建,2023,1,亿元\n"))
    assert [p.message for p in rev.rows[0].problems] == [
        "the unit column says '亿元' but the name says CNY: correct one of them"]


def test_a_long_nbs_table_imports_with_no_mapping_and_no_set(tmp_path, capsys, dataset):
    path = write(tmp_path, "分省年度数据.csv", NBS_LONG, "gb18030")
    rev = reviewed(path)
    assert not rev.problems and [r.status for r in rev.rows] == ["new"] * 4
    assert rev.missing == 1  # Guangxi's "..": counted, not a problem
    assert rev.note.splitlines() == [NBS_LONG.splitlines()[6].rstrip(","), "数据来源：国家统计局"]
    records = [r.record for r in rev.rows]
    assert [(r["name"], r["region"], r["value"], r["unit"]) for r in records] == [
        ("Per capita gross domestic product", "Fujian", 139011, "CNY"),
        ("Gross regional product", "Fujian", pytest.approx(5.7761e12), "CNY"),  # the seeds' series, by the lexicon
        ("Gross regional product", "Inner Mongolia", pytest.approx(2.63146e12), "CNY"),
        ("Permanent residents at year end", "Fujian", 4.193e7, "people")]
    assert all(r["themes"] == [] for r in records)
    assert rev.rows[0].quote == "人均国内生产总值(元),福建省,2024,139011"  # the Chinese as written, cited
    assert records[0]["note"] == ""  # the table's note is its source's, printed once (not with every figure)

    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "4 new, 0 clashing, 0 already in the data, 0 with problems, 1 missing value (skipped)." in out
    assert "4 figures without a theme: shown under Imported" in out
    assert "note kept with the figures: 注：" in out
    (batch,) = load_batches()[0]
    assert batch.source["note"] == rev.note and all(r["themes"] == [] for r in batch.records)

    merged = with_batches(dataset, [batch])
    index = RecordIndex(merged.indicators)
    assert index.theme_counts(Filters(), [UNTHEMED, "economy"])[UNTHEMED] == 4
    shown = merged.indicators[index.filter_mask(Filters(themes=(UNTHEMED,)))]
    assert sorted(shown["id"]) == sorted(batch.frame()["id"])

    pack = new_pack(merged, [UNTHEMED, "economy"], date="2026-11-22")  # the filter is no theme: no section
    assert [s.theme for s in pack.sections] == ["economy"]
    pack, section = add_record(pack, merged, "indicators", f"{batch.id}-r2")  # unthemed: the first section
    assert section == 0 and f"{batch.id}-r2" in pack.sections[0].indicators
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(
        build_pdf(pack, merged, tmp_path / "pack.pdf")).pages)
    assert text.count("数据来源：国家统计局") == 1 and "139,011 yuan" in text  # the table's note, under its source


def test_set_beats_a_guessed_column_and_a_category_of_other_words_is_no_theme(tmp_path, capsys):
    oecd = write(tmp_path, "oecd.csv", "LOCATION,CATEGORY,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n"
                                       "CHN,GDP,2022,17.96,USD bn\nJPN,GDP,2022,4.26,USD bn\n")
    rev = reviewed(oecd)
    assert "theme" not in rev.mapping.columns and not rev.problems
    assert [(r.record["region"], r.record["themes"]) for r in rev.rows] == [("China", []), ("Japan", [])]
    themed = write(tmp_path, "themed.csv", "name,region,period,value,unit,theme\nGRP,福建,2023,5.4,万亿元,trade\n")
    assert reviewed(themed).rows[0].record["themes"] == ["trade"]
    assert reviewed(themed, theme="economy", region="Xiamen").rows[0].record["themes"] == ["economy"]
    assert main(["import", str(themed), "--set", "theme=economy", "--set", "region=Xiamen"]) == 0
    (batch,) = load_batches()[0]
    assert (batch.records[0]["themes"], batch.records[0]["region"]) == (["economy"], "Xiamen")


def test_every_refusal_names_the_columns_found_and_the_fix(tmp_path, capsys):
    path = write(tmp_path, "odd.csv", "A,B,C\nx,1,y\n")
    assert main(["import", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert ("period: no column chosen: none holds the period; columns found: A, B, C; add --set period=2024 or "
            "`columns: {period: …}` in a mapping file (--mapping)") in err
    assert "region: no column chosen: none holds the region; columns found: A, B, C; add --set region=Fujian" in err
    nounit = write(tmp_path, "nounit.csv", "name,region,period,value\nGDP,Fujian,2023,5\n")
    assert main(["import", str(nounit), "--dry-run"]) == 1
    assert "unit: no column chosen: none holds the unit (and the names state none); columns found: name, region, " \
           "period, value; add --set unit=亿元" in capsys.readouterr().err


def test_world_bank_lcu_is_the_local_currency_and_millions_count_what_the_name_says(tmp_path):
    path = write(tmp_path, "wb.csv", "Series,Country Name,Year,Value\nGDP (current LCU),China,2023,1.26e14\n"
                                     "GDP (current LCU),Japan,2023,5.9e14\nPopulation (millions),CHN,2023,1410.7\n")
    rev = reviewed(path)
    cny, lcu, people = (r.record for r in rev.rows)
    assert (cny["name"], cny["unit"], cny["display"]) == ("GDP (current prices)", "CNY", "126 trillion yuan")
    assert (lcu["unit"], lcu["display"]) == ("LCU", "590 trillion local currency units")  # Japan's: not yuan
    assert (people["name"], people["value"], people["unit"]) == ("Population", pytest.approx(1.4107e9), "people")
    assert "LCU (local currency units) for China read as CNY, its currency" in rev.notices


@pytest.mark.parametrize("file, rows, figures, regions", [
    ("oecd_refseries_gdp_sdmx.csv", 2688, 2688, {"China", "Cote d'Ivoire", "United States"}),
    ("owid_national-gdp-wb.csv", 6562, 6562, {"China", "World", "United States"}),
])
def test_real_files_import_with_no_mapping_and_no_set(file, rows, figures, regions, capsys):
    assert main(["import", str(REAL / file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{rows} rows" in out and f"Dry run: {figures} figures would be imported" in out
    rev = reviewed(REAL / file)
    assert regions <= {r.record["region"] for r in rev.rows}


def test_owid_names_the_series_by_its_value_column(capsys):
    rev = reviewed(REAL / "owid_national-gdp-wb.csv")
    first = rev.rows[0].record
    assert (first["name"], first["region"], first["unit"]) == ("GDP, PPP (constant 2017 prices)", "Afghanistan",
                                                               "intl $")
    assert first["display"] == "26.89 billion international dollars"


def test_frictionless_csv_without_its_descriptor_says_what_is_missing(capsys):
    """Without datapackage.json (read by the Frictionless reader) the CSV does not name its series or unit."""
    path = REAL / "frictionless_datasets-gdp.csv"
    assert main(["import", str(path), "--dry-run"]) == 1
    assert "columns found: Country Name, Country Code, Year, Value" in capsys.readouterr().err
    assert main(["import", str(path), "--dry-run", "--set", "name=GDP (current US$)"]) == 0
    rev = reviewed(path, name="GDP (current US$)")
    assert {r.record["unit"] for r in rev.rows} == {"USD"} and "China" in {r.record["region"] for r in rev.rows}


def test_the_window_lists_unthemed_figures_under_imported(qtbot, dataset, tmp_path, monkeypatch):
    from briefing.gui.import_dialog import ImportDialog
    window = open_window(qtbot, dataset)
    assert window.filters.imported.isHidden()  # no unthemed figures yet
    write(tmp_path, "nbs.csv", NBS_LONG)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: qtbot.mouseClick(
        self.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton) or self.result())
    window.workspace.import_file(str(tmp_path / "nbs.csv"))
    (batch,) = load_batches()[0]
    box = window.filters.theme_boxes[UNTHEMED]
    assert not window.filters.imported.isHidden() and box.text() == "No theme yet (4)"
    box.setChecked(True)
    assert sorted(visible_ids(window)) == sorted(batch.frame()["id"])


def test_the_import_dialog_takes_a_real_file_as_it_is(qtbot, dataset):
    from briefing.gui.import_dialog import ImportDialog
    dialog = ImportDialog(REAL / "owid_national-gdp-wb.csv", read_table(REAL / "owid_national-gdp-wb.csv"), dataset)
    qtbot.addWidget(dialog)
    assert dialog.rev.rows[0].record["name"] == "GDP, PPP (constant 2017 prices)"  # the value column's header
    assert dialog.rev.rows[0].record["display"] == "26.89 billion international dollars"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Import 6562 figures"
    assert "6,562 figures without a theme" in dialog.summary.text()
    dialog.defaults["theme"].setText("economy")
    dialog.run_review()
    assert "without a theme" not in dialog.summary.text() and dialog.rev.rows[0].record["themes"] == ["economy"]


@pytest.mark.parametrize("mark", ["", "..", "NaN", "NA", "-", "—", "…", "n/a"])
def test_a_missing_value_is_counted_not_a_problem(tmp_path, mark):
    rev = reviewed(write(tmp_path, "m.csv", f"name,region,period,value,unit\nGDP,Fujian,2023,{mark},亿元\n"
                                            "GDP,Fujian,2024,5,亿元\nNote: provisional.,,,,\n"))
    assert (rev.missing, [r.status for r in rev.rows], rev.note) == (1, ["new"], "Note: provisional.")


def test_a_refusal_lists_a_dozen_columns_and_how_many_more(tmp_path):
    header = "Country Name,Indicator Name," + ",".join(f"Col{i}" for i in range(64))  # no period, no value
    rev = reviewed(write(tmp_path, "wide.csv", header + "\nChina,GDP (current LCU)" + ",1" * 64 + "\n"))
    (period, _value) = rev.problems
    assert "columns found: Country Name, Indicator Name, Col0, Col1, Col2, Col3, Col4, Col5, Col6, Col7, Col8, " \
           "Col9 and 54 more; add --set period=2024" in period.message


def test_the_same_table_with_years_as_columns_imports_as_it_is(tmp_path):
    header = "Country Name,Indicator Name," + ",".join(str(y) for y in range(1960, 2024))
    rev = reviewed(write(tmp_path, "wide.csv", header + "\nChina,GDP (current LCU)" + ",1" * 64 + "\n"))
    assert (rev.problems, rev.counts()["new"]) == ([], 64)
    assert {r.record["unit"] for r in rev.rows} == {"CNY"}  # LCU for China: yuan
