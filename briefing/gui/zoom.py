"""Zoom (Ctrl+Plus, Ctrl+Minus, Ctrl+0): the window's text and its charts' type scaled together, from 70% to
200%, remembered in the settings for the next start."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget

STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)  # percent
SETTING = "view/zoom"
BASE_PROPERTY = "briefing-base-font"  # the font size before any zoom, kept on the application


class Zoom(QObject):
    changed = Signal(int)  # percent

    def __init__(self, window, settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        app = QApplication.instance()
        base = app.property(BASE_PROPERTY)
        if base is None:  # the first window: the platform's font is 100%
            font = app.font()
            base = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())
            app.setProperty(BASE_PROPERTY, base)
        self.base = float(base)
        self.percent = nearest(settings.value(SETTING, 100, type=int))
        self.apply()

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self.percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(100)

    def set_percent(self, percent: int) -> None:
        percent = nearest(percent)
        if percent != self.percent:
            self.percent = percent
            self.settings.setValue(SETTING, percent)
            self.apply()

    @property
    def factor(self) -> float:
        return self.percent / 100

    def apply(self) -> None:
        """The application's font at the zoom (every widget and chart scene follows it), and the charts' own
        sizes (title, source line, bar labels)."""
        app = QApplication.instance()
        font = app.font()
        size = self.base * self.factor
        if font.pointSizeF() > 0:
            font.setPointSizeF(size)
        else:
            font.setPixelSize(round(size))
        app.setFont(font)
        for dock in self.window.findChildren(QDockWidget):
            dock.setFont(title_font(font))
        self.apply_to_charts()
        self.changed.emit(self.percent)

    def apply_to_charts(self) -> None:
        for chart in self.window.charts.values():
            chart.set_zoom(self.factor)


def nearest(percent: int) -> int:
    """The step closest to `percent` (a hand-edited setting of 1000 is 200)."""
    return min(STEPS, key=lambda s: abs(s - percent))


def title_font(font: QFont) -> QFont:
    """`font` for a dock: Qt paints a dock's title in the title font it had when made unless the dock's font differs
    from the application's, so this one differs in a way nothing shows (its style strategy)."""
    title = QFont(font)
    title.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    return title
