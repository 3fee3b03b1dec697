"""Regenerate the corpus files that cannot be typed in an editor (other encodings, binary data, workbooks,
very deep nesting). The files themselves are committed: this script only documents how they were made.

    .venv/bin/python tests/bad_inputs/make_binary_files.py
"""
from __future__ import annotations

import io
import random
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

sys.path.insert(0, str(HERE.parent))
from conftest import MINI_RECORDS  # noqa: E402 - the mini seed's record file, its first figure renamed

RECORD = MINI_RECORDS.replace("name: Tax revenue", "name: {name}", 1).replace("{", "{{").replace(
    "}", "}}").replace("{{name}}", "{name}")

TABLE = ("name,period,value,unit,region,theme\n"
         "{name},2021,\"4,881.04\",billion yuan,Fujian,economy\n")


def png() -> bytes:
    """A real 1x1 PNG: an image saved under the wrong name."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def workbook() -> bytes:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "period", "value", "unit", "region", "theme"])
    sheet.append(["Gross regional product", "2021", 4881.04, "billion yuan", "Fujian", "economy"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def empty_workbook() -> bytes:
    from openpyxl import Workbook
    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def main() -> None:
    rnd = random.Random(20261124)
    noise = bytes(rnd.randrange(256) for _ in range(600))
    files = {
        "records/binary.yaml": png(),
        "records/utf16.yaml": RECORD.format(name="Gross regional product").encode("utf-16"),
        "records/latin1.yaml": RECORD.format(name="Produit régional brut (côte)").encode("latin-1"),
        "records/deeply_nested.yaml": b"source: mini\nindicators: " + b"[" * 2000 + b"]" * 2000 + b"\n",
        "records/deeply_nested_unclosed.yaml": b"source: mini\nindicators: " + b"[" * 40000 + b"\n",
        "tables/binary.csv": b"\x1f\x8b\x08\x00" + noise,  # a gzip header and noise, named .csv
        "tables/utf16.csv": TABLE.format(name="地区生产总值").encode("utf-16"),
        # a Western-Windows (cp1252/Latin-1) export: the accents stand inside words
        "tables/latin1.csv": TABLE.format(name="Produit intérieur régional").encode("latin-1"),
        "tables/truncated.xlsx": workbook()[:1500],
        "tables/binary.xlsx": noise,
        "tables/empty_sheet.xlsx": empty_workbook(),
        "packs/binary.json": png(),
        "packs/deeply_nested.json": b'{"version": 1, "title": ' + b"[" * 5000 + b"]" * 5000 + b"}\n",
    }
    for name, raw in files.items():
        (HERE / name).write_bytes(raw)
        print(f"{name}: {len(raw)} bytes")


if __name__ == "__main__":
    main()
