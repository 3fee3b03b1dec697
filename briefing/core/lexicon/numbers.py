"""Numbers as documents write them: find them in text and state values the way a briefing does."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "万": 1e4, "亿": 1e8, "万亿": 1e12,
}
CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_SCALE_RE = r"(?:\s*(?P<scale>(?:hundred|thousand|million|billion|trillion)(?![a-z])|万亿|万|亿))?"
_DIGITS = re.compile(  # ASCII boundaries: Chinese writes figures between Han characters ("增长4.5%")
    r"(?<![A-Za-z0-9_.])(?P<cur>\$)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
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
_MONEY = {"CNY": "yuan", "USD": "US dollars"}
QUALIFIER_WORDS = {
    "exact": "", "over": "more than", "about": "around", "nearly": "nearly", "under": "under",
}
# any of these in a display shows the qualifier (the documents use several words for each)
QUALIFIER_PATTERNS = {
    "over": r"more than|over|exceed|surpass|above|at least|no less than|超过|逾|以上|多于",
    "about": r"around|about|approximately|roughly|some|约|左右",
    "nearly": r"nearly|almost|close to|近|接近|将近",
    "under": r"under|less than|below|fewer than|within|up to|不到|不足|以下|以内|低于",
}


def plain(number: float, digits: int = 2) -> str:
    """1234.5 -> '1,234.5'; 5.0 -> '5'; 1200 -> '1,200'."""
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def scaled(value: float) -> tuple[float, str]:
    """5.4e12 -> (5.4, 'trillion'); values under a million keep their digits."""
    for word in ("trillion", "billion", "million"):
        if abs(value) >= SCALES[word]:
            return value / SCALES[word], word
    return value, ""


def format_value(value: float, unit: str, qualifier: str = "exact") -> str:
    """State a value as a briefing would: 'more than 75,000 enterprises', 'around 5.5%'."""
    if unit in ("%", "pp"):
        body = plain(value) + ("%" if unit == "%" else " percentage points")
    elif unit == "rank":
        body = f"No. {plain(value, 0)}"
    elif unit in _MONEY:
        number, word = scaled(value)
        body = " ".join(filter(None, [plain(number), word, _MONEY[unit]]))
    else:
        number, word = scaled(value)
        whole = not word and _COUNTED.match(unit)  # no "8,888.89 enterprises"
        body = " ".join(filter(None, [plain(number, 0 if whole else 2), word, unit]))
    prefix = QUALIFIER_WORDS.get(qualifier, "")
    return f"{prefix} {body}" if prefix else body
