"""Text from data or the user shows as typed in Qt's rich-text places (tooltips, message boxes, pyqtgraph labels):
Qt renders the escaped text back to exactly what was typed."""
import pytest
from PySide6.QtGui import Qt, QTextDocument

from briefing.gui.plain import escaped, literal

HOSTILE = ['<img src="file:///etc/passwd">', "R&D <labs> & x<y and y>z", "a &amp; b", "<b>bold</b> <i>",
           "line one\n<b>line two</b>", "plain words"]


def shown(html: str) -> str:
    """What Qt shows for `html` read as rich text."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.mark.parametrize("text", HOSTILE)
def test_an_always_html_label_shows_the_text_as_typed(qapp, text):
    assert shown(escaped(text)).replace("\n", " ") == text.replace("\n", " ")
    assert "<" not in escaped(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_tooltip_or_message_shows_the_text_as_typed(qapp, text):
    out = literal(text)
    assert (shown(out) if Qt.mightBeRichText(out) else out) == text
