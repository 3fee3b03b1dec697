"""A table as a reader gives it: rows of cell text, each with its row number and its place in the file's text
(the provenance of every imported figure)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ...errors import BriefingError


class TableError(BriefingError):
    """The file cannot be read as a table at all: one message naming the file and why."""


@dataclass
class Table:
    file: str                                   # the file's name, for messages and provenance
    columns: list[str]
    rows: list[list[str]]                       # cell text, one list per data row, at least as long as columns
    row_numbers: list[int]                      # each row's number in the file (the header is row 1)
    text: str                                   # the file as text (an XLSX sheet: one line per row, " | ")
    spans: list[tuple[int, int]]                # each row's place in `text`: its quote
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1                         # the header's row number (lines above it are the preamble)
    preamble: list[str] = field(default_factory=list)  # the lines above the header, cells joined by " "
    layout: str = ""                            # the layout that made the table long (layouts.LAYOUTS)
    missing: int = 0                            # cells with no value (empty, "..", "NaN", "-") left out
    note: str = ""                              # the file's footnote and source lines, joined
    also_read: list[Path] = field(default_factory=list)  # files read besides `file` (a data package's resource)

    def quote(self, i: int) -> str:
        start, end = self.spans[i]
        return self.text[start:end]

    def with_rows(self, columns: list[str], rows: list[list[str]], row_numbers: list[int],
                  spans: list[tuple[int, int]], **changes) -> Table:
        """The same file's table with other rows (spans still into this file's text)."""
        return replace(self, columns=columns, rows=rows, row_numbers=row_numbers, spans=spans, **changes)


def from_records(path: Path, records: list[tuple[int, list[str], tuple[int, int]]], text: str, **how) -> Table:
    """The header is the first row with most of the widest row's cells (a title above it is skipped);
    data rows keep every cell, so a row longer than the header can be reported."""
    filled = [(n, cells, span) for n, cells, span in records if any(cells)]
    if not filled:
        raise TableError(f"{path}: no rows" + (f" in sheet {how['sheet']!r}" if how.get("sheet") else ""))
    widest = max(sum(1 for c in cells if c) for _, cells, _ in filled[:20])
    at = next(i for i, (_, cells, _) in enumerate(filled) if sum(1 for c in cells if c) * 2 >= widest)
    columns = filled[at][1]
    while columns and not columns[-1]:
        columns = columns[:-1]
    rows = filled[at + 1:]
    return Table(path.name, columns, [cells + [""] * (len(columns) - len(cells)) for _, cells, _ in rows],
                 [n for n, _, _ in rows], text, [span for _, _, span in rows], header_row=filled[at][0],
                 preamble=[" ".join(c for c in cells if c) for _, cells, _ in filled[:at]], **how)


