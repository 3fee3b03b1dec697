"""Plain-text documents in UTF-8 or GB18030."""
from __future__ import annotations

from pathlib import Path

from ...errors import DocumentError
from .table import TableError
from .text import decode_text


def read(path: Path, raw: bytes) -> str:
    try:
        return decode_text(path, raw)[0]
    except TableError as e:  # the decoder's message fits a document as well
        raise DocumentError(e.problems) from None
