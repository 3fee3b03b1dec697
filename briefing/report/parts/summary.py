"""The executive summary: the headline figures the curators ranked (seeds' `headline`), and the pack's notes."""
from __future__ import annotations

from ...core.charts.spec import series_keys
from ...core.model.vocab import THEMES
from ..flowables import Heading, Para, notes, table
from .base import Context, Part, References


def headlines(ctx: Context) -> list[tuple[str, str]]:
    """(theme, record id) of each headline figure in the pack, section by section in rank order: a figure under
    its first theme's section, one figure per quantity (series), none the curators caution against."""
    keys = series_keys(ctx.figures)
    picked: list[tuple[str, str]] = []
    seen: set[str] = set()
    for section in ctx.pack.sections:
        ranked = sorted((ctx.records[i]["headline"], i) for i in section.indicators
                        if _ranked_in(ctx.records[i], section.theme))
        for _, rid in ranked:
            if keys[rid] not in seen:
                seen.add(keys[rid])
                picked.append((section.theme, rid))
    return picked


def _ranked_in(record: dict, theme: str) -> bool:
    return bool(record.get("headline")) and record["themes"][0] == theme and not record.get("caution")


def summary(ctx: Context) -> Part:
    """Cites nothing of its own: each figure it names is one its section cites, and is numbered there (the
    numbering does not change with the figures the summary picks)."""
    picked = headlines(ctx)
    return Part(flowables=lambda refs: _summary(ctx, picked, refs))


def _summary(ctx: Context, picked: list, refs: References) -> list:
    st = ctx.styles
    rows = [["Theme", "Figure", "Value", "Region", "Period", "Kind", "Ref."]]
    for theme, rid in picked:
        r = ctx.records[rid]
        rows.append([THEMES[theme], r["name"], r["display"], r["region"], r["period"], r["kind"], refs.mark(rid)])
    out: list = [Heading("Executive summary", st["h1"], 0, "summary"),
                 table(rows, [0.13, 0.3, 0.2, 0.1, 0.09, 0.09, 0.09], ctx.frame_width, st) if len(rows) > 1 else
                 Para("None of the pack's figures is one the curators chose as a headline.", st["body"])]
    if ctx.pack.notes:
        out += [Heading("Notes", st["h2"], 1, "pack-notes"), *notes(ctx.pack.notes, st)]
    return out
