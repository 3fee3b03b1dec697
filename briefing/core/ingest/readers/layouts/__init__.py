"""Layouts: how a table read from a file is laid out (an NBS export, a World Bank download, periods as columns,
SDMX-CSV, a Series column, OWID's one column per indicator, or already long), each one module with
`detect(table) -> bool` and `to_long(table) -> Table`, tried in the order of LAYOUTS. Every layout gives one long
table, `name, region, period, value, unit, note`, whose rows keep their row numbers and spans into the file's
text; footnote and source lines become the table's note, missing cells its `missing` count."""
from __future__ import annotations

import re
from importlib import import_module

from ..table import Table, TableError

LAYOUTS = ("nbs", "world_bank", "wide", "sdmx", "series", "owid", "long")  # the first that detects its table

# a footnote or source line (注：…, 数据来源：…, Source: …, World Bank DataBank's footer) below or within a table
NOTE_LINE = re.compile(r"^\s*(注|附注|说明|数据来源|资料来源|来源|notes?|footnotes?|sources?|data from database|"
                       r"last updated)\s*\d*\s*[:：]", re.I)


def to_long(table: Table) -> Table:
    """The table as one long table, by the first layout that knows it; TableError saying what was found and
    what to do when none does."""
    table = without_notes(table)
    for name in LAYOUTS:
        layout = import_module(f"{__name__}.{name}")
        if layout.detect(table):
            return layout.to_long(table)
    raise TableError(f"{table.file}: no layout fits this table: {found(table)}. Save it with one header row "
                     "(name, region, period, value, unit) and one figure per row, or with periods (2023, 2023年, "
                     "2023Q1) as column headers, as comma-separated UTF-8 CSV; or give a mapping file (--mapping)")


def found(table: Table) -> str:
    """What a reader found, for a message: the header row, its columns and the lines above it."""
    shown = ", ".join(repr(c) for c in table.columns[:12]) + (", …" if len(table.columns) > 12 else "")
    above = f"; above it {len(table.preamble)} line(s): " + " / ".join(table.preamble[:3]) if table.preamble else ""
    return (f"the header (row {table.header_row}) has {len(table.columns)} column(s): {shown}{above}; "
            f"{len(table.rows)} row(s) below it")


def without_notes(table: Table) -> Table:
    """The table without its footnote and source lines (a line of one cell starting 注：, 数据来源：, Source:,
    Note: and the one-cell lines after it), which become its note."""
    keep, notes, in_note = [], [], False
    for i, cells in enumerate(table.rows):
        filled = [c for c in cells if c]
        in_note = len(filled) == 1 and (in_note or bool(NOTE_LINE.match(filled[0])))
        if in_note:
            notes.append(filled[0])
        else:
            keep.append(i)
    if not notes:
        return table
    return table.with_rows(table.columns, [table.rows[i] for i in keep], [table.row_numbers[i] for i in keep],
                           [table.spans[i] for i in keep], note="\n".join(filter(None, (table.note, *notes))))
