"""The floor of start-up on this stack: the bare window (bare_window.py), then, after its first paint, what any
window that shows a pandas-held series in pyqtgraph must do: import pandas and pyqtgraph, make a frame, plot one
line, paint it. Timed like the app; the app's own work (its data, its widgets) comes on top of this."""
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import briefing.gui  # noqa: F401 - PySide6 with the app's cheaper import check (briefing/gui/__init__.py)


class Painted(QObject):
    """Calls `then` once, at the watched widget's first paint."""

    def __init__(self, then):
        super().__init__()
        self.then = then

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)
        return False


def chart():
    import pandas as pd  # after the first paint, as the app does
    import pyqtgraph as pg

    frame = pd.DataFrame({"period": [2019, 2020, 2021, 2022, 2023], "value": [4.4, 4.4, 4.9, 5.3, 5.4]})
    plot = pg.PlotWidget()
    plot.plot(frame["period"].to_numpy(), frame["value"].to_numpy())
    window.setCentralWidget(plot)
    watch.append(Painted(ready))
    plot.viewport().installEventFilter(watch[-1])


def ready():
    print(f"ready at {time.time():.6f}", flush=True)
    QApplication.quit()


def first_paint():
    print(f"first-paint at {time.time():.6f}", flush=True)
    chart()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
watch = [Painted(first_paint)]
window.installEventFilter(watch[0])
window.show()
sys.exit(app.exec())
