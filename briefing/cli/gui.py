"""`briefing gui` (and `briefing` with no command): the window. Qt's own options (`-style fusion`,
`-platform offscreen`, `-reverse` …) go to QApplication as Qt documents them."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..lazy import lazy
from .exit_codes import ExitCode
from .terminal import cannot_write

app = lazy("..gui.app", __package__)

# Qt's command-line options (QGuiApplication, QApplication and X11), with and without a value
QT_VALUE_OPTIONS = ("style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin",
                    "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display", "geometry")
QT_FLAGS = ("reverse", "widgetcount", "nograb", "dograb", "sync")


def split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's): `-style fusion`, `--style=fusion`, `-reverse` go to Qt."""
    ours, qt = [], []
    i = 0
    while i < len(argv):
        arg = argv[i]
        name = arg.lstrip("-").split("=", 1)[0] if arg.startswith("-") and arg not in ("-", "--") else ""
        if arg == "--":  # what follows is ours, as typed
            ours.extend(argv[i:])
            break
        if name in QT_VALUE_OPTIONS:
            if "=" in arg:
                qt.append(arg)
            elif i + 1 < len(argv):
                qt.extend(argv[i:i + 2])
                i += 1
            else:
                ours.append(arg)  # no value: argparse says what is wrong
        elif name in QT_FLAGS:
            qt.append(arg)
        else:
            ours.append(arg)
        i += 1
    return ours, qt


def window_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not (200 <= int(width) <= 10000
                                                                      and 200 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT in pixels (200 to 10000), e.g. 1366x768, not {text!r}")
    return int(width), int(height)


def register(sub) -> None:
    gui = sub.add_parser("gui", help="open the window (the default with no command)",
                         epilog="Qt's own options pass to Qt: -style NAME, -platform NAME, -reverse, …")
    gui.add_argument("--quit-when-ready", action="store_true",
                     help="load all data, draw the first chart, paint, and exit 0 (a smoke test)")
    gui.add_argument("--timings", action="store_true", help="print milliseconds to first paint and to ready")
    gui.add_argument("--size", type=window_size, metavar="WxH",
                     help="the window's size in pixels, e.g. 1024x768 (a projector's)")
    gui.add_argument("--screenshot", type=Path, metavar="PATH.png",
                     help="once ready, save the painted window as PNG (with --quit-when-ready: then exit)")
    add_language_option(gui)
    gui.add_argument("--data", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests
    gui.set_defaults(run=run)


def add_language_option(parser, extra: tuple[str, ...] = (), note: str = "") -> None:
    parser.add_argument("--lang", choices=("en", "zh", *extra), default=None,
                        help="the window's language for this run: en (English) or zh (简体中文); "
                             "default: View → Language, at first start the system's" + (f"; {note}" if note else ""))


def run(args) -> int:
    """The window's own exit status (0, or 1 when the data cannot be loaded)."""
    shot = getattr(args, "screenshot", None)
    why = shot is not None and cannot_write(shot)
    if why:
        print(f"error: {shot}: cannot write: {why}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    return app.run(quit_when_ready=getattr(args, "quit_when_ready", False), timings=getattr(args, "timings", False),
                   data_root=getattr(args, "data", None), qt_args=getattr(args, "qt_args", []),
                   size=getattr(args, "size", None), screenshot=shot, language=getattr(args, "lang", None))
