"""Filtering and search over the record tables: the same rules for the command line and the window.

A RecordIndex is built once per table; each filter change is then a few numpy operations and one substring
scan, fast enough to answer every keystroke."""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..lexicon.display_zh import region_zh, themes_zh
from ..lexicon.words import SEARCH_TERMS
from ..model.vocab import UNTHEMED
from .filters import Filters

SEARCH_COLUMNS = ("id", "name", "name_zh", "display", "quote", "description", "description_zh", "region", "period",
                  "title", "publisher")
_FIELD_SEPARATOR = "\x1f"  # a search never matches across two fields (pandas strings drop "\x00")


class RecordIndex:
    """What filtering needs from one table, taken once: theme membership, facet columns, folded text."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.size = len(df)
        themes = df["themes"] if "themes" in df else pd.Series([()] * len(df), index=df.index)
        self.themes = {t: np.fromiter((t in ts for ts in themes), bool, self.size)
                       for t in sorted({t for ts in themes for t in ts})}
        self.themes[UNTHEMED] = np.fromiter((len(ts) == 0 for ts in themes), bool, self.size)  # imported
        # each facet as small integer codes over its distinct values (100,000 rows share a handful of them)
        self.facets = {col: pd.Categorical(df[col].astype(str).str.casefold()) for col in ("region", "period", "kind")
                       if col in df}
        cols = [df[c].tolist() for c in SEARCH_COLUMNS if c in df]  # the frame's strings: no copies to free
        cols += _chinese_words(df)
        self.text = [_FIELD_SEPARATOR.join(map(_str, fields)).casefold() for fields in zip(*cols)] if cols \
            else [""] * len(df)
        self._last: tuple[str, np.ndarray] | None = None  # the last search and its matches

    def mask(self, themes: Iterable[str] = (), region: str | None = None, search: str | None = None,
             kinds: Iterable[str] = (), periods: Iterable[str] = ()) -> np.ndarray:
        """Rows having any of `themes`, in `region`, of one of `kinds`/`periods`, whose text contains `search`
        (case-insensitive). A facet the table does not have (e.g. kind for initiatives) is ignored."""
        mask = np.ones(self.size, bool)
        themes = list(themes)
        if themes:
            mask &= np.logical_or.reduce([self.themes.get(t, np.zeros(self.size, bool)) for t in themes])
        for col, wanted in (("region", [region] if region else []), ("kind", kinds), ("period", periods)):
            wanted = [w.casefold() for w in wanted]
            if wanted and col in self.facets:
                facet = self.facets[col]
                mask &= np.isin(facet.codes, [facet.categories.get_loc(w) for w in wanted if w in facet.categories])
        needle = (search or "").strip().casefold()
        if needle:
            mask &= self._search(needle)
        return mask

    def _search(self, needle: str) -> np.ndarray:
        """Rows whose text contains `needle` or a word it stands for (厦门: also "xiamen"). Typing extends the last
        search: only its matches are scanned, unless the new word stands for others."""
        last = self._last
        if last is not None and last[0] == needle:
            return last[1]
        terms = (needle, *SEARCH_TERMS.get(needle, ()))
        if last is not None and needle.startswith(last[0]) and len(terms) == 1:
            rows = np.flatnonzero(last[1])
            hit = np.zeros(self.size, bool)
            hit[rows] = np.fromiter((needle in self.text[i] for i in rows), bool, len(rows))
        else:
            hit = np.fromiter((any(t in text for t in terms) for text in self.text), bool, self.size)
        self._last = (needle, hit)
        return hit

    def filter_mask(self, f: Filters, with_themes: bool = True) -> np.ndarray:
        return self.mask(themes=f.themes if with_themes else (), region=f.region or None, search=f.search or None,
                         kinds=[f.kind] if f.kind else (), periods=[f.period] if f.period else ())

    def theme_counts(self, f: Filters, themes: Iterable[str]) -> dict[str, int]:
        """How many rows each theme would show under the other filters."""
        rest = self.filter_mask(f, with_themes=False)
        return {t: int((self.themes[t] & rest).sum()) if t in self.themes else 0 for t in themes}


def _str(value) -> str:
    return value if isinstance(value, str) else "" if value is None or value != value else str(value)  # NaN: ""


def _chinese_words(df: pd.DataFrame) -> list[list[str]]:
    """The Chinese names of each row's region and themes (computed once per distinct value)."""
    cols = []
    if "region" in df:
        cols.append(df["region"].astype(str).map(region_zh).tolist())
    if "themes" in df:
        names: dict[tuple, str] = {}
        cols.append([names.setdefault(tuple(ts), themes_zh(ts)) for ts in df["themes"]])
    return cols


def filtered(df: pd.DataFrame, f: Filters, with_themes: bool = True) -> pd.DataFrame:
    """The rows of `df` that the user's filters keep."""
    return df[RecordIndex(df).filter_mask(f, with_themes)]


def filter_records(df: pd.DataFrame, themes: Iterable[str] = (), region: str | None = None,
                   search: str | None = None, kinds: Iterable[str] = (),
                   periods: Iterable[str] = ()) -> pd.DataFrame:
    """The rows of `df` that RecordIndex.mask keeps."""
    return df[RecordIndex(df).mask(themes, region, search, kinds, periods)]
