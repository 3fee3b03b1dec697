"""Simple HTML pages: their readable text, without markup, scripts or styles."""
from __future__ import annotations

from pathlib import Path

from ..extract import text_from_html
from .plain_text import read as read_text


def read(path: Path, raw: bytes) -> str:
    return text_from_html(read_text(path, raw))
