"""The pack beside its PDF (issue 16, items 6 and 7): its data as XLSX and CSV, and the accessible HTML companion,
each read back (openpyxl, csv, html.parser) and held against the PDF of the same pack (pypdf)."""
import csv
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pypdf
import pytest
from conftest import MINI_RECORDS, write_mini_seeds
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_gui import open_window

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.core.charts.describe import describe
from briefing.core.model.dataset import load
from briefing.core.pack.model import new_pack, save_pack
from briefing.core.provenance.cite import internal_names
from briefing.report.document import build_pdf
from briefing.report.pack_data import COLUMNS, guard_csv, sheet_names, write_data
from briefing.report.pack_html import write_html
from briefing.report.resolved import resolve

HOSTILE = "<script>alert('x')</script> & \"q\""
HOSTILE_RECORDS = (MINI_RECORDS.replace("name: Enterprises established", 'name: "=1+1"')
                   .replace("name: Tax revenue", 'name: "Tax\\x07 revenue"')  # a control character: not XML
                   .replace("name: Growth of tax revenue", 'name: "@SUM(A1)"')
                   .replace("name: Fujian Products to the World", "name: \"<script>alert('x')</script> & \\\"q\\\"\"")
                   .replace("description: Helps enterprises expand their markets.", 'description: "-2+3 <b>R&D</b>"'))
VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "wbr", "source", "track", "embed"}


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pack(dataset):
    return new_pack(dataset, ["trade", "taiwan", "economy"], date="2026-12-01")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, pack, dataset):
    folder = tmp_path_factory.mktemp("outputs")
    build_pdf(pack, dataset, folder / "pack.pdf", invariant=True)
    write_data(pack, dataset, folder / "pack.xlsx")
    write_data(pack, dataset, folder / "pack.csv")
    write_html(pack, dataset, folder / "pack.html")
    return folder


@pytest.fixture(scope="module")
def pdf_text(outputs):
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(outputs / "pack.pdf").pages)


@pytest.fixture
def hostile(tmp_path):
    root = write_mini_seeds(tmp_path / "hostile-seeds", HOSTILE_RECORDS)
    return root, load(root)


# --- XLSX ---------------------------------------------------------------------------------------------------

def test_the_workbook_has_a_sheet_per_section_and_sources(outputs, pack, dataset):
    book = openpyxl.load_workbook(outputs / "pack.xlsx")
    assert book.sheetnames == ["Trade", "Taiwan integration", "Macro economy", "Sources"]
    for name in book.sheetnames:
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        assert header == (list(COLUMNS) if name != "Sources" else ["Ref.", "Citation", "Quote", "Cited for"])
        assert all(c.font.bold for c in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[c].width and sheet.column_dimensions[c].width > 4 for c in "ABC")


def test_every_figure_of_the_pdf_pack_is_in_the_workbook_as_printed(outputs, pack, dataset, pdf_text):
    book = openpyxl.load_workbook(outputs / "pack.xlsx")
    resolved = resolve(pack, dataset, with_charts=False)
    text = squash(pdf_text)
    for section, sheet in zip(pack.sections, book.worksheets):
        rows = [dict(zip(COLUMNS, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
        assert [r["Figure"] for r in rows] == [resolved.ctx.records[i]["name"] for i in section.indicators]
        for rid, row in zip(section.indicators, rows):
            record = resolved.ctx.records[rid]
            assert isinstance(row["Value"], int | float) and row["Value"] == pytest.approx(record["value"])
            assert isinstance(row["Ref."], int) and row["Ref."] == resolved.number(rid)
            assert row["Display"] == resolved.display(rid)
            assert squash(row["Display"]) in text  # the PDF prints the same words
            assert row["Citation"] == resolved.citation(rid) and row["Quote"] == record["quote"]
            assert row["Source title"] == dataset.source_map[record["source"]]["title"]
    big = next(r for r in book["Macro economy"].iter_rows(min_row=2) if isinstance(r[2].value, int) and r[2].value > 1e9)
    assert big[2].data_type == "n" and big[2].number_format == "#,##0"


def test_the_sources_sheet_numbers_records_as_the_pdf_does(outputs, pdf_text, pack, dataset):
    appendix = squash(pdf_text)  # "[N] “quote" stands only in Sources (every page's header names the section)
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(outputs / "pack.xlsx")["Sources"].iter_rows(min_row=2)]
    resolved = resolve(pack, dataset, with_charts=False)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1)) and len(rows) > 50
    assert len(rows) == len(resolved.refs.entries)  # one row per entry: per cited sentence, as the PDF
    for number, citation, quote, cited_for in rows:
        records = [resolved.ctx.records[rid] for rid in resolved.refs.entries[number]]
        record = records[0]
        assert quote == record["quote"]
        mark = "" if quote[:1] in "\"“‘'«「『" else "“"  # a quote opening with its own mark gets no second one
        after = f"[{number}] " + (f"{record['name']}, {record['period']}: computed from" if record.get("kind") == "derived"
                                  else f"{mark}{squash(quote)}"[:40])
        assert squash(after) in appendix, number
        assert citation.startswith(record["name"])
        assert all(r["name"] in cited_for for r in records)


def test_cells_from_the_data_never_become_formulas(hostile, tmp_path):
    root, data = hostile
    out = tmp_path / "h.xlsx"
    write_data(new_pack(data), data, out)
    book = openpyxl.load_workbook(out)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert {"=1+1", "@SUM(A1)", "Tax revenue"} <= {c.value for c in cells}  # the control character left out
    assert all(c.data_type != "f" for c in cells)
    formula_cell = next(c for c in cells if c.value == "=1+1")
    assert formula_cell.data_type == "s" and formula_cell.quotePrefix
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in s or "<f " in s for s in sheets)

    write_data(new_pack(data), data, tmp_path / "h.csv")
    with open(tmp_path / "h.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {"'=1+1", "'@SUM(A1)"} <= {r["Figure"] for r in rows}
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    assert guard_csv("-2+3") == "'-2+3" and guard_csv(-2.5) == "-2.5" and guard_csv("Fujian") == "Fujian"


def test_sheet_names_are_short_unique_and_legal():
    names = sheet_names(["Trade", "trade", "A/B: [C]*?\\", "x" * 40, "x" * 40, "Sources", "'quoted'", ""])
    assert len(set(n.casefold() for n in names)) == len(names) and "sources" not in {n.casefold() for n in names}
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) and not n.startswith("'") for n in names)
    assert names[:3] == ["Trade", "trade (2)", "A B C"] and names[-1] == "Section 8"


# --- CSV ----------------------------------------------------------------------------------------------------

def test_the_csv_is_utf8_with_bom_and_a_section_column(outputs, pack, dataset):
    raw = (outputs / "pack.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(outputs / "pack.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Section", *COLUMNS]
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(body) == sum(len(s.indicators) for s in pack.sections)
    assert [r["Section"] for r in body][0] == "Trade" and {r["Section"] for r in body} == {
        "Trade", "Taiwan integration", "Macro economy"}
    assert all(float(r["Value"]) == float(r["Value"]) for r in body)  # every value a number
    resolved = resolve(pack, dataset, with_charts=False)
    first = pack.sections[0].indicators[0]
    assert body[0]["Display"] == resolved.display(first) and body[0]["Citation"] == resolved.citation(first)


# --- HTML ---------------------------------------------------------------------------------------------------

class Page(HTMLParser):
    """Every element with its attributes, the text by element, and whether the tags nest properly."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []  # tag, attributes, open ancestors
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[tuple[tuple[str, ...], str]] = []
        self.feed(text)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed {self.stack}")

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), tuple(self.stack)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append((tuple(self.stack), data))

    def all(self, tag):
        return [a for t, a, _ in self.elements if t == tag]

    def text_in(self, tag):
        return "".join(d for stack, d in self.text if tag in stack)


@pytest.fixture(scope="module")
def page(outputs):
    return Page((outputs / "pack.html").read_text(encoding="utf-8"))


def test_the_html_is_well_formed_with_headings_and_contents(page, pack):
    assert page.errors == []
    assert page.all("html") == [{"lang": "en"}]
    assert "".join(d for stack, d in page.text if stack[-2:] == ("head", "title")) == pack.title
    assert len(page.all("h1")) == 1
    assert squash(page.text_in("h1")) == pack.title
    h2 = [squash(d) for stack, d in page.text if stack and stack[-1] == "h2" and d.strip()]
    assert h2 == ["Contents", "Executive summary", "Trade", "Taiwan integration", "Macro economy", "Sources"]
    nav_links = [a["href"] for t, a, up in page.elements if t == "a" and "nav" in up]
    assert {f"#section-{n}" for n in range(len(pack.sections))} | {"#summary", "#sources"} <= set(nav_links)


def test_every_link_resolves_and_nothing_is_external(page, outputs):
    ids = [a["id"] for _, a, _ in page.elements if "id" in a]
    assert len(ids) == len(set(ids))
    hrefs = [a["href"] for _, a, _ in page.elements if "href" in a]
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)
    assert not any("src" in a or "xlink:href" in a for _, a, _ in page.elements)
    assert not page.all("script") and not page.all("link") and not page.all("img")
    raw = (outputs / "pack.html").read_text(encoding="utf-8")
    assert "url(" not in raw and "@import" not in raw and "http:" not in raw.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https:" not in raw
    refs = [h for h in hrefs if h.startswith("#ref-")]
    assert len(refs) > 50 and {h[1:] for h in refs} <= {a.get("id") for t, a, _ in page.elements if t == "li"}


def test_tables_have_captions_and_column_headers(page):
    tables = [up for t, _, up in page.elements if t == "table"]
    captions = [up for t, _, up in page.elements if t == "caption"]
    assert len(tables) >= 4 and len(captions) == len(tables)
    assert page.all("th") and all(a.get("scope") in ("col", "row") for a in page.all("th"))
    assert "Key figures: Trade" in page.text_in("caption")


def test_charts_are_inline_svg_described_value_by_value(page, pack, dataset):
    resolved = resolve(pack, dataset)
    charts = [c for s in resolved.sections for c in s.charts]
    svgs = [a for t, a, up in page.elements if t == "svg"]
    assert len(svgs) == len(charts) > 3
    assert all(a["role"] == "img" and "figure" in up for (t, a, up) in page.elements if t == "svg")
    ids = {a["id"]: t for t, a, _ in page.elements if "id" in a}
    for svg in svgs:
        title, desc = svg["aria-labelledby"].split()
        assert ids[title] == "title" and ids[desc] == "desc"
    descriptions = page.text_in("desc")
    captions = page.text_in("figcaption")
    for chart in charts:
        for series in chart.spec.series:
            for p in series.points:
                assert p.display in descriptions and p.display in captions
        assert describe(chart.spec) in descriptions


def test_a_cautioned_figure_added_by_hand_carries_its_caution(dataset, tmp_path):
    cautioned = dataset.indicators[dataset.indicators["caution"].fillna("") != ""].iloc[0]
    pack = new_pack(dataset, ["taiwan"])
    pack.sections[0].indicators.append(cautioned["id"])
    write_html(pack, dataset, tmp_path / "c.html")
    write_data(pack, dataset, tmp_path / "c.xlsx")
    page = Page((tmp_path / "c.html").read_text(encoding="utf-8"))
    row_headers = squash(" ".join(d for stack, d in page.text if "tbody" in stack and "th" in stack))
    assert squash(cautioned["name"]) in row_headers and squash(f"Caution: {cautioned['caution']}") in row_headers
    assert squash(cautioned["caution"]) in squash(page.text_in("ol"))  # and in Sources, as the PDF
    rows = [dict(zip(COLUMNS, (c.value for c in r))) for r in openpyxl.load_workbook(tmp_path / "c.xlsx").worksheets[0].iter_rows(min_row=2)]
    row = next(r for r in rows if r["Figure"] == cautioned["name"])
    assert row["Caution"] == cautioned["caution"] and f"Caution: {cautioned['caution']}" in row["Citation"]


def test_quotes_and_no_internal_names(page, dataset, pack):
    body = " ".join(d for stack, d in page.text if "body" in stack and "style" not in stack)
    names = internal_names([*dataset.indicators["id"], *dataset.initiatives["id"], *dataset.sources["id"]],
                           dataset.sources["file"])
    assert not names.search(body), names.search(body)
    quote = dataset.indicators.set_index("id").loc[pack.sections[0].indicators[0], "quote"]
    assert squash(quote) in squash(page.text_in("ol"))


def test_markup_from_the_data_is_text_in_the_html(hostile, tmp_path):
    root, data = hostile
    out = tmp_path / "h.html"
    write_html(new_pack(data, title="R&D <b>not bold</b> \"q\"", notes="<i>a</i>\n\nb"), data, out)
    raw = out.read_text(encoding="utf-8")
    page = Page(raw)
    assert page.errors == [] and not page.all("script") and not page.all("b")
    assert '<a href="#pack-notes">' in raw and "&lt;i&gt;a&lt;/i&gt;" in raw
    # the trend's title names it; the one-figure comparison is stated in words, as in the PDF
    assert "\x07" not in raw and "Tax revenue" in raw and raw.count("<svg") == 1
    assert "<p><strong>Growth rates" in raw
    text = " ".join(d for _, d in page.text)
    assert HOSTILE in text and "-2+3 <b>R&D</b>" in text and "R&D <b>not bold</b> \"q\"" in page.text_in("head")


# --- command line and window ----------------------------------------------------------------------------------

def test_cli_writes_data_and_html_with_or_without_a_pdf(tmp_path, capsys, dataset):
    pack_file = tmp_path / "visit.json"
    save_pack(new_pack(dataset, ["ecology", "taiwan"]), pack_file)
    assert main(["export", "--pack", str(pack_file), "--theme", "taiwan", "--data", str(tmp_path / "d.xlsx"),
                 "--html", str(tmp_path / "p.html")]) == ExitCode.OK
    assert openpyxl.load_workbook(tmp_path / "d.xlsx").sheetnames == ["Taiwan integration", "Sources"]
    assert not (tmp_path / "p.pdf").exists() and "<h2" in (tmp_path / "p.html").read_text(encoding="utf-8")
    assert main(["export", "--theme", "ecology", "-o", str(tmp_path / "p.pdf"), "--data", str(tmp_path / "d.csv")]) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "d.csv").stat().st_size
    capsys.readouterr()

    assert main(["export", "--theme", "ecology"]) == ExitCode.CANNOT_RUN
    assert "nothing to write" in capsys.readouterr().err
    assert main(["export", "--data", str(tmp_path / "d.txt")]) == ExitCode.CANNOT_RUN
    err = capsys.readouterr().err
    assert str(tmp_path / "d.txt") in err and ".xlsx or .csv" in err and "Traceback" not in err
    assert main(["export", "--data", str(tmp_path / "no" / "d.csv")]) == ExitCode.CANNOT_RUN
    assert f"{tmp_path / 'no' / 'd.csv'}: cannot write" in capsys.readouterr().err
    assert main(["export", "--data", str(tmp_path / "same.csv"), "--html", str(tmp_path / "same.csv")]) == 2


def test_the_pdf_export_does_not_load_openpyxl(tmp_path):
    code = ("import sys; from briefing.cli import main; "
            f"code = main(['export', '--theme', 'taiwan', '-o', {str(tmp_path / 'p.pdf')!r}]); "
            "print(code, 'openpyxl' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.split()[-2:] == ["0", "False"], run.stderr


@pytest.mark.parametrize(("name", "chosen", "suffix"), [
    ("pack", "CSV, UTF-8 (*.csv)", ".csv"), ("pack", "Excel workbook (*.xlsx)", ".xlsx"),
    ("pack.xlsx", "CSV, UTF-8 (*.csv)", ".xlsx"), ("pack", "Web page for screen readers and e-mail (*.html)", ".html")])
def test_file_export_pack_data_writes_the_open_pack(qtbot, dataset, tmp_path, monkeypatch, name, chosen, suffix):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, filters, *a, **k: (asked.append((suggested, filters))
                                                                            or (str(tmp_path / name), chosen)))
    window.actions_by_id["export-pack-data"].trigger()  # no pack open: one from the filters, as Export PDF does
    pack = window.pack.document.pack
    assert pack is not None and asked[0][0].endswith(".xlsx") and "*.csv" in asked[0][1]
    out = tmp_path / Path(name).with_suffix(suffix).name
    assert out.exists()
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(out).sheetnames[-1] == "Sources"
    elif suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    else:
        assert Page(out.read_text(encoding="utf-8")).errors == []
    assert str(out) in window.statusBar().currentMessage()


def test_a_data_export_that_fails_says_so_naming_the_file(qtbot, dataset, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    target = tmp_path / "missing-folder" / "pack.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    window.actions_by_id["export-pack-data"].trigger()
    assert len(shown) == 1 and str(target) in shown[0][1] and "cannot write" in shown[0][1]
    assert not target.exists()
