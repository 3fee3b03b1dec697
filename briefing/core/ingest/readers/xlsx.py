"""Excel workbooks (.xlsx, .xlsm) through openpyxl, each cell as the spreadsheet shows it."""
from __future__ import annotations

import io
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ....lazy import lazy
from .table import Table, TableError, from_records

openpyxl = lazy("openpyxl", __package__)


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
    """`sheet` of an XLSX workbook, or its first."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
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
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds (zip, XML, key errors) for a damaged file
        raise TableError(f"{path}: not a readable .xlsx workbook: the file is damaged or is not an Excel workbook "
                         f"({e})") from None
    return from_records(path, records, "\n".join(lines), sheet=ws.title, sheets=names)
