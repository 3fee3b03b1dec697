"""Help: the user guide (a shipped file, read offline), the keyboard shortcuts as the window's own actions have
them, and About with the app's version and the data's."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from .. import __version__
from ..resources import resource_path
from .i18n import in_use, translate
from .plain import literal

GUIDES = {"en": ("resources", "help", "guide.md"), "zh": ("resources", "help", "guide.zh.md")}
# keys that are not menu commands: moving around the window and the pack outline
KEYS = ((QT_TRANSLATE_NOOP("help_dialogs", "Next pane (search, filters, figures, charts, source, pack panel)"), "Tab"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Previous pane"), "Shift+Tab"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Move inside a pane: rows, filters, chart tabs, the outline"),
         "Up / Down / Left / Right"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Tick a filter, open a list"), "Space"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Switch the figures / initiatives tab"), "Ctrl+Tab"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Move the chosen pack item up / down"), "Alt+Up / Alt+Down"),
        (QT_TRANSLATE_NOOP("help_dialogs", "Remove the chosen pack item"), "Delete"))


def _plain(menu_text: str) -> str:
    """A menu's text without its mnemonic: "&File" -> "File", "文件(&F)" -> "文件"."""
    return re.sub(r"\(&\w\)|&", "", menu_text)


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action with a shortcut, in menu order."""
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            if keys and not action.isSeparator():
                rows.append((_plain(top.text()), _plain(action.text()), keys))
    return rows


class Help(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the last one opened (tests, screenshots)

    def _dialog(self, title: str, name: str, body) -> QDialog:
        dialog = QDialog(self.window, objectName=name)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        col = QVBoxLayout(dialog)
        col.addWidget(body, 1)
        col.addWidget(buttons)
        screen = self.window.screen().availableGeometry()
        dialog.resize(min(760, screen.width() * 9 // 10), min(820, screen.height() * 9 // 10))
        self.dialog = dialog
        dialog.show()
        return dialog

    def guide(self) -> QDialog | None:
        path = resource_path(*GUIDES[in_use()])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            QMessageBox.warning(self.window, translate("help_dialogs", "No guide"), literal(translate(
                "help_dialogs", "The user guide could not be read ({file}: {error}).").format(
                file=path, error=e.strerror or e)))
            return None
        browser = QTextBrowser(objectName="guide-text")
        browser.setOpenLinks(False)  # offline: nothing to follow
        browser.setMarkdown(text)
        return self._dialog(translate("help_dialogs", "User Guide — Fujian Briefing Desk"), "guide-dialog", browser)

    def shortcuts(self) -> QDialog:
        rows = [(menu, command, keys) for menu, command, keys in shortcut_rows(self.window)]
        rows += [(translate("help_dialogs", "Keyboard"), translate("help_dialogs", what), keys) for what, keys in KEYS]
        table = QTableWidget(len(rows), 3, objectName="shortcuts-table")
        table.setHorizontalHeaderLabels([translate("help_dialogs", "Menu"), translate("help_dialogs", "Command"),
                                         translate("help_dialogs", "Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)
        return self._dialog(translate("help_dialogs", "Keyboard Shortcuts — Fujian Briefing Desk"), "shortcuts-dialog",
                            table)

    def about(self) -> None:
        data = self.window.state.data
        counts = "" if data is None else "<br>" + translate(
            "help_dialogs", "{figures} figures and {initiatives} initiatives from {sources} source documents.").format(
            figures=len(data.indicators), initiatives=len(data.initiatives), sources=len(data.sources))
        QMessageBox.about(self.window, translate("help_dialogs", "About Fujian Briefing Desk"),
                          "<b>" + translate("main_window", "Fujian Briefing Desk") + f"</b> {html.escape(__version__)}"
                          "<br>" + translate("help_dialogs", "Data version {version}").format(
                              version=html.escape(self.window.data_version)) + counts
                          + "<br>" + translate("help_dialogs", "Every figure carries the sentence it comes from.")
                          + "<br>" + translate("help_dialogs", "Works offline: nothing is sent or fetched."))
