"""`briefing validate [FOLDER]`: check a seed or record folder, listing every problem."""
from __future__ import annotations

import sys
from pathlib import Path

from .exit_codes import ExitCode
from .loading import check_folder


def register(sub) -> None:
    val = sub.add_parser("validate", help="check a seed or record folder; exit 1 listing every problem")
    val.add_argument("path", nargs="?", type=Path,
                     help="a seed folder (with sources.yaml) or a folder of record files; default: the shipped seeds")
    val.set_defaults(run=run)


def run(args) -> ExitCode:
    data, problems = check_folder(args.path)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return ExitCode.PROBLEMS
    print(f"OK: {len(data.sources)} sources, {len(data.indicators)} indicators "
          f"({(data.indicators['kind'] == 'derived').sum()} derived), {len(data.initiatives)} initiatives; "
          "every quote and value checked against its document.")
    return ExitCode.OK
