"""Periods as columns (2024, 2024年, 2019 [YR2019], 2023Q1, 2023年第一季度, 2023-01): one figure per cell; the
other columns give the row's name, region and unit, by their headers."""
from __future__ import annotations

import re

from ...tables.cells import parse_period
from ..table import Table
from .long_table import LongTable, is_code, is_missing, role


def header_period(header: str) -> str | None:
    """The period a column's header names ('2019 [YR2019]' as World Bank DataBank writes it), or None."""
    text = re.sub(r"\s*\[YR\d{4}\]$", "", header.strip())
    try:
        period = parse_period(text)
    except ValueError:
        return None
    return period if 1800 <= int(period[:4]) <= 2200 else None


def period_columns(table: Table) -> dict[int, str]:
    return {j: p for j, h in enumerate(table.columns) if (p := header_period(h))}


def detect(table: Table) -> bool:
    """Some headers are periods and none names a period or value column (then the table is long)."""
    return bool(period_columns(table)) and not any(role(h) in ("period", "value") for h in table.columns)


def to_long(table: Table, defaults: dict[str, str] | None = None, layout: str = "wide") -> Table:
    """One figure per period cell; `defaults` for the fields no column holds (an NBS export's 指标：line)."""
    defaults = {f: v for f, v in (defaults or {}).items() if v}
    periods = period_columns(table)
    labels = label_columns(table, [j for j in range(len(table.columns)) if j not in periods], defaults)
    long = LongTable(table)
    for i, cells in enumerate(table.rows):
        fields = {**defaults, **{f: cells[j] for f, j in labels.items() if cells[j]}}
        for j, period in periods.items():
            if is_missing(cells[j]):
                long.missing += 1
            else:
                long.add(i, j, **fields, period=period, value=cells[j])
    return long.done(layout)


def label_columns(table: Table, columns: list[int], defaults: dict[str, str]) -> dict[str, int]:
    """Which column gives each row's name, region, unit and note: by its header, else (an unnamed first column,
    '省份', 'Province') the name, or the region when a name is known; code columns are left out."""
    labels: dict[str, int] = {}
    unnamed = []
    for j in columns:
        f = role(table.columns[j])
        if f and f not in labels:
            labels[f] = j
        elif not is_code(table.columns[j]):
            unnamed.append(j)
    for j in unnamed:
        f = next((f for f in ("name", "region") if f not in labels and f not in defaults), None)
        if f:
            labels[f] = j
    return labels
