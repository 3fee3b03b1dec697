"""The briefing pack as a PDF: the page layout (running header naming the section, "Page X of Y" footer,
bookmarks, links) and the build. What the pages hold comes from the parts (briefing/report/parts: cover, contents,
executive summary, one section per theme, sources with every cited quote).

The build lays the pages out once. Sources comes last, so when its entries are laid out every page citing them has
been drawn: each entry names the pages its reference links were drawn on (CitedOn), each a link back."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table
from reportlab.platypus.doctemplate import LayoutError

from ..core.lexicon.text import one_line
from ..core.model.dataset import Dataset
from ..core.model.vocab import THEMES
from ..core.pack.model import Pack
from ..core.storage.atomic import write_atomic
from .flowables import Caption, Heading, draw_string, styles
from .fonts import BOLD, SANS, fit, register
from .lang import PDF_LANG, handling, titles, words
from .parts import Context, story
from .parts.base import anchor, page_anchor

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 2 * cm
APP = "Fujian Briefing Desk"


class Cancelled(Exception):
    """The user cancelled the export; the previous file (if any) is untouched."""


class _Canvas(Canvas):
    """A canvas that notes on which page each link to a source entry is drawn (`links`: (name, page))."""

    links: list[tuple[str, int]] | None = None

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.destinations: set[str] = set()  # every named destination bound to a page

    def linkRect(self, contents, destinationname, *args, **kw):  # noqa: N802 - reportlab API
        if self.links is not None:
            self.links.append((destinationname, self.getPageNumber()))
        return super().linkRect(contents, destinationname, *args, **kw)

    def bookmarkPage(self, key, *args, **kw):  # noqa: N802 - reportlab API
        self.destinations.add(key)
        return super().bookmarkPage(key, *args, **kw)

    def unbound(self) -> list[str]:
        """The destinations links name that nothing bound: what they pointed to was left out (too large for a
        page), and reportlab refuses to write a file with such a link."""
        return sorted({name for name, _ in self.links or ()} - self.destinations)


class _Doc(BaseDocTemplate):
    """One layout pass: numbers not known until the end (the page count, the contents' page numbers) are
    PDF forms placed where they belong and filled in once the last page is done."""

    left_out: list[str]  # what could not be laid out, by name (see handle_flowable)
    contents_keys: list[str]  # every heading the contents list, whose page numbers _endBuild fills in

    def handle_flowable(self, flowables) -> None:
        """One flowable laid out; one that fits no page (a cell taller than a page) is left out and named, so
        the pack still prints. The table cells are bounded (flowables.CELL_CHARS): this is the last resort."""
        first = flowables[0]
        try:
            super().handle_flowable(flowables)
        except LayoutError:
            self.left_out.append(f"{_named(first)}, too large for a page, was left out (page {self.page})")

    page_words = "Page {} of {}"  # the footer's page number in the pack's language (report.lang)
    section = ""  # the section the page is in, for its running header (the last top-level heading laid out)

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab API
        self.canv.showOutline()  # the file opens with its bookmarks shown (/PageMode /UseOutlines)
        self.canv.links = self.links

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            level, text, key = flowable.outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.heading_pages[key] = self.page
            if level == 0:
                self.section = text
        elif isinstance(flowable, Caption):  # the list of figures links to it and prints its page
            self.canv.bookmarkPage(flowable.key)
            self.heading_pages[flowable.key] = self.page

    def _endBuild(self) -> None:  # noqa: N802
        for name in self.canv.unbound():  # a link to something left out opens the last page
            self.canv.bookmarkPage(name)
        self._doSave = 0
        total = self.page
        super()._endBuild()
        for page in range(1, total + 1):  # each page's "Page X of Y", flush with the right margin
            _number_form(self.canv, f"page-{page}", self.page_words.format(page, total), 8)
        for key in self.contents_keys:  # a heading left out has no page
            _number_form(self.canv, f"toc-{key}", str(self.heading_pages.get(key, "-")), 9)
        self.canv.save()


class CitedOn:
    """Reference number -> the pages citing it, read from the links the layout has drawn so far: asked by the
    Sources entries, which are laid out after every page that cites them. Links before the Sources appendix only
    (its own links are not citations of the body); each link is read once, however often it is asked."""

    def __init__(self) -> None:
        self.doc: _Doc | None = None
        self._read = 0  # links read so far
        self._pages: dict[int, list[int]] = {}

    def get(self, number: int, default=None):
        if self.doc is None:
            return default
        links = self.doc.links
        sources = self.doc.heading_pages.get("sources", 10**9)
        for name, page in links[self._read:]:
            ref = _reference(name)
            if ref is not None and page < sources and page not in self._pages.setdefault(ref, []):
                self._pages[ref].append(page)
        self._read = len(links)
        return self._pages.get(number, default)


def _reference(destination: str) -> int | None:
    """The reference number a link's destination is the source entry of, or None."""
    prefix = anchor(0)[:-1]
    tail = destination[len(prefix):]
    return int(tail) if destination.startswith(prefix) and tail.isdigit() else None


def _named(flowable) -> str:
    """A flowable as a reader finds it: a paragraph by its first words, a table by its header row."""
    if isinstance(flowable, Table):
        head = [c.getPlainText() if hasattr(c, "getPlainText") else str(c) for c in flowable._cellvalues[0]]
        return f"The table “{' · '.join(head)}”"
    if hasattr(flowable, "getPlainText"):
        return f"The paragraph “{fit(flowable.getPlainText(), 300, 9)}”"
    return f"A {type(flowable).__name__}"


def _number_form(canvas, name: str, text: str, size: float, right: bool = True) -> None:
    """A form holding `text` starting (or, `right`, ending) at its origin."""
    canvas.beginForm(name, lowerx=-120 if right else 0, lowery=-4, upperx=0 if right else 120, uppery=size + 2)
    canvas.setFont(SANS, size)
    canvas.setFillColor(colors.HexColor("#444444"))
    draw_string(canvas, 0, 0, text, SANS, size, right=right)  # "第 3 页，共 9 页": Chinese in the Chinese font
    canvas.endForm()


def _footer(handling: str):
    """The footer with the handling line and "Page X of Y" (Y is a form filled in at the end); the page's named
    destination, which the Sources' back-links open."""

    def draw(canvas, doc) -> None:
        width, height = doc.pagesize
        canvas.bookmarkPage(page_anchor(doc.page))
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.setFont(SANS, 8)
        canvas.line(MARGIN, MARGIN - 14, width - MARGIN, MARGIN - 14)
        draw_string(canvas, MARGIN, MARGIN - 26, fit(handling, width / 2 - MARGIN, 8), SANS, 8)
        canvas.translate(width - MARGIN, MARGIN - 26)
        canvas.doForm(f"page-{doc.page}")
        canvas.restoreState()

    return draw


def _header(title: str):
    """The running header, drawn once the page is laid out: the pack's title (and date) on the left, the section
    the page is in on the right."""

    def draw(canvas, doc) -> None:
        if doc.page <= 1:
            return
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        room = width - 2 * MARGIN
        section = fit(doc.section, room * 0.4, 8.5, BOLD)
        canvas.setFont(BOLD, 8.5)
        draw_string(canvas, width - MARGIN, height - MARGIN + 14, section, BOLD, 8.5, right=True)
        canvas.setFont(SANS, 8)
        draw_string(canvas, MARGIN, height - MARGIN + 14, fit(title, room * 0.58, 8), SANS, 8)
        canvas.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
        canvas.restoreState()

    return draw


def build_pdf(pack: Pack, data: Dataset, out: str | Path, invariant: bool = False,
              progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None,
              warn: Callable[[str], None] | None = None) -> Path:
    """Write the pack's PDF to `out` atomically. `progress(fraction)` is told how far the layout has got;
    `cancelled()` returning True stops the export (raising Cancelled) and leaves `out` as it was; `warn(text)`
    is told of each flowable too large for a page, which is left out."""
    register()
    width, height = PAPER[pack.paper]
    base = Context.of(pack, data, styles(pack.language), width - 2 * MARGIN)
    title, subtitle = titles(pack)

    def layout(target, share: tuple[float, float]) -> _Doc:
        cited_on = CitedOn()
        ctx = dataclasses.replace(base, cited_on=cited_on, counters={}, captions=[])
        flowables = story(ctx)
        doc = _Doc(target, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                   bottomMargin=MARGIN, title=one_line(title), author=APP,
                   subject=one_line(subtitle) or "Briefing pack", creator=APP,
                   keywords=", ".join(THEMES[t] for t in pack.themes if t in THEMES),
                   lang=PDF_LANG[pack.language], displayDocTitle=True, invariant=int(invariant),
                   initialFontName=SANS, initialFontSize=9)  # else every page names an unembedded Helvetica
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
        footer, header = _footer(handling(pack)), _header(f"{title} · {pack.date}")
        doc.addPageTemplates([PageTemplate("cover", [frame], onPage=footer, onPageEnd=header),
                              PageTemplate("body", [frame], onPage=footer, onPageEnd=header)])
        state = {"total": 1}

        def on_progress(kind: str, value: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if kind == "SIZE_EST":
                state["total"] = max(1, value)
            elif kind == "PROGRESS" and progress is not None:
                progress(share[0] + share[1] * min(1.0, value / state["total"]))

        doc.setProgressCallBack(on_progress)
        doc.heading_pages, doc.left_out, doc.links = {}, [], []
        cited_on.doc = doc
        doc.page_words = words(pack.language)["page"]
        doc.contents_keys = [f.outline[2] for f in flowables if isinstance(f, Heading) and f.listed]
        doc.contents_keys += [key for _, _, key in ctx.captions]
        doc.build(flowables, canvasmaker=_Canvas)
        return doc

    def write(tmp: str) -> None:
        doc = layout(tmp, (0.0, 1.0))
        for text in doc.left_out if warn else ():
            warn(text)

    return write_atomic(out, write)
