"""The cover: title, subtitle, audience, date, handling, themes and data version, on one page whatever their
length: a long title is set smaller, and a cover still too tall for the page is shrunk to fit it."""
from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepInFrame, NextPageTemplate, PageBreak, Spacer

from ..flowables import Para
from ..fonts import BOLD, markup, text_width
from ..lang import WORDS, handling, theme, titles
from .base import Context, Part


def cover(ctx: Context) -> Part:
    return Part(flowables=lambda refs: _cover(ctx))


def _cover(ctx: Context) -> list:
    pack, st, w = ctx.pack, ctx.styles, ctx.words
    title, subtitle = titles(pack)
    out: list = [Spacer(1, 4 * cm), Para(markup(title), title_style(title, st["title"], ctx.frame_width))]
    if subtitle:
        out.append(Para(markup(subtitle), st["subtitle"]))
    colon = "：" if ctx.lang == "zh" else ": "
    themes = w["list"].join(theme(t, ctx.lang).replace("\n", " ") for t in pack.themes)
    for label, value in (("audience", pack.audience), ("date", pack.date), ("handling", handling(pack)),
                         ("themes", themes), ("data-version", ctx.data.version)):
        if value:
            out.append(Para(f"<b>{markup(w[label] + colon.strip())}</b>{colon[1:]}{markup(value)}", st["cover"]))
    out += [Spacer(1, 1 * cm), Para(markup(w["trust"]), st["small"])]
    if ctx.lang != "en":  # the Chinese names are the project's translations, marked once in the pack
        out.append(Para(markup(WORDS["zh"]["translated"]), st["small"]))
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
