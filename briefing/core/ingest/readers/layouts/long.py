"""A table already long (a figure per row, its fields by their headers): passed through unchanged, for the
column mapping to read. A table of one column cannot be: no layout fits it (unless it is one row, for the
review to judge)."""
from __future__ import annotations

from dataclasses import replace

from ..table import Table


def detect(table: Table) -> bool:
    return len(table.columns) > 1 or len(table.rows) < 2


def to_long(table: Table) -> Table:
    return replace(table, layout="long")
