"""Our World in Data grapher CSVs and the like: Entity (or a country or region column), Code, Year, then one
column per indicator, its header the indicator's name; empty cells are missing."""
from __future__ import annotations

from ..table import Table
from .long_table import LongTable, is_code, is_missing, role


def detect(table: Table) -> bool:
    roles = [role(c) for c in table.columns]
    indicators = [c for c, r in zip(table.columns, roles) if r is None and c and not is_code(c)]
    return "region" in roles and "period" in roles and set(roles) <= {"region", "period", None} and bool(indicators)


def to_long(table: Table) -> Table:
    roles = [role(c) for c in table.columns]
    region, period = roles.index("region"), roles.index("period")
    indicators = [j for j, (c, r) in enumerate(zip(table.columns, roles)) if r is None and c and not is_code(c)]
    long = LongTable(table)
    for i, cells in enumerate(table.rows):
        for j in indicators:
            if is_missing(cells[j]):
                long.missing += 1
            else:
                long.add(i, j, name=table.columns[j], region=cells[region], period=cells[period], value=cells[j])
    return long.done("owid")
