"""File → Export Pack Data…: the open pack (a new one from the filters if none is open, as Export PDF does) written
as the data files `briefing export --data` writes (XLSX or CSV, chosen by the save dialog's filter), or as the
HTML companion of `--html`. The writers are the report's (report.pack_data, report.pack_html): fast enough to
run on the GUI thread with a busy cursor (well under a second for the default pack)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..core.errors import BriefingError
from ..lazy import lazy
from .i18n import translate
from .pack_document import file_stem
from .plain import literal

pack_data = lazy("..report.pack_data", __package__)  # openpyxl and reportlab: loaded when first used
pack_html = lazy("..report.pack_html", __package__)

FILTERS = {  # the save dialog's filter -> the suffix it writes
    QT_TRANSLATE_NOOP("pack_data_export", "Excel workbook (*.xlsx)"): ".xlsx",
    QT_TRANSLATE_NOOP("pack_data_export", "CSV, UTF-8 (*.csv)"): ".csv",
    QT_TRANSLATE_NOOP("pack_data_export", "Web page for screen readers and e-mail (*.html)"): ".html",
}
SUFFIXES = {".xlsx", ".csv", ".html", ".htm"}


class PackDataExport(QObject):
    def __init__(self, commands) -> None:
        super().__init__(commands)
        self.commands = commands
        self.window = commands.window

    def export(self) -> None:
        commands = self.commands
        if commands.data is None:
            return
        if commands.document.pack is None:
            commands.new()
        pack = commands.document.pack
        if pack is None:
            return
        stem = Path(commands.document.file).stem if commands.document.file else file_stem(pack.title)
        filters = {translate("pack_data_export", name): suffix for name, suffix in FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(self.window, translate("pack_data_export", "Export pack data"),
                                                   f"{stem}.xlsx", ";;".join(filters))
        if not path:
            return
        if Path(path).suffix.lower() not in SUFFIXES:  # the filter decides when the name does not
            path += filters.get(chosen, ".xlsx")
        html = Path(path).suffix.lower() in (".html", ".htm")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            (pack_html.write_html if html else pack_data.write_data)(pack, commands.data, path)
        except BriefingError as e:  # names the file
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, translate("pack_data_export", "Pack data not written"), literal(str(e)))
            return
        QApplication.restoreOverrideCursor()
        what = translate("pack_data_export", "The pack as a web page written to {file}") if html else \
            translate("pack_data_export", "The pack's figures with their sources written to {file}")
        commands._status(what.format(file=path), 5000)
