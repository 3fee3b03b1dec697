"""Figures listed with "respectively": each gets the subject of its own item ("the Hainan, Fujian and Shanghai
zones ... grew by 49.8%, 46.5% and 39.4% respectively": three growths, of the Hainan, Fujian and Shanghai zones)."""
from __future__ import annotations

import re
from dataclasses import replace

_WORD = r"[A-Za-z][\w'’&-]*"
_ITEM = rf"({_WORD}(?:\s+(?!and\b|or\b){_WORD}){{0,5}}?)"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
_VERB = re.compile(r"\s+(?:is|are|was|were|grew|rose|increased|reached|hit|stood|saw|registered|posted|recorded"
                   r"|accounted|increasing|rising|growing)\b.*$", re.I)


def list_items(text: str, n: int) -> list[str] | None:
    """The last list of exactly n items in text ("A, B and C"), each without its article; the last item's
    shared words go to the others ("the Zhejiang, Henan and Sichuan zones" -> "Zhejiang zones", ...)."""
    pattern = re.compile(rf"{_ITEM}" + rf"\s*,\s*{_ITEM}" * (n - 2) + rf",?\s+and\s+{_ITEM}(?=\s|,|$)")
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    items = [re.sub(r"^(?:the|a|an)\s+", "", _VERB.sub("", g), flags=re.I).strip() for g in matches[-1].groups()]
    *head, last = items
    if all(len(i.split()) == 1 for i in head) and len(last.split()) > 1:
        tail = last.split(maxsplit=1)[1]
        items = [f"{i} {tail}" for i in head] + [last]
    return items if all(items) else None


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
        items = list_items(s[:group[0].display_start - group[0].start], len(group)) if len(group) > 1 else None
        for c, item in zip(group, items or [None] * len(group)):
            out.append(replace(c, name=_named(c.name, item)) if item else c)
    return out


def _named(name: str, item: str) -> str:
    if item.lower() in name.lower():  # the list is the subject itself: "retail sales and investment were"
        growth = name.lower().startswith("growth of ")
        return ("Growth of " + item if growth else item[:1].upper() + item[1:])
    return f"{name}: {item}"
