"""Add a document: describe it, then accept, edit or reject each figure the app proposes from its text.
Accepted figures become records checked like the seeds' (their quote is the sentence they came from)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import BriefingError
from ..core.ingest.context import guess_context
from ..core.ingest.documents import NewDocument, record_from, save_document
from ..core.ingest.extract import propose
from ..core.ingest.tables.cells import parse_themes
from ..core.model.records import PERIOD_RE
from ..core.model.vocab import THEMES
from .i18n import translate
from .plain import literal

COLUMNS = (QT_TRANSLATE_NOOP("document_dialog", "Accept"), QT_TRANSLATE_NOOP("document_dialog", "Figure"),
           QT_TRANSLATE_NOOP("document_dialog", "Indicator name"), QT_TRANSLATE_NOOP("document_dialog", "Period"),
           QT_TRANSLATE_NOOP("document_dialog", "Kind"), QT_TRANSLATE_NOOP("document_dialog", "Themes"),
           QT_TRANSLATE_NOOP("document_dialog", "Sentence"))
LABELS = {"title": QT_TRANSLATE_NOOP("document_dialog", "Title"),
          "publisher": QT_TRANSLATE_NOOP("document_dialog", "Publisher"),
          "date": QT_TRANSLATE_NOOP("document_dialog", "Date"),
          "period": QT_TRANSLATE_NOOP("document_dialog", "Period"),
          "region": QT_TRANSLATE_NOOP("document_dialog", "Region")}
ACCEPT, FIGURE, NAME, PERIOD, KIND, THEMES_COL, SENTENCE = range(len(COLUMNS))
MAX_PROBLEMS_SHOWN = 12


class DocumentDialog(QDialog):
    def __init__(self, path: Path, text: str, parent=None) -> None:
        super().__init__(parent, windowTitle=translate("document_dialog", "Add document {file}").format(
            file=Path(path).name))
        self.path, self.text = Path(path), text
        context = guess_context(text)  # the dateline's date and the region named most, for the user to confirm
        self.candidates = propose(text, context)
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), self.path.stem)
        self.fields = {
            "title": QLineEdit(first_line[:120], objectName="doc-title"),
            "publisher": QLineEdit(objectName="doc-publisher",
                                   placeholderText=translate("document_dialog", "who published it")),
            "date": QLineEdit(context.date.isoformat() if context.date else "", objectName="doc-date",
                              placeholderText=translate("document_dialog", "YYYY-MM-DD, or empty if undated")),
            "period": QLineEdit(context.period or "", objectName="doc-period",
                                placeholderText=translate("document_dialog", "the period it reports on, e.g. 2024")),
            "region": QLineEdit(context.region or "Fujian", objectName="doc-region"),
        }
        self.guessed_period = context.period or ""
        self.fields["date"].setToolTip(translate(
            "document_dialog", "Guessed from the document's dateline. 'This year', 'the first half' and "
            "'the past ten years' are read against it: change it and the periods follow."))
        self.fields["date"].editingFinished.connect(self._dated)  # "this year", "the first half" read anew
        for key, label in LABELS.items():
            form.addRow(translate("document_dialog", label), self.fields[key])
        self.theme = QComboBox(objectName="doc-theme")
        for key, label in THEMES.items():
            self.theme.addItem(label, key)
        form.addRow(translate("document_dialog", "Theme of its figures"), self.theme)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("document_dialog", "{n} figures proposed from the text. Tick those to keep, "
                                          "name them, and correct period, kind or themes where needed (an empty "
                                          "period or theme takes the document's).").format(n=len(self.candidates)),
                                wordWrap=True))
        self.table = QTableWidget(len(self.candidates), len(COLUMNS), objectName="doc-candidates")
        self.table.setHorizontalHeaderLabels([translate("document_dialog", c) for c in COLUMNS])
        for row, c in enumerate(self.candidates):
            self._fill(row, c)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NAME, 220)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        bulk = QHBoxLayout()
        for title, state in ((translate("document_dialog", "Accept All"), Qt.CheckState.Checked),
                             (translate("document_dialog", "Reject All"), Qt.CheckState.Unchecked)):
            button = QPushButton(title)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            bulk.addWidget(button)
        bulk.addStretch()
        layout.addLayout(bulk)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("document_dialog", "Add Document"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(1100, 700)

    def _fill(self, row: int, c) -> None:
        def item(text: str, editable: bool) -> QTableWidgetItem:
            it = QTableWidgetItem(text)
            if not editable:
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
            return it
        accept = item("", False)
        accept.setFlags(accept.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        accept.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, ACCEPT, accept)
        self.table.setItem(row, FIGURE, item(c.display, False))
        self.table.setItem(row, NAME, item(c.name, True))
        self.table.setItem(row, PERIOD, item(c.period or "", True))
        self.table.setItem(row, KIND, item(c.kind, True))
        self.table.setItem(row, THEMES_COL, item("", True))
        sentence = item(c.quote, False)
        sentence.setToolTip(literal(c.quote))
        self.table.setItem(row, SENTENCE, sentence)

    def _dated(self) -> None:
        """The proposals again, their relative periods read against the date the user gave."""
        try:
            when = date.fromisoformat(self.fields["date"].text().strip())
        except ValueError:
            return
        context = guess_context(self.text, when, self.fields["region"].text().strip() or None)
        if self.fields["period"].text().strip() == self.guessed_period:  # not edited: the new date's
            self.fields["period"].setText(context.period or "")
        self.guessed_period = context.period or ""
        self.candidates = propose(self.text, context)
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            self._fill(row, c)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, ACCEPT).setCheckState(state)

    def document(self) -> NewDocument:
        f = {k: w.text().strip() for k, w in self.fields.items()}
        return NewDocument(self.text, self.path.name, f["title"], f["publisher"], f["date"] or None, f["period"],
                           f["region"])

    def records(self) -> tuple[list[dict], list, list[str]]:
        """(records of the accepted rows, rejected candidates, problems of the rows as the user left them)."""
        doc, records, rejected, problems = self.document(), [], [], []
        default_theme = self.theme.currentData()
        for row, c in enumerate(self.candidates):
            if self.table.item(row, ACCEPT).checkState() != Qt.CheckState.Checked:
                rejected.append(c)
                continue
            cell = {col: self.table.item(row, col).text().strip() for col in (NAME, PERIOD, KIND, THEMES_COL)}
            where = translate("document_dialog", "row {row} ({figure})").format(row=row + 1, figure=c.display)
            if not cell[NAME]:
                problems.append(f"{where}: " + translate("document_dialog", "give the indicator a name"))
            period = cell[PERIOD] or doc.period
            if not PERIOD_RE.match(period):
                problems.append(f"{where}: " + translate("document_dialog", "period {period} is not a period (2023, "
                                                         "2023-Q1, 2023-01)").format(period=repr(period)))
            if cell[KIND] not in ("actual", "target"):
                problems.append(f"{where}: " + translate("document_dialog", "kind must be actual or target"))
            try:
                themes = parse_themes(cell[THEMES_COL]) if cell[THEMES_COL] else [default_theme]
            except ValueError as e:
                problems.append(f"{where}: {e}")
                continue
            records.append(record_from(c, doc, row + 1, cell[NAME], themes, period, cell[KIND]))
        return records, rejected, problems

    def accept(self) -> None:
        doc = self.document()
        problems = [translate("document_dialog", "{field}: required").format(field=translate("document_dialog", label))
                    for key, label in LABELS.items() if key != "date" and not getattr(doc, key)]
        records, rejected, row_problems = self.records()
        problems += row_problems
        if not problems:
            try:
                self.saved = save_document(doc, records, rejected)
            except BriefingError as e:
                self.saved, problems = None, [str(p) for p in e.problems]
        if problems:
            more = len(problems) - MAX_PROBLEMS_SHOWN
            QMessageBox.warning(self, translate("document_dialog", "The document was not added"), literal(
                "\n".join(problems[:MAX_PROBLEMS_SHOWN])
                + (translate("document_dialog", "\n… and {n} more.").format(n=more) if more > 0 else "")
                + "\n\n" + translate("document_dialog", "Nothing was saved; correct these and try again.")))
            return
        super().accept()
