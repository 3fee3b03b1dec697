"""The import review: the user confirms which column holds each field and sees every row's outcome (new,
clash, already in the data, problem) before anything is saved."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from ..core.errors import BriefingError
from ..core.ingest.readers import Table, read_table
from ..core.ingest.tables.mapping import FIELDS, REQUIRED, ColumnMapping, guess_mapping
from ..core.ingest.tables.review import Review, StoredFigures, review
from ..core.ingest.workspace import earlier_imports, save_batch
from ..core.lexicon.numbers import counted
from .i18n import translate
from .plain import literal
from .table_model import Column, DataFrameModel

FIELD_LABELS = {"name": QT_TRANSLATE_NOOP("import_dialog", "Indicator name"),
                "period": QT_TRANSLATE_NOOP("import_dialog", "Period"),
                "value": QT_TRANSLATE_NOOP("import_dialog", "Value"),
                "unit": QT_TRANSLATE_NOOP("import_dialog", "Unit"),
                "region": QT_TRANSLATE_NOOP("import_dialog", "Region"),
                "theme": QT_TRANSLATE_NOOP("import_dialog", "Theme(s)"),
                "qualifier": QT_TRANSLATE_NOOP("import_dialog", "Qualifier"),
                "kind": QT_TRANSLATE_NOOP("import_dialog", "Actual or target")}
NONE = QT_TRANSLATE_NOOP("import_dialog", "(no column)")  # each field's first choice (index 0): no column
REVIEW_COLUMNS = (Column(QT_TRANSLATE_NOOP("table_model", "Row"), "row", "row_number"),
                  Column(QT_TRANSLATE_NOOP("table_model", "Status"), "status"),
                  Column(QT_TRANSLATE_NOOP("table_model", "Indicator"), "name"),
                  Column(QT_TRANSLATE_NOOP("table_model", "Period"), "period"),
                  Column(QT_TRANSLATE_NOOP("table_model", "Value"), "display"),
                  Column(QT_TRANSLATE_NOOP("table_model", "Region"), "region"),
                  Column(QT_TRANSLATE_NOOP("table_model", "What the review found"), "note"))
STATUS = {"new": QT_TRANSLATE_NOOP("import_dialog", "new"), "clash": QT_TRANSLATE_NOOP("import_dialog", "clash"),
          "repeat": QT_TRANSLATE_NOOP("import_dialog", "already in the data"),
          "problem": QT_TRANSLATE_NOOP("import_dialog", "problem")}


def review_frame(rev: Review) -> pd.DataFrame:
    rows = []
    for r in rev.rows:
        rec = r.record or {**r.raw, "display": r.raw.get("value", "")}  # a row with problems: as written
        note = ("; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in r.problems)
                or (f"differs from {r.clash}" if r.clash else "") or (f"same as {r.repeat_of}" if r.repeat_of else ""))
        note = "; ".join(filter(None, [note, *r.warnings]))
        rows.append({"id": str(r.row), "row": str(r.row), "row_number": r.row,
                     "status": translate("import_dialog", STATUS[r.status]),
                     "name": rec.get("name", ""), "period": rec.get("period", ""),
                     "display": rec.get("display", ""), "region": rec.get("region", ""), "note": note})
    return pd.DataFrame(rows, columns=["id", "row", "row_number", "status", "name", "period", "display",
                                       "region", "note"])


def field_label(field: str | None) -> str:
    return translate("import_dialog", FIELD_LABELS[field]) if field in FIELD_LABELS else field or ""


class ImportDialog(QDialog):
    def __init__(self, path: Path, table: Table, data, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("import_dialog", "Import {file}").format(file=table.file))
        self.path, self.table = Path(path), table
        self.earlier = earlier_imports(table)  # a new version of a table imported before updates it
        self.known = StoredFigures.of(data, leaving_out=[b.id for b in self.earlier])  # compared on every review
        self.batch = None
        self.rev: Review | None = None
        layout = QVBoxLayout(self)
        self.info = QLabel(textFormat=Qt.TextFormat.PlainText)  # names the file, as its name is
        layout.addWidget(self.info)
        self.sheet = QComboBox(objectName="import-sheet")
        if table.sheets:
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet or "")
            self.sheet.currentTextChanged.connect(self._change_sheet)
            layout.addWidget(self.sheet)
        box = QGroupBox(translate("import_dialog", "Which column holds each field (or one value for every row)"))
        grid = QGridLayout(box)
        self.columns: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        for i, f in enumerate(FIELDS):
            grid.addWidget(QLabel(field_label(f) + (" *" if f in REQUIRED else "")), i, 0)
            self.columns[f] = QComboBox(objectName=f"import-column-{f}")
            self.defaults[f] = QLineEdit(objectName=f"import-default-{f}",
                                         placeholderText="exact" if f == "qualifier" else  # the words a cell holds
                                         "actual" if f == "kind" else
                                         translate("import_dialog", "value for every row"))
            grid.addWidget(self.columns[f], i, 1)
            grid.addWidget(self.defaults[f], i, 2)
            self.columns[f].currentIndexChanged.connect(self._schedule)
            self.defaults[f].textChanged.connect(self._schedule)
        layout.addWidget(box)
        self.summary = QLabel(objectName="import-summary", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.model = DataFrameModel(REVIEW_COLUMNS, self)
        self.view = QTableView(objectName="import-review")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.run_review)
        self._show_table(guess_mapping(table))
        self.resize(1000, 700)

    def _show_table(self, mapping: ColumnMapping) -> None:
        t = self.table
        how = translate("import_dialog", "{encoding}, {delimiter}-separated").format(
            encoding=t.encoding, delimiter="tab" if t.delimiter == chr(9) else repr(t.delimiter)) if t.encoding else \
            translate("import_dialog", "sheet {sheet}").format(sheet=t.sheet)
        self.info.setText(translate("import_dialog", "{file}: {rows} rows ({how}). Nothing is saved until you "
                                    "import.").format(file=t.file, rows=len(t.rows), how=how))
        for f, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([translate("import_dialog", NONE), *t.columns])
            combo.setCurrentIndex(1 + t.columns.index(mapping.columns[f]) if mapping.columns.get(f) in t.columns else 0)
            combo.blockSignals(False)
        for f, value in mapping.defaults.items():  # guessed: OWID's series is named by its value column
            self.defaults[f].blockSignals(True)
            self.defaults[f].setText(value)
            self.defaults[f].blockSignals(False)
        self.run_review()

    def _change_sheet(self, name: str) -> None:
        try:
            self.table = read_table(self.path, name)
        except BriefingError as e:
            QMessageBox.warning(self, translate("import_dialog", "Cannot read the sheet"), literal(str(e)))
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(self.table.sheet or "")  # back to the sheet still shown
            self.sheet.blockSignals(False)
            return
        self._show_table(guess_mapping(self.table))

    def _schedule(self) -> None:
        self.timer.start()

    def mapping(self) -> ColumnMapping:
        columns = {f: c.currentText() for f, c in self.columns.items() if c.currentIndex() > 0}
        mapping = ColumnMapping(columns=columns, sheet=self.table.sheet)
        for f, e in self.defaults.items():
            if e.text().strip():  # a value for every row beats the column chosen for it
                mapping = mapping.given(f, e.text().strip())
        return mapping

    def run_review(self) -> None:
        self.timer.stop()
        self.rev = review(self.table, self.mapping(), self.known)
        self.model.set_frame(review_frame(self.rev))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.rev.problems:
            self.summary.setText(translate("import_dialog", "Choose a column or give a value for: ") + ", ".join(
                field_label(p.field) + (f" ({p.message})" if "no column '" in p.message else "")
                for p in self.rev.problems))
            ok.setEnabled(False)
            ok.setText(translate("import_dialog", "Import"))
            return
        c = self.rev.counts()
        n = len(self.rev.to_import)
        unthemed = sum(1 for r in self.rev.to_import if not r.record["themes"])
        # {missing}, {figures}: counted in English words; a translation may use the bare numbers ({n}) instead
        self.summary.setText(" ".join([
            translate("import_dialog", "{new} new, {clash} clashing with a figure already in the data (both are kept; "
                      "the row is marked), {repeat} already in the data, {problem} with problems (not imported; see "
                      "the last column), {missing} (skipped).").format(
                **c, missing=counted(self.rev.missing, "missing value"), n=self.rev.missing),
            *(translate("import_dialog", "Read: {notice}.").format(notice=notice) for notice in self.rev.notices),
            translate("import_dialog", "{figures} without a theme: shown under Imported; give a theme above to file "
                      "them.").format(figures=counted(unthemed, "figure"), n=unthemed) if unthemed else "",
            translate("import_dialog", "Note kept with the figures: {note}").format(note=self.rev.note)
            if self.rev.note else "",
            *(translate("import_dialog", "Updates your earlier import {summary}: the figures this version states "
                        "again are replaced, the others kept.").format(summary=b.summary) for b in self.earlier)]
            ).strip())
        ok.setEnabled(n > 0)
        ok.setText((translate("import_dialog", "Import {n} figure") if n == 1 else
                    translate("import_dialog", "Import {n} figures")).format(n=n) + (
            translate("import_dialog", " (skip {problem} with problems)").format(problem=c["problem"])
            if c["problem"] else ""))

    def accept(self) -> None:
        if self.timer.isActive():
            self.run_review()
        if self.rev is None or not self.rev.to_import:
            return
        try:
            self.batch = save_batch(self.rev, self.path, earlier=self.earlier)
        except BriefingError as e:
            QMessageBox.warning(self, translate("import_dialog", "Cannot import"), literal(str(e)))
            return
        super().accept()
