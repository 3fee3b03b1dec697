"""The manifest checked against its documents: a source's title and date are what the document states."""
from __future__ import annotations

import re
from datetime import date

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})
SUPPLIED = re.compile(r"\[[^\]]*\]")  # a title's part in square brackets is the curator's (a supplied title)


def normalised(text: str) -> str:
    """Straight quotes, single spaces, case folded: how a title is compared with its document."""
    return " ".join(text.translate(_QUOTES).split()).casefold()


def title_problem(title: str, document: str) -> str | None:
    """Why `title` is not the document's, or None: every part of it outside square brackets must occur."""
    doc = normalised(document)
    for part in SUPPLIED.split(title):
        part = " ".join(part.split()).strip(" :;,.-—")
        if part and normalised(part) not in doc:
            return f"the title's words “{part}” do not occur in the document (a title the curators supplied " \
                   "goes in square brackets)"
    return None


def date_problem(iso: str, document: str) -> str | None:
    """Why the document does not state `iso`, or None. Written as 2024-05-25, 25 May 2024 or May 25, 2024; or by
    day and month only ("May 11th"), the year then being inferred (the source's date_note says how)."""
    d = date.fromisoformat(iso)
    month = d.strftime("%B")
    doc = normalised(document)
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    forms = [re.escape(iso), rf"\b{day} {month}\b", rf"\b{month} {day}\b"]
    if any(re.search(form.casefold(), doc) for form in forms):
        return None
    return f"the document does not state the date {iso} (as {iso}, {d.day} {month} {d.year} or {month} {d.day})"
