"""Filtering and search over the record tables: the same rules for the command line and the window."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

SEARCH_COLUMNS = ("id", "name", "display", "quote", "description", "region", "period", "title", "publisher")


def filter_records(df: pd.DataFrame, themes: Iterable[str] = (), region: str | None = None,
                   search: str | None = None, kinds: Iterable[str] = (),
                   periods: Iterable[str] = ()) -> pd.DataFrame:
    """Rows having any of `themes`, in `region`, of one of `kinds`/`periods`, whose text contains `search`."""
    mask = pd.Series(True, index=df.index)
    themes = set(themes)
    if themes and "themes" in df:
        mask &= df["themes"].map(lambda ts: not themes.isdisjoint(ts))
    if region:
        mask &= df["region"].str.casefold() == region.casefold()
    if kinds and "kind" in df:
        mask &= df["kind"].isin(list(kinds))
    if periods:
        mask &= df["period"].isin(list(periods))
    if search and search.strip():
        needle = search.strip().casefold()
        hit = pd.Series(False, index=df.index)
        for col in SEARCH_COLUMNS:
            if col in df:
                hit |= df[col].astype(str).str.casefold().str.contains(needle, regex=False)
        mask &= hit
    return df[mask]
