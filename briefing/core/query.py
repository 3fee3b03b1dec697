"""Filtering and search over the record tables: the same rules for the command line and the window."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Filters:
    """What the user chose to see; empty means everything."""

    themes: tuple[str, ...] = ()
    region: str = ""
    period: str = ""
    kind: str = ""
    search: str = ""

    def apply(self, df: pd.DataFrame, with_themes: bool = True) -> pd.DataFrame:
        return filter_records(df, themes=self.themes if with_themes else (), region=self.region or None,
                              search=self.search or None, kinds=[self.kind] if self.kind else (),
                              periods=[self.period] if self.period else ())

    @property
    def active(self) -> bool:
        return self != Filters()


def theme_counts(df: pd.DataFrame, filters: Filters, themes: Iterable[str]) -> dict[str, int]:
    """How many rows each theme would show under the other filters."""
    rest = filters.apply(df, with_themes=False)
    return {t: int(rest["themes"].map(lambda ts, t=t: t in ts).sum()) for t in themes}
