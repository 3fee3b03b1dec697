"""The installed Qt binding must not corrupt the interpreter (PySide6 6.12.0 does: see pyproject.toml)."""
import sys

from PySide6.QtWidgets import QGraphicsWidget


def test_void_qt_calls_keep_none_alive(qapp):
    widget = QGraphicsWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.updateGeometry()  # a void method: the binding must return None with a new reference
    assert sys.getrefcount(None) > before - 200
