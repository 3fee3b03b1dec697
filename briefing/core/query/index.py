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

SEARCH_COLUMNS = ("id", "name", "display", "quote", "description", "region", "period", "title", "publisher")
CHINESE_COLUMNS = ("name_zh", "description_zh")  # the curators' translations: empty for imported rows
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
        self.text = [_FIELD_SEPARATOR.join(map(str, fields)).casefold() for fields in zip(*cols)] if cols \
            else [""] * len(df)
        # Chinese apart: one Chinese character makes Python store a whole string at 2-4 bytes a character
        self.text_zh = _joined([df[c].tolist() for c in CHINESE_COLUMNS if c in df])
        self.words_zh = _chinese_words(df)  # the Chinese names of each row's region and themes, per distinct value
        self._last: tuple[str, np.ndarray] | None = None  # the last search and its matches
        self._terms: dict[str, np.ndarray] = {}  # the rows of the words a search word stands for, once scanned

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

    def _contains(self, term: str, rows: np.ndarray | None = None) -> np.ndarray:
        """Rows (of `rows`, default all) whose English or Chinese text contains `term`."""
        if rows is None:
            hit = self._scan(term)
        else:
            hit = np.zeros(self.size, bool)
            hit[rows] = np.fromiter((term in self.text[i] for i in rows), bool, len(rows))
            if self.text_zh is not None:
                hit[rows] |= np.fromiter((term in self.text_zh[i] for i in rows), bool, len(rows))
        words = np.zeros(self.size, bool)
        for codes, values in self.words_zh:  # a few distinct values, each row a code
            words |= np.isin(codes, [i for i, v in enumerate(values) if term in v])
        if rows is not None:
            among = np.zeros(self.size, bool)
            among[rows] = True
            words &= among
        return hit | words

    def _search(self, needle: str) -> np.ndarray:
        """Rows whose text contains `needle` or a word it stands for (厦门: also "xiamen"). Typing extends the last
        search: only its matches are scanned for the longer text; a word's other words are scanned once."""
        last = self._last
        if last is not None and last[0] == needle:
            return last[1]
        if last is not None and needle.startswith(last[0]):  # what contains the longer text contains the shorter
            hit = self._contains(needle, np.flatnonzero(last[1]))
        else:
            hit = self._contains(needle)
        for term in SEARCH_TERMS.get(needle, ()):
            if term not in self._terms:
                self._terms[term] = self._contains(term)
            hit = hit | self._terms[term]
        self._last = (needle, hit)
        return hit

    def _scan(self, term: str) -> np.ndarray:
        hit = np.fromiter((term in t for t in self.text), bool, self.size)
        if self.text_zh is not None:
            hit |= np.fromiter((term in t for t in self.text_zh), bool, self.size)
        return hit

    def filter_mask(self, f: Filters, with_themes: bool = True) -> np.ndarray:
        return self.mask(themes=f.themes if with_themes else (), region=f.region or None, search=f.search or None,
                         kinds=[f.kind] if f.kind else (), periods=[f.period] if f.period else ())

    def theme_counts(self, f: Filters, themes: Iterable[str]) -> dict[str, int]:
        """How many rows each theme would show under the other filters."""
        rest = self.filter_mask(f, with_themes=False)
        return {t: int((self.themes[t] & rest).sum()) if t in self.themes else 0 for t in themes}


def _str(value) -> str:
    return value if isinstance(value, str) else ""  # None, or NaN where a merged table has no translation


def _joined(cols: list[list]) -> list[str] | None:
    """Each row's fields in one folded text; None when no row has any (imported data)."""
    text = [_FIELD_SEPARATOR.join(map(_str, fields)).casefold() for fields in zip(*cols)] if cols else []
    return text if any(text) else None


def _chinese_words(df: pd.DataFrame) -> list[tuple[np.ndarray, list[str]]]:
    """(codes, values): the Chinese names of each row's region and of its themes, as codes over distinct values."""
    out = []
    if "region" in df:
        region = pd.Categorical(df["region"].astype(str))
        out.append((region.codes, [region_zh(r).casefold() for r in region.categories]))
    if "themes" in df:
        codes: dict[tuple, int] = {}
        row_codes = np.fromiter((codes.setdefault(tuple(ts), len(codes)) for ts in df["themes"]), np.int32, len(df))
        out.append((row_codes, [themes_zh(ts).casefold() for ts in codes]))
    return out


def filtered(df: pd.DataFrame, f: Filters, with_themes: bool = True) -> pd.DataFrame:
    """The rows of `df` that the user's filters keep."""
    return df[RecordIndex(df).filter_mask(f, with_themes)]


def filter_records(df: pd.DataFrame, themes: Iterable[str] = (), region: str | None = None,
                   search: str | None = None, kinds: Iterable[str] = (),
                   periods: Iterable[str] = ()) -> pd.DataFrame:
    """The rows of `df` that RecordIndex.mask keeps."""
    return df[RecordIndex(df).mask(themes, region, search, kinds, periods)]
