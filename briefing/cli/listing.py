"""`briefing list indicators|initiatives|sources|imports`: the records, filtered, as a table, CSV or JSON."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.model.vocab import INDICATOR_FIELDS, INITIATIVE_FIELDS, SOURCE_FIELDS, THEMES
from ..lazy import lazy
from .exit_codes import ExitCode
from .language import add_lang_argument, header, localized
from .loading import load_with_workspace
from .terminal import printable, say

pandas = lazy("pandas")
query_index = lazy("..core.query.index", __package__)
stated = lazy("..core.model.stated", __package__)
added_documents = lazy("..core.ingest.documents", __package__)
workspace = lazy("..core.ingest.workspace", __package__)

TABLE_COLUMNS = {
    "indicators": ["id", "name", "display", "period", "region", "kind", "source"],
    "initiatives": ["id", "name", "status", "period", "region", "source"],
    "sources": ["id", "title", "date", "period", "region", "file"],
}
JSON_FIELDS = {"indicators": INDICATOR_FIELDS, "initiatives": INITIATIVE_FIELDS, "sources": SOURCE_FIELDS}
TABLE_COLUMNS_ZH = {**TABLE_COLUMNS, "indicators": [*TABLE_COLUMNS["indicators"][:-1], "themes", "source"],
                    "initiatives": [*TABLE_COLUMNS["initiatives"][:-1], "themes", "source"]}
JSON_IN_CHINESE = ("display", "period", "region", "kind", "status", "themes")  # --lang zh adds <field>_zh


def register(sub) -> None:
    ls = sub.add_parser("list", help="list indicators, initiatives, sources or your imported tables")
    ls.add_argument("what", choices=("indicators", "initiatives", "sources", "imports"))
    ls.add_argument("--theme", action="append", default=[], choices=list(THEMES), metavar="THEME",
                    help=f"keep records with this theme (repeatable): {', '.join(THEMES)}")
    ls.add_argument("--region", help="keep records of this region, e.g. Fujian, Xiamen")
    ls.add_argument("--search", help="keep records whose text contains this (case-insensitive)")
    ls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_lang_argument(ls, "json keeps its fields and adds display_zh, period_zh, region_zh, kind_zh (or status_zh) "
                          "and themes_zh")
    ls.add_argument("--data", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests
    ls.set_defaults(run=run)


def run(args) -> ExitCode:
    if args.what == "imports":
        return list_imports()
    data = load_with_workspace(args.data)
    df = getattr(data, args.what)
    df = query_index.filter_records(df, themes=args.theme if args.what != "sources" else (),
                        region=args.region, search=args.search)
    if args.format == "json":
        rows = df[list(JSON_FIELDS[args.what])].to_dict(orient="records")
        if args.what == "indicators":  # a value stated without decimals is an integer (102, not 102.0)
            for row, record in zip(rows, df.to_dict(orient="records")):
                row["value"] = stated.value_number(record)
        if args.lang != "en":  # the contract's fields stay as they are; the language's words are added beside
            shown = localized(df, args.lang)
            added = [c for c in JSON_IN_CHINESE if c in shown and c in df]
            for row, more in zip(rows, shown[added].to_dict(orient="records")):
                row.update({f"{c}_{args.lang}": v for c, v in more.items()})
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        out = localized(df[list(JSON_FIELDS[args.what])], args.lang).copy()
        if args.what == "indicators":
            out["value"] = _stated(df)
        for col in ("themes", "inputs", "indicators"):
            if col in out:
                out[col] = out[col].map(lambda v: v if isinstance(v, str) else ";".join(v))  # zh themes: one text
        out.to_csv(sys.stdout, index=False)
    elif df.empty:
        print(f"No {args.what} match.")
    else:
        if "line" in df and args.what == "indicators":  # where an imported figure comes from: file and row
            imported = df["source"].str.startswith("imp-")
            df = df.assign(source=df["source"].where(~imported, df["source_file"] + " row " + df["line"].astype(str)))
        columns = (TABLE_COLUMNS if args.lang == "en" else TABLE_COLUMNS_ZH)[args.what]
        shown = localized(df, args.lang)[columns].map(lambda v: printable(v) if isinstance(v, str) else v)
        shown.columns = [header(c, args.lang) for c in columns]
        with pandas.option_context("display.unicode.east_asian_width", args.lang == "zh"):  # 汉字 are two wide
            print(shown.to_string(index=False, max_colwidth=60))
    return ExitCode.OK


def _stated(df) -> list[str]:
    """The indicators' values as their documents state them (core.model.stated)."""
    return [stated.value_text(r) for r in df.to_dict(orient="records")]


def list_imports() -> ExitCode:
    """The user's imported tables and added documents; those that cannot be used as warnings."""
    batches, problems = workspace.load_batches()
    documents, more = added_documents.load_documents()
    for p in problems + more:
        say(f"warning: {p}", file=sys.stderr)
    if not batches and not documents:
        print("No imported tables or added documents.")
    for b in batches:
        say(b.summary)
    for d in documents:
        say(added_documents.document_summary(d))
    return ExitCode.OK
