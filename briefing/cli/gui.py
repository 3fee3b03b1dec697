"""`briefing gui` (and `briefing` with no command): the window."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..lazy import lazy

app = lazy("..gui.app", __package__)


def register(sub) -> None:
    gui = sub.add_parser("gui", help="open the window (the default with no command)")
    gui.add_argument("--quit-when-ready", action="store_true",
                     help="load all data, draw the first chart, paint, and exit 0 (a smoke test)")
    gui.add_argument("--timings", action="store_true", help="print milliseconds to first paint and to ready")
    gui.add_argument("--data", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests
    gui.set_defaults(run=run)


def run(args) -> int:
    """The window's own exit status (0, or 1 when the data cannot be loaded)."""
    return app.run(quit_when_ready=getattr(args, "quit_when_ready", False), timings=getattr(args, "timings", False),
                      data_root=getattr(args, "data", None))
