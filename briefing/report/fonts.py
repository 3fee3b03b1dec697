"""The embedded fonts, and text turned into safe Paragraph markup that uses the font that has each glyph."""
from __future__ import annotations

from functools import cache
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

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


@cache
def register() -> None:
    """Register the shipped TrueType fonts once (reportlab embeds the subset a document uses)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_utf16
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("resources", "fonts", file))))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SANS, bold, italic, BOLD if bold else SANS)
            addMapping(CJK, bold, italic, CJK)


@cache
def _covered(font: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def font_for(char: str) -> str:
    """The Latin font where it has the glyph, else the Chinese one where it does, else the Latin one."""
    code = ord(char)
    if code in _covered(SANS) or char.isspace():
        return SANS
    return CJK if code in _covered(CJK) else SANS


def markup(text: str) -> str:
    """`text` as Paragraph markup: markup characters escaped, runs of Chinese set in the Chinese font."""
    if str(text).isascii():  # the Latin font has every ASCII glyph
        return _run([str(text)], SANS)
    out, run, run_font = [], [], SANS
    for char in str(text):
        font = font_for(char)
        if font != run_font and run:
            out.append(_run(run, run_font))
            run = []
        run_font = font
        run.append(char)
    if run:
        out.append(_run(run, run_font))
    return "".join(out)


def _escape(text: str) -> str:
    """Only `&` and `<` need escaping in Paragraph text: each entity splits the text into more fragments,
    which makes line breaking slower, so quotes and `>` stay as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _run(chars: list[str], font: str) -> str:
    text = _escape("".join(chars))
    return text if font == SANS else f'<font name="{font}">{text}</font>'


def fit(text: str, width: float, size: float = 7, font: str = SANS) -> str:
    """`text` shortened with an ellipsis to fit `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
