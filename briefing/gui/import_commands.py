"""What File → Import Table… and Imported Tables… do: read a table, review it, keep it in the user's workspace,
list the imports and remove one; the window's data is reloaded with the seeds after each change."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout)

TABLE_FILTER = "Tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"


class ImportCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_dir = ""

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def reload(self) -> None:
        """The seeds with the imports as they are now on disk."""
        from ..core.workspace import with_workspace
        data, troubles = with_workspace(self.window.seeds)
        self.window.data_version = data.version
        self.window.state.set_data(data)
        pack = self.window.pack
        if pack.document.pack is not None:  # figures of a removed import leave the pack too
            from ..core.pack import keep_known
            kept, dropped = keep_known(pack.document.pack, data)
            if dropped:
                pack.document.edit(kept, "Remove figures no longer in the data")
                self._status(f"{len(dropped)} item(s) of the pack are no longer in the data and were taken out.")
        if troubles:
            self._status("; ".join(map(str, troubles)))

    def import_table(self) -> None:
        if self.window.state.data is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Import Table", self.last_dir, TABLE_FILTER)
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.last_dir = str(Path(path).parent)
        from ..core.tabular import TableError, read_table
        from .import_dialog import ImportDialog
        try:
            table = read_table(Path(path))
        except TableError as e:
            QMessageBox.warning(self.window, "Cannot import the table", f"{e}\n\nNothing was imported.")
            return
        dialog = ImportDialog(Path(path), table, self.window.state.data.indicators, self.window)
        self.dialog = dialog  # tests reach it
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.batch is not None:
            self.reload()
            self._status(f"Imported {len(dialog.batch.records)} figures from {table.file} ({dialog.batch.id}).")

    def manage(self) -> None:
        from ..core.workspace import WorkspaceError, load_batches, remove_batch
        dialog = QDialog(self.window, windowTitle="Imported Tables")
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel("Tables you imported (kept in your user data folder; the shipped data is never "
                                "changed). Removing one takes its figures out of the data.", wordWrap=True))
        listing = QListWidget(objectName="imports-list")
        layout.addWidget(listing)
        remove = QPushButton("Remove…", objectName="imports-remove")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def fill() -> None:
            listing.clear()
            batches, problems = load_batches()
            for b in batches:
                item = QListWidgetItem(b.summary)
                item.setData(256, b.id)
                listing.addItem(item)
            for p in problems:
                listing.addItem(QListWidgetItem(f"(cannot be read) {p}"))
            remove.setEnabled(bool(batches))

        def remove_selected() -> None:
            item = listing.currentItem()
            batch_id = item.data(256) if item else None
            if not batch_id:
                return
            answer = QMessageBox.question(dialog, "Remove import", f"Remove {item.text()}?\n\nIts figures leave "
                                          "the data (and any open pack). The file you imported is not touched.")
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                remove_batch(batch_id)
            except WorkspaceError as e:
                QMessageBox.warning(dialog, "Cannot remove", str(e))
            fill()
            self.reload()
            self._status(f"Removed {batch_id}.")

        remove.clicked.connect(remove_selected)
        fill()
        self.dialog = dialog
        dialog.resize(700, 360)
        dialog.exec()
