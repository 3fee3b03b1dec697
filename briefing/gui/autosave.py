"""Autosave of the pack being edited, and recovery after a crash.

While a pack has unsaved edits, a draft is written (atomically) a moment after each edit. Saving or
discarding removes it, so a draft found at start-up means the last session ended without either: a crash.
A lock file tells a crashed session (its process is gone) from another window that is still open."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..core.errors import BriefingError
from ..lazy import lazy
from .i18n import translate
from .pack_document import PackDocument

packs = lazy("..core.pack.model", __package__)

DELAY_MS = 800


class Autosave(QObject):
    failed = Signal(str)  # a message for the status bar

    def __init__(self, document: PackDocument, folder: Path, delay_ms: int = DELAY_MS) -> None:
        super().__init__(document)
        self.document = document
        self.draft = folder / "draft-pack.json"
        self.lock = QLockFile(str(folder / "session.lock"))
        self.lock.setStaleLockTime(0)         # stale only when its process is gone, however long it ran
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.problem = translate("autosave", "Autosave is off: cannot use {folder} ({error})").format(
                folder=folder, error=e.strerror or e)
            self.owner = False
        else:
            self.owner = self.lock.tryLock(0)  # another open window keeps its own draft; this one does not write
            self.problem = "" if self.owner else translate("autosave", "Autosave is off in this window: another window "
                                                                       "is open.")
        self.pending = self.owner and self.draft.exists()  # left by a crash, not yet offered: never deleted
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.write_now)
        document.changed.connect(self.timer.start)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to the saved state
            self.discard()

    def left_behind(self) -> bool:
        """A draft from a session that ended without saving or discarding it."""
        return self.pending

    def restore(self, data):
        """The left-behind draft as (pack, file, warnings); PackError if it cannot be read, after moving it
        aside (kept for the user, never overwritten). Either way it is no longer pending."""
        self.pending = False
        try:
            return packs.load_draft(self.draft, data)
        except packs.PackError:
            self.set_aside("unreadable")
            raise

    def set_aside(self, why: str) -> Path | None:
        """Move the left-behind draft out of the way, kept for the user (unreadable, or not restored).
        Returns where it went; None if it could not be moved (then this window does not write over it)."""
        aside = self.draft.with_name(f"draft-pack-{why}-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            self.draft.replace(aside)
        except OSError:
            self.owner = False
            return None
        return aside

    def write_now(self) -> None:
        self.timer.stop()
        if not self.owner or self.pending or not self.document.modified:
            return
        try:
            packs.save_draft(self.document.pack, self.document.file or None, self.draft)
        except BriefingError as e:
            logging.getLogger("briefing").warning("Autosave failed: %s", e)
            self.failed.emit(translate("autosave", "Autosave failed: {error}").format(error=e))

    def discard(self) -> None:
        self.timer.stop()
        if self.owner and not self.pending:
            try:
                self.draft.unlink(missing_ok=True)
            except OSError as e:
                self.failed.emit(translate("autosave", "Could not remove the autosaved draft: {error}").format(
                    error=e.strerror or e))

    def close(self) -> None:
        """At a clean exit (the user saved or discarded): no draft, no lock."""
        self.discard()
        if self.owner:
            self.lock.unlock()
            self.owner = False
