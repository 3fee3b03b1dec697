"""Figures listed with "respectively": each gets the subject of its own item ("the Hainan, Fujian and Shanghai
zones ... grew by 49.8%, 46.5% and 39.4% respectively": three growths, of the Hainan, Fujian and Shanghai zones)."""
from __future__ import annotations

import re
from dataclasses import replace

_WORD = r"[A-Za-z][\w'’&-]*"
_ITEM = rf"({_WORD}(?:\s+(?!and\b|or\b){_WORD}){{0,5}})"
_CLAUSE = re.compile(r"[;，；]|,(?!\d{3})")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_VERBS = (r"is|are|was|were|grew|rose|increased|decreased|fell|reached|hit|stood|saw|registered|posted|recorded"
          r"|accounted|increasing|rising|growing|surged|soared|expanded|went")


def list_items(text: str, n: int) -> tuple[list[str], int] | None:
    """The last list of exactly n items in text ("A, B and C") that is the subject of a verb, each without its
    article; the last item's shared words go to the others ("the Zhejiang, Henan and Sichuan zones grew" ->
    "Zhejiang zones", ...)."""
    pattern = re.compile(rf"{_ITEM}" + rf"\s*,\s*{_ITEM}" * (n - 2) + rf",?\s+and\s+{_ITEM}"
                         rf"(?=\s+(?:\w+\s+)?(?:{_VERBS})\b)", re.I)
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    items = [re.sub(r"^(?:(?:that|with|while)\s+)?(?:the|a|an)?\s*(?:(?:corresponding\s+)?figures?\s+for\s+)?"
                    r"(?:the\s+)?", "", g, flags=re.I).strip()
             for g in matches[-1].groups()]
    *head, last = items
    if all(len(i.split()) == 1 for i in head) and len(last.split()) > 1:
        tail = last.split(maxsplit=1)[1]
        items = [f"{i} {tail}" for i in head] + [last]
    return (items, matches[-1].end()) if all(items) else None


def _groups(s: str, candidates) -> list[list]:
    """Runs of candidates of one unit and measure with only commas and "and" between their displays."""
    groups: list[list] = []
    for c in candidates:
        prev = groups[-1][-1] if groups else None
        if prev and (prev.unit, prev.measure) == (c.unit, c.measure):
            between = s[prev.display_end - prev.start:c.display_start - c.start] if (
                c.display_start >= prev.display_end) else ""
            if _JOINED.fullmatch(between) or c.display_start < prev.display_end:
                groups[-1].append(c)
                continue
        groups.append([c])
    return groups


def name_lists(s: str, candidates: list) -> list:
    """The candidates of sentence s, those listed with "respectively" named by their own item."""
    if not re.search(r"\brespectively\b", s, re.I):
        return candidates
    out = []
    for group in _groups(s, candidates):
        before = s[:group[0].display_start - group[0].start]
        found = list_items(before, len(group)) if len(group) > 1 else None
        items, end = found or ([None] * len(group), 0)
        subject = found and not _CLAUSE.search(before, end)  # "sales and investment were 11.3% and 7.2%"
        for c, item in zip(group, items):
            out.append(replace(c, name=_named(c.name, item, subject)) if item else c)
    return out


def _named(name: str, item: str, subject: bool) -> str:
    if subject or len(name.removeprefix("Growth of ").split()) < 2:  # the list is the figures' own subject,
        # else it says whose they are ("the Hainan, Fujian and Shanghai zones grew, with investment rising by")
        return "Growth of " + item if name.lower().startswith("growth of ") else item[:1].upper() + item[1:]
    return f"{name} ({item})"
