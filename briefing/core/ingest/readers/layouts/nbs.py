"""National Bureau of Statistics exports (data.stats.gov.cn, CSV or spreadsheet): preamble lines 数据库：, 指标：,
地区：, 时间：, then periods as columns (2024年, newest first) and a row per region (地区) or indicator (指标);
the 指标：line names the figures (with its unit, as written) when the rows are regions."""
from __future__ import annotations

import re

from ..table import Table
from . import wide

PREAMBLE = re.compile(r"^(数据库|指标|地区|时间)\s*[:：]\s*(.*)$")


def preamble(table: Table) -> dict[str, str]:
    return {m[1]: m[2].strip() for line in table.preamble if (m := PREAMBLE.match(line))}


def detect(table: Table) -> bool:
    found = preamble(table)
    known = "数据库" in found or {"指标", "时间"} <= found.keys() or {"地区", "时间"} <= found.keys()
    return known and bool(wide.period_columns(table))


def to_long(table: Table) -> Table:
    found = preamble(table)
    return wide.to_long(table, {"name": found.get("指标", ""), "region": found.get("地区", "")}, layout="nbs")
