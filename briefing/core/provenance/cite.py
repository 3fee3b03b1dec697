"""Citations: a figure as a sentence ready to paste into a brief, with where it comes from."""
from __future__ import annotations

from collections.abc import Mapping


def citation(row: Mapping, source: Mapping) -> str:
    """A sentence ready to paste into a brief: the figure (`row`), what it is, and where (`source`) it is from."""
    when = source["date"] if source["date"] else f"undated; period {source['period']} inferred"
    head = f"{row['name']} ({row['region']}, {row['period']}"
    if "display" in row:  # an indicator
        kind = {"actual": "", "target": " (target)", "derived": " (derived)"}[row["kind"]]
        text = f"{head}{kind}): {row['display']}."
    else:  # an initiative
        text = f"{head}, {row['status']}): {row['description']}"
    text += f" Source: {source['title']}, {source['publisher']} ({when})"
    if row.get("kind") == "derived":
        return text + f"; computed from {', '.join(row['inputs'])}."
    return text + f": “{row['quote']}”"
