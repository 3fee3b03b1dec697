"""Briefing packs: the pack file, and the real PDF parsed back with pypdf."""
import dataclasses
import json
import subprocess
import sys
from collections import Counter

import pypdf
import pytest

from briefing.core.pack.model import PACK_VERSION, Pack, PackError, load_pack, new_pack, save_pack
from briefing.report.document import Cancelled, build_pdf

TRICKY = "R&D <b>not bold</b> \"quoted\" ‘single’ 福建自贸区 😀"


def text_of(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def default_pdf(tmp_path_factory, dataset):
    out = tmp_path_factory.mktemp("pdf") / "pack.pdf"
    build_pdf(new_pack(dataset, date="2026-11-22"), dataset, out, invariant=True)
    return out


@pytest.fixture(scope="module")
def reader(default_pdf):
    return pypdf.PdfReader(default_pdf)


def test_pages_are_numbered_page_x_of_y(reader):
    n = len(reader.pages)
    assert n > 20
    # each page's "Page X of Y" is a form filled in at the end, flush with the right margin
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {n}" in squash(page.extract_text())


def test_the_page_number_ends_at_the_right_margin(default_pdf, tmp_path):
    """Rendered (pdftoppm): the footer's text ends where the rule above it ends."""
    from PIL import Image
    subprocess.run(["pdftoppm", "-r", "100", "-f", "3", "-l", "3", "-png", str(default_pdf), str(tmp_path / "p")],
                   check=True)
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    dark = lambda y: [x for x in range(width) if image.getpixel((x, y)) < 160]  # noqa: E731
    rule = next(y for y in range(height - 1, height // 2, -1) if len(dark(y)) > width / 2)  # the footer rule
    text_right = max(max(dark(y), default=0) for y in range(rule + 3, min(height, rule + 30)))
    assert abs(text_right - max(dark(rule))) <= 2


def page_of(reader: pypdf.PdfReader, title: str) -> int:
    """The page (from 0) the outline entry `title` opens."""
    def walk(items):
        for item in items:
            yield from walk(item) if isinstance(item, list) else [item]
    return reader.get_destination_page_number(next(o for o in walk(reader.outline) if o.title == title))


def test_the_summary_names_each_figure_once_and_charts_say_what_they_show(reader):
    summary = squash(reader.pages[page_of(reader, "Executive summary")].extract_text())
    messages, table = summary.split("Headline figures Table")
    refs = Counter(r for r in table.split() if r.startswith("[") and r.endswith("]"))  # one sentence, one number
    said = Counter(r.strip(".") for r in messages.split() if r.startswith("["))
    assert refs and all(said[r] >= n for r, n in refs.items())  # each figure of the table has its message
    assert "Growth rates of the figures in this section" in text_of(reader)
    assert "filtered" not in text_of(reader)


def test_outline_has_an_entry_per_theme_with_its_parts(reader, dataset):
    top = [o for o in reader.outline if not isinstance(o, list)]
    titles = [o.title for o in top]
    assert titles[:2] == ["Contents", "Executive summary"] and titles[-1] == "Sources"
    for theme in ("Trade", "Taiwan integration", "Digital economy", "Ecology"):
        assert theme in titles
    trade = reader.outline[reader.outline.index(top[titles.index("Trade")]) + 1]
    assert [o.title for o in trade] == ["Key figures", "Initiatives"]
    # each bookmark opens the page its heading is on
    page = reader.get_destination_page_number(top[titles.index("Trade")])
    assert "Trade Key figures Table 2. Key figures: Trade Figure Value" in squash(reader.pages[page].extract_text())
    assert "Trade . . ." in squash(reader.pages[1].extract_text())  # the contents list it



def test_metadata_and_language(reader):
    meta = reader.metadata
    assert meta.title == "Fujian briefing pack" and meta.author == "Fujian Briefing Desk"
    assert meta.subject and meta.creator == "Fujian Briefing Desk"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def assert_every_font_is_embedded(reader: pypdf.PdfReader) -> None:
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font).get(
            "/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"


def test_every_font_is_embedded(reader):
    assert_every_font_is_embedded(reader)


def test_chinese_in_chart_labels_is_set_in_the_chinese_font(tmp_path, dataset):
    rid = next(c[6:] for c in new_pack(dataset, ["trade"]).sections[0].charts if c.startswith("trend:"))
    inds = dataset.indicators.copy()
    row = inds[inds["id"] == rid].iloc[0]
    # the whole series renamed, so its trend chart keeps its points
    inds.loc[inds["name"] == row["name"], "name"] = "福建 外贸进出口"
    data = dataclasses.replace(dataset, indicators=inds)
    reader = pypdf.PdfReader(build_pdf(new_pack(data, ["trade"]), data, tmp_path / "zh.pdf"))
    # the trend chart's title, "福建 外贸进出口 (region)", drawn run by run on one baseline
    title_pages = []
    for number, page in enumerate(reader.pages):
        pieces = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size, pieces=pieces: pieces.append(
            (text.strip(), str((font or {}).get("/BaseFont", "")), round(cm[5] + tm[5], 1))))
        for text, font, _ in pieces:
            if any("\u4e00" <= char <= "\u9fff" for char in text):
                assert "DroidSansFallback" in font, f"page {number + 1}: {text!r} is set in {font}"
        baselines = {y for text, _, y in pieces if text == f"({row['region']})"}
        if {"福建", "外贸进出口"} <= {text for text, _, y in pieces if y in baselines}:
            title_pages.append(number)
    assert title_pages, "the chart title with the Chinese name is not in the PDF"
    assert "\x00" not in text_of(reader)  # a glyph the font lacks extracts as NUL
    assert_every_font_is_embedded(reader)


def test_figures_and_quotes_are_in_the_pdf(reader, dataset):
    text = squash(text_of(reader))
    inds = dataset.indicators.set_index("id")
    for rid in ("gwr23-grp", "xm21-software-revenue-2020", "ftz23-trade-2023q1"):  # a renamed id fails here
        assert rid in inds.index, f"{rid} is no longer in the seeds: name another figure to look for"
        assert squash(inds.loc[rid, "display"]) in text
        assert squash(inds.loc[rid, "quote"])[:60] in text
    for title in dataset.sources["title"]:
        assert squash(title) in text


def test_user_text_round_trips_verbatim(tmp_path, dataset):
    pack = new_pack(dataset, ["taiwan"], title=TRICKY, notes=TRICKY, subtitle="A & B < C")
    out = build_pdf(pack, dataset, tmp_path / "tricky.pdf")
    reader = pypdf.PdfReader(out)
    first = squash(reader.pages[0].extract_text())
    assert TRICKY in first and "A & B < C" in first  # the cover
    assert reader.metadata.title == TRICKY
    assert squash(text_of(reader)).count(TRICKY) >= 2  # and the pack's notes


@pytest.mark.parametrize("paper, size", [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_paper_sizes(tmp_path, dataset, paper, size):
    out = build_pdf(new_pack(dataset, ["ecology"], paper=paper), dataset, tmp_path / f"{paper}.pdf")
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == size


def test_identical_input_gives_identical_bytes(tmp_path, dataset, default_pdf):
    again = build_pdf(new_pack(dataset, date="2026-11-22"), dataset, tmp_path / "again.pdf", invariant=True)
    assert again.read_bytes() == default_pdf.read_bytes()


def test_a_cancelled_export_leaves_the_old_file(tmp_path, dataset):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF-1.4 previous")
    with pytest.raises(Cancelled):
        build_pdf(new_pack(dataset), dataset, out, cancelled=lambda: True)
    assert out.read_bytes() == b"%PDF-1.4 previous" and [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_progress_is_reported(tmp_path, dataset):
    seen = []
    build_pdf(new_pack(dataset, ["ecology"]), dataset, tmp_path / "p.pdf", progress=seen.append)
    assert seen and 0 < max(seen) <= 1


def test_pack_file_round_trip_and_what_is_kept(tmp_path, dataset):
    pack = new_pack(dataset, ["trade", "taiwan"], title="Round trip", notes="Keep me")
    path = save_pack(pack, tmp_path / "p.json")
    again, warnings = load_pack(path, dataset)
    assert again == pack and warnings == []
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["sections"][0]["indicators"].append("no-such-figure")
    doc["sections"][0]["charts"].append("trend:no-such-figure")
    path.write_text(json.dumps(doc), encoding="utf-8")
    kept, warnings = load_pack(path, dataset)
    assert kept.sections[0].indicators == pack.sections[0].indicators and kept.notes == "Keep me"
    assert len(warnings) == 2 and all(str(path) in str(w) for w in warnings)
    assert "no-such-figure" in str(warnings[0])


@pytest.mark.parametrize("content, message", [
    ('{"title": "x",\n "sections": [}', "line 2: not valid JSON"),
    (json.dumps({"version": PACK_VERSION + 1}), "newer version"),
    (json.dumps({"paper": "a3"}), "field paper"),
    ("[1, 2]", "not a pack file"),
])
def test_bad_pack_files_give_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackError, match=message) as err:
        load_pack(path)
    assert str(path) in str(err.value)


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_cli_export_with_a_pack_and_its_errors(tmp_path, dataset):
    pack = save_pack(Pack(title="From a file", themes=["ecology"],
                          sections=new_pack(dataset, ["ecology"]).sections), tmp_path / "p.json")
    done = run_cli("export", "--pack", str(pack), "--paper", "letter", "-o", str(tmp_path / "p.pdf"))
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(tmp_path / "p.pdf")
    assert reader.metadata.title == "From a file" and round(float(reader.pages[0].mediabox.width)) == 612
    unknown = run_cli("export", "--theme", "tourism", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "unknown theme tourism" in unknown.stderr
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    bad = run_cli("export", "--pack", str(tmp_path / "bad.json"), "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "bad.json, line 1: not valid JSON" in bad.stderr
    nowhere = run_cli("export", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    for run in (unknown, bad, nowhere):
        assert "Traceback" not in run.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_sources_appendix_lists_references_in_order(reader):
    import re
    appendix = "\n".join(page.extract_text() for page in reader.pages[page_of(reader, "Sources"):])
    numbers = [int(n) for n in re.findall(r"^\s*\[(\d+)\]", appendix, re.MULTILINE)]
    assert len(numbers) > 50 and numbers == list(range(1, len(numbers) + 1))  # grouped by document, yet in order


def test_figures_two_sources_state_differently_are_marked(tmp_path, dataset, monkeypatch):
    """An imported table that disagrees with a document: both figures printed, each marked, the note in Sources."""
    from briefing.cli import main
    from briefing.core.ingest.workspace import with_workspace
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    table = tmp_path / "travel.csv"
    table.write_text("name,period,value,unit,region,theme\n"
                     "Growth of inbound and outbound travelers,2024,40.1,%,Fujian,trade\n", encoding="utf-8")
    assert main(["import", str(table)]) == 0
    data, _ = with_workspace(dataset)
    out = tmp_path / "trade.pdf"
    build_pdf(new_pack(data, ["trade"]), data, out, invariant=True)
    text = squash(text_of(pypdf.PdfReader(out)))
    assert text.count("sources differ: see the note in Sources") == 2  # the document's 51.2% and the table's 40.1%
    # the growth chart's two bars, in the chart of Fujian's 2024 rates
    assert text.count("travelers (sources differ)") == 2 and "in this section: Fujian, 2024" in text
    assert "Sources differ: Creating a World-Class Business Environment" in text
