"""What a document's relative words are resolved against: its date, its region and the period it reports on,
guessed from its dateline and text for the user to confirm."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..lexicon import regions
from .periods import MONTH_NUMBER, mentions, month_number


@dataclass(frozen=True)
class DocumentContext:
    date: date | None = None    # "this year", "the first half", "the past ten years" are counted from it
    region: str | None = None   # what a figure is about when its sentence names no region
    period: str | None = None   # what a figure reports on before the document states a period


_MONTHS = "|".join(MONTH_NUMBER) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
_WRITTEN = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d{{2}})\b"
                      rf"|\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+((?:19|20)\d{{2}})\b")
_NAMES = [*regions.FUJIAN_CITIES, *regions.PROVINCES]


def _valid(year: str, month: str | int, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def guess_date(text: str) -> date | None:
    """The first full date of the text (a dateline: "Updated: 2019-07-26", "August 31, 2022")."""
    found = [(m.start(), _valid(*m.groups())) for m in _ISO.finditer(text)]
    for m in _WRITTEN.finditer(text):
        month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        found.append((m.start(), _valid(year, month_number(month), day)))
    return next((d for _, d in sorted(found, key=lambda x: x[0]) if d), None)


def guess_region(text: str) -> str | None:
    """The region the text names most often (Fujian's cities and China's provinces; the first named on a tie)."""
    counts = Counter()
    first: dict[str, int] = {}
    for name in _NAMES:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            counts[name] += 1
            first.setdefault(name, m.start())
    if not counts:
        return "China" if re.search(r"\bChina\b", text) else None
    return min(counts, key=lambda n: (-counts[n], first[n]))


def guess_period(text: str, when: date | None) -> str | None:
    """The first period the text states (resolved against the date), else the date's year."""
    for m in mentions(text, when):
        if m.period:
            return m.period
    return str(when.year) if when else None


def guess_context(text: str, when: date | None = None, region: str | None = None) -> DocumentContext:
    """The context of a document: the date and region given, else guessed from it."""
    when = when or guess_date(text)
    return DocumentContext(when, region or guess_region(text), guess_period(text, when))
