"""Numbers as documents write them: find them in text and state values the way a briefing does."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .words import CARDINALS, ORDINALS, QUALIFIER_STATED, SCALE_NAMES, SCALES, UNIT_NAMES, alternation

_SCALE_RE = (r"(?:\s*(?P<scale>(?:" + alternation(w for w in SCALES if w.isascii()) + r")(?![a-z])|"
             + alternation(w for w in SCALES if not w.isascii()) + "))?")
_DIGITS = re.compile(  # ASCII boundaries: Chinese writes figures between Han characters ("增长4.5%")
    r"(?:(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=US\$)|(?<![A-Za-z0-9_.]))(?P<cur>\$)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<ord>st|nd|rd|th)?(?![A-Za-z0-9_])" + _SCALE_RE,
    re.IGNORECASE,
)
_WORDS = re.compile(
    r"\b(?P<word>" + "|".join(sorted([*CARDINALS, *ORDINALS], key=len, reverse=True)) + r")\b"
    + _SCALE_RE,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberToken:
    """A number written in a text: where it stands and the values it can mean."""

    start: int
    end: int
    text: str
    number: float          # the number as written, without its scale word
    scale: float           # 1, or the factor of a following "billion", "万", ...
    is_word: bool
    is_ordinal: bool

    @property
    def values(self) -> tuple[float, ...]:
        return (self.number, self.number * self.scale) if self.scale != 1 else (self.number,)

    @property
    def loose(self) -> bool:
        """Lone "one" and "first" are mostly not figures ("one of", "first mover"): not required in records."""
        return self.is_word and self.scale == 1 and self.text.lower() in ("one", "first")

    @property
    def looks_like_year(self) -> bool:
        return (not self.is_word and self.scale == 1 and "," not in self.text and "." not in self.text
                and 1900 <= self.number <= 2100)


def find_numbers(text: str) -> list[NumberToken]:
    """Every number in `text`, in order: digits (2,500 / 4.5 / 3rd / $18.42 billion) and number words."""
    tokens = []
    for m in _DIGITS.finditer(text):
        scale = SCALES[m["scale"].lower()] if m["scale"] else 1.0
        tokens.append(NumberToken(m.start(), m.end(), m.group(0), float(m["num"].replace(",", "")),
                                  scale, False, bool(m["ord"])))
    for m in _WORDS.finditer(text):
        word = m["word"].lower()
        scale = SCALES[m["scale"].lower()] if m["scale"] else 1.0
        number = CARDINALS[word] if word in CARDINALS else ORDINALS[word]
        if word == "hundred":
            continue  # "hundred" alone scales what precedes it ("One hundred", "100 billion")
        tokens.append(NumberToken(m.start(), m.end(), m.group(0), float(number), scale, True,
                                  word in ORDINALS))
    return sorted(tokens, key=lambda t: t.start)


def same_value(a: float, b: float) -> bool:
    return math.isclose(abs(a), abs(b), rel_tol=1e-9, abs_tol=1e-9)


def written_in(value: float, text: str) -> bool:
    """True when `value` (or its magnitude, for falls) is written in `text` in some form."""
    return any(same_value(value, v) for t in find_numbers(text) for v in t.values)


# --- stating values -------------------------------------------------------------------------------

_COUNTED = re.compile(r"^[a-z][a-z -]*s$")  # a counted plural noun: enterprises, projects, people
_MONEY = ("CNY", "USD", "LCU", "intl $")  # stated with their names: "5.4 trillion yuan"


def is_counted(unit: str) -> bool:
    """Whether the unit is a counted plural noun (enterprises, projects, people): whole things."""
    return bool(_COUNTED.match(unit))


def plain(number: float, digits: int = 2) -> str:
    """1234.5 -> '1,234.5'; 5.0 -> '5'; 1200 -> '1,200'."""
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def counted(n: int, noun: str) -> str:
    """(1, 'figure') -> '1 figure'; (2, 'figure') -> '2 figures'."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _scale(value: float) -> tuple[float, str]:
    for factor, word in SCALE_NAMES.items():
        if abs(value) >= factor:
            return factor, word
    return 1, ""


def scaled(value: float) -> tuple[float, str]:
    """5.4e12 -> (5.4, 'trillion'); values under a million keep their digits."""
    factor, word = _scale(value)
    return value / factor, word


def format_value(value: float, unit: str, qualifier: str = "exact", place: int | None = None) -> str:
    """State a value as a briefing would: 'more than 75,000 enterprises', 'around 5.5%'. `place`, the exponent
    of its last significant digit, sets the decimals (1.7177e12 at place 8: '1.7177 trillion'); else two."""
    factor, word = (1, "") if unit in ("%", "pp", "rank") else _scale(value)
    digits = 2 if place is None else max(0, round(math.log10(factor)) - place)
    if unit in ("%", "pp"):
        body = plain(value, digits) + ("%" if unit == "%" else " " + UNIT_NAMES["pp"])
    elif unit == "rank":
        body = f"No. {plain(value, 0)}"
    else:
        whole = not word and is_counted(unit)  # no "8,888.89 enterprises"
        name = UNIT_NAMES[unit] if unit in _MONEY else unit
        body = " ".join(filter(None, [plain(value / factor, 0 if whole else digits), word, name]))
    prefix = QUALIFIER_STATED.get(qualifier, "")
    return f"{prefix} {body}" if prefix else body
