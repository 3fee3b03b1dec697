"""Command line: `briefing list`, `briefing validate`. Every error is a message, never a traceback."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from . import cli_import
from .core.model import vocab as R
from .core.errors import DataError, Problem
from .resources import seeds_dir

if TYPE_CHECKING:  # pandas, pydantic and YAML load only for commands that read data, not before the window shows
    from .core.model.dataset import Dataset

TABLE_COLUMNS = {
    "indicators": ["id", "name", "display", "period", "region", "kind", "source"],
    "initiatives": ["id", "name", "status", "period", "region", "source"],
    "sources": ["id", "title", "date", "period", "region", "file"],
}
JSON_FIELDS = {"indicators": R.INDICATOR_FIELDS, "initiatives": R.INITIATIVE_FIELDS,
               "sources": R.SOURCE_FIELDS}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=(
        "Fujian briefing desk: figures and initiatives from five source documents, each with its citation."))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ls = sub.add_parser("list", help="list indicators, initiatives, sources or your imported tables")
    ls.add_argument("what", choices=("indicators", "initiatives", "sources", "imports"))
    ls.add_argument("--theme", action="append", default=[], choices=list(R.THEMES), metavar="THEME",
                    help=f"keep records with this theme (repeatable): {', '.join(R.THEMES)}")
    ls.add_argument("--region", help="keep records of this region, e.g. Fujian, Xiamen")
    ls.add_argument("--search", help="keep records whose text contains this (case-insensitive)")
    ls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    ls.add_argument("--data", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests

    gui = sub.add_parser("gui", help="open the window (the default with no command)")
    gui.add_argument("--quit-when-ready", action="store_true",
                     help="load all data, draw the first chart, paint, and exit 0 (a smoke test)")
    gui.add_argument("--timings", action="store_true", help="print milliseconds to first paint and to ready")
    gui.add_argument("--data", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests

    ex = sub.add_parser("export", help="write a briefing pack as PDF (no --pack: every theme, every figure)")
    ex.add_argument("--pack", type=Path, help="a pack file saved by the app (JSON)")
    ex.add_argument("--theme", action="append", default=[], metavar="THEME",
                    help="a section for this theme (repeatable); default: every theme with records")
    ex.add_argument("--title", help="the pack's title")
    ex.add_argument("--note", help="a note for the whole pack")
    ex.add_argument("--paper", choices=("a4", "letter"), help="paper size (default a4, or the pack's)")
    ex.add_argument("--invariant", action="store_true",
                    help="byte-identical output for identical input (no creation date or random ids)")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    ex.add_argument("--data", type=Path, help=argparse.SUPPRESS)

    cli_import.add_parsers(sub)

    val = sub.add_parser("validate", help="check a seed or record folder; exit 1 listing every problem")
    val.add_argument("path", nargs="?", type=Path,
                     help="a seed folder (with sources.yaml) or a folder of record files; default: the shipped seeds")
    return parser


def _folders(path: Path | None) -> tuple[Path, Path | None]:
    """(seed root, records folder) for a path that is a seed folder or a record folder."""
    if path is None:
        return seeds_dir(), None
    if (path / "sources.yaml").is_file():
        return path, None
    if (path.parent / "sources.yaml").is_file():
        return path.parent, path
    return seeds_dir(), path


def _check(path: Path | None) -> tuple[Dataset | None, list[Problem]]:
    if path is not None and not path.is_dir():
        return None, [Problem(str(path), "no such folder")]
    from .core.model.dataset import check
    return check(*_folders(path))


def _load(path: Path | None) -> Dataset:
    """The seeds with the user's imported tables."""
    data, problems = _check(path)
    if problems:
        raise DataError(problems)
    from .core.ingest.workspace import with_workspace
    data, troubles = with_workspace(data)
    for p in troubles:
        print(f"warning: {p}", file=sys.stderr)
    return data


def _list(args) -> int:
    from .core.query.index import filter_records
    if args.what == "imports":
        return cli_import.list_imports()
    data = _load(args.data)
    df = getattr(data, args.what)
    df = filter_records(df, themes=args.theme if args.what != "sources" else (),
                        region=args.region, search=args.search)
    if args.format == "json":
        rows = df[list(JSON_FIELDS[args.what])].to_dict(orient="records")
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        out = df[list(JSON_FIELDS[args.what])].copy()
        for col in ("themes", "inputs", "indicators"):
            if col in out:
                out[col] = out[col].map(";".join)
        out.to_csv(sys.stdout, index=False)
    elif df.empty:
        print(f"No {args.what} match.")
    else:
        if "line" in df and args.what == "indicators":  # where an imported figure comes from: file and row
            imported = df["source"].str.startswith("imp-")
            df = df.assign(source=df["source"].where(~imported, df["source_file"] + " row " + df["line"].astype(str)))
        print(df[TABLE_COLUMNS[args.what]].to_string(index=False, max_colwidth=60))
    return 0


def _export(args) -> int:
    from .core.pack.model import PackError, load_pack, new_pack
    from .report.document import build_pdf
    data = _load(args.data)
    try:
        if args.pack:
            pack, warnings = load_pack(args.pack, data)
            for w in warnings:
                print(f"warning: {w}", file=sys.stderr)
            if args.theme:
                keep = set(args.theme)
                pack = pack.model_copy(update={"sections": [s for s in pack.sections if s.theme in keep],
                                               "themes": [t for t in pack.themes if t in keep]})
        else:
            pack = new_pack(data, args.theme)
        updates = {k: v for k, v in (("title", args.title), ("notes", args.note), ("paper", args.paper)) if v}
        pack = pack.model_copy(update=updates)
    except PackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not args.output.parent.is_dir():
        why = "is not a folder" if args.output.parent.exists() else "does not exist"
        print(f"error: {args.output}: {args.output.parent} {why}", file=sys.stderr)
        return 2
    if args.pack and not any(getattr(s, kind) for s in pack.sections for kind in ("indicators", "initiatives")):
        print(f"error: {args.pack}: none of its figures or initiatives is in the data; nothing to export",
              file=sys.stderr)
        return 2
    try:
        build_pdf(pack, data, args.output, invariant=args.invariant)
    except OSError as e:
        print(f"error: {args.output}: cannot write: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"{args.output}: {len(pack.sections)} sections")
    return 0


def _validate(args) -> int:
    data, problems = _check(args.path)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"OK: {len(data.sources)} sources, {len(data.indicators)} indicators "
          f"({(data.indicators['kind'] == 'derived').sum()} derived), {len(data.initiatives)} initiatives; "
          "every quote and value checked against its document.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            return _list(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "export":
            return _export(args)
        if args.command == "import":
            return cli_import.run_import(args, args.data, _load)
        if args.command == "remove-import":
            return cli_import.remove_import(args)
        from .gui.app import run  # Qt loads only for the window
        return run(quit_when_ready=getattr(args, "quit_when_ready", False), timings=getattr(args, "timings", False),
                   data_root=getattr(args, "data", None))
    except DataError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return 1
    except BrokenPipeError:  # `briefing list ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
