"""Command line: `briefing list`, `validate`, `export`, `import`, `remove-import`, `gui` (the default), `present`,
one module per command, each registering its subcommand and handler. Every error is a message, never a traceback;
the exit status is an ExitCode."""
from __future__ import annotations

import argparse
import atexit
import gc
import sys

from ..core.errors import BriefingError
from . import add_document, export, gui, importing, listing, present, remove, validate
from .exit_codes import ExitCode
from .terminal import cannot_read_folder

FOLDER_ARGUMENTS = ("data", "path")  # --data (list, export, import, gui) and validate's PATH: seed or record folders

COMMANDS = (listing, gui, present, export, importing, remove, add_document, validate)  # in the order --help lists them


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description=(
        "Fujian briefing desk: figures and initiatives from five source documents, each with its citation."))
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    # At exit, Python's last garbage collections walk every object pandas, numpy and Qt made (0.1 to 0.4 s after
    # the window has closed or the PDF is written); freezing them leaves that memory to the operating system.
    # What must outlive the process is saved explicitly before (settings synced, the session lock released,
    # files written atomically); atexit runs before those collections, and tests calling main() are unaffected
    # until their own process exits.
    atexit.register(gc.freeze)
    ours, qt_args = gui.split_qt_options(sys.argv[1:] if argv is None else list(argv))
    top = parser()
    args = top.parse_args(ours)
    run = getattr(args, "run", gui.run)  # no command: the window
    if qt_args and run is not gui.run:
        top.error(f"unrecognized arguments: {' '.join(qt_args)} (Qt's options are for the window)")
    args.qt_args = qt_args
    for folder in (getattr(args, name, None) for name in FOLDER_ARGUMENTS):
        why = folder is not None and cannot_read_folder(folder)
        if why:  # one line, like a file export -o or import cannot use
            print(f"error: {folder}: cannot read: {why}", file=sys.stderr)
            return ExitCode.CANNOT_RUN
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
