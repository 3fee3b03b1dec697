"""What the pack menu items do: new, open, save, add to the pack, undo, recovery (export, preview and print: pack_pdf).
Dialogs live here; the pack itself in PackDocument, its editing in PackPanel, its edits in core.pack.edit."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from ..core.errors import BriefingError, Problem
from ..core.storage.userdirs import data_dir
from ..lazy import lazy
from . import outline_labels
from .actions import chart_title
from .autosave import Autosave
from .i18n import translate
from .pack_data_export import PackDataExport
from .pack_document import PackDocument, file_stem
from .pack_panel import PackPanel
from .pack_pdf import PackPdf
from .plain import literal
from .room import PaneArea

packs = lazy("..core.pack.model", __package__)  # pydantic and pandas: loaded when first used, after the first paint
pack_edit = lazy("..core.pack.edit", __package__)

if TYPE_CHECKING:
    from ..core.pack.model import Pack

Button = QMessageBox.StandardButton
PACK_FILTER = QT_TRANSLATE_NOOP("pack_commands", "Briefing pack (*.json)")
MAX_WARNINGS_SHOWN = 15


class PackCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = PackDocument(self)
        self.panel = PackPanel(self.document)
        self.dock = QDockWidget(translate("pack_commands", "Briefing pack"), window, objectName="pack-dock")
        self.dock.setWidget(PaneArea(self.panel, objectName="pack-area"))  # scrolls when zoomed on a small screen
        self.autosave = Autosave(self.document, data_dir())
        self.autosave.failed.connect(lambda message: self._status(message, 8000))
        self.panel.newFromFilters.connect(self.new)
        self.panel.openRequested.connect(self.open)
        # bound methods, not lambdas: Qt drops these connections when this object goes with its window
        self.document.changed.connect(self._show_title)
        self.document.fileChanged.connect(self._show_title)
        self.document.undo_stack.cleanChanged.connect(self._show_title)
        self.pdf = PackPdf(self)  # export, preview and print
        self.data_export = PackDataExport(self)  # the pack's data (XLSX, CSV) or HTML
        self.panel.previewRequested.connect(self.pdf.preview)
        self.panel.exportRequested.connect(self.pdf.export)
        self._show_title()

    @property
    def data(self):
        return self.window.state.data

    def _status(self, text: str, ms: int = 4000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _show_title(self, *_changed) -> None:
        name = self.document.display_name() if self.document.pack is not None else ""
        app_name = translate("main_window", "Fujian Briefing Desk")
        self.window.setWindowTitle(f"{name}[*] — {app_name}" if name else app_name)
        self.window.setWindowModified(self.document.modified)

    def on_data(self, data, offer_restore: bool = True) -> None:
        self.panel.set_data(data)
        if self.autosave.problem:
            self._status(self.autosave.problem, 8000)
        if offer_restore and self.autosave.left_behind():
            self._offer_restore(data)

    def _offer_restore(self, data) -> None:
        try:
            pack, file, warnings = self.autosave.restore(data)
        except BriefingError as e:
            QMessageBox.warning(self.window, translate("pack_commands", "Autosaved pack not restored"),
                                literal(translate("pack_commands", "The pack autosaved before the app last closed "
                                                  "could not be read: {error}\n\nIt was kept in {folder}.").format(
                                    error=e, folder=self.autosave.draft.parent)))
            return
        answer = QMessageBox.question(
            self.window, translate("pack_commands", "Restore unsaved pack?"),
            literal(translate("pack_commands", "The app closed unexpectedly while the pack “{title}” had unsaved "
                              "changes. Restore it as it was autosaved?").format(title=pack.title)),
            Button.Yes | Button.No, Button.Yes)
        if answer == Button.Yes:
            self.document.replace(pack, file or "", modified=True)
            self.dock.show()  # the restored pack in view, as after New or Open
            self._show_warnings(translate("pack_commands", "Restored, without some items"), warnings)
            self._status(translate("pack_commands", "Unsaved pack restored: save it to keep it."), 8000)
        else:  # No, or Escape: kept anyway, out of the way
            aside = self.autosave.set_aside("not-restored")
            if aside is not None:
                self._status(translate("pack_commands", "The autosaved pack was not restored; it is kept as "
                                       "{file}").format(file=aside), 15000)

    def _show_warnings(self, title: str, warnings: list[Problem]) -> None:
        if warnings:
            more = len(warnings) - MAX_WARNINGS_SHOWN
            QMessageBox.information(self.window, title, literal("\n".join(map(str, warnings[:MAX_WARNINGS_SHOWN]))
                                                          + (translate("pack_commands", "\n… and {n} more").format(
                                                              n=more) if more > 0 else "")))

    # --- files -------------------------------------------------------------------------------------

    def may_discard(self) -> bool:
        """True when the current pack may go: saved, nothing to save, or the user chose to discard it."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self.window, translate("pack_commands", "Unsaved pack"),
            literal(translate("pack_commands", "Save the changes to “{name}” first?").format(
                name=self.document.display_name())),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def close(self) -> bool:
        """At window close: False keeps the window open (the user cancelled)."""
        if not self.may_discard():
            return False
        self.pdf.close()
        self.autosave.close()
        return True

    def new(self) -> None:
        """A pack of what the filters show: the chosen themes (or all) and every record they keep."""
        if self.data is None or not self.may_discard():
            return
        filters = self.window.state.filters
        pack = packs.new_pack(self.data, filters.themes, filters=filters)
        self.document.replace(pack)
        self.dock.show()
        n = sum(len(s.indicators) + len(s.initiatives) for s in pack.sections)
        self._status(translate("pack_commands", "New pack: {sections} sections, {records} figures and "
                               "initiatives.").format(sections=len(pack.sections), records=n))

    def open(self) -> None:
        if self.data is None or not self.may_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, translate("pack_commands", "Open briefing pack"), "",
                                              translate("pack_commands", PACK_FILTER))
        if not path:
            return
        try:
            warnings = self.document.open(path, self.data)
        except BriefingError as e:
            QMessageBox.warning(self.window, translate("pack_commands", "Pack not opened"), literal(str(e)))
            return
        self.dock.show()
        self._show_warnings(translate("pack_commands", "Opened, without some items"), warnings)

    def save(self) -> bool:
        if self.document.pack is None:
            return True
        if not self.document.file:
            return self.save_as()
        return self._save_to(self.document.file)

    def save_as(self) -> bool:
        if self.document.pack is None:
            return True
        suggested = self.document.file or f"{file_stem(self.document.pack.title)}.json"
        path, _ = QFileDialog.getSaveFileName(self.window, translate("pack_commands", "Save briefing pack"), suggested,
                                              translate("pack_commands", PACK_FILTER))
        if path and not Path(path).suffix:
            path += ".json"
            if Path(path).exists() and QMessageBox.question(
                    self.window, translate("pack_commands", "Replace pack?"),
                    literal(translate("pack_commands", "{file} exists already. Replace it?").format(file=path)),
                    Button.Yes | Button.No, Button.No) != Button.Yes:
                return False
        return bool(path) and self._save_to(path)

    def _save_to(self, path: str) -> bool:
        try:
            self.document.save(path)
        except BriefingError as e:
            kept = translate("pack_commands", "Your pack is still open and autosaved.") if self.autosave.owner else \
                translate("pack_commands", "Your pack is still open (not autosaved in this window).")
            QMessageBox.warning(self.window, translate("pack_commands", "Pack not saved"), literal(f"{e}\n\n{kept}"))
            return False
        self._status(translate("pack_commands", "Pack saved to {file}").format(file=path))
        return True

    # --- editing -----------------------------------------------------------------------------------

    def _pack_or_empty(self) -> Pack:
        if self.document.pack is None:
            self.document.replace(packs.Pack())
            self.dock.show()
        return self.document.pack

    def add_selected(self) -> None:
        """The selected figure or initiative into the pack: the chosen section if it has that theme, else the
        section of its theme (made if missing)."""
        selection = self.window.state.selection
        if self.data is None or selection is None:
            self._status(translate("pack_commands", "Select a figure or an initiative to add it to the pack."))
            return
        table, record_id = selection
        pack = self._pack_or_empty()
        themes = list(self.data.record(table, record_id)["themes"])
        chosen = self.panel.current_section()
        section = chosen if chosen is not None and (pack.sections[chosen].theme in themes or not themes) else None
        after, section = pack_edit.add_record(pack, self.data, table, record_id, section)
        self._add(after, section, table, record_id)

    def add_chart(self) -> None:
        """The chart on screen into the pack: a figure's chart (the trend) goes with its figure's theme, a chart of
        the figures in view (the comparison, the scorecard) to the chosen section (or the first)."""
        if self.data is None:
            return
        kind = self.window.current_chart()
        if not kind.per_record and (self.document.pack is None or not self.document.pack.sections):
            self._status(translate("pack_commands", "Add a figure first: the chart shows the figures of its section."))
            return
        pack = self._pack_or_empty()
        if kind.per_record:
            selection = self.window.state.selection
            if selection is None or selection[0] != "indicators":
                self._status(translate("pack_commands", "Select a figure to add its {chart} chart.").format(
                    chart=chart_title(kind.title).lower()))
                return
            chart = self.window.chart_item(kind, selection[1])
            themes = list(self.data.record("indicators", selection[1])["themes"])
            pack, section = pack_edit.add_section(pack, pack_edit.home_theme(themes, pack))
        else:
            chart = kind.item()
            section = self.panel.current_section() or 0
        self._add(pack_edit.add_item(pack, section, "charts", chart), section, "charts", chart)

    def _add(self, after: Pack, section: int, kind: str, item: str) -> None:
        already = after == self.document.pack
        self.document.edit(after, "Add to pack")
        self.panel.select(("item", section, kind, getattr(after.sections[section], kind).index(item)))
        self._status(translate("pack_commands", "Already in the pack.") if already else
                     translate("pack_commands", "Added to the pack: {item}").format(
                         item=outline_labels.item_label(self.data, kind, item)))

    def undo(self) -> None:
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()
