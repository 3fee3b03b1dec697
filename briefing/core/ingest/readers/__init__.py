"""File readers: one module per kind of file, registered by the suffixes it reads (READERS for tables,
DOCUMENT_READERS for documents). The file dialogs' filters and the command line's help are built from them.

A table reader module has `read(path, raw, sheet=None) -> Table` and raises TableError; a document reader
`read(path, raw) -> str` (the readable text) and raises DocumentError; both name the file and what is wrong.
A module is imported when a file of its kind is read (openpyxl and calamine load only for spreadsheets).
Every table then goes through the layouts (layouts/), which make it one long table."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ...errors import DocumentError, Problem
from . import layouts, limits
from .table import Table, TableError
from .text import decode_text

__all__ = ["DOCUMENT_READERS", "READERS", "Reader", "Table", "TableError", "decode_text", "dialog_filter",
           "file_kinds", "read_document", "read_table"]


@dataclass(frozen=True)
class Reader:
    name: str                   # as the file dialog and the help name the kind
    suffixes: tuple[str, ...]
    module: str                 # the module under briefing.core.ingest.readers that reads it
    sniff: bytes = b""          # how a file of this kind starts, whatever its name (a regular expression)

    def read(self, path: Path, raw: bytes, **options):
        return import_module(f"{__name__}.{self.module}").read(path, raw, **options)

    def knows(self, raw: bytes) -> bool:
        return bool(self.sniff) and re.match(self.sniff, raw[:512].removeprefix(b"\xef\xbb\xbf"), re.I) is not None


READERS = (
    Reader("CSV or text table", (".csv", ".tsv", ".txt"), "delimited"),
    Reader("Spreadsheet", (".xlsx", ".xlsm", ".xls", ".ods"), "spreadsheet"),
    Reader("Frictionless data package", (".json",), "datapackage"),
)
UNREADABLE = (".et", ".numbers")  # spreadsheets people bring that no reader takes yet

DOCUMENT_READERS = (
    Reader("Text document", (".txt", ".md"), "plain_text"),
    Reader("Web page", (".html", ".htm"), "html", sniff=rb"\s*<(!doctype|html)"),
)
UNREADABLE_DOCUMENTS = (".pdf", ".doc", ".docx", ".wps", ".odt", ".rtf")


def _reader(path: Path, raw: bytes, readers: tuple[Reader, ...]) -> Reader:
    """The reader whose kind the file's start shows, else the one for its suffix, else the first (text)."""
    suffix = path.suffix.lower()
    return (next((r for r in readers if r.knows(raw)), None)
            or next((r for r in readers if suffix in r.suffixes), readers[0]))


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a file of any registered kind (a workbook: `sheet`, or the first) as one long table (layouts);
    TableError naming the file and what is wrong when it cannot be read as a table at all."""
    path = Path(path)
    try:
        limits.check_size(path)
        raw = path.read_bytes()
    except OSError as e:
        raise TableError(f"{path}: cannot read: {e.strerror or e}") from None
    if not raw.strip():
        raise TableError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in UNREADABLE:
        raise TableError(f"{path}: a {path.suffix} spreadsheet cannot be read: save it as .xlsx or CSV")
    table = layouts.to_long(_reader(path, raw, READERS).read(path, raw, sheet=sheet))
    limits.check_figures(path, len(table.rows))
    return table


def read_document(path: Path) -> str:
    """The readable text of a document of any registered kind; DocumentError naming the file if unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DocumentError(Problem(str(path), f"cannot read: {e.strerror or e}")) from None
    if path.suffix.lower() in UNREADABLE_DOCUMENTS:
        raise DocumentError(Problem(str(path), f"a {path.suffix} document cannot be read: save it as text (.txt) "
                                               "or HTML"))
    if b"\x00" in raw[:4096]:
        raise DocumentError(Problem(str(path), "binary data, not a text or HTML document"))
    text = _reader(path, raw, DOCUMENT_READERS).read(path, raw)
    if not text.strip():
        raise DocumentError(Problem(str(path), "no text in the document"))
    return text.replace("\r\n", "\n")


def file_kinds(readers: tuple[Reader, ...] | None = None) -> str:
    """The kinds the readers take (tables unless told), for help texts: "CSV or text table (.csv, .tsv, .txt), …"."""
    readers = READERS if readers is None else readers
    return ", ".join(f"{r.name} ({', '.join(r.suffixes)})" for r in readers)


def dialog_filter(readers: tuple[Reader, ...] | None = None, all_kinds: str = "Tables") -> str:
    """A file dialog's filter (tables unless told): every kind together, then each kind, then all files."""
    readers = READERS if readers is None else readers
    def patterns(suffixes):
        return " ".join(f"*{s}" for s in suffixes)
    kinds = [f"{r.name} ({patterns(r.suffixes)})" for r in readers]
    return ";;".join([f"{all_kinds} ({patterns(s for r in readers for s in r.suffixes)})", *kinds, "All files (*)"])
