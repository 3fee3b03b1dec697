"""`briefing present [--pack FILE] [--theme THEME …]`: the window, straight into presentation mode (Esc leaves it
for the window). The pack is read as `export` reads it, with the same messages for a file that cannot be used."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import BriefingError
from ..lazy import lazy
from . import export
from .exit_codes import ExitCode
from .gui import add_language_option
from .loading import load_with_workspace
from .terminal import cannot_read

app = lazy("..gui.app", __package__)


def register(sub) -> None:
    pr = sub.add_parser("present", help="open the window in presentation mode: the pack (or the themes) full screen, "
                                        "a slide per figure, chart and initiative (Esc leaves it)")
    export.add_pack_arguments(pr)
    pr.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    pr.set_defaults(run=run)
    add_language_option(pr)


def run(args) -> int:
    why = args.pack and cannot_read(args.pack)
    if why:
        print(f"error: {args.pack}: cannot read: {why}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    data = load_with_workspace(args.data)
    try:
        pack = export.pack_of(args, data)
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    if not export.has_records(pack):
        what = f"{args.pack}: none of its figures or initiatives is in the data" if args.pack else \
            "no figure or initiative has these themes"
        print(f"error: {what}; nothing to present", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    file = str(args.pack) if args.pack else ""
    return app.run(data_root=args.data, on_ready=lambda window: window.presenter.present_pack(pack, file),
                   language=args.lang)
