"""A pack's cover words in a language: its title, subtitle and handling line as typed, or, left at the defaults, the
defaults in Chinese for a Chinese pack or presentation (the PDF's cover and the slides' say the same)."""
from __future__ import annotations

from ..lexicon.words import DISPLAY
from .model import Pack

_ZH = DISPLAY["zh"]["pack"]
_DEFAULTS = Pack.model_fields


def titles(pack: Pack, lang: str | None = None) -> tuple[str, str]:
    """The pack's title and subtitle in `lang` (default: the pack's language); defaults left as they are in Chinese
    become Chinese ones."""
    if (lang or pack.language) != "zh":
        return pack.title, pack.subtitle
    title = _ZH["default-title"] if pack.title == _DEFAULTS["title"].default else pack.title
    subtitle = _ZH["default-subtitle"] if pack.subtitle == _DEFAULTS["subtitle"].default else pack.subtitle
    return title, subtitle


def handling(pack: Pack, lang: str | None = None) -> str:
    """The pack's handling line in `lang` (default: the pack's language); the default one in Chinese."""
    if (lang or pack.language) == "zh" and pack.handling == _DEFAULTS["handling"].default:
        return _ZH["default-handling"]
    return pack.handling
