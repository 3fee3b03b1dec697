"""The embedded fonts, and text turned into safe Paragraph markup that uses the font that has each glyph."""
from __future__ import annotations

import hashlib
from functools import cache
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from ..core.storage import cache as stored
from ..resources import resource_path

SANS, BOLD, CJK = "BriefSans", "BriefSans-Bold", "BriefCJK"
FILES = {SANS: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallbackFull.ttf"}


_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_utf16(fontname: str, subset: list[int]) -> str:
    """reportlab writes characters beyond U+FFFF (emoji) as <1F600> in the ToUnicode map, which readers
    reject; PDF wants UTF-16 (<D83DDE00>), so copying and searching the text find the emoji."""
    cmap = _to_unicode(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
    return cmap


def _picklable(font: TTFont) -> TTFont:
    """A copy of a parsed font without what cannot or need not be kept: the file's bytes (read again), the
    per-document state (empty before the first document) and the parser's scaling function."""
    copy, face = TTFont.__new__(TTFont), TTFontFace.__new__(TTFontFace)
    copy.__dict__.update(font.__dict__, state=None, face=face)
    face.__dict__.update({k: v for k, v in vars(font.face).items() if k not in ("_ttf_data", "_pdfScale")})
    return copy


def _restored(font: TTFont, data: bytes) -> TTFont:
    font.state = WeakKeyDictionary()
    font.face._ttf_data = data
    per_em = 1000 / font.face.unitsPerEm
    font.face._pdfScale = lambda x: x * per_em
    return font


def _parsed_fonts(names: tuple[str, ...], entry: str) -> list[TTFont]:
    """The shipped fonts `names` parsed (reportlab reads every glyph's metrics: about 0.1 s, most of it for the
    Chinese font), from the cache (core/storage/cache.py) while the font files, reportlab and this code are
    unchanged."""
    paths = [resource_path("resources", "fonts", FILES[name]) for name in names]
    data = [path.read_bytes() for path in paths]
    key = hashlib.sha256(" ".join([stored.code_version(("briefing.report",), ("reportlab",)),
                                   *map(str, paths), *(hashlib.sha256(d).hexdigest() for d in data)]).encode())
    fonts = stored.cached(entry, key.hexdigest(), lambda: [
        _picklable(TTFont(name, str(path))) for name, path in zip(names, paths)])
    return [_restored(font, d) for font, d in zip(fonts, data)]


@cache
def register() -> None:
    """Register the shipped Latin fonts once (reportlab embeds the subset a document uses). The Chinese font, the
    larger part of the parsing, is registered when a text first has a character only it has (_covered)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_utf16
    for font in _parsed_fonts((SANS, BOLD), "parsed-fonts"):
        pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SANS, bold, italic, BOLD if bold else SANS)


@cache
def _register_cjk() -> None:
    register()
    for font in _parsed_fonts((CJK,), "parsed-font-cjk"):
        pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)


@cache
def _covered(font: str) -> frozenset[int]:
    _register_cjk() if font == CJK else register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def font_for(char: str, font: str = SANS) -> str:
    """`font` (a Latin one) where it has the glyph, else the Chinese one where it does, else `font`."""
    code = ord(char)
    if code in _covered(font) or char.isspace():
        return font
    return CJK if code in _covered(CJK) else font


MISSING = "\ufffd"  # printed for a character neither font has (most emoji pictographs), never a blank


def runs(text: str, font: str = SANS) -> list[tuple[str, str]]:
    """`text` cut into (font, text) runs, each set in a font that has its glyphs (see font_for)."""
    text = str(text)
    if not text.isprintable():  # control characters print as nothing (a font draws them as a blank box)
        text = "".join(c for c in text if c.isprintable() or c in "\n\t ")
    if text.isascii():  # the Latin fonts have every printable ASCII glyph
        return [(font, text)] if text else []
    text = "".join(c if c.isspace() or ord(c) in _covered(font) or ord(c) in _covered(CJK) else MISSING
                   for c in text)
    out: list[tuple[str, str]] = []
    start, run_font = 0, font
    for i, char in enumerate(text):
        char_font = font_for(char, font)
        if char_font != run_font and i > start:
            out.append((run_font, text[start:i]))
            start = i
        run_font = char_font
    if start < len(text):
        out.append((run_font, text[start:]))
    return out


def markup(text: str) -> str:
    """`text` as Paragraph markup: markup characters escaped, runs of Chinese set in the Chinese font."""
    return "".join(_run(chars, font) for font, chars in runs(text))


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` drawn run by run (see runs)."""
    if text.isascii():
        return stringWidth(text, font, size)
    return sum(stringWidth(chars, run_font, size) for run_font, chars in runs(text, font))


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` at spaces, or between characters in a word that
    is wider than a line (Chinese is written without spaces)."""
    lines: list[str] = []
    line = ""
    for word in str(text).split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while len(line) > 1 and text_width(line, font, size) > width:
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def at_most(text: str, lines: int, font: str, size: float, width: float) -> list[str]:
    """`text` in no more than `lines` lines no wider than `width`, the last cut with an ellipsis if it goes on:
    a chart's title, notes and labels have a fixed place, however long an imported name is."""
    split = split_lines(text, font, size, width)
    if len(split) <= lines:
        return split
    return [*split[:lines - 1], fit(" ".join(split[lines - 1:lines + 1]), width, size, font)]


def clipped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis: a table cell's row must fit on a page."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _escape(text: str) -> str:
    """Only `&` and `<` need escaping in Paragraph text: each entity splits the text into more fragments,
    which makes line breaking slower, so quotes and `>` stay as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _run(chars: str, font: str) -> str:
    text = _escape(chars)
    return text if font == SANS else f'<font name="{font}">{text}</font>'


def fit(text: str, width: float, size: float = 7, font: str = SANS) -> str:
    """`text` shortened with an ellipsis to fit `width` points (drawn run by run, see runs)."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest cut that fits, found by halving: a name may be 10,000 characters
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if text_width(text[:mid] + "…", font, size) <= width else (low, mid - 1)
    return text[:low] + "…"
