"""Menu actions declared as data: id, title, menu, shortcut and the window method they call."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    slot: str                      # name of the MainWindow method to call
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


ACTIONS = (
    ActionSpec("export-pack", "Export Briefing Pack…", "&File", "export_pack", "Ctrl+E",
               "Write the filtered figures and initiatives as a PDF briefing pack"),
    ActionSpec("save-chart", "Save Chart As…", "&File", "save_chart", Key.Save, "Save the chart as PNG or SVG"),
    ActionSpec("quit", "Quit", "&File", "close", Key.Quit),
    ActionSpec("copy-citation", "Copy Figure with Citation", "&Edit", "copy_citation", Key.Copy,
               "Copy the selected figure as a sentence with its source"),
    ActionSpec("find", "Find…", "&Edit", "focus_search", Key.Find, "Search figures, initiatives and sources"),
    ActionSpec("clear-filters", "Clear Filters", "&Edit", "clear_filters", "Esc"),
    ActionSpec("view-trend", "Trend", "&View", "show_trend", "Ctrl+1"),
    ActionSpec("view-comparison", "Growth Comparison", "&View", "show_comparison", "Ctrl+2"),
    ActionSpec("view-scorecard", "Target vs Actual", "&View", "show_scorecard", "Ctrl+3"),
    ActionSpec("about", "About Briefing Desk", "&Help", "show_about"),
)


def install_actions(window) -> dict[str, QAction]:
    """Create every action, put it in its menu, and connect it to its window method."""
    menus, actions = {}, {}
    for spec in ACTIONS:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        action = QAction(spec.title, window)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
        action.triggered.connect(getattr(window, spec.slot))
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions
