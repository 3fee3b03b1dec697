"""The largest import the app takes, and the checks that refuse a bigger one before it is read whole: the
file's size (before reading it), its rows and cells (counted while reading, stopping at the limit; an .xls or
.ods sheet by the size calamine states, before its cells become Python values), a workbook's unzipped size
(before parsing it: a zip bomb) and the figures the layouts make of it. At the limits an import stays under
1 GB of memory on the reference machine (tests/benchmarks/bench_limits.py measures it)."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .table import TableError

MAX_FILE_BYTES = 50 * 2**20         # the file as it is on disk
MAX_ROWS = 200_000                  # rows read, and figures made of them
MAX_CELLS = 1_500_000               # cells read (a wide table makes one figure of each)
MAX_UNZIPPED_BYTES = 500 * 2**20    # a workbook's parts unzipped, all together
MAX_ZIP_RATIO = 100                 # unzipped / zipped, for a part larger than ZIP_RATIO_FROM
ZIP_RATIO_FROM = 2**20
SPLIT = "split the file and import each part"


def _refuse(path: Path, what: str) -> TableError:
    return TableError(f"{path}: {what}: {SPLIT}")


def check_size(path: Path) -> None:
    """Refuse a file larger than MAX_FILE_BYTES, by its size on disk (OSError if it cannot be looked at)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"the file is {size / 2**20:,.1f} MB, more than the {MAX_FILE_BYTES / 2**20:,.0f} MB "
                            "an import may be")


def counted(path: Path, rows: Iterable[list], what: str = "rows") -> Iterator[list]:
    """The rows, refused as soon as there are more than MAX_ROWS of them or more than MAX_CELLS cells."""
    cells = 0
    for number, row in enumerate(rows, start=1):
        cells += len(row)
        if number > MAX_ROWS:
            raise _refuse(path, f"more than {MAX_ROWS:,} {what}, the most an import may have")
        if cells > MAX_CELLS:
            raise _refuse(path, f"more than {MAX_CELLS:,} cells, the most an import may have")
        yield row


def check_dimensions(path: Path, rows: int, columns: int) -> None:
    """Refuse a sheet by the rows and columns its reader states, before its cells are made into Python values
    (as `counted` would refuse them one by one)."""
    if rows > MAX_ROWS:
        raise _refuse(path, f"more than {MAX_ROWS:,} rows, the most an import may have")
    if rows * columns > MAX_CELLS:
        raise _refuse(path, f"more than {MAX_CELLS:,} cells, the most an import may have")


def check_figures(path: Path, figures: int) -> None:
    """Refuse a table the layouts made more than MAX_ROWS figures of (a wide table: one per cell)."""
    if figures > MAX_ROWS:
        raise _refuse(path, f"{figures:,} figures, more than the {MAX_ROWS:,} an import may have")


def check_unzipped(path: Path, raw: bytes) -> None:
    """Refuse a zipped workbook (.xlsx, .ods) whose parts would unzip to more than MAX_UNZIPPED_BYTES, or one
    of whose large parts is zipped more tightly than a spreadsheet's XML is (a zip bomb), by the sizes its
    directory states (Python's zipfile never unzips more than that). A file that is no zip is left to its
    reader to report."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    total = sum(p.file_size for p in parts)
    if total > MAX_UNZIPPED_BYTES:
        raise _refuse(path, f"the workbook unzips to {total / 2**20:,.0f} MB, more than the "
                            f"{MAX_UNZIPPED_BYTES / 2**20:,.0f} MB an import may be")
    for p in parts:
        if p.file_size > ZIP_RATIO_FROM and p.file_size > MAX_ZIP_RATIO * max(p.compress_size, 1):
            raise TableError(f"{path}: its part {p.filename} unzips to {p.file_size / 2**20:,.0f} MB from "
                             f"{p.compress_size / 2**10:,.0f} KB, more than a spreadsheet's cells ever are: the file "
                             "is damaged or built to exhaust memory (a zip bomb); save it again from the "
                             "spreadsheet program")
