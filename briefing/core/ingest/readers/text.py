"""Decoding a user's text file: UTF-8 (with or without BOM) or GB18030/GBK, never Latin-1 misread as Chinese."""
from __future__ import annotations

from pathlib import Path

from .table import TableError

ENCODINGS = ("utf-8-sig", "gb18030")  # UTF-8 with or without BOM; GB18030 reads GBK and GB2312 too


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


