"""The loaded data: the sources, figures and initiatives as pandas tables, with the documents' text. Its own module
(pandas only): a Dataset read back from the start-up cache needs neither the schema (pydantic) nor YAML."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd


@dataclass
class Dataset:
    sources: pd.DataFrame
    indicators: pd.DataFrame
    initiatives: pd.DataFrame
    documents: dict[str, str]  # source id -> full text
    version: str = ""          # a digest of the manifest and record files: which data a briefing used

    @cached_property
    def source_map(self) -> dict[str, dict]:
        """Source id -> the source's record, for citations."""
        return {s["id"]: s for s in self.sources.to_dict("records")}

    def record(self, table: str, record_id: str) -> dict | None:
        """The figure or initiative `record_id` of `table` ("indicators", "initiatives") as a dict, or None."""
        at = self._positions[table].get(record_id)
        return None if at is None else getattr(self, table).iloc[at].to_dict()

    @cached_property
    def _positions(self) -> dict[str, dict[str, int]]:
        return {table: {rid: i for i, rid in enumerate(getattr(self, table)["id"])}
                for table in ("indicators", "initiatives")}
