"""`briefing import FILE --dry-run --format json`: the review as one JSON object, for scripts and checks."""
from __future__ import annotations

import json
import math

from ..lazy import lazy

stated = lazy("..core.model.stated", __package__)

RECORD_FIELDS = ("name", "region", "period", "value", "unit", "kind", "qualifier", "themes", "display")


def review_json(rev) -> str:
    """figures (the indicator fields, value in base units, with status new/clash/repeat and the file row),
    problems (row, column, message), missing (cells of no value), note (the table's footnotes)."""
    figures = [{**{f: r.record.get(f) for f in RECORD_FIELDS}, "value": _value(r.record),
                "status": r.status, "row": r.row,
                **({"clash": r.clash} if r.clash else {}), **({"repeat_of": r.repeat_of} if r.repeat_of else {}),
                **({"warnings": r.warnings} if getattr(r, "warnings", None) else {})}
               for r in rev.rows if r.record is not None]
    problems = [{"row": None, "column": p.field, "message": p.message} for p in rev.problems]
    problems += [{"row": r.row, "column": p.field, "message": p.message} for r in rev.rows for p in r.problems]
    return json.dumps({"file": rev.table.file, "batch": rev.batch_id, "figures": figures, "problems": problems,
                       "missing": getattr(rev, "missing", 0), "note": getattr(rev, "note", "")},
                      ensure_ascii=False, indent=1)


def _value(record: dict):
    """The value, an integer where the row states it without decimals (core.model.stated), or as it is."""
    value = record.get("value")
    if not isinstance(value, int | float) or not math.isfinite(value):
        return value
    return stated.value_number(record)
