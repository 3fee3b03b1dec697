"""The pack being edited: the Pack, the file it belongs to, and its undo history (every edit is undoable)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..lazy import lazy
from .i18n import translate

packs = lazy("..core.pack.model", __package__)

if TYPE_CHECKING:
    from ..core.errors import Problem
    from ..core.pack.model import Pack


class _Edit(QUndoCommand):
    """An edit as the pack before and after. Edits with the same merge key in a row (typing in one field)
    undo as one."""
    _ids: dict = {}

    def __init__(self, document: PackDocument, before: Pack, after: Pack, text: str, merge_key=None) -> None:
        super().__init__(text)
        self.document, self.before, self.after = document, before, after
        self.merge_key = merge_key
        self._id = -1 if merge_key is None else _Edit._ids.setdefault(merge_key, len(_Edit._ids) + 1)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)  # typed and deleted again: no step left to undo
        return True

    def redo(self) -> None:
        self.document._show(self.after)

    def undo(self) -> None:
        self.document._show(self.before)


class PackDocument(QObject):
    changed = Signal(object)    # the Pack now (or None: no pack)
    fileChanged = Signal(str)   # the file the pack belongs to ("" for none)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pack: Pack | None = None
        self.file: str = ""
        self.undo_stack = QUndoStack(self)

    @property
    def modified(self) -> bool:
        return self.pack is not None and not self.undo_stack.isClean()

    def edit(self, after: Pack, text: str, merge_key=None) -> None:
        """Apply an edit (a new Pack) as one undoable step; an edit that changes nothing is not recorded."""
        if self.pack is None or after == self.pack:
            return
        self.undo_stack.push(_Edit(self, self.pack, after, text, merge_key))

    def replace(self, pack: Pack | None, file: str = "", modified: bool = False) -> None:
        """A new document (new, opened or restored): no undo history; `modified` for a restored draft."""
        self.undo_stack.clear()
        self.file = file
        self._show(pack)
        self.fileChanged.emit(file)
        if modified:
            self.undo_stack.resetClean()  # unsaved until saved
        else:
            self.undo_stack.setClean()

    def open(self, path: str, data) -> list[Problem]:
        """Read a pack file (PackError if it cannot be used); returns a warning for each item dropped."""
        pack, warnings = packs.load_pack(path, data)
        self.replace(pack, str(path), modified=bool(warnings))
        return warnings

    def save(self, path: str | None = None) -> None:
        """Write the pack (atomically) to `path` or its own file; PackError if it cannot be written."""
        path = path or self.file
        packs.save_pack(self.pack, path)
        if str(path) != self.file:
            self.file = str(path)
            self.fileChanged.emit(self.file)
        self.undo_stack.setClean()

    def display_name(self) -> str:
        return Path(self.file).name if self.file else translate("pack_document", "Untitled pack")

    def _show(self, pack: Pack | None) -> None:
        self.pack = pack
        self.changed.emit(pack)


def file_stem(title: str) -> str:
    """A file name for a pack of this title: "Fujian briefing pack" -> "fujian-briefing-pack"."""
    return re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-").lower() or "briefing-pack"
