"""The building blocks the parts of the PDF are made of: paragraph styles, paragraphs that keep their layout,
headings that become bookmarks, the contents list, tables and notes."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .fonts import BOLD, SANS, clipped, fit, markup, runs, text_width

CELL_CHARS = 300  # the most a table cell shows: a row must fit on a page (the Sources appendix quotes in full)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=4,
                          allowWidows=0)  # no paragraph's last line alone at the top of a page
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
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


class Heading(Para):
    """A heading that becomes a PDF bookmark and (`listed`) a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, listed: bool = True) -> None:
        super().__init__(markup(text), style)
        self.outline = (level, text, key)
        self.listed = listed


class Contents(Flowable):
    """The table of contents: one line per heading, its page number filled in at the end of the build."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__()
        self.entries = entries

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
        return [] if n == 0 else [Contents(self.entries[:n]), Contents(self.entries[n:])]

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
    if len(parts) <= 1:
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
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),  # cells default to Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return out


def _cell(text: str, width: float, st):
    text = clipped(text, CELL_CHARS)
    if text.isascii() and stringWidth(text, SANS, 8) < width - 8:  # fits on one line in the Latin font
        return text
    return Para(markup(text), st["cell"])
