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
from .cells import fold, is_missing, parse_themes, parse_value, reads_as

FIELDS = ("name", "period", "value", "unit", "region", "theme", "qualifier", "kind")
REQUIRED = ("name", "period", "value", "region")  # from a column or a default; the unit may be in the names
# what a refusal suggests for each field no column holds
EXAMPLES = {"name": "--set name=\"Gross domestic product\"", "period": "--set period=2024",
            "value": "", "unit": "--set unit=亿元", "region": "--set region=Fujian", "theme": "--set theme=economy"}
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

    def given(self, field: str, value: str) -> ColumnMapping:
        """`value` for every row of `field` (--set, the window's field): it beats a column chosen for it."""
        columns = {f: c for f, c in self.columns.items() if f != field}
        return self.model_copy(update={"columns": columns, "defaults": {**self.defaults, field: value}})


def missing_field(field: str, columns: list[str]) -> str:
    """A refusal naming the columns found and what fixes it."""
    what = "the unit (and the names state none)" if field == "unit" else f"the {field}"
    fix = f"add {EXAMPLES[field]} or " if EXAMPLES.get(field) else "add "
    found = ", ".join(columns[:12]) + (f" and {len(columns) - 12} more" if len(columns) > 12 else "")
    return (f"no column chosen: none holds {what}; columns found: {found or '(none)'}; {fix}"
            f"`columns: {{{field}: …}}` in a mapping file (--mapping)")


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping file (YAML or JSON): `columns: {name: 指标, ...}`, `defaults: {region: Fujian, ...}`."""
    data = read_yaml(Path(path))
    try:
        return ColumnMapping.model_validate(data)
    except ValidationError as e:
        raise DataError(from_validation(e, path, getattr(data, "line", None), None)) from None


def guess_mapping(table: Table) -> ColumnMapping:
    """Columns named like a field (English or Chinese headers, SDMX-CSV), for the user to confirm."""
    folded: dict[str, str] = {}
    for c in table.columns:
        folded.setdefault(fold(c), c)
    columns: dict[str, str] = {}
    for f in FIELDS:  # each field's first header found; a column holds one field
        found = next((folded[h] for h in HEADERS[f] if h in folded and folded[h] not in columns.values()), None)
        if found:
            columns[f] = found
    if "theme" in columns and _share_read(table, columns["theme"], parse_themes) < 0.5:
        del columns["theme"]  # a CATEGORY column of other words is not the records' themes
    defaults = {}
    if "name" not in columns:  # SDMX-CSV: the first dimension that is not time, place, unit or flow
        dims = [c for c in table.columns if fold(c) not in SDMX_NON_NAME and c not in columns.values()]
        if "obsvalue" in folded and dims:
            columns["name"] = dims[0]
    if "value" not in columns:  # OWID: the one column of numbers is named for its indicator
        numeric = [c for c in table.columns if c not in columns.values() and _share_read(table, c, parse_value) == 1]
        if len(numeric) == 1:
            columns["value"] = numeric[0]
            if "name" not in columns:
                defaults["name"] = numeric[0]
    return ColumnMapping(columns=columns, defaults=defaults, sheet=table.sheet)


def _share_read(table: Table, column: str, parse, rows: int = 200) -> float:
    """The share of the filled cells of `column` among the first `rows` that read with `parse` (0: none filled)."""
    at = table.columns.index(column)
    cells = [row[at] for row in table.rows[:rows] if at < len(row) and not is_missing(row[at])]

    return sum(reads_as(parse, c) for c in cells) / len(cells) if cells else 0.0
