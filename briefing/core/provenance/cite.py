"""Citations: a figure as a sentence ready to paste into a brief, with where it comes from, in words a reader can
say aloud (names, periods, titles; never record ids or file names)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence


def internal_names(ids: Iterable[str], files: Iterable[str]) -> re.Pattern:
    """What printed text must not contain: record and source ids, document file names, the manifest's name."""
    words = sorted({*ids, *files, "sources.yaml"}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def inputs_phrase(inputs: Sequence[Mapping], mark: Callable[[Mapping], str] = lambda r: "") -> str:
    """The inputs of a derived figure by name and period, each followed by `mark(input)` (e.g. its reference
    number): "Gross regional product, 2023 [12] and Growth of gross regional product, 2023 [13]"."""
    named = [f"{r['name']}, {r['period']}{mark(r)}" for r in inputs]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def source_phrase(source: Mapping) -> str:
    """A document as a citation names it: "Title, Publisher (2024-03-05)", or "(undated; period 2023 inferred)"."""
    when = source["date"] if source["date"] else f"undated; period {source['period']} inferred"
    return f"{source['title']}, {source['publisher']} ({when})"


def computed_from(inputs: Sequence[Mapping]) -> str:
    """What a derived figure is computed from, its inputs by name, period and value."""
    return f"computed from {inputs_phrase(inputs, lambda r: ': ' + r['display'])}"


def citation(row: Mapping, source: Mapping, inputs: Sequence[Mapping] = ()) -> str:
    """A sentence ready to paste into a brief: the figure (`row`), what it is, and where (`source`) it is from;
    a derived figure names the `inputs` it is computed from; a curator's caution goes with it."""
    head = f"{row['name']} ({row['region']}, {row['period']}"
    if "display" in row:  # an indicator
        kind = {"actual": "", "target": " (target)", "derived": " (derived)"}[row["kind"]]
        text = f"{head}{kind}): {row['display']}."
    else:  # an initiative
        text = f"{head}, {row['status']}): {row['description']}"
    if row.get("caution"):
        text += f" Caution: {row['caution']}"
    text += f" Source: {source_phrase(source)}"
    if row.get("kind") == "derived":  # without the inputs at hand, the note names them (Dataset's derived rows)
        return text + (f"; {computed_from(inputs)}." if inputs else f". {row['note']}")
    return text + f": “{row['quote']}”"
