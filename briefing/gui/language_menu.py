"""View → Language: English or 中文, saved in the settings and used from the next start."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from .i18n import LANGUAGES, SETTING, in_use, translate

# said in both languages: the reader may not read the one the window is in
RESTART = {"en": "The window will be in English from the next start.\n下次启动时界面将为英文。",
           "zh": "下次启动时界面将为中文。\nThe window will be in Chinese from the next start."}


def install_language_menu(window, view_menu) -> QActionGroup:
    """A Language submenu of the View menu, the language in use ticked."""
    menu = view_menu.addMenu(translate("language_menu", "Language"))
    menu.setObjectName("language-menu")
    group = QActionGroup(window, exclusive=True)
    current = in_use()
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True, checked=code == current, objectName=f"language-{code}")
        action.triggered.connect(lambda _checked=False, code=code: choose_language(window, code))
        group.addAction(action)
        menu.addAction(action)
    return group


def choose_language(window, code: str) -> None:
    """Remember `code` for the next start; say so (a restart is needed)."""
    window.settings.setValue(SETTING, code)
    window.settings.sync()
    if code != in_use():
        QMessageBox.information(window, "Language / 语言", RESTART[code])
