"""Start the window fast: paint first, then load the data and draw the first chart."""
from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core.errors import BriefingError
from ..lazy import lazy
from ..resources import resource_path, seeds_dir
from .i18n import chosen_language, install_translators
from .main_window import MainWindow
from .settings import open_settings

atomic = lazy("..core.storage.atomic", __package__)
crash = lazy(".crash", __package__)
checked = lazy("..core.ingest.checked", __package__)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("resources", "icons", f"briefing-{size}.png")))
    return icon


def save_screenshot(window, path) -> bool:
    """The painted window as PNG, written whole or not at all; False (and a line on stderr) if it cannot be."""
    for _ in range(3):  # the charts' scenes lay out and repaint in posted events: let them finish first
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    image = window.grab()

    def write(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise OSError("the image could not be encoded")

    try:
        atomic.write_atomic(path, write)
    except OSError as e:
        print(f"error: {path}: screenshot not saved: {e.strerror or e}", file=sys.stderr)
        return False
    return True


def run(quit_when_ready: bool = False, timings: bool = False, data_root=None, on_ready=None, qt_args=(),
        size: tuple[int, int] | None = None, screenshot=None, language: str | None = None) -> int:
    """Open the main window. With quit_when_ready: exit 0 once data, first chart and paint are done.
    `on_ready(window)` is called once ready (screenshots, demos). `qt_args`: Qt's own options (-style …);
    `size`: the window's (width, height); `screenshot`: a PNG of the window once ready; `language`: en or zh for
    this run (default: the setting, at first start the system's)."""
    started = time.perf_counter()

    def mark(what: str) -> None:
        if timings:
            # since run() began, and the wall clock (benchmarks measure from the process launch)
            print(f"{what} {1000 * (time.perf_counter() - started):.1f} ms at {time.time():.6f}", flush=True)

    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_args])
    if quit_when_ready:  # the smoke test: an error prints its traceback and fails the run instead of hanging
        def fail(kind, error, tb) -> None:
            traceback.print_exception(kind, error, tb)
            app.exit(1)
        sys.excepthook = fail
    else:
        crash.install()
    app.setApplicationName("Fujian Briefing Desk")
    app.setOrganizationName("fujian-briefing")
    app.setDesktopFileName("fujian-briefing")  # packaging/linux/fujian-briefing.desktop
    app.setWindowIcon(app_icon())
    settings = open_settings()
    translators = install_translators(app, chosen_language(settings, language))  # noqa: F841 (kept while it runs)
    window = MainWindow(settings, offer_restore=not quit_when_ready)
    if size is not None:  # over the size the last session left
        window.resize(*size)
    outcome = {"code": 0}

    def load() -> None:
        try:
            data, merged, troubles = checked.load(data_root or seeds_dir())  # seeds, with the user's imports
        except BriefingError as e:
            outcome["code"] = 1
            if quit_when_ready:
                print(f"Cannot load the dataset:\n{e}", file=sys.stderr)
                app.quit()
            else:
                window.show_load_error(str(e))
            return
        window.data_version = merged.version
        window.chartDrawn.connect(ready)
        window.set_data(merged, seeds=data)
        if troubles:
            window.statusBar().showMessage("; ".join(map(str, troubles)), 20000)

    def ready() -> None:
        window.chartDrawn.disconnect(ready)
        window.repaint()
        mark("ready")
        if screenshot is not None and not save_screenshot(window, screenshot):
            outcome["code"] = 1
        if on_ready is not None:
            on_ready(window)
        if quit_when_ready:
            QTimer.singleShot(0, app.quit)

    def painted() -> None:
        mark("first-paint")
        QTimer.singleShot(0, load)

    window.firstPainted.connect(painted)
    window.show()
    code = app.exec()
    window.close()
    return code or outcome["code"]

