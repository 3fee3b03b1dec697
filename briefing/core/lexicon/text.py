"""Text shown outside the page's own layout (a terminal, a PDF's title bar): without the characters that recolour,
move or reverse what a reader sees."""
from __future__ import annotations

import re
import unicodedata

ANSI_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")  # CSI sequences (colours, cursor), then 2-char ones
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` without terminal escape sequences, C0/C1 control characters (newline and tab kept) and the
    characters that reorder text (right-to-left overrides and isolates)."""
    text = ANSI_SEQUENCE.sub("", text)
    return "".join(c for c in text if c in "\n\t" or not (unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS))


def one_line(text: str) -> str:
    """printable(text) on one line, runs of whitespace as one space: a PDF's title, subject and author."""
    return " ".join(printable(text).split())
