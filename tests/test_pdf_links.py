"""The printed pack as a reader uses it: reference numbers that open their source entry and entries that link back
to the pages citing them, one entry per sentence, key messages in words, numbered figures and tables, type sizes
for print, no near-empty last page, a cover on one page. Each test parses the real PDF with pypdf."""
import re
import subprocess
from html import unescape

import pypdf
import pytest

from briefing.core.pack.model import new_pack
from briefing.report.document import MARGIN, build_pdf
from briefing.report.flowables import styles
from briefing.report.parts import PARTS, Context, References
from briefing.report.parts.base import _sentence

REF = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def pack_pdf(tmp_path_factory, dataset):
    out = tmp_path_factory.mktemp("links") / "pack.pdf"
    build_pdf(new_pack(dataset, date="2026-11-22"), dataset, out, invariant=True)
    reader = pypdf.PdfReader(out)
    reader.words = words_of(out)
    return reader


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words_of(path) -> list[list[tuple[str, float, float]]]:
    """Each page's words with their centres in PDF coordinates (pdftotext -bbox, poppler's own text layout)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page)[1])
        pages.append([(unescape(w), (float(x0) + float(x1)) / 2, height - (float(y0) + float(y1)) / 2)
                      for x0, y0, x1, y1, w in WORD.findall(page)])
    return pages


def walk(items):
    for item in items:
        yield from walk(item) if isinstance(item, list) else [item]


def page_of(reader, title: str) -> int:
    return reader.get_destination_page_number(next(o for o in walk(reader.outline) if o.title == title))


def chunks(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each piece of text the page draws."""
    out = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: out.append(
        (text, cm[4] + tm[4], cm[5] + tm[5], size)) if text.strip() else None)
    return out


def links(reader, number: int):
    """(rect, destination page, destination top) of each internal link on page `number`."""
    out = []
    for annot in reader.pages[number].get("/Annots") or []:
        annot = annot.get_object()
        dest = annot.get("/Dest")
        if dest is not None:
            out.append(([float(v) for v in annot["/Rect"]], reader.get_page_number(dest[0].get_object()),
                        float(dest[3]) if len(dest) > 3 and dest[3] is not None else None))
    return out


def linked_text(reader, number: int):
    """(text under the link, destination page, destination top) for each internal link on page `number`."""
    pieces = reader.words[number]
    for rect, page, top in links(reader, number):
        under = "".join(t for t, x, y in pieces if rect[0] <= x <= rect[2] and rect[1] <= y <= rect[3])
        yield under.strip(".,;"), page, top


def entry_tops(reader, number: int) -> dict[int, float]:
    """Sources entry number -> the baseline of its first line on page `number`."""
    return {int(m[1]): y for t, x, y, _ in chunks(reader.pages[number]) if (m := re.match(r"\[(\d+)\] ", t))}


def test_every_reference_number_opens_its_source_entry(pack_pdf):
    sources = page_of(pack_pdf, "Sources")
    entries = {n: (page, y) for page in range(sources, len(pack_pdf.pages)) for n, y in entry_tops(pack_pdf, page).items()}
    seen = set()
    for number in range(2, sources):
        for text, page, top in linked_text(pack_pdf, number):
            m = REF.fullmatch(text)
            if page < sources:
                continue  # the contents and the list of figures
            assert m, f"page {number + 1}: a link into Sources on {text!r}"
            ref = int(m[1])
            assert entries[ref][0] == page, f"[{ref}] on page {number + 1} opens page {page + 1}"
            assert 0 <= top - entries[ref][1] <= 20  # the view opens at the entry's first line
            seen.add(ref)
    assert seen == set(entries)  # every entry is cited, and every citation links


def test_each_source_entry_links_back_to_the_pages_citing_it(pack_pdf):
    sources = page_of(pack_pdf, "Sources")
    text = " ".join(" ".join(p.extract_text().split()) for p in pack_pdf.pages[sources:])
    cited = {int(n): [int(p) for p in re.findall(r"\d+", pages)]
             for n, pages in re.findall(r"\[(\d+)\] .*?Cited on pages? ([\d, ]+)\.", text)}
    assert len(cited) > 100
    for ref, pages in cited.items():
        for page in pages:  # the page cites it, with a link
            assert f"[{ref}]" in [t for t, _, _ in linked_text(pack_pdf, page - 1)], (ref, page)
    back = [(t, page) for number in range(sources, len(pack_pdf.pages)) for t, page, _ in linked_text(pack_pdf, number)
            if page < sources]
    assert back and all(t == str(page + 1) for t, page in back)  # each page number opens that page


def test_chart_source_lines_carry_reference_numbers(pack_pdf):
    text = "\n".join(p.extract_text() for p in pack_pdf.pages)
    lines = re.findall(r"^Source: .*$", text, re.MULTILINE)
    assert lines and all(REF.search(line) or not line.rstrip().endswith(")") for line in lines)
    assert re.search(r"Source: Creating a World-Class Business Environment.*?\[\d+\]", text, re.DOTALL)


def test_the_file_opens_with_its_outline_and_title(pack_pdf):
    root = pack_pdf.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert root["/Lang"] == "en"


def test_one_source_entry_per_sentence(pack_pdf, dataset):
    pack = new_pack(dataset, date="2026-11-22")
    ctx = Context.of(pack, dataset, styles(), 400)
    parts = [part(ctx) for part in PARTS]
    refs = References.of((rid for p in parts for rid in p.cites), ctx.records)
    sentences = {_sentence(rid, ctx.records[rid]) for rid in refs.numbers}
    assert len(refs.entries) == len(sentences) < len(refs.numbers)  # some figures share a sentence
    sources = page_of(pack_pdf, "Sources")
    printed = [n for page in range(sources, len(pack_pdf.pages)) for n in entry_tops(pack_pdf, page)]
    assert printed == list(range(1, len(sentences) + 1))
    text = " ".join(" ".join(p.extract_text().split()) for p in pack_pdf.pages[sources:])
    quotes = re.findall(r"\[\d+\] “(.*?)” (?:Note|Cited|Caution)", text)
    assert len(quotes) == len(set(quotes))  # no sentence twice
    assert not re.search(r"“[\"“‘']", text)  # a quote opening with its own mark gets no second one
    assert re.search(r"\[\d+\] \"We will leverage favorable policies", text)


def test_the_summary_states_key_messages_in_words(pack_pdf, dataset):
    first = page_of(pack_pdf, "Key messages")
    text = " ".join(" ".join(p.extract_text().split()) for p in pack_pdf.pages[first:first + 2])
    grp = dataset.indicators.set_index("id").loc["gwr23-grp"]
    assert re.search(rf"In 2023, gross regional product in Fujian stood at {grp['display']} \[\d+\]\.", text)
    assert re.search(r"In May 2024, combined investment .* stood at 31\.9 billion yuan of investment \[\d+\]", text)
    assert "nearly 280 events" in text  # the qualifier as the record states it
    for word in ("strong", "robust", "impressive", "rapid"):
        assert word not in text.lower()
    assert "Headline figures" in text and "Region Period Kind" in text


def test_figures_and_tables_are_numbered_and_listed(pack_pdf):
    start, summary = page_of(pack_pdf, "List of figures"), page_of(pack_pdf, "Executive summary")
    listing = "\n".join(p.extract_text() for p in pack_pdf.pages[start:summary])
    text = "\n".join(p.extract_text() for p in pack_pdf.pages[summary:])
    listed = [int(n) for n in re.findall(r"Figure (\d+)\. ", listing)]
    figures = [int(n) for n in re.findall(r"^Figure (\d+)\. ", text, re.MULTILINE)]
    tables = [int(n) for n in re.findall(r"^Table (\d+)\. ", text, re.MULTILINE)]
    assert tables == list(range(1, len(tables) + 1)) and len(tables) > 10
    assert figures == list(range(1, len(figures) + 1)) == listed and len(figures) > 10
    first = pack_pdf.pages[page_of(pack_pdf, "List of figures")]
    assert any(page > 3 for _, page, _ in linked_text(pack_pdf, page_of(pack_pdf, "List of figures")))
    assert "Figure 1. Growth rates of the figures in this section: Fujian, 2024 (Trade)" in " ".join(first.extract_text().split())


def test_the_running_header_names_the_section(pack_pdf):
    for title in ("Trade", "Ecology", "Sources"):
        number = page_of(pack_pdf, title)
        for page in (number, number + 1):
            top = [t for t, x, y, _ in chunks(pack_pdf.pages[page]) if y > float(pack_pdf.pages[page].mediabox.height) - MARGIN]
            assert title in " ".join(top), (title, page)


def test_type_is_large_enough_for_print(pack_pdf):
    st = styles()
    assert 9.5 <= st["body"].fontSize <= 10 and 9.5 <= st["entry"].fontSize <= 10
    assert min(st[k].fontSize for k in ("cell", "head", "small", "source-line")) >= 8.5
    for title in ("Key messages", "Sources"):
        page = pack_pdf.pages[page_of(pack_pdf, title) + 1]
        height = float(page.mediabox.height)
        sizes = [size for t, x, y, size in chunks(page) if MARGIN < y < height - MARGIN]
        assert sizes and min(sizes) >= 8.5, title


def body_lines(page) -> int:
    height = float(page.mediabox.height)
    return len({round(y) for _, _, y, _ in chunks(page) if MARGIN - 2 < y < height - MARGIN})


@pytest.mark.parametrize("themes, paper", [(["taiwan"], "a4"), (["ecology"], "a4"), ([], "letter")])
def test_the_last_page_is_never_nearly_empty(tmp_path, dataset, themes, paper):
    reader = pypdf.PdfReader(build_pdf(new_pack(dataset, themes, paper=paper), dataset, tmp_path / "p.pdf"))
    assert body_lines(reader.pages[-1]) >= 6


def test_a_long_title_keeps_the_cover_on_one_page_and_metadata_is_clean(tmp_path, dataset):
    title = ("Visit of the delegation on trade across the Strait " * 10)[:400] + "\u202eevil\x07"
    reader = pypdf.PdfReader(build_pdf(new_pack(dataset, ["taiwan"], title=title, subtitle="A\u202e\nB"), dataset,
                                       tmp_path / "long.pdf"))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Data version" in cover and "exact sentence it comes from" in cover
    assert page_of(reader, "Contents") == 1
    assert reader.metadata.title == title[:400] + "evil" and reader.metadata.subject == "A B"
