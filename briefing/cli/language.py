"""`--lang {en,zh}`: the language a command shows records in. One argument and one helper for every command that
prints or writes records (`list` now; `export` and `gui` can call `add_lang_argument` the same way)."""
from __future__ import annotations

from ..core.lexicon.display_zh import LANGS, localized
from ..core.lexicon.words import DISPLAY

__all__ = ["LANGS", "add_lang_argument", "header", "localized"]


def add_lang_argument(parser, what: str = "records") -> None:
    parser.add_argument("--lang", choices=LANGS, default="en",
                        help=f"the language of the {what}: en (the documents' English) or zh (Chinese: the "
                             "project's translation of names; figures, periods, regions, kinds and themes)")


def header(column: str, lang: str) -> str:
    """A table's column heading in `lang` (the column's own name in English)."""
    return DISPLAY[lang].get("fields", {}).get(column, column)
