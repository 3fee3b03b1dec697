"""Unexpected errors: written with their traceback to a log file, shown to the user as a short dialog."""
from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import translate
from .plain import literal
from .settings import APP_NAME


def log_path() -> Path:
    """BRIEFING_LOG_DIR (tests, portable installs) or the platform's user log folder."""
    folder = Path(os.environ.get("BRIEFING_LOG_DIR") or user_log_dir(APP_NAME, appauthor=False))
    return folder / "briefing.log"


def install() -> Path:
    """Route uncaught exceptions to the log file and a dialog instead of a traceback or an abort."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    log = logging.getLogger("briefing")
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    if sys.stderr is None:  # a windowed build (Windows, macOS app) has no console: keep its output in the log
        _to_log(path, log)

    def hook(kind, error, tb) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(None, translate("crash", "Unexpected error"),
                                 literal(translate("crash", "Something went wrong: {error}\n\nNothing was saved over "
                                                   "your files. The details are in {file}.").format(error=error,
                                                                                                   file=path)))
        else:
            print(f"Unexpected error: {error} (details in {path})", file=sys.stderr)

    sys.excepthook = hook
    return path


def _to_log(path: Path, log: logging.Logger) -> None:
    """Print output, warnings, Qt messages and a native crash's stack go to the log file."""
    stream = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (open for the process's life)
    sys.stdout = sys.stderr = stream
    faulthandler.enable(stream)
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING}
    qInstallMessageHandler(lambda kind, _context, text: log.log(levels.get(kind, logging.ERROR), "Qt: %s", text))
