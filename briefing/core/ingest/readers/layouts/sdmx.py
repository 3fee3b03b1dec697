"""SDMX-CSV 2.0 (STRUCTURE, STRUCTURE_ID, ACTION columns) and SDMX-CSV with labels ('A: Value A', headers
'REF_AREA: Reference area'): the code before ': ' for periods, values, units and UNIT_MULT (kept as a column,
so the review scales values by it as for SDMX-CSV 1.0), the labels for names. SDMX-CSV 1.0 without labels is
long already and passes through."""
from __future__ import annotations

from ...tables.cells import fold, parse_period, reads_as
from ..table import Table
from .long_table import LongTable, is_missing

TIME = {"timeperiod", "time", "period"}
PLACE = {"refarea", "geo", "country", "area", "region", "counterpartarea"}
UNIT = {"unitmeasure", "unit"}
NAME = {"indicator", "measure", "series", "naitem", "item", "subject"}
NOT_SERIES = {"structure", "structureid", "action", "dataflow", "freq", *TIME, *PLACE, *UNIT, "unitmult"}


def split(cell: str) -> tuple[str, str]:
    """'A: Value A' -> ('A', 'Value A'); a cell without a label is its own label."""
    code, colon, label = cell.partition(": ")
    return (code.strip(), label.strip()) if colon else (cell, cell)


def detect(table: Table) -> bool:
    folded = [fold(c) for c in table.columns]
    if "obsvalue" not in folded:
        return False
    at = folded.index("obsvalue")
    labelled = any(": " in c for c in table.columns) or any(": " in cells[at] for cells in table.rows[:5])
    return "structure" in folded[:1] or labelled


def to_long(table: Table) -> Table:
    folded = [fold(c) for c in table.columns]
    value_at = folded.index("obsvalue")

    def first(names: set[str]) -> int | None:
        return next((j for j, f in enumerate(folded) if f in names), None)
    place, unit, mult, action = first(PLACE), first(UNIT), first({"unitmult"}), first({"action"})
    # dimensions come before the measure; the time dimension is named so, or holds periods
    dims = [j for j in range(value_at) if folded[j] not in NOT_SERIES]
    time = first(TIME)
    if time is None:
        time = next((j for j in dims if table.rows
                     and all(reads_as(parse_period, split(r[j])[0]) for r in table.rows)), None)
    name = first(NAME)
    series = [j for j in dims if j != time]
    flow = first({"structureid", "dataflow"})
    long = LongTable(table, extra=("UNIT_MULT",) if mult is not None else ())
    for i, cells in enumerate(table.rows):
        if action is not None and split(cells[action])[0].upper() == "D":  # a deleted observation is no figure
            continue
        value = split(cells[value_at])[0]
        if is_missing(value):
            long.missing += 1
            continue
        long.add(i, value_at, name=_name(cells, name, series, flow), value=value,
                 period=split(cells[time])[0] if time is not None else "",
                 region=split(cells[place])[1] if place is not None else "",
                 unit=split(cells[unit])[0] if unit is not None else "",
                 UNIT_MULT=split(cells[mult])[0] if mult is not None else "")
    return long.done("sdmx")


def _name(cells: list[str], name: int | None, series: list[int], flow: int | None) -> str:
    """The indicator's label; else the series dimensions' labels, or (no labels) the flow and series key."""
    if name is not None:
        return split(cells[name])[1]
    parts = [split(cells[j]) for j in series]
    if any(code != label for code, label in parts):
        return ", ".join(label for _, label in parts)
    key = ".".join(code for code, _ in parts)
    return f"{split(cells[flow])[0]} {key}".strip() if flow is not None else key
