"""The source reader: a record's details and its document with the quoted sentence highlighted."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ..core.lexicon import display_zh
from . import i18n
from .i18n import translate
from .table_model import CAUTION_MARK

NOTHING_SELECTED = QT_TRANSLATE_NOOP("source_view", "Select a figure or an initiative to read its source.")


class SourceView(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.details = QLabel(translate("source_view", NOTHING_SELECTED))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # details_html escapes every value it shows
        self.details.setTextInteractionFlags(self.details.textInteractionFlags().TextSelectableByMouse)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("source-text")
        self._doc_id = None
        self._document = ""
        self._quote = (0, 0)
        self._search = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.text, 1)

    def show_record(self, record: dict, source: dict, document: str) -> None:
        """Show `record`'s details and its document, the quote highlighted and scrolled into view."""
        self.details.setText(details_html(record, source))
        if self._doc_id != source["id"]:
            self.text.setPlainText(document)
            self._document = document
            self._doc_id = source["id"]
        self._quote = (int(record["quote_start"]), int(record["quote_end"]))
        self._refresh()
        cursor = self.text.textCursor()
        cursor.setPosition(self._qt_pos(self._quote[0]))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def clear(self) -> None:
        """Nothing selected (the filters hide what was): no details, no document."""
        self.details.setText(translate("source_view", NOTHING_SELECTED))
        self.text.clear()
        self._doc_id, self._document, self._quote = None, "", (0, 0)
        self._refresh()

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._refresh()

    def quote_text(self) -> str:
        """The highlighted quote, as the document has it."""
        return self._document[self._quote[0]:self._quote[1]]

    def _qt_pos(self, index: int) -> int:
        """Qt counts positions in UTF-16 units: a character beyond U+FFFF (an emoji) counts two."""
        if self._document.isascii() or max(self._document, default="\0") <= "\uffff":
            return index
        return len(self._document[:index].encode("utf-16-le")) // 2

    def _refresh(self) -> None:
        selections = []
        if self._search and self._doc_id:
            pattern = re.compile(re.escape(self._search), re.IGNORECASE)
            for m in pattern.finditer(self._document):
                selections.append(self._selection(m.start(), m.end(), QColor(86, 180, 233, 110)))
        if self._quote != (0, 0):
            selections.append(self._selection(*self._quote, QColor(255, 214, 10, 150), bold=True))
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, color: QColor, bold: bool = False) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if bold:
            fmt.setFontWeight(700)
        sel.format = fmt
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._qt_pos(start))
        cursor.setPosition(self._qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        return sel


def details_html(record: dict, source: dict) -> str:
    e = html.escape
    date = e(source["date"]) if source["date"] else \
        translate("source_view", "undated (period {period}, inferred)").format(period=e(source["period"]))
    lines = [f"<b>{e(record['name'])}</b>"]
    if i18n.in_use() == "zh" and record.get("name_zh"):  # the curators' Chinese above the document's words
        zh = display_zh.shown(record, "zh")
        mark = translate("source_view", "the project's translation; the quote is the document's own words")
        lines = [f"<b>{e(zh['name'])}</b> <span style='color:gray'>({mark})</span>", *lines]
        if "display" in record:
            lines.append(f"<span style='font-size:large'>{e(zh['display'])}</span> · {e(zh['period'])} · "
                         f"{e(zh['region'])} · {e(zh['kind'])}")
        else:
            lines.append(f"{e(zh['status'])} · {e(zh['period'])} · {e(zh['region'])}")
            lines.append(e(zh["description"]))
    if "display" in record:
        lines.append(f"<span style='font-size:large'>{e(record['display'])}</span> · {e(record['period'])} · "
                     f"{e(record['region'])} · {e(record['kind'])} · {e(record['measure'])}")
    else:
        lines.append(f"{e(record['status'])} · {e(record['period'])} · {e(record['region'])}")
        lines.append(e(record["description"]))
    if record.get("caution"):
        caution = translate("source_view", "Caution:")
        lines.append(f"<span style='color:#a33c00'><b>{CAUTION_MARK} {caution}</b> {e(record['caution'])}</span>")
    if record.get("note"):  # a derived figure's note names its inputs
        note = translate("source_view", "Note: {note}").format(note=e(record["note"]))
        lines.append(f"<i>{note}</i>")
    lines.append(translate("source_view", "Source: {title}, {publisher}, {date}").format(
        title=f"<i>{e(source['title'])}</i>", publisher=e(source["publisher"]), date=date))
    return "<br>".join(lines)
