"""The cover: title, subtitle, audience, date, handling, themes and data version, on one page whatever their
length: a long title is set smaller, and a cover still too tall for the page is shrunk to fit it."""
from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepInFrame, NextPageTemplate, PageBreak, Spacer

from ...core.model.vocab import THEMES
from ..flowables import Para
from ..fonts import BOLD, markup, text_width
from .base import Context, Part


def cover(ctx: Context) -> Part:
    return Part(flowables=lambda refs: _cover(ctx))


def _cover(ctx: Context) -> list:
    pack, st = ctx.pack, ctx.styles
    out: list = [Spacer(1, 4 * cm), Para(markup(pack.title), title_style(pack.title, st["title"], ctx.frame_width))]
    if pack.subtitle:
        out.append(Para(markup(pack.subtitle), st["subtitle"]))
    for label, value in (("Audience", pack.audience), ("Date", pack.date), ("Handling", pack.handling),
                         ("Themes", ", ".join(THEMES.get(t, t) for t in pack.themes)),
                         ("Data version", ctx.data.version)):
        if value:
            out.append(Para(f"<b>{label}:</b> {markup(value)}", st["cover"]))
    out += [Spacer(1, 1 * cm), Para(
        markup("Every figure in this pack carries a reference number, a link to the Sources section at the end, "
               "which gives the document and the exact sentence it comes from."), st["small"])]
    return [KeepInFrame(0, 0, out, mode="shrink"), NextPageTemplate("body"), PageBreak()]


TITLE_SIZES = (26, 22, 18, 15, 13, 11)  # points: the first at which the title takes no more than TITLE_HEIGHT
TITLE_HEIGHT = 200  # points of the cover for the title


def title_style(title: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The cover's title style, smaller for a long title (at the smallest, the cover shrinks to fit the page)."""
    ink = text_width(title, BOLD, 1) * 1.15  # at 1 point, with room for the ends of lines: no line breaking,
    for size in TITLE_SIZES:                  # which is slow for a 10,000-character word
        leading = size * 32 / 26
        if math.ceil(ink * size / (width - 12)) * leading <= TITLE_HEIGHT:
            break
    return ParagraphStyle("title-fitted", style, fontSize=size, leading=leading)
