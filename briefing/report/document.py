"""The briefing pack as a PDF: the page layout (running header, "Page X of Y" footer, bookmarks) and the build.
What the pages hold comes from the parts (briefing/report/parts: cover, contents, executive summary, one section
per theme, sources with every cited quote)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table
from reportlab.platypus.doctemplate import LayoutError

from ..core.model.dataset import Dataset
from ..core.model.vocab import THEMES
from ..core.pack.model import Pack
from ..core.storage.atomic import write_atomic
from .flowables import Heading, draw_string, styles
from .fonts import SANS, fit, register
from .parts import Context, story

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 2 * cm
APP = "Fujian Briefing Desk"


class Cancelled(Exception):
    """The user cancelled the export; the previous file (if any) is untouched."""


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

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            level, text, key = flowable.outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.heading_pages[key] = self.page

    def _endBuild(self) -> None:  # noqa: N802
        self._doSave = 0
        total = self.page
        super()._endBuild()
        for page in range(1, total + 1):  # each page's "Page X of Y", flush with the right margin
            _number_form(self.canv, f"page-{page}", f"Page {page} of {total}", 8)
        for key in self.contents_keys:  # a heading left out has no page
            _number_form(self.canv, f"toc-{key}", str(self.heading_pages.get(key, "-")), 9)
        self.canv.save()


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
    (canvas.drawRightString if right else canvas.drawString)(0, 0, text)
    canvas.endForm()


def _furniture(header: str, handling: str):
    """Running header and footer with "Page X of Y" (Y is a form filled in at the end)."""

    def draw(canvas, doc) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.setFont(SANS, 8)
        if doc.page > 1:
            draw_string(canvas, MARGIN, height - MARGIN + 14, fit(header, width - 2 * MARGIN - 120, 8), SANS, 8)
            draw_string(canvas, width - MARGIN, height - MARGIN + 14, fit(handling, 115, 8), SANS, 8, right=True)
            canvas.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
        canvas.line(MARGIN, MARGIN - 14, width - MARGIN, MARGIN - 14)
        draw_string(canvas, MARGIN, MARGIN - 26, fit(handling, width / 2 - MARGIN, 8), SANS, 8)
        canvas.translate(width - MARGIN, MARGIN - 26)
        canvas.doForm(f"page-{doc.page}")
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
    flowables = story(Context.of(pack, data, styles(), width - 2 * MARGIN))

    def write(tmp: str) -> None:
        doc = _Doc(tmp, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                   bottomMargin=MARGIN, title=pack.title, author=APP, subject=pack.subtitle or "Briefing pack",
                   creator=APP, keywords=", ".join(THEMES[t] for t in pack.themes if t in THEMES),
                   lang="en", invariant=int(invariant),
                   initialFontName=SANS, initialFontSize=9)  # else every page names an unembedded Helvetica
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
        furniture = _furniture(f"{pack.title} · {pack.date}", pack.handling)
        doc.addPageTemplates([PageTemplate("cover", [frame], onPage=furniture),
                              PageTemplate("body", [frame], onPage=furniture)])
        state = {"total": 1}

        def on_progress(kind: str, value: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if kind == "SIZE_EST":
                state["total"] = max(1, value)
            elif kind == "PROGRESS" and progress is not None:
                progress(min(1.0, value / state["total"]))

        doc.setProgressCallBack(on_progress)
        doc.heading_pages, doc.left_out = {}, []
        doc.contents_keys = [f.outline[2] for f in flowables if isinstance(f, Heading) and f.listed]
        doc.build(list(flowables))
        for text in doc.left_out if warn else ():
            warn(text)

    return write_atomic(out, write)
