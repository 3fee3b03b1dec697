"""The yardstick for start-up: a bare PySide6 main window, started and timed like the app."""
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) and not hasattr(self, "done"):
            self.done = True
            print(f"first-paint at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
