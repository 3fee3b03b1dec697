"""The executive summary: the first few actual figures of each section, and the pack's notes."""
from __future__ import annotations

from ...core.model.vocab import THEMES
from ..flowables import Heading, Para, notes, table
from .base import Context, Part, References

SUMMARY_PER_SECTION = 3


def summary(ctx: Context) -> Part:
    """Cites nothing of its own: each figure it names is one its section cites, and is numbered there (the
    numbering does not change with the figures the summary picks)."""
    headlines = []  # (section, record id)
    summarised: set[str] = set()  # a figure under two themes is summarised once
    for section in ctx.pack.sections:
        picked = [i for i in section.indicators
                  if ctx.records[i]["kind"] == "actual" and i not in summarised][:SUMMARY_PER_SECTION]
        summarised.update(picked)
        headlines += [(section, rid) for rid in picked]
    return Part(flowables=lambda refs: _summary(ctx, headlines, refs))


def _summary(ctx: Context, headlines: list, refs: References) -> list:
    st = ctx.styles
    rows = [["Theme", "Figure", "Value", "Period", "Ref."]]
    for section, rid in headlines:
        r = ctx.records[rid]
        rows.append([THEMES[section.theme], r["name"], r["display"], r["period"], refs.mark(rid)])
    out: list = [Heading("Executive summary", st["h1"], 0, "summary"),
                 table(rows, [0.17, 0.38, 0.27, 0.11, 0.07], ctx.frame_width, st) if len(rows) > 1 else
                 Para("No figures chosen.", st["body"])]
    if ctx.pack.notes:
        out += [Heading("Notes", st["h2"], 1, "pack-notes"), *notes(ctx.pack.notes, st)]
    return out
