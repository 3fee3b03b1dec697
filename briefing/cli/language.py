"""`--lang {en,zh}`: the language a command shows records in. One argument and one helper for every command that
prints or writes records (`list` now; `export` and `gui` can call `add_lang_argument` the same way)."""
from __future__ import annotations

from ..core.lexicon.display_zh import LANGS, localized
from ..core.lexicon.words import DISPLAY

__all__ = ["LANGS", "PACK_LANGS", "add_lang_argument", "header", "localized"]


PACK_LANGS = (*LANGS, "en+zh")  # a pack's languages: en+zh, English with the Chinese name under the English one


def add_lang_argument(parser, note: str = "", choices: tuple[str, ...] = LANGS) -> None:
    """`--lang {en,zh}` (default en; `choices` may add en+zh) on a command's parser; `note` says what it changes
    there."""
    parser.add_argument("--lang", choices=choices, default=None if "en+zh" in choices else "en",
                        help="the language records are shown in: en (the documents' English) or zh (Chinese: names "
                             "as the project translated them, figures, periods, regions, kinds and themes)"
                             + (f"; {note}" if note else ""))


def header(column: str, lang: str) -> str:
    """A table's column heading in `lang` (the column's own name in English)."""
    return DISPLAY[lang].get("fields", {}).get(column, column)
