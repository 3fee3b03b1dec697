"""What the user chose to see. Cheap to import: the window builds its controls before pandas loads."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Filters:
    """What the user chose to see; empty means everything."""

    themes: tuple[str, ...] = ()
    region: str = ""
    period: str = ""
    kind: str = ""
    search: str = ""

    def apply(self, df: pd.DataFrame, with_themes: bool = True) -> pd.DataFrame:
        from .query import filter_records  # pandas loads only when there is data to filter
        return filter_records(df, themes=self.themes if with_themes else (), region=self.region or None,
                              search=self.search or None, kinds=[self.kind] if self.kind else (),
                              periods=[self.period] if self.period else ())

    @property
    def active(self) -> bool:
        return self != Filters()
