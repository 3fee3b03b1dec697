"""The building blocks the parts of the PDF are made of: paragraph styles, paragraphs that keep their layout,
headings that become bookmarks, the contents list, tables and notes."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .cjk_wrap import install as install_cjk_wrap
from .fonts import BOLD, SANS, clipped, fit, markup, runs, text_width

TABLE_SIZE = 8.5  # points: tables print no smaller
CELL_CHARS = 300  # the most a table cell shows: a row must fit on a page (the Sources appendix quotes in full)


HEADING_ZH = colors.HexColor("#1f3a5f")  # the Chinese font has no bold face: Chinese headings are set in colour


def styles(lang: str = "en") -> dict[str, ParagraphStyle]:
    """The paragraph styles; a Chinese pack's wrap by reportlab's CJK rules (a line breaks between any two
    characters, none starting with closing punctuation such as ，。、）」) and its headings are coloured."""
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=4,
                          allowWidows=0)  # no paragraph's last line alone at the top of a page
    out = _styles(base)
    if lang != "zh":
        return out
    install_cjk_wrap()
    for name, style in out.items():
        out[name] = ParagraphStyle(name, style, wordWrap="CJK")
    for name in ("h1", "h2", "title", "caption", "table-caption"):
        out[name].textColor = HEADING_ZH
    return out


def _styles(base: ParagraphStyle) -> dict[str, ParagraphStyle]:
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, spaceAfter=0),
        "entry": ParagraphStyle("entry", base, fontSize=9.5, leading=12.5, spaceAfter=0),  # a Sources entry
        "cell": ParagraphStyle("cell", base, fontSize=TABLE_SIZE, leading=11, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=TABLE_SIZE, leading=11, spaceAfter=0),
        "caption": ParagraphStyle("caption", base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=8,
                                  spaceAfter=4, keepWithNext=1),
        "table-caption": ParagraphStyle("table-caption", base, fontName=BOLD, fontSize=9.5, leading=12.5,
                                        spaceAfter=4),  # a table splits across pages, so it is not kept with it
        "source-line": ParagraphStyle("source-line", base, fontSize=8.5, leading=11, spaceAfter=6),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=6, spaceAfter=8,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                             keepWithNext=1),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=26, leading=32, spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=14, leading=18, spaceAfter=30),
        "cover": ParagraphStyle("cover", base, fontSize=11, leading=16),
    }


class Para(Paragraph):
    """A paragraph that keeps its last layout. reportlab wraps a paragraph again for every look-ahead of a
    keep-with-next heading and every frame it is tried in, and a table wraps all its cells again each time
    it splits across a page; the lines depend only on the width, so the same width gives the same answer."""

    _wrapped: tuple | None = None  # (width, (width, height), the lines reportlab laid out)

    def wrap(self, available_width, available_height):
        last = self._wrapped
        if last is not None and last[0] == available_width and getattr(self, "blPara", None) is last[2]:
            self.width, self.height = last[1]  # split() drops the lines when it declines: then lay out again
            return last[1]
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size, self.blPara)
        return size


class Late(Flowable):
    """A paragraph whose markup is known only when it is laid out: a source entry names the pages that cite it,
    which the first layout pass finds (document.build_pdf)."""

    def __init__(self, text: Callable[[], str], style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self._para: tuple[str, Para] | None = None

    def now(self) -> Para:
        text = self.text()
        if self._para is None or self._para[0] != text:
            self._para = (text, Para(text, self.style))
        return self._para[1]

    def wrap(self, available_width, available_height):
        return self.now().wrap(available_width, available_height)

    def split(self, available_width, available_height):
        return self.now().split(available_width, available_height)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 - reportlab API (called with _sW=)
        self.now().drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter


class Heading(Para):
    """A heading that becomes a PDF bookmark and (`listed`) a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, listed: bool = True) -> None:
        super().__init__(markup(text).replace("\n", "<br/>"), style)  # en+zh: the Chinese under the English
        self.outline = (level, " ".join(text.split("\n")), key)
        self.listed = listed


class Caption(Para):
    """A figure's or table's numbered caption; a bookmark (not in the outline) that the list of figures links to."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(text, style)
        self.key = key


class Contents(Flowable):
    """The table of contents: one line per heading, its page number filled in at the end of the build."""

    def __init__(self, entries: list[tuple[int, str, str]], figures: bool = False) -> None:
        super().__init__()
        self.entries = entries
        self.figures = figures  # the list of figures (entries: the charts' captions), not the contents

    def _leading(self, level: int) -> float:
        return 17 if level == 0 else 13

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, sum(self._leading(level) for level, _, _ in self.entries)

    def split(self, available_width, available_height):
        used, n = 0.0, 0
        while n < len(self.entries) and used + self._leading(self.entries[n][0]) <= available_height:
            used += self._leading(self.entries[n][0])
            n += 1
        return [] if n == 0 else [Contents(self.entries[:n], self.figures), Contents(self.entries[n:], self.figures)]

    def draw(self) -> None:
        c = self.canv
        y = sum(self._leading(level) for level, _, _ in self.entries)
        for level, text, key in self.entries:
            y -= self._leading(level)
            size, indent = (10.5, 0) if level == 0 else (9, 14)
            font = BOLD if level == 0 else SANS
            label = fit(text, self.width - indent - 60, size, font)
            c.setFont(font, size)
            draw_string(c, indent, y + 3, label, font, size)
            dots_from = indent + text_width(label, font, size) + 6
            c.setFont(SANS, 9)
            c.setFillColor(colors.HexColor("#999999"))
            c.drawString(dots_from, y + 3, " ." * int((self.width - 30 - dots_from) / stringWidth(" .", SANS, 9)))
            c.setFillColor(colors.black)
            c.saveState()
            c.translate(self.width, y + 3)
            c.doForm(f"toc-{key}")
            c.restoreState()
            c.linkRect("", key, (indent, y, self.width, y + self._leading(level)), relative=1)


def draw_string(canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False) -> None:
    """canvas.drawString (or, `right`, drawRightString) with each run of characters in a font that has
    their glyphs (Chinese in the Chinese font). The canvas's font is `font` at `size` before and after."""
    parts = runs(text, font)
    if len(parts) <= 1 and all(run_font == font for run_font, _ in parts):  # one run in `font` (not all Chinese)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    if right:
        x -= text_width(text, font, size)
    for run_font, chars in parts:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, chars)
        x += stringWidth(chars, run_font, size)
    canvas.setFont(font, size)


def notes(text: str, st: dict[str, ParagraphStyle]) -> list:
    """A user's notes: a paragraph for each blank-line-separated block, its line breaks kept."""
    return [Para(markup(p).replace("\n", "<br/>"), st["body"]) for p in text.split("\n\n") if p.strip()]


def table(rows: list[list], fractions: list[float], frame_w: float, st: dict[str, ParagraphStyle]) -> Table:
    """A table whose cells wrap; short plain cells (periods, kinds, references) are drawn as strings, which
    lays out many times faster than a paragraph."""
    widths = [f * frame_w for f in fractions]
    cells = [[Para(markup(c), st["head"]) for c in rows[0]]]
    cells += [[_cell(str(c), w, st) if isinstance(c, str | int | float) else c for c, w in zip(row, widths)]
              for row in rows[1:]]  # a cell may be a laid-out paragraph already
    out = Table(cells, colWidths=widths, repeatRows=1)
    out.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, TABLE_SIZE, 11),  # cells default to Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return out


def _cell(text: str, width: float, st):
    text = clipped(text, CELL_CHARS)
    if text.isascii() and stringWidth(text, SANS, TABLE_SIZE) < width - 8:  # fits on one line in the Latin font
        return text
    return Para(markup(text).replace("\n", "<br/>"), st["cell"])  # en+zh: a Chinese name under the English one
