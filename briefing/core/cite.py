"""Citations: a figure as a sentence ready to paste into a brief, with where it comes from."""
from __future__ import annotations

import pandas as pd


def citation(row, sources: pd.DataFrame) -> str:
    """A sentence ready to paste into a brief: the figure, what it is, and where it is from."""
    src = sources.set_index("id").loc[row["source"]]
    when = src["date"] if src["date"] else f"undated; period {src['period']} inferred"
    kind = {"actual": "", "target": " (target)", "derived": " (derived)"}[row["kind"]]
    text = f"{row['name']} ({row['region']}, {row['period']}{kind}): {row['display']}."
    text += f" Source: {src['title']}, {src['publisher']} ({when})"
    if row["kind"] == "derived":
        return text + f"; computed from {', '.join(row['inputs'])}."
    return text + f": “{row['quote']}”"
