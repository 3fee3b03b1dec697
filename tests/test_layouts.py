"""Layouts: every kind of table a user brings (NBS exports, World Bank downloads, periods as columns, OWID,
SDMX-CSV 2.0 with labels, Frictionless packages, UN Series tables, spreadsheets) read into one long table whose
rows cite their cells in the file; the seven real files, and small made-up files of each kind."""
import shutil
from pathlib import Path

import pytest

from briefing.core.ingest.readers import TableError, read_table
from briefing.core.ingest.tables.mapping import guess_mapping
from briefing.core.ingest.tables.review import review

REAL = Path(__file__).parent / "real_files"
NBS = "nbs_fsnd_gdp_2006-2024_gbk.csv"
WORLD_BANK = "API_NY.GDP.MKTP.CN_DS2_en_csv_v2_2001080.csv"


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def figures(table):
    """Each long row as a dict of its canonical fields."""
    return [dict(zip(table.columns, cells)) for cells in table.rows]


def figure(table, **where):
    found = [(i, f) for i, f in enumerate(figures(table)) if all(f.get(k) == v for k, v in where.items())]
    assert len(found) == 1, found
    return found[0]


def package(tmp_path):
    """The Frictionless package as its descriptor names its files: datapackage.json and data/gdp.csv."""
    shutil.copy(REAL / "frictionless_datasets-gdp.datapackage.json", tmp_path / "datapackage.json")
    (tmp_path / "data").mkdir()
    shutil.copy(REAL / "frictionless_datasets-gdp.csv", tmp_path / "data" / "gdp.csv")
    return tmp_path / "datapackage.json"


def test_the_nbs_export_is_31_provinces_by_19_years_with_its_footer_as_note():
    table = read_table(REAL / NBS)
    assert (table.layout, table.encoding, table.delimiter, table.header_row) == ("nbs", "gb18030", ",", 4)
    assert table.columns == ["name", "region", "period", "value"]  # no unit column: it is in the name
    assert len(table.rows) == 31 * 19 and table.missing == 0
    assert {f["name"] for f in figures(table)} == {"地区生产总值(亿元)"}  # from the 指标：line, as written
    assert len({f["region"] for f in figures(table)}) == 31
    assert sorted({f["period"] for f in figures(table)}) == [str(y) for y in range(2006, 2025)]
    i, fujian = figure(table, region="福建省", period="2023")
    assert fujian["value"] == "54801.7" and table.row_numbers[i] == 17 and table.quote(i) == "54801.7"
    assert table.note.startswith("注：按照我国国民经济核算数据修订制度") and table.note.endswith("数据来源：国家统计局")
    assert guess_mapping(table).columns == {"name": "name", "period": "period", "value": "value", "region": "region"}


def test_the_world_bank_download_skips_its_empty_cells_and_counts_them():
    table = read_table(REAL / WORLD_BANK)
    assert (table.layout, table.header_row, len(table.rows), table.missing) == ("world_bank", 5, 11435, 5589)
    assert len(table.rows) + table.missing == 266 * 64  # 266 economies, 1960-2023
    i, china = figure(table, region="China", period="2023")
    assert (china["name"], china["value"], table.row_numbers[i]) == ("GDP (current LCU)", "126058200000000", 46)
    assert all(table.quote(i) == f["value"] for i, f in enumerate(figures(table)))  # each figure cites its cell


def test_owid_frictionless_and_sdmx_2_real_files():
    owid = read_table(REAL / "owid_national-gdp-wb.csv")
    assert (owid.layout, len(owid.rows), owid.missing) == ("owid", 6562, 0)
    assert figure(owid, region="China", period="2022")[1]["value"] == "25684414532114"
    assert {f["name"] for f in figures(owid)} == {"GDP, PPP (constant 2017 international $)"}

    sdmx = read_table(REAL / "sdmx_csv2_example-01.csv")
    assert sdmx.layout == "sdmx" and figures(sdmx) == [
        {"name": "ESTAT:NA_MAIN(1.6.0) A.B", "period": "2014-01", "value": "12.4"},
        {"name": "ESTAT:NA_MAIN(1.6.0) A.B", "period": "2014-02", "value": "10.8"}]


def test_a_frictionless_package_reads_its_resource_beside_it(tmp_path):
    table = read_table(package(tmp_path))
    assert (table.layout, table.file, table.sheet, table.sheets) == ("owid", "gdp.csv", "gdp", ["top-economies", "gdp"])
    assert len(table.rows) == 13979
    i, china = figure(table, region="China", period="2023")
    assert china == {"name": "GDP in current USD", "region": "China", "period": "2023", "value": "17794781986104.457"}
    assert table.row_numbers[i] == 2365 and table.quote(i) == "17794781986104.457"
    assert table.note.startswith("Country, Regional and World GDP") and "Source: World Bank and OECD" in table.note
    with pytest.raises(TableError, match=r"datapackage.json: cannot read its resource .*top-economies.csv"):
        read_table(tmp_path / "datapackage.json", sheet="top-economies")
    with pytest.raises(TableError, match=r"no resource named 'x' \(resources: top-economies, gdp\)"):
        read_table(tmp_path / "datapackage.json", sheet="x")
    (tmp_path / "data" / "gdp.csv").unlink()
    with pytest.raises(TableError, match=r"none of the package's resource files is here .*data/gdp.csv"):
        read_table(tmp_path / "datapackage.json")
    write(tmp_path, "list.json", '{"name": "x"}')
    with pytest.raises(TableError, match=r"list.json: a JSON file but not a Frictionless data package"):
        read_table(tmp_path / "list.json")


def test_long_tables_pass_through_unchanged():
    oecd = read_table(REAL / "oecd_refseries_gdp_sdmx.csv")  # SDMX-CSV 1.0: the mapping reads it as before
    assert oecd.layout == "long" and oecd.columns[:3] == ["DATAFLOW", "REF_AREA", "MEASURE"] and len(oecd.rows) == 2688
    plain = read_table(REAL / "frictionless_datasets-gdp.csv")  # without its descriptor: no name for the values
    assert plain.layout == "long" and plain.columns == ["Country Name", "Country Code", "Year", "Value"]


@pytest.mark.parametrize("headers, periods", [
    (["2024", "2023"], ["2024", "2023"]),
    (["2024年", "2023年"], ["2024", "2023"]),
    (["2019 [YR2019]", "2020 [YR2020]"], ["2019", "2020"]),
    (["2023Q1", "2023Q2"], ["2023-Q1", "2023-Q2"]),
    (["2023年第一季度", "2023年第二季度"], ["2023-Q1", "2023-Q2"]),
    (["2023-01", "2023-02"], ["2023-01", "2023-02"]),
])
def test_period_headers_of_a_wide_table(tmp_path, headers, periods):
    text = f"指标,单位,地区,{','.join(headers)}\n出口总额,亿元,福建,\"1,234.5\",1200\n"
    table = read_table(write(tmp_path, "wide.csv", text))
    assert table.layout == "wide"
    assert figures(table) == [{"name": "出口总额", "region": "福建", "period": p, "value": v, "unit": "亿元"}
                              for p, v in zip(periods, ["1,234.5", "1200"])]
    assert table.quote(0) == "1,234.5" and table.row_numbers == [2, 2]


def test_missing_cells_are_counted_and_note_lines_kept(tmp_path):
    text = ("Province,2021,2022,2023,2024\n"
            "Fujian,1,..,NaN,NA\n"
            "Zhejiang,-,…,,2\n"
            "Note: 2024 preliminary.\n"
            "Source: provincial yearbooks\n")
    table = read_table(write(tmp_path, "m.csv", text))
    assert [(f["name"], f["region"], f["period"], f["value"]) for f in figures(table)] == [
        ("", "Fujian", "2021", "1"), ("", "Zhejiang", "2024", "2")]  # the name is for the user to give
    assert table.missing == 6 and table.note == "Note: 2024 preliminary.\nSource: provincial yearbooks"


def test_an_nbs_export_by_indicator_takes_its_region_from_the_preamble(tmp_path):
    text = ("数据库：分省季度数据\n地区：福建省\n时间：最近2季度\n"
            "指标,2024年第四季度,2024年第三季度\n地区生产总值累计值(亿元),57761.0,40000.0\n地区生产总值累计增长(%),5.5,\n"
            "注：累计值按现价计算。\n数据来源：国家统计局\n")
    table = read_table(write(tmp_path, "q.csv", text, "gb18030"))
    assert table.layout == "nbs" and table.missing == 1
    assert figures(table) == [
        {"name": "地区生产总值累计值(亿元)", "region": "福建省", "period": "2024-Q4", "value": "57761.0"},
        {"name": "地区生产总值累计值(亿元)", "region": "福建省", "period": "2024-Q3", "value": "40000.0"},
        {"name": "地区生产总值累计增长(%)", "region": "福建省", "period": "2024-Q4", "value": "5.5"}]
    assert table.note == "注：累计值按现价计算。\n数据来源：国家统计局"


def test_an_owid_file_with_two_indicators_and_gaps(tmp_path):
    text = "Entity,Code,Year,Population,Life expectancy\nChina,CHN,2020,1411100000,\nWorld,,2020,7840952880,72.0\n"
    table = read_table(write(tmp_path, "owid.csv", text))
    assert table.layout == "owid" and table.missing == 1
    assert [(f["name"], f["region"], f["value"]) for f in figures(table)] == [
        ("Population", "China", "1411100000"), ("Population", "World", "7840952880"), ("Life expectancy", "World", "72.0")]


def test_sdmx_csv_2_with_labels_takes_codes_for_numbers_and_labels_for_names(tmp_path):
    text = ("STRUCTURE,STRUCTURE_ID,ACTION,FREQ: Frequency,REF_AREA: Reference area,INDICATOR: Indicator,"
            "TIME_PERIOD: Time,OBS_VALUE: Observation value,UNIT_MEASURE: Unit,UNIT_MULT: Unit multiplier\n"
            "dataflow,CN:GRP(1.0),I,A: Annual,FJ: Fujian,GRP: Gross regional product,2023: 2023,54355: 54355,"
            "CNY: Yuan Renminbi,8: Hundred million\n"
            "dataflow,CN:GRP(1.0),D,A: Annual,FJ: Fujian,GRP: Gross regional product,2022: 2022,1: 1,CNY: Yuan,8: x\n"
            "dataflow,CN:GRP(1.0),I,A: Annual,FJ: Fujian,GRP: Gross regional product,2021: 2021,NaN,CNY: Yuan,8: x\n")
    table = read_table(write(tmp_path, "sdmx2.csv", text))
    assert table.layout == "sdmx" and table.missing == 1  # the deleted observation is no figure, nor missing
    assert figures(table) == [{"name": "Gross regional product", "region": "Fujian", "period": "2023",
                               "value": "54355", "unit": "CNY", "UNIT_MULT": "8"}]
    mapping = guess_mapping(table)
    mapping.defaults["theme"] = "economy"
    assert review(table, mapping).rows[0].record["value"] == pytest.approx(5.4355e12)  # scaled by UNIT_MULT


def test_sdmx_csv_2_dimensions_without_names_find_their_time_by_its_periods(tmp_path):
    text = "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE\ndataflow,X:F(1.0),I,A: Value A,B: Value B,2014-01: 2014-01,3\n"
    assert figures(read_table(write(tmp_path, "s.csv", text))) == [
        {"name": "Value A, Value B", "period": "2014-01", "value": "3"}]


def test_a_un_series_table_gets_canonical_headers(tmp_path):
    text = ('T02,"Population, density and surface area",,,,,\n'
            'Region/Country/Area,,Year,Series,Value,Footnotes,Source\n'
            '156,China,2010,"Population mid-year estimates (millions)",1368.81,,"United Nations Population Division"\n'
            '156,China,2022,"Population mid-year estimates (millions)",1425.89,Projected estimate.,"United Nations Population Division"\n')
    table = read_table(write(tmp_path, "syb.csv", text))
    assert table.layout == "series" and table.note == "Source: United Nations Population Division"
    assert figures(table)[1] == {"name": "Population mid-year estimates (millions)", "region": "China",
                                 "period": "2022", "value": "1425.89", "note": "Projected estimate."}
    assert table.row_numbers == [3, 4] and table.quote(0).startswith("156,China,2010")


def test_a_table_no_layout_fits_says_what_was_found(tmp_path):
    with pytest.raises(TableError) as e:
        read_table(write(tmp_path, "one.csv", "Report on trade\nexports rose\nimports fell\n"))
    assert "one.csv: no layout fits this table: the header (row 1) has 1 column(s): 'Report on trade'" in str(e.value)
    assert "2 row(s) below it" in str(e.value) and "--mapping" in str(e.value)
    with pytest.raises(TableError, match=r"all.csv: a wide table with no figures: every cell is empty or missing \(2"):
        read_table(write(tmp_path, "all.csv", "地区,2023年,2024年\n福建,..,-\n"))


NBS_SHEET = [["数据库：分省年度数据"], ["指标：人均地区生产总值(元)"], ["时间：最近2年"], ["地区", "2024年", "2023年"],
             ["福建省", 136000.0, 129865.0], ["浙江省", 125043.0, None], ["数据来源：国家统计局"]]


def check_nbs_sheet(table):
    assert (table.layout, table.sheet, table.missing, table.note) == ("nbs", "Sheet1", 1, "数据来源：国家统计局")
    assert [(f["region"], f["period"], f["value"]) for f in figures(table)] == [
        ("福建省", "2024", "136000"), ("福建省", "2023", "129865"), ("浙江省", "2024", "125043")]
    assert {f["name"] for f in figures(table)} == {"人均地区生产总值(元)"} and table.quote(0) == "136000"


def test_an_nbs_export_saved_as_ods(tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OdsTable
    from odf.table import TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    sheet = OdsTable(name="Sheet1")
    for values in NBS_SHEET:
        row = TableRow()
        for v in values:
            cell = (TableCell() if v is None else TableCell(valuetype="float", value=v) if isinstance(v, float)
                    else TableCell(valuetype="string"))
            if v is not None:
                cell.addElement(P(text=str(v)))
            row.addElement(cell)
        sheet.addElement(row)
    doc.spreadsheet.addElement(sheet)
    doc.save(str(tmp_path / "nbs.ods"))
    check_nbs_sheet(read_table(tmp_path / "nbs.ods"))


def test_an_nbs_export_saved_as_xls(tmp_path):
    import xlwt
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for r, values in enumerate(NBS_SHEET):
        for c, v in enumerate(values):
            if v is not None:
                sheet.write(r, c, v)
    book.save(str(tmp_path / "nbs.xls"))
    check_nbs_sheet(read_table(tmp_path / "nbs.xls"))
    with pytest.raises(TableError, match=r"nbs.xls: no sheet named 'Data' \(sheets: Sheet1\)"):
        read_table(tmp_path / "nbs.xls", sheet="Data")


def test_a_world_bank_databank_download(tmp_path):
    text = ("Series Name,Series Code,Country Name,Country Code,2019 [YR2019],2020 [YR2020]\n"
            "GDP (current US$),NY.GDP.MKTP.CD,China,CHN,14279937500606.5,..\n"
            "\n\nData from database: World Development Indicators\nLast Updated: 07/01/2024\n")
    table = read_table(write(tmp_path, "databank.csv", text))
    assert (table.layout, table.missing) == ("world_bank", 1)
    assert figures(table) == [{"name": "GDP (current US$)", "region": "China", "period": "2019",
                               "value": "14279937500606.5"}]
