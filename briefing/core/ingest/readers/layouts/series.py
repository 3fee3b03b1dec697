"""UN and yearbook long tables with a Series column (UNdata's SYB tables: Region/Country/Area, an unnamed
column of names beside its codes, Year, Series, Value, Footnotes, Source): the canonical headers, footnotes as
each row's note and the sources as the table's note."""
from __future__ import annotations

from ...tables.cells import fold
from ..table import Table
from .long_table import COLUMNS, LongTable, known, role

SOURCE = {"source", "sources", "来源", "数据来源"}


def detect(table: Table) -> bool:
    """A Series, a Value and a period column, and some column the mapping would not know by its header."""
    folded = [fold(c) for c in table.columns]
    return ("series" in folded and "value" in folded and any(role(c) == "period" for c in table.columns)
            and not all(known(c) for c in table.columns))


def to_long(table: Table) -> Table:
    at = {f: j for j, c in reversed(list(enumerate(table.columns))) if (f := role(c))}
    at["name"] = [fold(c) for c in table.columns].index("series")
    region = at.get("region")
    if region is not None and region + 1 < len(table.columns) and not table.columns[region + 1] and all(
            cells[region].isdigit() for cells in table.rows[:50]):
        region += 1  # the codes' names are in the unnamed column beside them
    source = next((j for j, c in enumerate(table.columns) if fold(c) in SOURCE), None)
    long = LongTable(table)
    for i, cells in enumerate(table.rows):
        fields = {f: cells[j] for f, j in at.items() if f in COLUMNS and f != "region"}
        long.add(i, **fields, region=cells[region] if region is not None else "")
    sources = dict.fromkeys(cells[source] for cells in table.rows if cells[source]) if source is not None else {}
    return long.done("series", note="\n".join(f"Source: {s}" for s in sources))
