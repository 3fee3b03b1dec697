"""A focus mark that shows from the back of a room: the platform's style, with the focused check box's label framed
two pixels wide in the highlight colour. A style, not a style sheet: a style sheet fixes the boxes' font, and the
zoom no longer reached them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

MARK_WIDTH = 2  # pixels


class FocusMarkStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), MARK_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = MARK_WIDTH // 2
        painter.drawRect(option.rect.adjusted(half, half, -half, -half))
        painter.restore()


def mark_focus(widgets) -> None:
    """Give `widgets` the strong focus mark (one style for all, owned by the application, which outlives them)."""
    app = QApplication.instance()
    style = app.findChild(FocusMarkStyle)
    if style is None:
        style = FocusMarkStyle(QStyleFactory.create(app.style().name()))
        style.setParent(app)
    for w in widgets:
        w.setStyle(style)
