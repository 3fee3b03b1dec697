"""Chinese line breaking. reportlab wraps a paragraph styled wordWrap='CJK' between any two characters
(paragraph.cjkFragSplit; a paragraph in one font: textsplit.wordSplit), but its punctuation rule is
Japanese-minded and weak: its characters that may not start a line lack the Chinese comma, semicolon, colon,
exclamation and question marks (，；：！？), and only one such character may hang in the margin, so "（所、站）。"
still starts a line with "。". install() puts in their place splits that break before the last character that
may start a line: no line of a Chinese pack starts with closing punctuation (NO_LINE_START) and none ends with an
opening mark (NO_LINE_END)."""
from __future__ import annotations

from functools import cache
from itertools import groupby

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

NO_LINE_START = ALL_CANNOT_START + "，。、）」』》〉】〕；：！？…％”’—"  # "—": a range "1—2月" is not split at it
NO_LINE_END = ALL_CANNOT_END + "“‘（《〈「『【〔"


def _width(u, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):  # a width given as a share of the line (reportlab's own handling)
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return w


def _together(before: str, after: str) -> bool:
    """Whether a line may not break between these two characters: before closing punctuation, after an opening
    mark, inside a Latin word or a number ("2015—2021年" breaks after the dash, not inside 2021)."""
    return (after in NO_LINE_START or before in NO_LINE_END
            or (before.isascii() and before.isalnum() and after.isascii() and (after.isalnum() or after in ".,%"))
            or (before.isdigit() and after in "年月日"))  # "2024年5月": the 5 stays with its 月


def _break_at(chars: list, start: int, end: int) -> int:
    """Where a line from `start` that overflows at `end` (the first character that does not fit) breaks: moved
    back while it would fall where _together forbids; a run with no allowed break longer than the line (a long
    number or word) is cut where it overflows."""
    if end <= start:  # a character wider than the line: it has a line of its own
        return start + 1
    at = end
    while at > start + 1 and _together(chars[at - 1], chars[at]):
        at -= 1
    return end if _together(chars[at - 1], chars[at]) else at


def _runs(chars: list) -> list:
    """Consecutive characters of one fragment as one piece: makeCJKParaLine, which compares each piece's fragment
    with the one before (some 100,000 comparisons for a Chinese pack), then compares once a run. Same line."""
    pieces = []
    for _, group in groupby(chars, key=lambda c: id(c.frag)):
        run = list(group)
        pieces.append(run[0] if len(run) == 1 else paragraph.cjkU("".join(run), run[0].frag, "utf8"))
    return pieces


def cjk_frag_split(frags, max_widths, calc_bounds, encoding="utf8"):
    """paragraph.cjkFragSplit with the Chinese rule of _break_at."""
    chars = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        chars.extend([paragraph.cjkU(t, f, encoding) for t in text] if text else [paragraph.cjkU(text, f, encoding)])
    lines, start, used, i = [], 0, 0.0, 0
    max_width = max_widths[0]
    while i < len(chars):
        u = chars[i]
        used += _width(u, max_width)
        forced = hasattr(u.frag, "lineBreak")
        if forced or (used > max_width + paragraph._FUZZ and used > 0):
            end = i + 1 if forced else _break_at(chars, start, i)
            width = sum(_width(c, max_width) for c in chars[start:end])
            lines.append(paragraph.makeCJKParaLine(_runs(chars[start:end]), max_width, width, max_width - width,
                                                   forced, calc_bounds))
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
            start, used, i = end, 0.0, end
            continue
        i += 1
    if used > 0:
        lines.append(paragraph.makeCJKParaLine(_runs(chars[start:]), max_width, used, max_width - used, False,
                                               calc_bounds))
    return paragraph.ParaLines(kind=1, lines=lines)


def word_split(text: str, max_widths, font_name: str, font_size: float, encoding: str = "utf8") -> list:
    """textsplit.wordSplit (a paragraph in one font) with the Chinese rule of _break_at: [(room left, line)]."""
    text = text.decode(encoding) if isinstance(text, bytes) else text
    widths = [stringWidth(c, font_name, font_size) for c in text]
    lines, start, used = [], 0, 0.0
    for i, w in enumerate(widths):
        if i < start:  # already on a line laid out (the break moved back past it)
            continue
        used += w
        if used > max_widths[min(len(lines), len(max_widths) - 1)] + paragraph._FUZZ:
            end = _break_at(text, start, i)
            lines.append((max_widths[min(len(lines), len(max_widths) - 1)] - sum(widths[start:end]), text[start:end]))
            start = end
            used = sum(widths[start:i + 1])
    if start < len(text):
        lines.append((max_widths[min(len(lines), len(max_widths) - 1)] - sum(widths[start:]), text[start:]))
    return lines


@cache
def install() -> None:
    """Use cjk_frag_split and word_split for every paragraph styled wordWrap='CJK' (once)."""
    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split
