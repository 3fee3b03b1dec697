"""Spreadsheets, each cell as the spreadsheet shows it: .xlsx/.xlsm through openpyxl, which knows each cell's
number format (percentages, years typed as dates, fixed decimals); .xls and .ods through python-calamine, which
gives values only, shown as a spreadsheet with general formats shows them."""
from __future__ import annotations

import io
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ....lazy import lazy
from . import limits
from .table import Table, TableError, from_records

openpyxl = lazy("openpyxl", __package__)
calamine = lazy("python_calamine", __package__)
OPENPYXL = (".xlsx", ".xlsm")


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


def read(path: Path, raw: bytes, sheet: str | None = None) -> Table:
    """`sheet` of a workbook, or its first."""
    limits.check_unzipped(path, raw)
    if path.suffix.lower() in OPENPYXL:
        return _read_xlsx(path, raw, sheet)
    return _read_calamine(path, raw, sheet)


def _sheet(path: Path, names: list[str], sheet: str | None) -> str:
    if sheet is not None and sheet not in names:
        raise TableError(f"{path}: no sheet named {sheet!r} (sheets: {', '.join(names)})")
    return sheet or names[0]


def _table(path: Path, rows, title: str, names: list[str]) -> Table:
    """Rows of shown cells as a table whose text is one line per row, cells joined by " | "."""
    records, lines, offset = [], [], 0
    for number, cells in enumerate(rows, start=1):
        line = " | ".join(cells).rstrip(" |")
        records.append((number, cells, (offset, offset + len(line))))
        lines.append(line)
        offset += len(line) + 1
    return from_records(path, records, "\n".join(lines), sheet=title, sheets=names)


def _read_xlsx(path: Path, raw: bytes, sheet: str | None) -> Table:
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        names = book.sheetnames
        ws = book[_sheet(path, names, sheet)]
        ws.reset_dimensions()  # some writers state a wrong size; read every row there is
        rows = [[_cell(c.value, getattr(c, "number_format", "General")) for c in row]
                for row in limits.counted(path, ws.iter_rows())]
        book.close()
    except TableError:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds (zip, XML, key errors) for a damaged file
        raise TableError(f"{path}: not a readable .xlsx workbook: the file is damaged or is not an Excel workbook "
                         f"({e})") from None
    return _table(path, rows, ws.title, names)


def _read_calamine(path: Path, raw: bytes, sheet: str | None) -> Table:
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(raw))
        names = list(book.sheet_names)
        title = _sheet(path, names, sheet)
        ws = book.get_sheet_by_name(title)  # the cells in calamine's own memory, not yet Python objects
        last_row, last_column = ws.end or (-1, -1)  # rows and columns from A1 (to_python keeps the empty area)
        limits.check_dimensions(path, last_row + 1, last_column + 1)
        rows = [[_cell(v) for v in row] for row in limits.counted(path, ws.to_python(skip_empty_area=False))]
    except TableError:
        raise
    except Exception as e:  # noqa: BLE001 - calamine raises its own and OS errors for a damaged file
        raise TableError(f"{path}: a {path.suffix} spreadsheet cannot be read: save it as .xlsx or CSV (the file "
                         f"is damaged or is not a spreadsheet: {e})") from None
    return _table(path, rows, title, names)
