"""Every row of a table read into an indicator record or its problems, and compared with the figures already
stored (a clash, a repeat) before anything is saved; the source row that cites an imported table."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from ...errors import Problem
from ...lexicon.numbers import format_value, plain, same_value
from ...lexicon.words import GROWTH_NAMES, LOCAL_CURRENCIES, SERIES_NAMES, alternation
from ...storage.folders import folder_id
from ..readers import Table
from .agreement import agrees
from .cells import (
    fold,
    is_missing,
    is_note,
    parse_kind,
    parse_period,
    parse_qualifier,
    parse_region,
    parse_themes,
    parse_unit,
    parse_value,
    split_qualifier,
    unit_in_name,
    uses_decimal_comma,
)
from .mapping import REQUIRED, ColumnMapping, missing_field

_GROWTH = re.compile(alternation(GROWTH_NAMES), re.IGNORECASE)  # a % named so is a growth rate


@dataclass
class RowReview:
    row: int                        # the row's number in the file
    quote: str                      # the row as the file shows it
    span: tuple[int, int]           # where in the table's text
    raw: dict = field(default_factory=dict)  # the cells of the mapped columns, as written
    record: dict | None = None      # the indicator it becomes (None: it has problems)
    problems: list[Problem] = field(default_factory=list)
    clash: str = ""                 # an existing figure for the same series and period with another value
    repeat_of: str = ""             # an existing record with the same value: nothing to import
    warnings: list[str] = field(default_factory=list)  # imported, but the user should know (a unit overruled)

    @property
    def status(self) -> str:
        if self.problems:
            return "problem"
        return "repeat" if self.repeat_of else ("clash" if self.clash else "new")


@dataclass
class Review:
    table: Table
    mapping: ColumnMapping
    batch_id: str
    rows: list[RowReview]
    problems: list[Problem] = field(default_factory=list)  # of the mapping, not of a row
    missing: int = 0                # cells of no value ('..', '-', empty): skipped, not problems
    note: str = ""                  # the table's footnotes and source lines, kept with its figures
    notices: list[str] = field(default_factory=list)  # how the review read the table (units from names)

    @property
    def to_import(self) -> list[RowReview]:
        return [r for r in self.rows if r.record is not None and not r.repeat_of]

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "clash": 0, "repeat": 0, "problem": 0}
        for r in self.rows:
            out[r.status] += 1
        return out


@dataclass
class StoredFigures:
    """The figures already in the data, indexed once to compare every row of a table with (a review dialog
    reviews again on each change of the mapping)."""

    names: dict[str, str]               # folded name -> the name as the data writes it
    figures: dict[tuple, list[dict]]    # (name, region, unit, period, kind) -> its figures

    @classmethod
    def of(cls, data, leaving_out: Collection[str] = ()) -> StoredFigures:
        """`leaving_out`: sources whose figures are not compared with (earlier imports a new version updates)."""
        rows = data.indicators[["id", "name", "region", "unit", "period", "kind", "value", "display", "source"]]
        if leaving_out:
            rows = rows[~rows["source"].isin(list(leaving_out))]
        titles = {sid: s["title"] for sid, s in data.source_map.items()}
        figures: dict[tuple, list[dict]] = {}
        for r in rows.to_dict("records"):
            key = (fold(r["name"]), fold(r["region"]), r["unit"], r["period"], r["kind"])
            figures.setdefault(key, []).append({**r, "title": titles.get(r["source"], r["source"])})
        return cls({fold(n): n for n in rows["name"]}, figures)


def batch_id(table: Table) -> str:
    """The same file (and sheet) always gets the same id: importing it twice is noticed."""
    return folder_id("imp", table.file, table.text + "\x00" + (table.sheet or ""))


def review(table: Table, mapping: ColumnMapping, stored: StoredFigures | None = None) -> Review:
    """Every row read into a record or its problems, compared with the figures `stored` in the data."""
    bid = batch_id(table)
    out = Review(table, mapping, bid, [])
    index = {c: i for i, c in enumerate(table.columns)}
    for f, column in mapping.columns.items():
        if column not in index:
            out.problems.append(Problem(table.file, f"no column {column!r} (columns: {', '.join(table.columns)})",
                                        field=f))
    for f in REQUIRED:
        if f not in mapping.columns and not mapping.defaults.get(f, "").strip():
            out.problems.append(Problem(table.file, missing_field(f, table.columns), field=f))
    if not out.problems and "unit" not in mapping.columns and not mapping.defaults.get("unit", "").strip():
        names = {mapping.defaults.get("name", "")} | ({cells[index[mapping.columns["name"]]] for cells in table.rows}
                                                      if "name" in mapping.columns else set())
        if not any(unit_in_name(n)[1] for n in names):
            out.problems.append(Problem(table.file, missing_field("unit", table.columns), field="unit"))
    if out.problems:
        return out
    unit_mult = next((index[c] for c in table.columns if fold(c) == "unitmult"), None)  # SDMX: 10**n
    stored = stored or StoredFigures({}, {})
    seen: dict[tuple, int] = {}
    value_at = index.get(mapping.columns.get("value", ""))
    decimal_comma = value_at is not None and uses_decimal_comma([cells[value_at] for cells in table.rows])
    notes, notices = [], {}
    for i, cells in enumerate(table.rows):
        number = table.row_numbers[i]
        raw = {f: cells[index[c]] if index[c] < len(cells) else "" for f, c in mapping.columns.items()}
        if is_note(cells[0]) and is_missing(raw.get("value", "")):  # 注：…, Source: …
            notes.append(" ".join(c.strip() for c in cells if c.strip()))
            continue
        unit_given = "column" if raw.get("unit", "").strip() else "default" if mapping.defaults.get("unit") else ""
        for f, v in mapping.defaults.items():
            if not raw.get(f, "").strip():
                raw[f] = v
        if is_missing(raw.get("value", "")):
            out.missing += 1
            continue
        rr = RowReview(number, table.quote(i), table.spans[i], raw)
        extra = [c for c in cells[len(table.columns):] if c]
        if extra:
            rr.problems.append(Problem(table.file, f"{len(table.columns) + len(extra)} cells, the header has "
                                       f"{len(table.columns)} (a number with an unquoted thousands separator?)",
                                       number))
        record = _record(raw, cells[unit_mult] if unit_mult is not None else "", decimal_comma, rr,
                         table.file, unit_given, notices)
        if record is not None:
            record["id"] = f"{bid}-r{number}"
            record["name"] = SERIES_NAMES.get(record["name"], record["name"])  # 地区生产总值: the seeds' GRP
            key = (fold(record["name"]), fold(record["region"]), record["unit"], record["period"], record["kind"])
            if key in seen:
                rr.problems.append(Problem(table.file, f"the same figure and period as row {seen[key]}", number))
            else:
                seen[key] = number
                record["name"] = stored.names.get(fold(record["name"]), record["name"])  # join the series
                for other in stored.figures.get(key, []):
                    if agrees(other["value"], record["value"]):
                        rr.repeat_of = other["id"]
                    else:
                        rr.clash = f"{other['display']} in {other['title']} ({other['id']})"
                        record["note"] = f"Sources differ: {other['title']} states {other['display']}."
                rr.record = record if not rr.problems else None
        out.rows.append(rr)
    out.missing += getattr(table, "missing", 0)
    out.note = "\n".join(filter(None, [getattr(table, "note", ""), *notes]))
    out.notices = list(notices)
    return out  # the table's note is its source's (batch_source): printed once, under the source, in the PDF


def _record(raw: dict[str, str], unit_mult: str, decimal_comma: bool, rr: RowReview, file: str,
            unit_given: str, notices: dict[str, None]) -> dict | None:
    rec: dict = {}

    def take(f: str, parse):
        text = raw.get(f, "")
        try:
            return parse(text)
        except ValueError as e:
            rr.problems.append(Problem(file, str(e), rr.row, field=f))
            return None

    def required(text: str) -> str:
        if not text.strip():
            raise ValueError("empty")
        return text.strip()

    value_text, stated = split_qualifier(raw.get("value", ""))  # "约19800", "more than 1,200"
    if stated and not raw.get("qualifier", "").strip():
        raw = {**raw, "qualifier": stated}
    rec["name"] = take("name", required)
    rec["region"] = take("region", parse_region)
    rec["period"] = take("period", parse_period)
    rec["themes"] = take("theme", parse_themes) if raw.get("theme", "").strip() else []  # unthemed, never refused
    rec["qualifier"] = take("qualifier", parse_qualifier)
    rec["kind"] = take("kind", parse_kind)
    unit = _unit(raw, rec, rr, file, unit_given, notices)

    def value(text: str) -> float:
        if text.strip().endswith("%") and unit is not None and unit[1] != "%":
            raise ValueError(f"{text!r} is a percentage but the unit is {raw.get('unit', '')!r}")
        return parse_value(text, decimal_comma)

    number = take("value", lambda _: value(value_text))
    if unit_mult.strip():
        try:
            number = None if number is None else number * 10 ** int(unit_mult)
        except ValueError:
            rr.problems.append(Problem(file, f"UNIT_MULT is not a whole number: {unit_mult!r}", rr.row,
                                       field="UNIT_MULT"))
    if rr.problems:
        return None
    factor, rec["unit"] = unit
    rec["value"] = number * factor
    rec["measure"] = ("change_pp" if rec["unit"] == "pp" else
                      ("growth" if _GROWTH.search(rec["name"]) else "share") if rec["unit"] == "%" else "level")
    rec["display"] = format_value(rec["value"], rec["unit"], rec["qualifier"])
    rec["quote"] = rr.quote
    rec["inputs"] = []
    rec["note"] = ""
    return rec


def _unit(raw: dict[str, str], rec: dict, rr: RowReview, file: str, given: str,
          notices: dict[str, None]) -> tuple[float, str] | None:
    """The row's unit and its factor: the name's ('人均国内生产总值(元)') beats one given for every row (the row
    is warned), and contradicts a unit column (a problem); LCU is the region's own currency where known."""
    written = raw.get("unit", "").strip()
    try:
        stated = parse_unit(written) if written else None
    except ValueError as e:
        rr.problems.append(Problem(file, str(e), rr.row, field="unit"))
        return None
    name = rec["name"] or ""
    if not name and not stated:
        return None  # the name's problem is reported
    bare, named, scale = unit_in_name(name)
    if scale != 1:  # "Population (millions)": a scale of what the name counts, or of the unit given
        base = named[1] if named else stated[1] if stated else None
        if base is None:
            rr.problems.append(Problem(file, f"the name {name!r} gives a scale but no unit: add --set unit=… (what "
                                             "it counts, e.g. people)", rr.row, field="unit"))
            return None
        named = (scale, base)
        if stated and stated[1] == base and stated[0] in (1, scale):
            stated = named  # "people" with "(millions)": no contradiction
    if named:
        rec["name"] = bare
        notices[f"{name!r}: the unit ({_shown(named)}) read from the name, the name kept as {bare!r}"] = None
        if stated and (stated[1] != named[1] or not same_value(stated[0], named[0])):
            if given == "column":
                rr.problems.append(Problem(file, f"the unit column says {written!r} but the name says "
                                                 f"{_shown(named)}: correct one of them", rr.row, field="unit"))
                return None
            rr.warnings.append(f"unit: {written!r} given for every row, but the name says {_shown(named)}: "
                               "the name's unit is used")
        unit = named
    elif stated:
        unit = stated
    else:
        rr.problems.append(Problem(file, "no unit: the name states none; add --set unit=… or choose a unit column",
                                   rr.row, field="unit"))
        return None
    currency = LOCAL_CURRENCIES.get(rec["region"] or "")
    if unit[1] == "LCU" and currency:
        notices[f"LCU (local currency units) for {rec['region']} read as {currency}, its currency"] = None
        unit = (unit[0], currency)
    return unit


def _shown(unit: tuple[float, str]) -> str:
    factor, name = unit
    return name if factor == 1 else f"{name} ×{plain(factor, 6)}"


def source_title(table: Table) -> str:
    """How the PDF names an imported table: its file (and sheet). A later version of the table has the same."""
    sheet = f", sheet {table.sheet}" if table.sheet else ""
    return f"{table.file}{sheet} (imported table)"


def batch_source(rev: Review, imported: date) -> dict:
    """The source row that cites an imported table."""
    records = [r.record for r in rev.to_import]
    periods = sorted({r["period"] for r in records}) or [str(imported.year)]
    regions = sorted({r["region"] for r in records})
    return {"id": rev.batch_id, "title": source_title(rev.table),
            "publisher": "Imported by the user", "date": imported.isoformat(), "period": periods[-1],
            "date_note": f"Imported on {imported.isoformat()}; the date is the import's, not the table's.",
            "region": ", ".join(regions), "language": "", "file": rev.table.file,
            "sha256": hashlib.sha256(rev.table.text.encode()).hexdigest(), "regions": regions, "note": rev.note}
