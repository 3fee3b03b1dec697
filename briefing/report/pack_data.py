"""The pack's data: every figure of the pack with its citation and quote, as an Excel workbook (a sheet per section
and a Sources sheet) or one CSV file. The figures, their order, reference numbers and printed words are the PDF's
(report.resolved), in the pack's language (Chinese: the headers, sheets, names, displays, periods, regions and kinds;
en+zh: a Chinese name column beside the English one); the quote and citation stay the documents' English. The value
column is the number as its document states it (core.model.stated); a cell from the data never becomes a formula
(OWASP's CSV-injection guidance)."""
from __future__ import annotations

import csv
import math
import re
from pathlib import Path

from ..core.errors import PackError, Problem
from ..core.lexicon.display_zh import name_in
from ..core.model.dataset import Dataset
from ..core.model.stated import decimals, value_number, value_text
from ..core.pack.model import Pack
from ..core.storage.atomic import write_atomic
from ..lazy import lazy
from .lang import titles, words
from .resolved import ResolvedPack, resolve

openpyxl = lazy("openpyxl")  # not loaded by the PDF export
xl_styles = lazy("openpyxl.styles")
xl_utils = lazy("openpyxl.utils")

FORMATS = {".xlsx": "xlsx", ".csv": "csv"}
COLUMNS = ("Ref.", "Figure", "Value", "Unit", "Display", "Qualifier", "Period", "Region", "Kind", "Series",
           "Caution", "Source title", "Publisher", "Date", "Quote", "Citation")
SOURCE_COLUMNS = ("Ref.", "Citation", "Quote", "Cited for")
# the columns' words in report.lang (words("en") gives COLUMNS and SOURCE_COLUMNS)
COLUMN_WORDS = ("ref", "figure", "value", "unit", "display", "qualifier", "period", "region", "kind", "series",
                "caution-column", "source-title", "publisher", "date", "quote", "citation")
SOURCE_WORDS = ("ref", "citation", "quote", "cited-for-column")
WIDTHS = {"Ref.": 6}  # the others: as wide as their text, up to MAX_WIDTH
MAX_WIDTH = 60
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as the start of a formula
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_CHARS = 31
CELL_MAX = 32_767  # the most characters an Excel cell holds
CONTROL = re.compile(r"[\000-\010\013\014\016-\037]")  # not allowed in XLSX text (openpyxl refuses them)


def data_format(path: str | Path) -> str:
    """"xlsx" or "csv" by the file's suffix; PackError naming the file otherwise."""
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise PackError(Problem(str(path), "the pack's data is written as .xlsx or .csv: name the file so"))
    return kind


class Stated(float):
    """A value whose document states more decimals than the float shows (5.40): written with them."""

    def __new__(cls, value: float, text: str, places: int) -> Stated:
        number = super().__new__(cls, value)
        number.text, number.places = text, places
        return number


def columns(lang: str) -> tuple[str, ...]:
    """The figures' column headers in the pack's language (COLUMNS in English; en+zh adds the Chinese name)."""
    w = words(lang)
    out = tuple(w[k] for k in COLUMN_WORDS)
    return (*out[:2], w["name-zh"], *out[2:]) if lang == "en+zh" else out


def source_columns(lang: str) -> tuple[str, ...]:
    return tuple(words(lang)[k] for k in SOURCE_WORDS)


def figure_rows(resolved: ResolvedPack) -> list[tuple[str, list[list]]]:
    """(section heading, its rows in columns()' order) for every section, figures in the PDF's order."""
    out = []
    for section in resolved.sections:
        rows = []
        for r in section.figures:
            source, s = resolved.source(r["id"]), resolved.shown(r["id"])
            names = [s["name"], name_in(r, "zh")] if resolved.lang == "en+zh" else [s["name"]]
            rows.append([resolved.number(r["id"]), *names, _value(r), r["unit"],
                         resolved.display(r["id"]), r["qualifier"], s["period"], s["region"], s["kind"],
                         r.get("series") or "", r.get("caution") or "", source["title"], source["publisher"],
                         _date(source), r["quote"], resolved.citation(r["id"])])
        out.append((section.title, rows))
    return out


def _date(source: dict) -> str:
    """The document's date, or how its period was inferred (as the citation says it)."""
    return source["date"] or f"undated; period {source['period']} inferred"


def source_rows(resolved: ResolvedPack) -> list[list]:
    """Every Sources entry of the PDF (one per cited sentence), by reference number: the citation of the first
    record citing it, the quote, and every figure or initiative citing it."""
    w = words(resolved.lang)

    def cited_for(record_id: str) -> str:
        s = resolved.shown(record_id)
        return s["name"] + w["brackets"].format(w["comma"].join((s["region"], s["period"])))

    return [[number, resolved.citation(ids[0]), resolved.ctx.records[ids[0]]["quote"],
             w["semicolon"].join(cited_for(i) for i in ids)]
            for number, ids in sorted(resolved.refs.entries.items())]


def _value(record: dict) -> float | int | None:
    """The value as its document states it: an int without decimals, a Stated where the float drops some."""
    number = value_number(record)
    if not isinstance(number, float) or math.isnan(number):
        return number
    text = value_text(record)
    return Stated(number, text, decimals(record)) if text != repr(number) else number


def write_data(pack: Pack, data: Dataset, out: str | Path) -> Path:
    """Write the pack's data to `out` (.xlsx or .csv) atomically; PackError naming the file if it cannot be."""
    kind = data_format(out)
    resolved = resolve(pack, data, with_charts=False)
    writer = _write_xlsx if kind == "xlsx" else _write_csv
    try:
        return write_atomic(out, lambda tmp: writer(resolved, tmp))
    except (OSError, ValueError) as e:  # ValueError: a name the OS cannot take
        raise PackError(Problem(str(out), f"cannot write: {getattr(e, 'strerror', None) or e}")) from None


# --- CSV ---------------------------------------------------------------------------------------------------

def guard_csv(cell) -> str:
    """A cell as CSV text; text that a spreadsheet would read as a formula starts with a quote (OWASP)."""
    if cell is None:
        return ""
    if isinstance(cell, Stated):
        return cell.text
    if isinstance(cell, int | float):
        return repr(cell) if isinstance(cell, float) else str(cell)
    text = str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def _write_csv(resolved: ResolvedPack, tmp: str) -> None:
    with open(tmp, "w", encoding="utf-8-sig", newline="") as f:  # the BOM: Excel then reads UTF-8 (Chinese)
        writer = csv.writer(f)
        writer.writerow([words(resolved.lang)["section"], *columns(resolved.lang)])
        for title, rows in figure_rows(resolved):
            writer.writerows([guard_csv(c) for c in (title, *row)] for row in rows)


# --- XLSX --------------------------------------------------------------------------------------------------

def sheet_names(titles: list[str], reserved: tuple[str, ...] = ("Sources",)) -> list[str]:
    """A sheet name for each title: at most 31 characters, none of []:*?/\\, no quote at either end, and unique
    (Excel compares them ignoring case), never one of `reserved`."""
    taken = {r.casefold() for r in (*reserved, "History")}  # Excel keeps "History" for itself
    out = []
    for n, title in enumerate(titles, start=1):
        base = " ".join(SHEET_FORBIDDEN.sub(" ", CONTROL.sub("", title)).split()).strip("'") or f"Section {n}"
        name, k = base[:SHEET_CHARS].rstrip().strip("'"), 1
        while name.casefold() in taken:
            k += 1
            suffix = f" ({k})"
            name = base[:SHEET_CHARS - len(suffix)].rstrip().strip("'") + suffix
        taken.add(name.casefold())
        out.append(name)
    return out


def _text(cell, value: str) -> None:
    """A string cell that stays a string: never a formula or an error code, whatever it starts with."""
    value = CONTROL.sub("", value)
    if len(value) > CELL_MAX:
        value = value[:CELL_MAX - 1] + "…"
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def _fill(sheet, columns: tuple[str, ...], rows: list[list]) -> None:
    """The header row (bold, frozen, filtered), then the rows: numbers as numbers, text as text; each column as
    wide as its text up to MAX_WIDTH (or its WIDTHS), text wrapped in a column narrower than its text."""
    sheet.append(list(columns))
    bold = xl_styles.Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    longest = [len(c) for c in columns]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, int | float):
                cell.value = float(value) if isinstance(value, Stated) else value
                cell.number_format = ("#,##0" if isinstance(value, int) else "#,##0." + "0" * value.places
                                      if isinstance(value, Stated) else "#,##0.##########")
                longest[c - 1] = max(longest[c - 1], len(f"{value:,}"))
            else:
                _text(cell, str(value))
                longest[c - 1] = max(longest[c - 1], len(str(value)))
    wrap = xl_styles.Alignment(wrap_text=True, vertical="top")
    top = xl_styles.Alignment(vertical="top")
    for c, name in enumerate(columns, start=1):
        letter = xl_utils.get_column_letter(c)
        width = WIDTHS.get(name, min(MAX_WIDTH, longest[c - 1] + 2))
        sheet.column_dimensions[letter].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=c, max_col=c):
            cell.alignment = wrap if longest[c - 1] + 2 > width else top
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{xl_utils.get_column_letter(len(columns))}{len(rows) + 1}"


def _write_xlsx(resolved: ResolvedPack, tmp: str) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    sections, sources = figure_rows(resolved), words(resolved.lang)["sources"]
    for name, (_, rows) in zip(sheet_names([title for title, _ in sections], (sources,)), sections):
        _fill(book.create_sheet(name), columns(resolved.lang), rows)
    _fill(book.create_sheet(sources), source_columns(resolved.lang), source_rows(resolved))
    title, subtitle = titles(resolved.pack)
    book.properties.title = CONTROL.sub("", title)[:255]
    book.properties.subject = CONTROL.sub("", subtitle or "Briefing pack")[:255]
    book.properties.creator = "Fujian Briefing Desk"
    book.save(tmp)
