"""Which column of a table holds each field: guessed from its headers (English, Chinese, SDMX-CSV), or read
from a mapping file, for the user to confirm."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from ...errors import DataError, from_validation
from ...lexicon.words import HEADERS as HEADER_WORDS
from ...storage.yamlfile import read_yaml
from ..readers import Table
from .cells import fold

FIELDS = ("name", "period", "value", "unit", "region", "theme", "qualifier", "kind")
REQUIRED = ("name", "period", "value", "unit", "region", "theme")  # from a column or a default
Field = Literal[FIELDS]  # type: ignore[valid-type]

HEADERS = {f: tuple(map(fold, HEADER_WORDS[f])) for f in FIELDS}  # compared folded
SDMX_NON_NAME = {"structure", "structureid", "actiontype", "dataflow", "freq", "refarea", "unitmeasure", "unitmult",
                 "timeperiod", "obsvalue", "obsstatus", "decimals", "confstatus", "obsconf", "action"}


class ColumnMapping(BaseModel):
    """Which column holds each field, and values for fields no column holds (the user confirms both)."""

    model_config = ConfigDict(extra="forbid")
    columns: dict[Field, str] = {}
    defaults: dict[Field, str] = {}
    sheet: str | None = None


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping file (YAML or JSON): `columns: {name: 指标, ...}`, `defaults: {region: Fujian, ...}`."""
    data = read_yaml(Path(path))
    try:
        return ColumnMapping.model_validate(data)
    except ValidationError as e:
        raise DataError(from_validation(e, path, getattr(data, "line", None), None)) from None


def guess_mapping(table: Table) -> ColumnMapping:
    """Columns named like a field (English or Chinese headers, SDMX-CSV), for the user to confirm."""
    folded = {fold(c): c for c in table.columns}
    columns = {f: folded[h] for f in FIELDS for h in HEADERS[f] if h in folded}
    columns = {f: c for f, c in sorted(columns.items(), key=lambda fc: FIELDS.index(fc[0]))}
    if "name" not in columns:  # SDMX-CSV: the first dimension that is not time, place, unit or flow
        dims = [c for c in table.columns if fold(c) not in SDMX_NON_NAME and c not in columns.values()]
        if "obsvalue" in folded and dims:
            columns["name"] = dims[0]
    return ColumnMapping(columns=columns, sheet=table.sheet)
