"""The window follows its workspace: tables imported, documents added or removed elsewhere (the command line, a
second window) reload the data the way the window's own imports do, keeping the filters, the selection and the
open pack.

The workspace's folders (imports/, documents/) are watched, not their entries: an entry is written in a temporary
folder and renamed into place, a rename a watch on a file or folder would not survive, and on Windows a watched
folder cannot be renamed or removed, which would block `briefing remove-import`. Changes are gathered for
DEBOUNCE_MS, then the workspace's fingerprint (names, sizes and times of what the loaders read; temporary names
left out) is compared with the one taken before the data shown was read, so the window's own imports, already
shown, do not load twice. The same comparison runs when the window is activated, for file systems that send no
notice (network drives)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..core.errors import BriefingError
from ..lazy import lazy
from .i18n import translate

workspace = lazy("..core.ingest.workspace_files", __package__)  # no pandas or schema before ready

DEBOUNCE_MS = 300


class WorkspaceWatch(QObject):
    def __init__(self, window, commands) -> None:
        super().__init__(window)
        self.window, self.commands = window, commands  # commands: WorkspaceCommands (reload, seen)
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.check)
        self.watcher.directoryChanged.connect(lambda _path: self.timer.start())
        self.reloads = 0  # after changes made elsewhere (tests count them)

    def start(self) -> None:
        """Once the window shows data: watch from now on (the data shown is the workspace as it is now)."""
        self._watch()
        if self.commands.seen is None:
            self.commands.seen = workspace.fingerprint()
        self.window.installEventFilter(self)

    def _watch(self) -> None:
        """Watch the workspace's folders, made if missing (a folder removed and made again is watched again)."""
        watched = set(self.watcher.directories())
        for folder in workspace.workspace_folders():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:  # an unusable data folder: the window says so elsewhere; activation still checks
                continue
            if str(folder) not in watched:
                self.watcher.addPath(str(folder))

    def eventFilter(self, obj, event) -> bool:  # Qt API
        if obj is self.window and event.type() == QEvent.Type.WindowActivate:
            self.timer.start()
        return False

    def check(self) -> None:
        """Reload if the workspace is not what the window shows; later if a dialog is open (the user is in the
        middle of something, perhaps an import of their own)."""
        if self.window.state.data is None or self.window.seeds is None:
            return
        if QApplication.activeModalWidget() is not None:
            self.timer.start()
            return
        self._watch()
        if workspace.fingerprint() == self.commands.seen:
            return
        self.reloads += 1
        try:
            self.commands.reload()  # takes the new fingerprint before reading
        except BriefingError as e:
            logging.getLogger("briefing").warning("The workspace changed and cannot be read: %s", e)
            self.window.statusBar().showMessage(translate("workspace_watch", "The workspace changed and cannot be "
                                                                             "read: {error}").format(error=e), 20000)
