"""File readers: one module per kind of table file, registered in READERS by the suffixes it reads.
The import dialog's file filter and the command line's help are built from READERS.

A reader module has `read(path, raw, sheet) -> Table` and raises TableError naming the file and what is wrong.
It is imported when a file of its kind is read (openpyxl loads only for workbooks)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from .table import Table, TableError
from .text import decode_text

__all__ = ["READERS", "Reader", "Table", "TableError", "decode_text", "dialog_filter", "file_kinds", "read_table"]


@dataclass(frozen=True)
class Reader:
    name: str                   # as the file dialog and the help name the kind
    suffixes: tuple[str, ...]
    module: str                 # the module under briefing.core.ingest.readers that reads it

    def read(self, path: Path, raw: bytes, sheet: str | None) -> Table:
        return import_module(f"{__name__}.{self.module}").read(path, raw, sheet)


READERS = (
    Reader("CSV or text table", (".csv", ".tsv", ".txt"), "delimited"),
    Reader("Excel workbook", (".xlsx", ".xlsm"), "xlsx"),
)
FALLBACK = READERS[0]  # a file of another name is read as text (the text reader refuses what is not text)
UNREADABLE = (".xls", ".et", ".ods", ".numbers")  # spreadsheets people bring that no reader takes yet


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a file of any registered kind (a workbook: `sheet`, or the first); TableError naming the file
    and what is wrong when it cannot be read as a table at all."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TableError(f"{path}: cannot read: {e.strerror or e}") from None
    if not raw.strip():
        raise TableError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in UNREADABLE:
        raise TableError(f"{path}: a {path.suffix} spreadsheet cannot be read: save it as .xlsx or CSV")
    reader = next((r for r in READERS if suffix in r.suffixes), FALLBACK)
    return reader.read(path, raw, sheet)


def file_kinds() -> str:
    """The kinds the readers take, for help texts: "CSV or text table (.csv, .tsv, .txt), Excel workbook (...)"."""
    return ", ".join(f"{r.name} ({', '.join(r.suffixes)})" for r in READERS)


def dialog_filter() -> str:
    """A file dialog's filter: every table kind together, then each kind, then all files."""
    def patterns(suffixes):
        return " ".join(f"*{s}" for s in suffixes)
    kinds = [f"{r.name} ({patterns(r.suffixes)})" for r in READERS]
    return ";;".join([f"Tables ({patterns(s for r in READERS for s in r.suffixes)})", *kinds, "All files (*)"])
