"""The toolbar: the pack's commands one click away (the same actions as the Pack menu)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QToolBar

from .i18n import in_use, translate

# action id and the short label it has on the toolbar; an action not installed is left out ("present" comes
# with presentation mode)
TOOLBAR = (("pack-new", QT_TRANSLATE_NOOP("toolbar", "New Pack")),
           ("add-to-pack", QT_TRANSLATE_NOOP("toolbar", "Add to Pack")),
           ("preview-pack", QT_TRANSLATE_NOOP("toolbar", "Preview")),
           ("export-pack", QT_TRANSLATE_NOOP("toolbar", "Export PDF")),
           ("print-pack", QT_TRANSLATE_NOOP("toolbar", "Print")),
           ("present", QT_TRANSLATE_NOOP("toolbar", "Present")))


def install_toolbar(window, actions: dict) -> QToolBar:
    bar = QToolBar(translate("toolbar", "Pack toolbar"), window, objectName="pack-toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # words say what a button does
    bar.setMovable(False)
    for action_id, label in TOOLBAR:
        action = actions.get(action_id)
        if action is None:
            continue
        action.setIconText(translate("toolbar", label))
        tip = action.statusTip() or action.text()
        keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        with_keys = f"{tip}（{keys}）" if in_use() == "zh" else f"{tip} ({keys})"  # Chinese brackets in Chinese
        action.setToolTip(with_keys if keys else tip)
        bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
