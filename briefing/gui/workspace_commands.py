"""What File → Import Table…, Add Document… and Your Tables and Documents… do: read a table or a document,
review it, keep it in the user's workspace, list what is there and remove it; the window's data is reloaded
with the seeds after each change."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import BriefingError
from ..core.ingest.readers import DOCUMENT_READERS, dialog_filter, read_document, read_table
from ..lazy import lazy
from .i18n import translate
from .plain import literal

workspace = lazy("..core.ingest.workspace", __package__)
packs = lazy("..core.pack.model", __package__)
added_documents = lazy("..core.ingest.documents", __package__)
import_dialog = lazy(".import_dialog", __package__)
document_dialog = lazy(".document_dialog", __package__)

ID_ROLE = 256  # an item's (kind, id)


class WorkspaceCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_dir = ""
        self.seen = None  # the workspace's fingerprint when the data shown was read (workspace_watch compares it)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def reload(self) -> None:
        """The seeds with the imports as they are now on disk."""
        self.seen = workspace.fingerprint()  # before reading: a change made meanwhile differs from it
        data, troubles = workspace.with_workspace(self.window.seeds)
        self.window.data_version = data.version
        self.window.state.set_data(data)
        pack = self.window.pack
        if pack.document.pack is not None:  # figures of a removed import leave the pack too
            kept, dropped = packs.keep_known(pack.document.pack, data)
            if dropped:
                pack.document.edit(kept, "Remove figures no longer in the data")
                self._status(translate("workspace_commands", "{n} item(s) of the pack are no longer in the data and "
                                       "were taken out.").format(n=len(dropped)))
        if troubles:
            for t in troubles:
                logging.getLogger("briefing").warning("%s", t)
            self._status("; ".join(map(str, troubles)))

    def import_table(self) -> None:
        if path := self._choose(translate("workspace_commands", "Import Table"), dialog_filter()):
            self.import_file(path)

    def add_document(self) -> None:
        if path := self._choose(translate("workspace_commands", "Add Document"),
                                dialog_filter(DOCUMENT_READERS, translate("workspace_commands", "Documents"))):
            self.add_document_file(path)

    def import_file(self, path: str) -> None:
        dialog = self._review(path, read_table, lambda table: import_dialog.ImportDialog(
            Path(path), table, self.window.state.data, self.window), translate("workspace_commands",
                                                                              "Cannot import the table"))
        if dialog is not None and dialog.batch is not None:
            self.reload()
            self._status(translate("workspace_commands", "Imported {n} figures from {file} ({batch}).").format(
                n=len(dialog.batch), file=Path(path).name, batch=dialog.batch.id))

    def add_document_file(self, path: str) -> None:
        dialog = self._review(path, read_document, lambda text: document_dialog.DocumentDialog(
            Path(path), text, self.window),
                              translate("workspace_commands", "Cannot add the document"))
        if dialog is not None and dialog.saved is not None:
            self.reload()
            self._status(translate("workspace_commands", "Added {file} with its accepted figures ({saved}).").format(
                file=Path(path).name, saved=dialog.saved.name))

    def _choose(self, title: str, filters: str) -> str:
        if self.window.state.data is None:
            return ""
        path, _ = QFileDialog.getOpenFileName(self.window, title, self.last_dir, filters)
        return path

    def _review(self, path: str, read, make_dialog, cannot: str):
        """Read the file and show its review; the dialog once the user saved from it, else None."""
        self.last_dir = str(Path(path).parent)
        try:
            content = read(Path(path))
        except BriefingError as e:
            QMessageBox.warning(self.window, cannot, literal(f"{e}\n\n" + translate("workspace_commands",
                                                                                     "Nothing was saved.")))
            return None
        self.dialog = make_dialog(content)  # tests reach it
        return self.dialog if self.dialog.exec() == QDialog.DialogCode.Accepted else None

    def manage(self) -> None:
        self.manage_dialog().exec()

    def manage_dialog(self) -> QDialog:
        """The list of imported tables and added documents, with Remove."""
        dialog = QDialog(self.window, windowTitle=translate("workspace_commands", "Your Tables and Documents"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(translate("workspace_commands", "Tables you imported and documents you added (kept in "
                                          "your user data folder; the shipped data is never changed). Removing one "
                                          "takes its figures out of the data."), wordWrap=True))
        listing = QListWidget(objectName="imports-list")
        layout.addWidget(listing)
        remove = QPushButton(translate("workspace_commands", "Remove…"), objectName="imports-remove")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def fill() -> None:
            listing.clear()
            batches, problems = workspace.load_batches()
            documents, more = added_documents.load_documents()
            for b in batches:
                item = QListWidgetItem(b.summary)
                item.setData(ID_ROLE, ("table", b.id))
                listing.addItem(item)
            for d in documents:
                item = QListWidgetItem(added_documents.document_summary(d))
                item.setData(ID_ROLE, ("document", d.sources["id"].iloc[0]))
                listing.addItem(item)
            for p in problems + more:
                listing.addItem(QListWidgetItem(translate("workspace_commands", "(cannot be used) {problem}").format(
                    problem=p)))
            remove.setEnabled(bool(batches or documents))

        def remove_selected() -> None:
            item = listing.currentItem()
            kind, item_id = (item.data(ID_ROLE) or (None, None)) if item else (None, None)
            if not item_id:
                return
            answer = QMessageBox.question(dialog, translate("workspace_commands", "Remove"), literal(translate(
                "workspace_commands", "Remove {item}?\n\nIts figures leave the data (and any open pack). The file "
                "you imported or added is not touched.").format(item=item.text())))
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                (workspace.remove_batch if kind == "table" else added_documents.remove_document)(item_id)
            except BriefingError as e:
                QMessageBox.warning(dialog, translate("workspace_commands", "Cannot remove"), str(e))
            else:
                self._status(translate("workspace_commands", "Removed {item}.").format(item=item_id))
            fill()
            self.reload()

        remove.clicked.connect(remove_selected)
        fill()
        self.dialog = dialog
        dialog.resize(760, 380)
        return dialog
