"""Command line: `briefing list`, `validate`, `export`, `import`, `remove-import`, `gui` (the default), one module
per command, each registering its subcommand and handler. Every error is a message, never a traceback; the exit
status is an ExitCode."""
from __future__ import annotations

import argparse
import sys

from ..core.errors import BriefingError
from . import export, gui, importing, listing, remove, validate
from .exit_codes import ExitCode

COMMANDS = (listing, gui, export, importing, remove, validate)  # in the order --help lists them


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description=(
        "Fujian briefing desk: figures and initiatives from five source documents, each with its citation."))
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    ours, qt_args = gui.split_qt_options(sys.argv[1:] if argv is None else list(argv))
    top = parser()
    args = top.parse_args(ours)
    run = getattr(args, "run", gui.run)  # no command: the window
    if qt_args and run is not gui.run:
        top.error(f"unrecognized arguments: {' '.join(qt_args)} (Qt's options are for the window)")
    args.qt_args = qt_args
    try:
        return run(args)
    except BriefingError as e:  # the data cannot be loaded: every problem, one a line
        for p in e.problems:
            print(p, file=sys.stderr)
        return ExitCode.PROBLEMS
    except BrokenPipeError:  # `briefing list ... | head`
        return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
