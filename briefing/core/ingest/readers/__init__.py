"""Read a user's table (CSV in UTF-8 or GB18030, any common delimiter; XLSX) into rows of cell text, keeping
each row's number and its text as the file shows it: the provenance of every imported figure."""
from __future__ import annotations

import csv
import io
import itertools
import re
from datetime import date, datetime, time, timedelta
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import BriefingError

ENCODINGS = ("utf-8-sig", "gb18030")  # UTF-8 with or without BOM; GB18030 reads GBK and GB2312 too
DELIMITERS = ",;\t"
EXCEL_SUFFIXES = (".xlsx", ".xlsm")


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

    def quote(self, i: int) -> str:
        start, end = self.spans[i]
        return self.text[start:end]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a CSV or XLSX file (XLSX: `sheet`, or the first); TableError naming the file and what is wrong
    when it cannot be read as a table at all."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TableError(f"{path}: cannot read: {e.strerror or e}") from None
    if not raw.strip():
        raise TableError(f"{path}: the file is empty")
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _read_excel(path, raw, sheet)
    if path.suffix.lower() in (".xls", ".et", ".ods", ".numbers"):
        raise TableError(f"{path}: a {path.suffix} spreadsheet cannot be read: save it as .xlsx or CSV")
    if raw[:4] == b"PK\x03\x04":
        raise TableError(f"{path}: this is a spreadsheet or archive, not text: save it as .xlsx or CSV")
    if b"\x00" in raw[:4096]:
        raise TableError(f"{path}: binary data, not a CSV file (UTF-16? save it as UTF-8 CSV)")
    return _read_csv(path, raw)


def decode_text(path: Path, raw: bytes) -> tuple[str, str]:
    """Text and its encoding: UTF-8 (with or without BOM), else GB18030; TableError naming the file if neither."""
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and _looks_latin(text):
            break
        return text, encoding
    raise TableError(f"{path}: the text is neither UTF-8 nor GB18030/GBK: save it as UTF-8")


def _looks_latin(text: str) -> bool:
    """Latin-1/Windows-1252 text decodes as GB18030 too ("intérieur" -> "int閞ieur"): an accented letter and
    the ASCII letter after it make one character. Chinese text is mostly common characters (both bytes
    0xA1 and above); Latin text read this way is mostly accented-letter-plus-letter pairs."""
    pairs = [b for c in text if ord(c) > 0x7F and len(b := c.encode("gb18030")) == 2]
    common = sum(1 for b in pairs if b[0] >= 0xA1 and b[1] >= 0xA1)
    latin = sum(1 for b in pairs if b[0] >= 0xC0 and chr(b[1]).isascii() and chr(b[1]).isalpha())
    return latin > common


def _delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of cells, most of them (a quoted
    cell holding another delimiter misleads csv.Sniffer)."""
    best, best_score = ",", (False, 0, 0)
    sample = text[:65536]
    for d in DELIMITERS:
        try:
            widths = [len(r) for r in itertools.islice(csv.reader(io.StringIO(sample), delimiter=d,
                                                                  skipinitialspace=True), 50) if any(r)]
        except csv.Error:
            continue
        if widths:
            score = (widths[0] > 1, widths.count(widths[0]), widths[0])
            if score > best_score:
                best, best_score = d, score
    return best


def _read_csv(path: Path, raw: bytes) -> Table:
    text, encoding = decode_text(path, raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _delimiter(text)
    # each physical line's start, to give every row its span (a quoted cell may hold a line break)
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True)
    records = []
    first_line = 1
    try:
        for number, cells in enumerate(reader, start=1):  # row numbers as a spreadsheet shows the file
            last_line = reader.line_num
            span = (starts[first_line - 1], starts[last_line] - 1 if last_line < len(starts) else len(text))
            first_line = last_line + 1
            records.append((number, [c.strip() for c in cells], span))
    except csv.Error as e:
        raise TableError(f"{path}: line {reader.line_num}: not valid CSV: {e}") from None
    return _table(path, records, text, encoding=encoding, delimiter=delimiter)


def _table(path: Path, records: list[tuple[int, list[str], tuple[int, int]]], text: str, **how) -> Table:
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
                 [n for n, _, _ in rows], text, [span for _, _, span in rows], **how)


def _cell(value, number_format: str = "General") -> str:
    """A spreadsheet cell as the spreadsheet shows it (dates, percentages, fixed decimals)."""
    fmt = (number_format or "General").lower()
    if value is None:
        return ""
    if isinstance(value, datetime):
        if re.fullmatch(r"y+(年)?", fmt):  # a year typed as a date and shown as one
            return str(value.year)
        return value.strftime("%Y-%m") if value.day == 1 and not value.hour else value.strftime("%Y-%m-%d")
    if isinstance(value, (date, time, timedelta)):
        return str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "%" in fmt:
            return f"{value * 100:.10g}%"
        decimals = re.fullmatch(r"[#,]*0\.(0+)", fmt)
        if decimals and isinstance(value, float):  # 2023.10 shown as typed, not 2023.1
            return f"{value:.{len(decimals[1])}f}"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    return str(value).strip()


def _read_excel(path: Path, raw: bytes, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # only for spreadsheets
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise TableError(f"{path}: no sheet named {sheet!r} (sheets: {', '.join(names)})")
        ws = book[sheet or names[0]]
        ws.reset_dimensions()  # some writers state a wrong size; read every row there is
        records, lines, offset = [], [], 0
        for number, row in enumerate(ws.iter_rows(), start=1):
            cells = [_cell(c.value, getattr(c, "number_format", "General")) for c in row]
            line = " | ".join(cells).rstrip(" |")
            records.append((number, cells, (offset, offset + len(line))))
            lines.append(line)
            offset += len(line) + 1
        book.close()
    except TableError:
        raise
    except Exception as e:  # openpyxl raises many kinds (zip, XML, key errors) for a damaged file
        raise TableError(f"{path}: not a readable .xlsx workbook: the file is damaged or is not an Excel workbook "
                         f"({e})") from None
    return _table(path, records, "\n".join(lines), sheet=ws.title, sheets=names)
