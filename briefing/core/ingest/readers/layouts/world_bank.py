"""World Bank indicator downloads (API_*.csv, and DataBank's '2019 [YR2019]' columns): a preamble, Country
Name/Country Code/Indicator Name/Indicator Code, then a column per year; empty cells are missing."""
from __future__ import annotations

from ...tables.cells import fold
from ..table import Table
from . import wide

HEADERS = {"countryname", "countrycode", "indicatorname", "indicatorcode"}
DATABANK = {"countryname", "countrycode", "seriesname", "seriescode"}


def detect(table: Table) -> bool:
    folded = {fold(c) for c in table.columns}
    return (HEADERS.issubset(folded) or DATABANK.issubset(folded)) and bool(wide.period_columns(table))


def to_long(table: Table) -> Table:
    return wide.to_long(table, layout="world_bank")
