"""The parts of the PDF, in the order they print (PARTS). A part is a function (Context) -> Part: the records
it cites, in order, and a function laying out its flowables once the reference numbers are known. The numbering
is computed from what the parts cite; the contents list every listed heading of the parts.

To add a part: a module here with `def <name>(ctx: Context) -> Part`, and its name in PARTS. A block within
each section goes in section.SECTION_PARTS the same way."""
from __future__ import annotations

from ..flowables import Contents, Heading
from .base import Context, Part, References
from .contents import contents
from .cover import cover
from .section import sections
from .sources import sources
from .summary import summary

PARTS = (cover, contents, summary, sections, sources)

__all__ = ["PARTS", "Context", "Part", "References", "story"]


def story(ctx: Context) -> list:
    """Every part's flowables, numbered by what the parts cite; the contents filled in."""
    parts = [part(ctx) for part in PARTS]
    refs = References.of((rid for part in parts for rid in part.cites), ctx.records)
    flowables = [f for part in parts for f in part.flowables(refs)]
    headings = [f.outline for f in flowables if isinstance(f, Heading) and f.listed]
    for f in flowables:
        if isinstance(f, Contents):
            f.entries = ctx.captions if f.figures else headings
    if not ctx.captions:  # no chart: no list of figures
        flowables = [f for f in flowables if not (isinstance(f, Contents) and f.figures)
                     and not (isinstance(f, Heading) and f.outline[2] == "figures")]
    return flowables
