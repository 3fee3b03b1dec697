"""Building a long table from a table as read: one row per figure, each keeping its source row's number and the
span of its cell (or row) in the file's text, missing cells counted."""
from __future__ import annotations

from ....lexicon.words import HEADERS, MISSING
from ...tables.cells import fold
from ..table import Table, TableError

COLUMNS = ("name", "region", "period", "value", "unit", "note", "theme", "qualifier", "kind")
ALWAYS = ("name", "period", "value")  # the other columns only where some row has one
_MISSING = {"", *(m.casefold() for m in MISSING)}

# headers that name a field besides the lexicon's (World Bank, OWID, UN and yearbook tables)
MORE_HEADERS = {
    "name": ("indicator name", "series name", "series", "指标名称", "项目名称"),
    "region": ("country", "country name", "country or area", "entity", "economy", "province", "region/country/area",
               "省份", "地区名称", "城市", "国家"),
    "note": ("note", "notes", "footnote", "footnotes", "注", "备注", "注释"),
}
CODES = tuple(map(fold, ("code", "country code", "indicator code", "series code", "iso code", "iso3", "iso3 code",
                         "代码", "地区代码", "指标代码")))


_ROLES = {f: {fold(h) for h in (*HEADERS.get(f, ()), *MORE_HEADERS.get(f, ()))} for f in (*HEADERS, "note")}


def role(header: str) -> str | None:
    """The field a column's header names (name, region, period, value, unit, theme, …, note), or None."""
    h = fold(header)
    return next((f for f, words in _ROLES.items() if h in words), None)


def known(header: str) -> bool:
    """A header the column mapping knows by itself (the lexicon's)."""
    return any(fold(header) in map(fold, words) for words in HEADERS.values())


def is_code(header: str) -> bool:
    return fold(header) in CODES


def is_missing(cell: str) -> bool:
    return cell.strip().casefold() in _MISSING


class LongTable:
    """Figures added one by one, then `done()`: the long Table over the same file's text."""

    def __init__(self, table: Table, extra: tuple[str, ...] = ()):
        self.table, self.columns = table, (*COLUMNS, *extra)
        self.rows: list[list[str]] = []
        self.numbers: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.missing = 0
        self._cell_spans: tuple[int, list[tuple[int, int]]] | None = None

    def add(self, i: int, cell: int | None = None, **fields: str) -> None:
        """A figure from row i of the table as read (and its cell `cell`, whose span it cites)."""
        self.rows.append([fields.get(c, "") or "" for c in self.columns])
        self.numbers.append(self.table.row_numbers[i])
        self.spans.append(self.table.spans[i] if cell is None else self.cell_span(i, cell))

    def cell_span(self, i: int, j: int) -> tuple[int, int]:
        """Cell j of row i in the file's text: the cells found in order in the row's quote (a quoted CSV cell
        without its quotes); the row's span if a cell is not there as read."""
        if self._cell_spans is None or self._cell_spans[0] != i:
            start, quote, spans, at = self.table.spans[i][0], self.table.quote(i), [], 0
            for cell in self.table.rows[i]:
                k = quote.find(cell, at) if cell else -1
                spans.append((start + k, start + k + len(cell)) if k >= 0 else self.table.spans[i])
                at = k + len(cell) if k >= 0 else at
            self._cell_spans = (i, spans)
        return self._cell_spans[1][j]

    def done(self, layout: str, note: str = "") -> Table:
        if not self.rows:
            raise TableError(f"{self.table.file}: a {layout} table with no figures: every cell is empty or missing "
                             f"({self.missing} missing)")
        keep = [j for j, c in enumerate(self.columns) if c in ALWAYS or any(r[j] for r in self.rows)]
        return self.table.with_rows([self.columns[j] for j in keep], [[r[j] for j in keep] for r in self.rows],
                                    self.numbers, self.spans, layout=layout, missing=self.table.missing + self.missing,
                                    note="\n".join(filter(None, (self.table.note, note))))
