"""The contents: a line per heading of the parts after it, with its page (filled in once the pages are known)."""
from __future__ import annotations

from reportlab.platypus import PageBreak

from ..flowables import Contents, Heading
from .base import Context, Part


def contents(ctx: Context) -> Part:
    # the entries are every listed heading of the story, given when the story is complete (parts.story)
    return Part(flowables=lambda refs: [Heading("Contents", ctx.styles["h1"], 0, "contents", listed=False),
                                        Contents([]), PageBreak()])
