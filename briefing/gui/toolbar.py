"""The toolbar: the pack's commands one click away (the same actions as the Pack menu)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

# action id and the short label it has on the toolbar; an action not installed is left out ("present" comes
# with presentation mode)
TOOLBAR = (("pack-new", "New Pack"), ("add-to-pack", "Add to Pack"), ("preview-pack", "Preview"),
           ("export-pack", "Export PDF"), ("print-pack", "Print"), ("present", "Present"))


def install_toolbar(window, actions: dict) -> QToolBar:
    bar = QToolBar("Pack toolbar", window, objectName="pack-toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # words say what a button does
    bar.setMovable(False)
    for action_id, label in TOOLBAR:
        action = actions.get(action_id)
        if action is None:
            continue
        action.setIconText(label)
        tip = action.statusTip() or action.text()
        keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
