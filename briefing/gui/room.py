"""Room on a small screen: side panes whose minimum width is capped at a share of the screen (they scroll rather
than widen the window past a 1024- or 1366-pixel screen when zoomed), and the source pane that folds away
(View → Source Pane) to give the chart room when the pack panel is open on a narrow window."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from .i18n import translate

SCREEN_SHARE = 0.2  # a side pane's minimum width at most, of the screen's available width
CHART_ROOM = 500  # pixels: with the pack panel open, a chart narrower than this folds the source pane away
SOURCE_WIDTH = 240  # pixels: the source pane's width at least when the filters or the chart take room from it
UNFOLD_ROOM = CHART_ROOM + 300  # pixels the chart has before a pane folded for it comes back
FOLDED = QT_TRANSLATE_NOOP("room", "The source pane is hidden to give the chart room: View → Source Pane shows it.")


def capped(widget: QWidget, width: int) -> int:
    """`width`, at most the screen's share: the pane scrolls beyond that instead of widening the window."""
    screen = widget.screen()
    return width if screen is None else min(width, int(screen.availableGeometry().width() * SCREEN_SHARE))


class PaneArea(QScrollArea):
    """A side pane that scrolls (across when zoomed on a narrow screen, down on a short one) rather than hold the
    window wider or taller than the screen."""

    def __init__(self, widget: QWidget, **kwargs) -> None:
        super().__init__(**kwargs)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls take the focus, not the area
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self.updateGeometry())

    def inner_minimum(self) -> int:
        return self.widget().minimumSizeHint().width()

    def _width(self, inner: int) -> int:
        """Room for the scroll bar only while it shows, so unzoomed the pane is as wide as without a scroll area."""
        bar = self.verticalScrollBar()
        return inner + (bar.sizeHint().width() if bar.maximum() > 0 else 0) + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(capped(self, self._width(self.inner_minimum())), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._width(self.widget().sizeHint().width()), super().sizeHint().height())


class SourceFold(QObject):
    """View → Source Pane shows or hides the source pane. With the pack panel open, a window too narrow to give
    the chart CHART_ROOM pixels hides it by itself (saying so); it comes back when the panel closes or the window
    is wide enough again, unless the user hid it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.folded = False  # hidden by this, not by the user
        self.action = QAction(translate("room", "Source Pane"), window, objectName="view-source-pane", checkable=True,
                              checked=True)
        self.action.setStatusTip(translate("room", "Show or hide the source pane (hidden, the chart and the table are "
                                                   "wider)"))
        self.action.toggled.connect(self._on_toggled)
        self._timer = QTimer(self, singleShot=True, interval=0)  # once the layout has settled
        self._timer.timeout.connect(self.check)
        window.pack.dock.visibilityChanged.connect(lambda _shown: self._timer.start())
        window.zoom.changed.connect(lambda _percent: QTimer.singleShot(0, self.widen_filters))
        window.zoom.changed.connect(lambda _percent: self._timer.start())
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def _on_toggled(self, shown: bool) -> None:
        self.folded = False
        self.window.source.setVisible(shown)
        if shown:
            QTimer.singleShot(0, self._open_source)

    def _open_source(self) -> None:
        """The source pane back at a readable width (a splitter gives a pane shown again the 0 it had hidden)."""
        sizes = self.window.splitter.sizes()
        want = max(self.window.source.minimumSizeHint().width(), SOURCE_WIDTH) - sizes[2]
        take = max(0, min(want, sizes[1] - CHART_ROOM))
        if take:
            self.window.splitter.setSizes([sizes[0], sizes[1] - take, sizes[2] + take])

    def widen_filters(self) -> None:
        """After a zoom, the filters as wide as their boxes, unscrolled, where the source pane and the chart can give
        the room (the splitter kept their width from before the zoom); zoomed out, no wider."""
        w = self.window
        sizes = w.splitter.sizes()
        need = w.filters_area.sizeHint().width() - sizes[0]
        if need < 0:  # zoomed out: the room the boxes no longer need goes to the chart
            w.splitter.setSizes([sizes[0] + need, sizes[1] - need, sizes[2]])
            return
        source = max(SOURCE_WIDTH, w.source.minimumSizeHint().width())
        spare = [0, max(0, sizes[1] - CHART_ROOM), max(0, sizes[2] - source) if w.source.isVisible() else 0]
        for i in (2, 1):  # the source pane's room first, then the chart's above its minimum
            take = min(need, spare[i])
            sizes[i] -= take
            sizes[0] += take
            need -= take
        w.splitter.setSizes(sizes)

    def check(self) -> None:
        w = self.window
        chart = w.chart_tabs.width()
        if self.folded:
            if w.pack.dock.isHidden() or chart >= UNFOLD_ROOM:
                self.folded = False
                self.action.setChecked(True)
                if w.statusBar().currentMessage() == translate("room", FOLDED):
                    w.statusBar().clearMessage()
            return
        if not (w.pack.dock.isVisible() and w.isVisible() and chart < CHART_ROOM):
            return
        area = w.pack.dock.widget()  # the pack panel as narrow as it goes unscrolled (a zoom had widened it)
        narrowest = area.widget().minimumSizeHint().width() + 2 * area.frameWidth()
        if w.pack.dock.width() > narrowest:
            w.resizeDocks([w.pack.dock], [narrowest], Qt.Orientation.Horizontal)
        if self.action.isChecked():
            self.action.setChecked(False)
            self.folded = True
            w.statusBar().showMessage(translate("room", FOLDED), 8000)
