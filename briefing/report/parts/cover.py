"""The cover: title, subtitle, audience, date, handling, themes and data version."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from ...core.model.vocab import THEMES
from ..flowables import Para
from ..fonts import markup
from .base import Context, Part


def cover(ctx: Context) -> Part:
    return Part(flowables=lambda refs: _cover(ctx))


def _cover(ctx: Context) -> list:
    pack, st = ctx.pack, ctx.styles
    out: list = [Spacer(1, 4 * cm), Para(markup(pack.title), st["title"])]
    if pack.subtitle:
        out.append(Para(markup(pack.subtitle), st["subtitle"]))
    for label, value in (("Audience", pack.audience), ("Date", pack.date), ("Handling", pack.handling),
                         ("Themes", ", ".join(THEMES.get(t, t) for t in pack.themes)),
                         ("Data version", ctx.data.version)):
        if value:
            out.append(Para(f"<b>{label}:</b> {markup(value)}", st["cover"]))
    return [*out, Spacer(1, 1 * cm), Para(
        markup("Every figure in this pack carries a reference number; the Sources section at the end gives the "
               "document and the exact sentence it comes from."), st["small"]),
        NextPageTemplate("body"), PageBreak()]
