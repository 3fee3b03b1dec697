"""Writing the pack as PDF off the GUI thread: exported to a file the user names, or built in a temporary folder
to preview or print. One job at a time; closing the window cancels it and removes what it left."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..lazy import lazy
from .export_pdf import start_export
from .i18n import translate
from .pack_document import file_stem
from .plain import literal

if TYPE_CHECKING:
    from ..core.pack.model import Pack

pdf_preview = lazy(".preview", __package__)  # QtPdf


class PackPdf(QObject):
    def __init__(self, commands) -> None:
        super().__init__(commands)
        self.commands = commands
        self.window = commands.window
        self._build_dir: tempfile.TemporaryDirectory | None = None
        self.preview_dialog = None
        self.job = None  # the PDF being written (export, preview or print)

    def close(self) -> None:
        if self._busy():
            self.job.cancel()
            self.job.thread_.join()  # the worker stops at its next step and removes its temporary file
        self._drop_build()

    def _busy(self) -> bool:
        return self.job is not None and self.job.thread_.is_alive()

    def _job_ended(self) -> None:
        self.job = None  # its thread and objects delete themselves

    def _drop_build(self) -> None:
        """The last preview's PDF (in a temporary folder) and its window."""
        if self.preview_dialog is not None:
            self.preview_dialog.release()
            self.preview_dialog = None
        if self._build_dir is not None:
            self._build_dir.cleanup()
            self._build_dir = None

    def _pack_for_pdf(self) -> Pack | None:
        if self.commands.data is None:
            return None
        if self.commands.document.pack is None:
            self.commands.new()
        return self.commands.document.pack

    def export(self) -> None:
        """The pack (a new one from the filters if none is open) as PDF, off the GUI thread."""
        if self._say_if_busy():
            return
        pack = self._pack_for_pdf()
        if pack is None:
            return
        stem = Path(self.commands.document.file).stem if self.commands.document.file else file_stem(pack.title)
        path, _ = QFileDialog.getSaveFileName(self.window, translate("pack_pdf", "Export briefing pack"), f"{stem}.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.job = start_export(self.window, pack, self.commands.data, path, self._exported, self._failed,
                                    self._cancelled)

    def preview(self) -> None:
        self._build_then(self._show_preview)

    def print(self) -> None:
        self._build_then(self._print)

    def _say_if_busy(self) -> bool:
        if self._busy():
            self.commands._status(translate("pack_pdf", "Still writing the pack: wait for it, or cancel it."))
            return True
        return False

    def _build_then(self, then) -> None:
        if self._say_if_busy():
            return
        pack = self._pack_for_pdf()
        if pack is None:
            return
        self._drop_build()
        self._build_dir = tempfile.TemporaryDirectory(prefix="briefing-preview-", ignore_cleanup_errors=True)
        self._then, self._built_pack = then, pack
        self.job = start_export(self.window, pack, self.commands.data, str(Path(self._build_dir.name) / "pack.pdf"),
                                self._built, self._failed, self._cancelled)

    def _built(self, path: str) -> None:
        left_out = self._left_out()
        self._job_ended()
        self._then(path)
        if left_out:
            self.commands._status(" ".join(left_out), 20000)

    def _show_preview(self, path: str) -> None:
        try:
            self.preview_dialog = pdf_preview.PreviewDialog(
                path, self._built_pack.title, self._built_pack.paper, self.window)
        except OSError as e:
            QMessageBox.warning(self.window, translate("pack_pdf", "No preview"), literal(str(e)))
            return
        self.preview_dialog.show()

    def _print(self, path: str) -> None:
        document = None
        try:
            document = pdf_preview.open_pdf(path, self)
            printed = pdf_preview.print_with_dialog(document, self._built_pack.paper, self.window)
        except OSError as e:
            QMessageBox.warning(self.window, translate("pack_pdf", "Not printed"), literal(str(e)))
            return
        finally:
            if document is not None:
                document.close()
                document.deleteLater()
        if printed is not None:
            self.commands._status(translate("pack_pdf", "{n} pages sent to the printer.").format(n=printed))

    def _left_out(self) -> list[str]:
        return list(self.job.warnings) if self.job is not None else []

    def _exported(self, path: str) -> None:
        left_out = self._left_out()
        self._job_ended()
        self.commands._status(translate("pack_pdf", "Briefing pack written to {file}").format(file=path)
                              + "".join(f" {t}" for t in left_out), 20000 if left_out else 5000)
        if left_out:  # the pack prints without them: the user must know before handing it out
            QMessageBox.warning(self.window, translate("pack_pdf", "Pack written with parts left out"), literal(
                translate("pack_pdf", "Briefing pack written to {file}. Some of it fits no page:").format(file=path)
                + "\n\n" + "\n".join(left_out)))

    def _failed(self, message: str) -> None:
        self._job_ended()
        QMessageBox.warning(self.window, translate("pack_pdf", "Pack not written"), literal(message))

    def _cancelled(self) -> None:
        self._job_ended()
        self.commands._status(translate("pack_pdf", "Cancelled; nothing was written."), 3000)
