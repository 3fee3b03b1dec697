"""CSV and other delimited text tables, in UTF-8 or GB18030, with the delimiter guessed from the rows."""
from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from . import limits
from .table import Table, TableError, from_records
from .text import decode_text

DELIMITERS = ",;\t"


def _delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of cells, most of them (a quoted
    cell holding another delimiter misleads csv.Sniffer), counted from the first row it splits: preamble
    lines such as an NBS export's 数据库：… have no delimiter at all."""
    best, best_score = ",", (False, 0, 0)
    sample = text[:65536]
    for d in DELIMITERS:
        try:
            widths = [len(r) for r in itertools.islice(csv.reader(io.StringIO(sample), delimiter=d,
                                                                  skipinitialspace=True), 50) if any(r)]
        except csv.Error:
            continue
        widths = list(itertools.dropwhile(lambda w: w == 1, widths)) or widths
        if widths:
            score = (widths[0] > 1, widths.count(widths[0]), widths[0])
            if score > best_score:
                best, best_score = d, score
    return best


def read(path: Path, raw: bytes, sheet: str | None = None) -> Table:
    """A delimited text table (comma, semicolon or tab)."""
    if raw[:4] == b"PK\x03\x04":
        raise TableError(f"{path}: this is a spreadsheet or archive, not text: save it as .xlsx or CSV")
    if b"\x00" in raw[:4096]:
        raise TableError(f"{path}: binary data, not a CSV file (UTF-16? save it as UTF-8 CSV)")
    text, encoding = decode_text(path, raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _delimiter(text)
    # each physical line's start, to give every row its span (a quoted cell may hold a line break)
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True)
    records = []
    first_line = 1
    try:
        # row numbers as a spreadsheet shows the file; refused once past the limit
        for number, cells in enumerate(limits.counted(path, reader), start=1):
            last_line = reader.line_num
            span = (starts[first_line - 1], starts[last_line] - 1 if last_line < len(starts) else len(text))
            first_line = last_line + 1
            records.append((number, [c.strip() for c in cells], span))
    except csv.Error as e:
        raise TableError(f"{path}: line {reader.line_num}: not valid CSV: {e}") from None
    return from_records(path, records, text, encoding=encoding, delimiter=delimiter)


