"""Provenance checks: quotes occur in their documents, values appear in their quotes, no number is missed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.numbers import NumberToken, find_numbers, same_value, written_in
from ..lexicon.words import QUALIFIER_SHOWN


def locate_quote(document: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` stands in `document` (start, end), tolerating only whitespace differences."""
    words = quote.split()
    if not words:
        return None
    exact = document.find(quote)
    if exact >= 0 and quote == quote.strip():  # the common case, without compiling a pattern
        return exact, exact + len(quote)
    match = re.search(r"\s+".join(map(re.escape, words)), document)
    return (match.start(), match.end()) if match else None


def value_problems(value: float, quote: str, display: str, qualifier: str) -> list[tuple[str, str]]:
    """(field, message) for a value its quote or display does not state."""
    problems = []
    if not written_in(value, quote):
        problems.append(("value", f"{value:g} is not written in the quote in any form"))
    if not written_in(value, display):
        problems.append(("display", f"does not state the value {value:g}"))
    shown = QUALIFIER_SHOWN.get(qualifier)
    if shown and not re.search(shown, display, re.IGNORECASE):
        problems.append(("display", f"does not state the qualifier '{qualifier}'"))
    return problems


@dataclass(frozen=True)
class AccountedSpan:
    """A span of a document and the numbers in it that a record (or an uncounted entry) accounts for."""

    start: int
    end: int
    values: tuple[float, ...] = ()   # an indicator's value and the numbers in a record's name
    everything: bool = False         # an uncounted entry accounts for every number in its span

    @classmethod
    def for_record(cls, span: tuple[int, int], name: str, value: float | None = None) -> AccountedSpan:
        named = tuple(v for t in find_numbers(name) for v in t.values)
        return cls(*span, values=named if value is None else (value, *named))


def uncovered_numbers(document: str, covers: list[AccountedSpan]) -> list[NumberToken]:
    """Numbers in `document` that no record or uncounted entry accounts for."""
    out = []
    for token in find_numbers(document):
        inside = [c for c in covers if c.start <= token.start and token.end <= c.end]
        if any(c.everything or any(same_value(v, w) for v in token.values for w in c.values)
               for c in inside):
            continue
        if token.looks_like_year and inside:
            continue  # a date inside a quote: the record's period
        if token.loose:
            continue
        out.append(token)
    return out


def line_of(document: str, offset: int) -> int:
    return document.count("\n", 0, offset) + 1
