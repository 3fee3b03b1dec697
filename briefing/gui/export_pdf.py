"""Export a briefing pack to PDF off the GUI thread, with progress and a cancel button."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..lazy import lazy
from .i18n import translate

document = lazy("..report.document", __package__)


class ExportJob(QObject):
    progress = Signal(int)   # percent
    done = Signal(str)       # the file written
    failed = Signal(str)     # a message for the user
    cancelled = Signal()

    def __init__(self, pack, data, path: str) -> None:
        super().__init__()
        self.pack, self.data, self.path = pack, data, path
        self._cancel = False
        self.warnings: list[str] = []  # what the PDF left out (read once `done` is emitted: the worker has ended)

    def _warn(self, text: str) -> None:
        logging.getLogger("briefing").warning(text)
        self.warnings.append(text)

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        self.progress.emit(0)  # the dialog counts its delay from here (composing comes before layout)
        last = [0]

        def progress(fraction: float) -> None:  # one signal per percent, not per flowable
            percent = int(100 * fraction)
            if percent != last[0]:
                last[0] = percent
                self.progress.emit(percent)

        try:
            document.build_pdf(self.pack, self.data, self.path, progress=progress, cancelled=lambda: self._cancel,
                               warn=self._warn)
        except document.Cancelled:
            self.cancelled.emit()
        except OSError as e:
            self.failed.emit(translate("export_pdf", "Could not write {file}: {error}").format(file=self.path,
                                                                                               error=e.strerror or e))
        except Exception as e:
            logging.getLogger("briefing").exception("Export of %s failed", self.path)
            self.failed.emit(translate("export_pdf", "The pack could not be written ({error}). Nothing was written "
                                       "over {file}.").format(error=e, file=self.path))
        else:
            self.done.emit(self.path)


def start_export(parent: QWidget, pack, data, path: str, done=None, failed=None, cancelled=None) -> ExportJob:
    """Run the export in a worker thread; a progress dialog shows how far it got and can cancel it.
    `done(path)`, `failed(message)` and `cancelled()` are connected before the work starts; pass bound
    methods of objects in the GUI thread (a lambda would run in the worker's thread).

    The job object lives in the GUI thread and is deleted there; the worker is a plain Python thread that
    only runs `job.run` and emits its (queued) signals, so no Qt object is created, owned or deleted in it."""
    job = ExportJob(pack, data, path)
    job.setParent(parent)
    dialog = QProgressDialog(translate("export_pdf", "Writing the briefing pack…"), translate("export_pdf", "Cancel"),
                             0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job.progress.connect(dialog.setValue)
    dialog.canceled.connect(job.cancel)
    for signal, slot in ((job.done, done), (job.failed, failed), (job.cancelled, cancelled)):
        signal.connect(dialog.reset)
        signal.connect(dialog.deleteLater)
        if slot is not None:
            signal.connect(slot)
        signal.connect(job.deleteLater)
    job.thread_ = threading.Thread(target=job.run, name="pdf-export", daemon=True)
    job.thread_.start()
    return job
