"""The contents: a line per heading of the parts after it, with its page (filled in once the pages are known);
then the list of figures, a line per numbered chart."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ..flowables import Contents, Heading
from .base import Context, Part


def contents(ctx: Context) -> Part:
    # the entries are every listed heading and figure caption of the story, given when it is complete (parts.story)
    w = ctx.words
    return Part(flowables=lambda refs: [
        Heading(w["contents"], ctx.styles["h1"], 0, "contents", listed=False), Contents([]),
        Spacer(1, 12), CondPageBreak(4 * cm), Heading(w["figures"], ctx.styles["h2"], 1, "figures", listed=False),
        Contents([], figures=True), PageBreak()])
