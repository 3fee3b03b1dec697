"""The pack's companions in the pack's language, and numbers as the documents state them: the HTML page and the
data files of a Chinese (and an en+zh) pack read back (html.parser, openpyxl, csv) and held against the records and
the Chinese PDF of the same pack (pypdf); JSON and CSV values read back as written."""
import csv
import json
import re
from html.parser import HTMLParser

import openpyxl
import pypdf
import pytest
from conftest import MINI_DOC, MINI_RECORDS, write_mini_seeds
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.graphics.shapes import String
from test_gui import open_window
from test_pack_data import HOSTILE_RECORDS, VOID

from briefing.cli import main
from briefing.core.lexicon.display_zh import period_zh, region_zh, shown
from briefing.core.model.dataset import load
from briefing.core.model.stated import value_number, value_text
from briefing.core.pack.model import new_pack
from briefing.report.document import build_pdf
from briefing.report.fonts import CJK as CJK_FONT
from briefing.report.lang import WORDS
from briefing.report.pack_data import COLUMNS, SOURCE_COLUMNS, columns, source_columns, write_data
from briefing.report.pack_html import write_html
from briefing.report.parts.sources import quoted_text
from briefing.report.resolved import resolve

CJK = re.compile(r"[\u3400-\u9fff]")
THEMES = ["trade", "taiwan", "economy"]


def squash(text: str) -> str:
    return " ".join(text.split())


class Page(HTMLParser):
    """The page's elements and its text, each piece with the language it is marked in (the nearest lang)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []  # (tag, lang in force)
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []
        self.text: list[tuple[tuple[str, ...], str, str]] = []  # (open tags, lang, text)
        self.errors: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs, tuple(t for t, _ in self.stack)))
        if tag not in VOID:
            self.stack.append((tag, attrs.get("lang", self.stack[-1][1] if self.stack else "")))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append((tuple(t for t, _ in self.stack), self.stack[-1][1] if self.stack else "", data))

    def all(self, tag):
        return [a for t, a, _ in self.elements if t == tag]

    def text_in(self, tag) -> str:
        return "".join(d for tags, _, d in self.text if tag in tags)

    def body(self):
        """The visible text outside the charts' drawings (whose words the <title> and <desc> repeat)."""
        return [(tags, lang, d) for tags, lang, d in self.text if "body" in tags and "svg" not in tags and d.strip()]


@pytest.fixture(scope="module")
def zh(tmp_path_factory, dataset):
    folder = tmp_path_factory.mktemp("zh")
    pack = new_pack(dataset, THEMES, date="2026-12-01", language="zh")
    write_html(pack, dataset, folder / "pack.html")
    write_data(pack, dataset, folder / "pack.xlsx")
    write_data(pack, dataset, folder / "pack.csv")
    build_pdf(pack, dataset, folder / "pack.pdf", invariant=True)
    return folder, pack, Page((folder / "pack.html").read_text(encoding="utf-8"))


# --- HTML in Chinese ----------------------------------------------------------------------------------------

def test_a_chinese_page_is_chinese_with_its_headings_and_table_headers(zh):
    _, pack, page = zh
    assert page.errors == [] and page.all("html") == [{"lang": "zh-CN"}]
    h2 = [squash(d) for tags, _, d in page.text if tags[-1:] == ("h2",) and d.strip()]
    assert h2 == ["目录", "执行摘要", "贸易", "对台融合", "宏观经济", "资料来源"]
    assert squash(page.text_in("h1")) == "福建简报资料"  # the default title, as the Chinese PDF's cover
    heads = [squash(d) for tags, _, d in page.text if tags[-2:] == ("tr", "th") and "thead" in tags]
    assert heads[:7] == ["主题", "指标", "数值", "地区", "时期", "类别", "出处"]  # the headline figures
    assert heads[7:13] == ["指标", "数值", "时期", "地区", "类别", "出处"]  # key figures, as the PDF's table
    captions = [squash(d) for tags, _, d in page.text if tags[-1:] == ("caption",)]
    assert "主要数据：贸易" in captions and "目标与最新实际值：宏观经济" in captions
    assert not page.all("caption") or len(page.all("caption")) == len(page.all("table"))


def test_quotes_and_other_english_are_marked_english_and_chinese_is_not(zh, dataset):
    folder, pack, page = zh
    body = page.body()
    assert not [d for _, lang, d in body if CJK.search(d) and lang != "zh-CN"]  # no Chinese marked English
    unmarked = [d for _, lang, d in body if lang == "zh-CN" and re.search(r"[A-Za-z]{3,}", d) and not CJK.search(d)]
    assert unmarked == [], unmarked[:5]  # every English text on the page is marked English (a name's RCEP is not)
    resolved = resolve(pack, dataset, with_charts=False)
    quotes = {squash(d) for _, lang, d in body if lang == "en"}
    cited = [resolved.ctx.records[ids[0]] for ids in resolved.refs.entries.values()]
    stated = [r for r in cited if r.get("kind") != "derived"]  # initiatives have no kind
    assert len(stated) > 50 and all(squash(quoted_text(r["quote"])) in quotes for r in stated)


def test_every_citation_link_resolves(zh):
    _, _, page = zh
    ids = [a["id"] for _, a, _ in page.elements if "id" in a]
    assert len(ids) == len(set(ids))
    hrefs = [a["href"] for _, a, _ in page.elements if "href" in a]
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)
    refs = {h for h in hrefs if h.startswith("#ref-")}
    entries = {a["id"] for t, a, _ in page.elements if t == "li" and a.get("id", "").startswith("ref-")}
    assert len(refs) > 50 and {h[1:] for h in refs} == entries  # every entry cited, every citation an entry


def test_the_key_figures_are_the_chinese_pdfs_with_the_stated_digits(zh, dataset):
    folder, pack, page = zh
    pdf = squash("".join(p.extract_text() for p in pypdf.PdfReader(folder / "pack.pdf").pages)).replace(" ", "")
    rows = [[squash(c) for c in r] for r in _rows(folder / "pack.html")]
    resolved = resolve(pack, dataset, with_charts=False)
    figures = [rid for s in pack.sections for rid in s.indicators]
    table = [r for r in rows if len(r) == 6]  # the key figures' rows (the headline table has 7 cells, targets 5)
    assert len(table) == len(figures)
    for rid, row in zip(figures, table):
        record, said = dataset.indicators.set_index("id").loc[rid], shown(resolved.ctx.records[rid], "zh")
        assert row[0] == said["name"] and row[1].startswith(said["display"]) and row[2] == period_zh(record["period"])
        assert row[3] == region_zh(record["region"]) and row[4] == said["kind"]
        assert said["display"].replace(" ", "") in pdf  # the PDF prints the same words
    said = {r[0]: r[1] for r in table}
    assert said["地区生产总值"] == "5.4万亿元" and said["21个自由贸易试验区出口与进口之和"].startswith("1.8312万亿元")


def _rows(path) -> list[list[str]]:
    """Each body row of the page's tables as the text of its cells."""
    class Rows(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.rows, self.cell, self.body = [], None, False

        def handle_starttag(self, tag, attrs):
            if tag == "tbody":
                self.body = True
            elif tag == "tr" and self.body:
                self.rows.append([])
            elif tag in ("td", "th") and self.body:
                self.cell = []

        def handle_endtag(self, tag):
            if tag == "tbody":
                self.body = False
            elif tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell))
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)
    parser = Rows()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.rows


def test_charts_are_titled_labelled_and_described_in_chinese(zh, dataset):
    _, pack, page = zh
    resolved = resolve(pack, dataset)
    charts = [c for s in resolved.sections for c in s.charts]
    svgs = [a for t, a, _ in page.elements if t == "svg"]
    assert len(svgs) == len(charts) > 2
    titles = [squash(d) for tags, _, d in page.text if tags[-2:] == ("svg", "title")]
    assert titles and all(CJK.search(t) for t in titles) and "增速比较：福建，2024年" in titles
    svg_text = "".join(d for tags, _, d in page.text if "svg" in tags and "text" in tags)
    assert "增速（%）" in svg_text  # the axis, as the Chinese PDF's
    descriptions = page.text_in("desc")
    for chart in charts:
        for series in chart.spec.series:
            for p in series.points:
                said = shown(resolved.ctx.records[p.record_id], "zh")["display"]
                assert said in descriptions and said in page.text_in("figcaption")
    assert "柱状图，单位：增速（%），4个数值。" in descriptions


def test_a_chart_label_all_in_chinese_is_set_in_the_chinese_font(zh, dataset):
    """As the PDF draws it (the SVG is the PDF's drawing): a label with no Latin character was set in the Latin
    font, and printed as boxes."""
    _, pack, _ = zh

    def strings(shape):
        if isinstance(shape, String):
            yield shape
        for child in getattr(shape, "contents", ()):  # a Drawing or a Group
            yield from strings(child)
    texts = [s for section in resolve(pack, dataset).sections for c in section.charts for s in strings(c.drawing)]
    chinese = [s for s in texts if CJK.search(s.text)]
    assert any(not re.search(r"[\x00-\x7f]", s.text) for s in chinese)  # labels wholly in Chinese
    assert chinese and all(s.fontName == CJK_FONT for s in chinese)


# --- HTML en+zh ---------------------------------------------------------------------------------------------

def test_an_en_zh_page_is_english_with_its_chinese_names_marked(tmp_path, dataset):
    pack = new_pack(dataset, ["taiwan"], language="en+zh")
    write_html(pack, dataset, tmp_path / "p.html")
    page = Page((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert page.errors == [] and page.all("html") == [{"lang": "en"}]
    body = page.body()
    assert not [d for _, lang, d in body if CJK.search(d) and lang != "zh-CN"]
    marked = {squash(d) for _, lang, d in body if lang == "zh-CN"}
    names = dataset.indicators.set_index("id").loc[pack.sections[0].indicators, "name_zh"]
    assert all(n in marked for n in names if n) and "对台融合" in marked
    h2 = [squash(d) for tags, lang, d in page.text if tags[-1:] == ("h2",) and d.strip()]
    assert h2[:3] == ["Contents", "Executive summary", "Taiwan integration"]


# --- data files in Chinese ----------------------------------------------------------------------------------

def test_the_chinese_workbook_has_chinese_headers_names_and_the_stated_values(zh, dataset):
    folder, pack, _ = zh
    book = openpyxl.load_workbook(folder / "pack.xlsx")
    assert book.sheetnames == ["贸易", "对台融合", "宏观经济", "资料来源"]
    head = columns("zh")
    assert [c.value for c in book["贸易"][1]] == list(head) and {"指标", "数值", "时期", "地区"} <= set(head)
    assert [c.value for c in book["资料来源"][1]] == list(source_columns("zh"))
    resolved = resolve(pack, dataset, with_charts=False)
    for section, sheet in zip(pack.sections, book.worksheets):
        rows = [dict(zip(head, (c.value for c in r))) for r in sheet.iter_rows(min_row=2)]
        assert len(rows) == len(section.indicators)
        for rid, row in zip(section.indicators, rows):
            record = resolved.ctx.records[rid]
            said = shown(record, "zh")
            assert row["数值"] == value_number(record) and type(row["数值"]) is type(value_number(record))
            assert (row["指标"], row["时期"], row["地区"], row["类别"]) == (
                said["name"], said["period"], said["region"], said["kind"])
            assert row["表述"] == resolved.display(rid) and row["表述"].startswith(said["display"])
            assert row["引文（原文）"] == record["quote"] and row["单位"] == record["unit"]
    grp = next(r for r in book["宏观经济"].iter_rows(min_row=2) if r[1].value == "地区生产总值")
    assert grp[2].value == 5_400_000_000_000 and grp[2].data_type == "n" and grp[4].value == "5.4万亿元"


def test_the_chinese_csv_has_chinese_headers_and_the_stated_values(zh, dataset):
    folder, pack, _ = zh
    with open(folder / "pack.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [WORDS["zh"]["section"], *columns("zh")]
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    resolved = resolve(pack, dataset, with_charts=False)
    ids = [rid for s in pack.sections for rid in s.indicators]
    assert len(body) == len(ids) and {r["部分"] for r in body} == {"贸易", "对台融合", "宏观经济"}
    for rid, row in zip(ids, body):
        record = resolved.ctx.records[rid]
        assert row["数值"] == value_text(record) and row["指标"] == shown(record, "zh")["name"]
    assert next(r for r in body if r["指标"] == "地区生产总值")["数值"] == "5400000000000"


def test_the_english_headers_are_the_words_of_the_language_module():
    assert columns("en") == COLUMNS and source_columns("en") == SOURCE_COLUMNS
    assert columns("en+zh")[:3] == ("Ref.", "Figure", "Chinese name")


def test_chinese_companions_still_never_hold_a_formula_or_markup_from_the_data(tmp_path):
    data = load(write_mini_seeds(tmp_path / "seeds", HOSTILE_RECORDS))
    pack = new_pack(data, language="zh")
    write_html(pack, data, tmp_path / "h.html")
    page = Page((tmp_path / "h.html").read_text(encoding="utf-8"))
    assert page.errors == [] and not page.all("script") and not page.all("b")
    assert "<script>alert('x')</script>" in "".join(d for _, _, d in page.text)
    write_data(pack, data, tmp_path / "h.csv")
    write_data(pack, data, tmp_path / "h.xlsx")
    with open(tmp_path / "h.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "'=1+1" in {r["指标"] for r in rows}  # an imported-like name with no Chinese one: the English, guarded
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    cells = [c for s in openpyxl.load_workbook(tmp_path / "h.xlsx").worksheets for row in s.iter_rows() for c in row]
    assert "=1+1" in {c.value for c in cells} and all(c.data_type != "f" for c in cells)


def test_file_export_pack_data_follows_the_open_packs_language(qtbot, dataset, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    window.pack.document.replace(new_pack(dataset, ["taiwan"], language="zh"))
    for name in ("p.html", "p.xlsx"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, name=name, **k: (str(tmp_path / name), ""))
        window.actions_by_id["export-pack-data"].trigger()
    assert Page((tmp_path / "p.html").read_text(encoding="utf-8")).all("html") == [{"lang": "zh-CN"}]
    assert openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames == ["对台融合", "资料来源"]


# --- numbers as stated ----------------------------------------------------------------------------------------

def run_json(capsys, *args) -> tuple[list[dict], str]:
    assert main(["list", "indicators", "--format", "json", *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out), out


def test_json_writes_a_count_as_an_int_and_a_decimal_as_stated(capsys):
    rows, raw = run_json(capsys)
    by_id = {r["id"]: r for r in rows}
    projects = by_id["bizenv-new-projects-over-1bn-2024"]
    assert projects["value"] == 102 and type(projects["value"]) is int  # "102 new projects"
    assert type(by_id["gwr23-grp"]["value"]) is int and by_id["gwr23-grp"]["value"] == 5_400_000_000_000
    assert by_id["gwr23-grp-growth"]["value"] == 4.5 and '"value": 4.5,' in raw  # "an increase of 4.5%"
    assert not re.search(r'"value": -?\d+\.0,', raw)  # no invented decimal
    decimals = [r for r in rows if isinstance(r["value"], float)]
    for r in decimals:  # the number its quote states (JSON numbers carry no trailing zeros: 5.40 reads 5.4)
        assert r["value"] == float(value_text(r)), r["id"]
    assert len(decimals) > 20


@pytest.fixture
def stated_seeds(tmp_path):
    """The mini seeds with a growth rate the document writes with a trailing zero: 4.50%."""
    return write_mini_seeds(tmp_path / "seeds", MINI_RECORDS.replace("an increase of 4.5%.", "an increase of 4.50%.")
                            .replace("display: up 4.5%", "display: up 4.50%"),
                            MINI_DOC.replace("an increase of 4.5%", "an increase of 4.50%"))


def test_a_value_written_with_a_trailing_zero_keeps_it_in_csv(capsys, stated_seeds, tmp_path):
    """CSV and the workbook carry the digits as written (4.50); JSON, whose numbers have no trailing zeros, the
    number (4.5) beside the display as printed."""
    rows, raw = run_json(capsys, "--data", str(stated_seeds))
    assert '"value": 4.5,' in raw and '"value": 5400000000000,' in raw and '"value": 75000,' in raw
    assert {r["display"] for r in rows if r["value"] == 4.5} == {"up 4.50%"}
    assert main(["list", "indicators", "--format", "csv", "--data", str(stated_seeds)]) == 0
    listed = {r["id"]: r["value"] for r in csv.DictReader(capsys.readouterr().out.splitlines())}
    assert listed["grp-growth-2023"] == "4.50" and listed["enterprises-2023"] == "75000"
    data = load(stated_seeds)
    write_data(new_pack(data, ["economy"]), data, tmp_path / "d.csv")
    write_data(new_pack(data, ["economy"]), data, tmp_path / "d.xlsx")
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as f:
        values = {r["Figure"] + r["Period"]: r["Value"] for r in csv.DictReader(f) if r["Unit"] == "%"}
    assert values == {"Growth of tax revenue2023": "4.50"}
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx").worksheets[0]
    cell = next(r[2] for r in sheet.iter_rows(min_row=2) if r[3].value == "%")
    assert cell.value == 4.5 and cell.data_type == "n" and cell.number_format == "#,##0.00"


def test_stated_values_take_the_quotes_digits_and_never_drop_one():
    def record(value, quote, unit="CNY", kind="actual", **more):
        return {"value": value, "quote": quote, "unit": unit, "kind": kind, "qualifier": "exact", **more}
    assert value_text(record(102.0, "introduced 102 new projects", "projects")) == "102"
    assert value_text(record(5.4e12, "hit 5.4 trillion yuan")) == "5400000000000"
    assert value_text(record(-0.2, "dropped by 0.2%", "%")) == "-0.2"
    assert value_text(record(5.4, "a rate of 5.40%", "%")) == "5.40"
    assert value_text(record(9.75, "about 9.8%", "%")) == "9.75"  # a quote that does not state it: its own digits
    assert value_text(record(538e9, "x", kind="derived", place=9.0)) == "538000000000"
    assert value_text(record(1.260582e17, "126058200000000000")) == "126058200000000000"
    assert value_number(record(102.0, "102 projects", "projects")) == 102
    assert type(value_number(record(4.5, "4.5%", "%"))) is float
