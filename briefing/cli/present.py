"""`briefing present [--pack FILE] [--theme THEME …]`: the window, straight into presentation mode (Esc leaves it
for the window). The pack is read as `export` reads it, with the same messages for a file that cannot be used."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..lazy import lazy
from . import export
from .exit_codes import ExitCode
from .gui import add_language_option

app = lazy("..gui.app", __package__)


def register(sub) -> None:
    pr = sub.add_parser("present", help="open the window in presentation mode: the pack (or the themes) full screen, "
                                        "a slide per figure, chart and initiative (Esc leaves it)")
    export.add_pack_arguments(pr)
    pr.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    pr.set_defaults(run=run)
    add_language_option(pr, extra=("en+zh",), note="en+zh: English slides with each Chinese name under the English "
                                                   "one (the window in its own language)")


def run(args) -> int:
    loaded = export.load_pack(args, args.data)
    if loaded is None:
        return ExitCode.CANNOT_RUN
    _, pack = loaded
    window_lang = args.lang
    if args.lang == "en+zh":  # the slides' language, not the window's
        pack, window_lang = pack.model_copy(update={"language": "en+zh"}), None
    if not export.has_records(pack):
        what = f"{args.pack}: none of its figures or initiatives is in the data" if args.pack else \
            "no figure or initiative has these themes"
        print(f"error: {what}; nothing to present", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    file = str(args.pack) if args.pack else ""
    return app.run(data_root=args.data, on_ready=lambda window: window.presenter.present_pack(pack, file),
                   language=window_lang)
