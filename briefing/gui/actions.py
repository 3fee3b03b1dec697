"""Menu actions declared as data: id, title, menu, shortcut and the window method they call."""
from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from PySide6.QtGui import QAction, QKeySequence

from ..core.charts.kinds import CHART_KINDS

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    slot: str                      # the MainWindow method to call ("pack.save": a method of window.pack)
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None  # a tuple: the first is shown
    tip: str = ""
    args: tuple = ()               # passed to the slot


MENUS = ("&File", "&Edit", "&Pack", "&View", "&Help")  # in the menu bar's order

ACTIONS = (
    ActionSpec("import-table", "Import Table…", "&File", "workspace.import_table", "Ctrl+I",
               "Import figures from a CSV, XLSX or SDMX-CSV table into your workspace"),
    ActionSpec("add-document", "Add Document…", "&File", "workspace.add_document", None,
               "Add a text or HTML document: the app proposes its figures for you to accept"),
    ActionSpec("manage-imports", "Your Tables and Documents…", "&File", "workspace.manage", None,
               "See the tables you imported and the documents you added, and remove one"),
    ActionSpec("save-chart", "Save Chart As…", "&File", "save_chart", "Ctrl+Alt+S", "Save the chart as PNG or SVG"),
    ActionSpec("quit", "Quit", "&File", "close", Key.Quit),
    ActionSpec("undo", "Undo", "&Edit", "pack.undo", Key.Undo, "Undo the last change to the pack"),
    ActionSpec("redo", "Redo", "&Edit", "pack.redo", Key.Redo),
    ActionSpec("copy-citation", "Copy Figure with Citation", "&Edit", "copy_citation", Key.Copy,
               "Copy the selected figure as a sentence with its source"),
    ActionSpec("find", "Find…", "&Edit", "focus_search", Key.Find, "Search figures, initiatives and sources"),
    ActionSpec("clear-filters", "Clear Filters", "&Edit", "clear_filters", "Esc"),
    ActionSpec("pack-new", "New Pack from Filters", "&Pack", "pack.new", Key.New,
               "Start a briefing pack with what the filters show"),
    ActionSpec("pack-open", "Open Pack…", "&Pack", "pack.open", Key.Open, "Open a briefing pack file"),
    ActionSpec("pack-save", "Save Pack", "&Pack", "pack.save", Key.Save, "Save the briefing pack"),
    ActionSpec("pack-save-as", "Save Pack As…", "&Pack", "pack.save_as", "Ctrl+Shift+S"),
    ActionSpec("add-to-pack", "Add Selected to Pack", "&Pack", "pack.add_selected", "Ctrl+D",
               "Add the selected figure or initiative to the briefing pack"),
    ActionSpec("add-chart-to-pack", "Add Chart to Pack", "&Pack", "pack.add_chart", "Ctrl+Shift+D",
               "Add the chart on screen to the briefing pack"),
    ActionSpec("preview-pack", "Preview Pack…", "&Pack", "pack.pdf.preview", "Ctrl+Shift+P",
               "See the pack's PDF page by page"),
    ActionSpec("export-pack", "Export Pack as PDF…", "&Pack", "pack.pdf.export", "Ctrl+E",
               "Write the briefing pack as a PDF (a new pack from the filters if none is open)"),
    ActionSpec("print-pack", "Print Pack…", "&Pack", "pack.pdf.print", Key.Print, "Print the briefing pack"),
    ActionSpec("export-pack-data", "Export Pack Data…", "&Pack", "pack.data_export.export", None,
               "Write every figure of the pack with its citation as XLSX or CSV (or the pack as a web page)"),
    *(ActionSpec(f"view-{kind.id}", kind.menu_title or kind.title, "&View", "show_chart", kind.shortcut,
                 args=(kind.id,)) for kind in CHART_KINDS),  # a tab each
    ActionSpec("present", "Present", "&View", "presenter.start", "F5",
               "Show the open pack (or the filtered figures) full screen, a slide each; Esc leaves"),
    ActionSpec("zoom-in", "Zoom In", "&View", "zoom.zoom_in", ("Ctrl++", "Ctrl+="), "Larger text and charts"),
    ActionSpec("zoom-out", "Zoom Out", "&View", "zoom.zoom_out", "Ctrl+-", "Smaller text and charts"),
    ActionSpec("zoom-reset", "Actual Size", "&View", "zoom.reset", "Ctrl+0", "Text and charts at 100%"),
    ActionSpec("guide", "User Guide", "&Help", "help.guide", Key.HelpContents, "How to use the briefing desk"),
    ActionSpec("shortcuts", "Keyboard Shortcuts", "&Help", "help.shortcuts", "Ctrl+/",
               "Every shortcut of the window"),
    ActionSpec("about", "About Briefing Desk", "&Help", "help.about"),
)


def install_actions(window) -> dict[str, QAction]:
    """Create every action, put it in its menu, and connect it to its window method."""
    menus = {name: window.menuBar().addMenu(name) for name in MENUS}
    actions = {}
    for spec in ACTIONS:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        action = QAction(spec.title, window)
        action.setObjectName(spec.id)
        if isinstance(spec.shortcut, tuple):
            action.setShortcuts([QKeySequence(k) for k in spec.shortcut])
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
        slot = reduce(getattr, spec.slot.split("."), window)
        action.triggered.connect((lambda *_, slot=slot, args=spec.args: slot(*args)) if spec.args else slot)
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    view = menus["&View"]
    view.addSeparator()
    toggle = window.pack.dock.toggleViewAction()
    toggle.setText("Briefing Pack Panel")
    toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
    view.addAction(toggle)
    actions["view-pack-panel"] = toggle
    view.addAction(window.source_fold.action)
    actions["view-source-pane"] = window.source_fold.action
    return actions
