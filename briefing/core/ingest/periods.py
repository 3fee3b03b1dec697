"""The periods a sentence states, each resolved against the document's date when it is relative ("this year",
"the first half of the year", "the past ten years"), in the records' form: "2023", "2023-Q1", "2024-05",
"2019-01/2019-06" (a half year or a run of months), "2012/2021" (years).

A mention is a period, a base ("than the same period last year", "from the figure in 2012": what a growth is
measured against, not when) or a reference back ("during the same period": the period stated last).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..lexicon.words import CARDINALS, ORDINALS

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
MONTH_NUMBER = {m: i for i, m in enumerate(_MONTHS.split("|")[:12], 1)}
_MONTH = rf"(?:{_MONTHS})\b\.?"
_Y = r"(?:19|20)\d{2}"
_REF = rf"(?:(?:of|in)\s+)?(?:the\s+)?(?P<ref>{_Y}|this\s+year|last\s+year|(?:the\s+)?(?:current|previous)\s+year|year)"
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + ")"
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
             "一": 1, "二": 2, "三": 3, "四": 4}
_DATES = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{_Y})?"
                    rf"|\b{_Y}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b"
                    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    period: str | None     # None for a reference back
    base: str | None = None  # a base year: "from the figure in 2012"


def _number(word: str) -> int:
    return int(word) if word.isdigit() else CARDINALS.get(word.lower(), ORDINALS.get(word.lower(), 0))


def _year(ref: str | None, when: date | None, last_month: int = 12) -> int | None:
    """The year a reference names; an unnamed year is the date's, or the year before when the period named
    ends after the date ("the first three quarters" in a February document)."""
    ref = (ref or "").lower()
    if re.fullmatch(_Y, ref):
        return int(ref)
    if when is None:
        return None
    if "last" in ref or "previous" in ref:
        return when.year - 1
    if "this" in ref or "current" in ref:
        return when.year
    return when.year - 1 if last_month > when.month else when.year


def _months(first: int, last: int, year: int | None) -> str | None:
    if year is None:
        return None
    return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"


def month_number(word: str) -> int:
    """1 to 12 for a month's name or its abbreviation ("Sept."), else 0."""
    word = word.rstrip(".").title()
    return next((n for name, n in MONTH_NUMBER.items() if len(word) >= 3 and name.startswith(word)), 0)


# each (pattern, reader); tried in this order, a later match may not overlap an earlier one
_BASES = re.compile(
    r"\b(?:than|over|from|on|compared\s+(?:with|to)|against)\s+(?:that\s+(?:of|in)\s+)?(?:the\s+)?"
    r"(?:same\s+period\s+(?:of\s+)?(?:last|the\s+previous|the\s+last|a)\s+year|(?:last|previous|a)\s+year(?:'s)?"
    r"(?:\s+(?:figure|level))?|a\s+year\s+(?:earlier|ago|before))\b|\ba\s+year\s+(?:earlier|ago|before)\b"
    r"|\byear[- ]on[- ]year\b|上年同期|比上年|同比", re.I)
_BASE_YEAR = re.compile(rf"\b(?:from|over|on|compared\s+(?:with|to)|than)\s+(?:that\s+(?:of|in)\s+)?"
                        rf"(?:the\s+(?:figure|level)\s+(?:in|of)\s+)?({_Y})(?:\s+(?:figure|level)s?)?\b(?!\s*(?:to|-|–))",
                        re.I)
_COMPARED = re.compile(r"\b(?:over|than|from|compared\s+(?:with|to))\s+(?:that|those|the\s+(?:level|figure|rate))"
                       r"\s+(?:in|of|for)\s+(?:the\s+)?$", re.I)
_READERS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\bfrom\s+({_Y})\s+(?:to|through|till|until)\s+({_Y})\b|\bbetween\s+({_Y})\s+and\s+({_Y})\b"
                rf"|\b({_Y})\s*[-–]\s*({_Y})\b|({_Y})\s*[-–至到]\s*({_Y})\s*年", re.I), "years"),
    (re.compile(rf"\b(?:in|over|during|for|throughout)?\s*the\s+(?:past|last|previous)\s+(?:{_N}\s+years|(?P<decade>decade))",
                re.I), "past"),
    (re.compile(rf"(?:\bfrom\s+|\bbetween\s+)?\b(?P<m1>{_MONTH})\s*(?:-|–|to|through|and|-to-)\s*(?P<m2>{_MONTH})"
                rf"(?:\s+{_REF})?", re.I), "month_range"),
    (re.compile(rf"\b(?P<half>first|second)\s+half(?:\s+{_REF})?|\bH(?P<h>[12])\b(?:\s+(?P<ref2>{_Y}))?", re.I),
     "half"),
    (re.compile(rf"\b(?:the\s+)?first\s+{_N}\s+(?P<what>months|quarters)(?:\s+{_REF})?", re.I), "first_n"),
    (re.compile(rf"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+{_REF})?"
                rf"|\bQ(?P<qn>[1-4])\b(?:\s*(?P<ref2>{_Y}))?|\b(?P<ref3>{_Y})\s*-?\s*Q(?P<qn2>[1-4])\b"
                rf"|(?P<ref4>{_Y})\s*年\s*第?\s*(?P<qz>[一二三四1-4])\s*季度", re.I), "quarter"),
    (re.compile(rf"\b(?:in|during|for|of)\s+(?P<m>(?:January|February|March|April|May|June|July|August|September"
                rf"|October|November|December))(?:\s+(?:of\s+)?(?P<ref>{_Y}|this\s+year|last\s+year))?\b"
                rf"|(?P<ref2>{_Y})\s*年\s*(?P<mz>\d{{1,2}})\s*月", re.I), "month"),
    (re.compile(rf"\b(?:in|by(?:\s+the\s+end\s+of)?|at\s+the\s+end\s+of|during|for|throughout|through|until|as\s+of"
                rf"|of)\s+(?:the\s+year\s+)?(?P<y>{_Y})\b|(?P<yz>{_Y})\s*年"
                rf"|\b(?P<rel>this|last)\s+year\b", re.I), "year"),
    (re.compile(r"\b(?:the\s+)?same\s+period\b|\b(?:the|this)\s+(?:\d{1,2}-month\s+|six-month\s+|half-year\s+)?period\b"
                r"|\bat\s+the\s+same\s+time\b|\bthe\s+(?:\w+\s+)?(?:six|nine|\d{1,2})\s+months\b|同期", re.I), "back"),
]


def _read(kind: str, m: re.Match, when: date | None) -> str | None:
    g = m.groupdict()
    if kind == "years":
        first, last = [x for x in m.groups() if x]
        return f"{first}/{last}"
    if kind == "past":
        if when is None:
            return None
        n = 10 if g["decade"] else _number(g["n"])
        return f"{when.year - n}/{when.year - 1}" if n > 1 else str(when.year - 1)
    if kind == "month_range":
        first, last = month_number(g["m1"]), month_number(g["m2"])
        return _months(first, last, _year(g["ref"], when, last)) if 0 < first < last else None
    if kind == "half":
        half = 1 if (g["half"] or "").lower() == "first" or g["h"] == "1" else 2
        return _months(6 * half - 5, 6 * half, _year(g["ref"] or g["ref2"], when, 6 * half))
    if kind == "first_n":
        n = _number(g["n"]) * (3 if g["what"].lower() == "quarters" else 1)
        return _months(1, n, _year(g["ref"], when, n)) if 1 < n <= 12 else None
    if kind == "quarter":
        q = g["q"] or g["qn"] or g["qn2"] or g["qz"]
        q = _QUARTERS.get(q.lower(), q)
        year = _year(g["ref"] or g["ref2"] or g["ref3"] or g["ref4"], when, 3 * int(q))
        return f"{year}-Q{q}" if year else None
    if kind == "month":
        month = month_number(g["m"]) if g["m"] else int(g["mz"])
        return _months(month, month, _year(g["ref"] or g["ref2"], when, month))
    if kind == "year":
        year = g["y"] or g["yz"] or _year(f"{g['rel']} year", when)
        return str(year) if year else None
    return None


def mentions(sentence: str, when: date | None = None) -> list[Mention]:
    """Every period, base and reference back the sentence states, in order."""
    taken = [m.span() for m in _DATES.finditer(sentence)]
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    for m in _BASE_YEAR.finditer(sentence):
        taken.append(m.span())
        out.append(Mention(*m.span(), None, base=m[1]))
    taken += [m.span() for m in _BASES.finditer(sentence) if free(*m.span())]
    for pattern, kind in _READERS:
        for m in pattern.finditer(sentence):
            a, b = m.span()
            a += len(m[0]) - len(m[0].lstrip())
            if not free(a, b):
                continue
            taken.append((a, b))
            if _COMPARED.search(sentence, 0, a):
                continue  # "0.9 points over that in the January-to-August period": a base, not when
            if kind == "back":
                out.append(Mention(a, b, None))
            elif period := _read(kind, m, when):
                out.append(Mention(a, b, period))
    return sorted(out, key=lambda x: x.start)


def period_of(sentence: str, when: date | None = None) -> str | None:
    """The period a sentence states first: "2023", "2023-Q1", "2024-05", "2018/2023"; None when it states none
    (or only relative ones and there is no date to resolve them against)."""
    stated = [m.period for m in mentions(sentence, when) if m.period]
    ranges = [p for p in stated if "/" in p and "-" not in p]
    return (ranges or stated or [None])[0]


def with_base(period: str, base: str) -> str:
    """A growth measured from a base year to the period's last year: 2012 and 2021 -> "2012/2021"; from the
    year before it is a year-on-year growth of the period itself ("up 3.8 percent on 1999 figure" in 2000)."""
    last = period.split("/")[-1][:4]
    return f"{base}/{last}" if int(base) < int(last) - 1 else period


_CLAUSE = re.compile(r"[;，；]|,(?!\d{3})|\b(?:while|whereas)\b")


def _clause(sentence: str, at: int) -> int:
    return sum(1 for m in _CLAUSE.finditer(sentence, 0, at))


def choose(found: list[Mention], sentence: str, start: int, end: int, current: str | None,
           growth: bool) -> str | None:
    """The period of the figure at start:end: the nearest period stated in its clause, else the nearest before
    it in the sentence, else the first after it; a sentence stating none (or only "the same period") reports on
    `current`, the period stated last. A growth from a base year in its clause runs from that year."""
    stated = [m for m in found if m.period]
    clause = _clause(sentence, start)
    near = [m for m in stated if _clause(sentence, m.start) == clause]
    before = [m for m in stated if m.end <= start]
    if near:
        period = min(near, key=lambda m: abs(m.start - start) if m.start >= end else start - m.end).period
    else:
        period = before[-1].period if before else stated[0].period if stated else current
    base = [m.base for m in found if m.base and _clause(sentence, m.start) == clause and m.start >= end]
    return with_base(period, base[0]) if growth and base and period else period


def last_stated(found: list[Mention], current: str | None) -> str | None:
    """The period a following sentence that states none reports on."""
    stated = [m for m in found if m.period]
    if not stated:
        return current
    bases = [m.base for m in found if m.base and m.start > stated[-1].start]
    return with_base(stated[-1].period, bases[0]) if bases else stated[-1].period  # "up 87% from 2012": 2012/2021
