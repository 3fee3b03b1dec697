"""The import review: the user confirms which column holds each field and sees every row's outcome (new,
clash, already in the data, problem) before anything is saved."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, QTimer
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
from .plain import literal
from .table_model import Column, DataFrameModel

FIELD_LABELS = {"name": "Indicator name", "period": "Period", "value": "Value", "unit": "Unit",
                "region": "Region", "theme": "Theme(s)", "qualifier": "Qualifier", "kind": "Actual or target"}
NONE = "(no column)"
REVIEW_COLUMNS = (Column("Row", "row", "row_number"), Column("Status", "status"), Column("Indicator", "name"),
                  Column("Period", "period"), Column("Value", "display"), Column("Region", "region"),
                  Column("What the review found", "note"))
STATUS = {"new": "new", "clash": "clash", "repeat": "already in the data", "problem": "problem"}


def review_frame(rev: Review) -> pd.DataFrame:
    rows = []
    for r in rev.rows:
        rec = r.record or {**r.raw, "display": r.raw.get("value", "")}  # a row with problems: as written
        note = ("; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in r.problems)
                or (f"differs from {r.clash}" if r.clash else "") or (f"same as {r.repeat_of}" if r.repeat_of else ""))
        note = "; ".join(filter(None, [note, *r.warnings]))
        rows.append({"id": str(r.row), "row": str(r.row), "row_number": r.row, "status": STATUS[r.status],
                     "name": rec.get("name", ""), "period": rec.get("period", ""),
                     "display": rec.get("display", ""), "region": rec.get("region", ""), "note": note})
    return pd.DataFrame(rows, columns=["id", "row", "row_number", "status", "name", "period", "display",
                                       "region", "note"])


class ImportDialog(QDialog):
    def __init__(self, path: Path, table: Table, data, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {table.file}")
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
        box = QGroupBox("Which column holds each field (or one value for every row)")
        grid = QGridLayout(box)
        self.columns: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        for i, f in enumerate(FIELDS):
            grid.addWidget(QLabel(FIELD_LABELS[f] + (" *" if f in REQUIRED else "")), i, 0)
            self.columns[f] = QComboBox(objectName=f"import-column-{f}")
            self.defaults[f] = QLineEdit(objectName=f"import-default-{f}",
                                         placeholderText="exact" if f == "qualifier" else
                                         "actual" if f == "kind" else "value for every row")
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
        how = f"{t.encoding}, {'tab' if t.delimiter == chr(9) else repr(t.delimiter)}-separated" if t.encoding else \
            f"sheet {t.sheet}"
        self.info.setText(f"{t.file}: {len(t.rows)} rows ({how}). Nothing is saved until you import.")
        for f, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([NONE, *t.columns])
            combo.setCurrentText(mapping.columns.get(f, NONE))
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
            QMessageBox.warning(self, "Cannot read the sheet", literal(str(e)))
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(self.table.sheet or "")  # back to the sheet still shown
            self.sheet.blockSignals(False)
            return
        self._show_table(guess_mapping(self.table))

    def _schedule(self) -> None:
        self.timer.start()

    def mapping(self) -> ColumnMapping:
        columns = {f: c.currentText() for f, c in self.columns.items() if c.currentText() != NONE}
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
            self.summary.setText("Choose a column or give a value for: " + ", ".join(
                FIELD_LABELS.get(p.field, p.field or "") + (f" ({p.message})" if "no column '" in p.message else "")
                for p in self.rev.problems))
            ok.setEnabled(False)
            ok.setText("Import")
            return
        c = self.rev.counts()
        n = len(self.rev.to_import)
        unthemed = sum(1 for r in self.rev.to_import if not r.record["themes"])
        self.summary.setText(" ".join([
            f"{c['new']} new, {c['clash']} clashing with a figure already in the data (both are kept; the row is "
            f"marked), {c['repeat']} already in the data, {c['problem']} with problems (not imported; see the last "
            f"column), {counted(self.rev.missing, 'missing value')} (skipped).",
            *(f"Read: {notice}." for notice in self.rev.notices),
            f"{counted(unthemed, 'figure')} without a theme: shown under Imported; give a theme above to file them."
            if unthemed else "",
            f"Note kept with the figures: {self.rev.note}" if self.rev.note else "",
            *(f"Updates your earlier import {b.summary}: the figures this version states again are replaced, the "
              "others kept." for b in self.earlier)]).strip())
        ok.setEnabled(n > 0)
        ok.setText(f"Import {n} figure{'s' if n != 1 else ''}" + (
            f" (skip {c['problem']} with problems)" if c["problem"] else ""))

    def accept(self) -> None:
        if self.timer.isActive():
            self.run_review()
        if self.rev is None or not self.rev.to_import:
            return
        try:
            self.batch = save_batch(self.rev, self.path, earlier=self.earlier)
        except BriefingError as e:
            QMessageBox.warning(self, "Cannot import", literal(str(e)))
            return
        super().accept()
