"""Text from data or the user, shown as typed. Qt reads a tooltip or a message box as rich text when its first line
looks like HTML, and an imported name holding `<img src="file:///etc/passwd">` would make Qt load a local file;
pyqtgraph's labels are always HTML."""
from __future__ import annotations

import html

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """`text` for a place where Qt decides by content (tooltips, message boxes): unchanged when Qt would read it as
    plain text, else escaped inside a paragraph that keeps its line breaks, so it reads as typed either way."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def escaped(text: str) -> str:
    """`text` for a place that is always HTML (pyqtgraph's axis and legend labels)."""
    return html.escape(text, quote=False)
