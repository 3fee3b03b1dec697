"""`briefing import FILE`: a table's indicator series, reviewed row by row, into the user's workspace."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import BriefingError
from ..core.ingest.readers import file_kinds, read_table
from ..core.lexicon.numbers import counted
from ..lazy import lazy
from .exit_codes import ExitCode
from .import_report import review_json
from .loading import load_with_workspace
from .terminal import cannot_read, say

columns = lazy("..core.ingest.tables.mapping", __package__)
tables_review = lazy("..core.ingest.tables.review", __package__)
workspace = lazy("..core.ingest.workspace", __package__)



def register(sub) -> None:
    imp = sub.add_parser("import", help="import indicator series from a table into your workspace: "
                         f"{file_kinds()}; SDMX-CSV as CSV",
                         description="Reads the table, maps its columns (guessed from English or Chinese headers, "
                         "or from --mapping), checks every row and compares it with the figures already loaded. "
                         "Nothing is saved when a row has a problem, unless --skip-invalid.")
    imp.add_argument("file", type=Path)
    imp.add_argument("--mapping", type=Path, help="a YAML/JSON file: columns: {name: 指标, ...}, "
                     "defaults: {region: Fujian, theme: economy, ...}")
    imp.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                     help="a value for every row of a field, instead of any column, e.g. --set region=Fujian "
                     "(repeatable); a unit stated in a series' name still wins, with a warning")
    imp.add_argument("--sheet", help="the XLSX sheet (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="review only: report every row, save nothing")
    imp.add_argument("--format", choices=("text", "json"), default="text",
                     help="json: the review as one JSON object on stdout (figures, problems, missing, note)")
    imp.add_argument("--skip-invalid", action="store_true", help="save the good rows even if others have problems")
    imp.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    imp.set_defaults(run=run)


def run(args) -> ExitCode:
    for path in filter(None, (args.file, args.mapping)):
        why = cannot_read(path)
        if why:
            print(f"error: {path}: cannot read: {why}", file=sys.stderr)
            return ExitCode.CANNOT_RUN
    try:
        mapping = columns.load_mapping(args.mapping) if args.mapping else None
        table = read_table(args.file, args.sheet or (mapping.sheet if mapping else None))
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    mapping = mapping or columns.guess_mapping(table)
    for item in args.set:
        field, _, value = item.partition("=")
        if field not in columns.FIELDS or not value:
            print(f"error: --set {item!r}: expected FIELD=VALUE with FIELD one of {', '.join(columns.FIELDS)}",
                  file=sys.stderr)
            return ExitCode.CANNOT_RUN
        mapping = mapping.given(field, value)  # beats a guessed (or mapped) column
    data = load_with_workspace(args.data)
    earlier = workspace.earlier_imports(table)  # a new version of a table imported before updates it
    stored = tables_review.StoredFigures.of(data, leaving_out=[b.id for b in earlier])
    rev = tables_review.review(table, mapping, stored)
    out = sys.stderr if args.format == "json" else sys.stdout  # stdout holds the JSON alone
    if args.format == "json":
        print(review_json(rev))
        counts = rev.counts()
    else:
        counts = print_review(rev)
        for b in earlier:
            print(f"updates {b.summary}: the figures this version states again are replaced, the others kept")
    if rev.problems:
        return ExitCode.PROBLEMS
    if counts["problem"] and not args.skip_invalid:
        print(f"Nothing imported: fix the rows above, or pass --skip-invalid to import the "
              f"{len(rev.to_import)} good rows.", file=sys.stderr)
        return ExitCode.PROBLEMS
    if args.dry_run:
        if args.format == "text":
            print(f"Dry run: {len(rev.to_import)} figures would be imported as {rev.batch_id}.")
        return ExitCode.OK
    if not rev.to_import:
        print("Nothing to import.", file=out)
        return ExitCode.OK
    try:
        batch = workspace.save_batch(rev, args.file, earlier=earlier)
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return ExitCode.PROBLEMS
    print(f"Imported {len(batch)} figures as {batch.id} (in {batch.folder}).", file=out)
    return ExitCode.OK


def print_review(rev) -> dict[str, int]:
    """The review as people read it: the columns used, how the table was read, every row's outcome (problems on
    stderr), and the counts."""
    table, mapping = rev.table, rev.mapping
    where = f"{table.file}" + (f" (sheet {table.sheet})" if table.sheet else "")
    say(f"{where}: {len(table.rows)} rows; columns: " + ", ".join(
        f"{f} = {c!r}" for f, c in mapping.columns.items()) + "".join(
        f"; {f} = {v!r} for every row" for f, v in mapping.defaults.items()))
    for p in rev.problems:
        say(p, file=sys.stderr)
    if rev.problems:
        say("Nothing imported: choose the columns with --mapping or --set.", file=sys.stderr)
        return rev.counts()
    for notice in rev.notices:
        say(f"read: {notice}")
    for r in rev.rows:
        for p in r.problems:
            say(f"{table.file}: row {r.row}: " + (f"{p.field}: " if p.field else "") + p.message, file=sys.stderr)
        for w in r.warnings:
            say(f"row {r.row}: warning: {w}")
        if r.clash:
            say(f"row {r.row}: clash: {r.clash}; this row says {r.record['display']} (both kept, the row "
                  "marked)")
        if r.repeat_of:
            say(f"row {r.row}: already in the data as {r.repeat_of} (not imported again)")
    if rev.note:
        say("note kept with the figures: " + rev.note.replace("\n", " "))
    counts = rev.counts()
    unthemed = sum(1 for r in rev.to_import if not r.record["themes"])
    say(f"{counts['new']} new, {counts['clash']} clashing, {counts['repeat']} already in the data, "
          f"{counts['problem']} with problems, {counted(rev.missing, 'missing value')} (skipped)."
          + (f" {counted(unthemed, 'figure')} without a theme: shown under Imported (give one with --set theme=…)."
             if unthemed else ""))
    return counts
