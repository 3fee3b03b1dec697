"""Menu actions declared as data: id, title, menu, shortcut and the window method they call."""
from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

from ..core.charts.kinds import CHART_KINDS
from .i18n import translate
from .language_menu import install_language_menu

Key = QKeySequence.StandardKey

# the chart kinds' titles and menu titles (they are declared in the Qt-free core), for pyside6-lupdate
CHART_TITLES = (QT_TRANSLATE_NOOP("chart_kinds", "Trend"),
                QT_TRANSLATE_NOOP("chart_kinds", "Growth comparison"),
                QT_TRANSLATE_NOOP("chart_kinds", "Growth Comparison"),
                QT_TRANSLATE_NOOP("chart_kinds", "Target vs actual"),
                QT_TRANSLATE_NOOP("chart_kinds", "Target vs Actual"),
                QT_TRANSLATE_NOOP("chart_kinds", "Compare regions"),
                QT_TRANSLATE_NOOP("chart_kinds", "Compare Regions"))


def chart_title(title: str) -> str:
    """A chart kind's title (its tab, its menu item) in the interface's language."""
    return translate("chart_kinds", title)


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    slot: str                      # the MainWindow method to call ("pack.save": a method of window.pack)
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None  # a tuple: the first is shown
    tip: str = ""
    args: tuple = ()               # passed to the slot


MENUS = (QT_TRANSLATE_NOOP("actions", "&File"), QT_TRANSLATE_NOOP("actions", "&Edit"),  # in the menu bar's order
         QT_TRANSLATE_NOOP("actions", "&Pack"), QT_TRANSLATE_NOOP("actions", "&View"),
         QT_TRANSLATE_NOOP("actions", "&Help"))

ACTIONS = (
    ActionSpec("import-table",
               QT_TRANSLATE_NOOP("actions", "Import Table…"), "&File", "workspace.import_table", "Ctrl+I",
               QT_TRANSLATE_NOOP("actions", "Import figures from a CSV, XLSX or SDMX-CSV table into your workspace")),
    ActionSpec("add-document", QT_TRANSLATE_NOOP("actions", "Add Document…"), "&File", "workspace.add_document", None,
               QT_TRANSLATE_NOOP("actions", "Add a text or HTML document: the app proposes its figures "
                                 "for you to accept")),
    ActionSpec("manage-imports",
               QT_TRANSLATE_NOOP("actions", "Your Tables and Documents…"), "&File", "workspace.manage", None,
               QT_TRANSLATE_NOOP("actions", "See the tables you imported and the documents you added, and remove one")),
    ActionSpec("save-chart", QT_TRANSLATE_NOOP("actions", "Save Chart As…"), "&File", "save_chart", "Ctrl+Alt+S",
               QT_TRANSLATE_NOOP("actions", "Save the chart as PNG or SVG")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "Quit"), "&File", "close", Key.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("actions", "Undo"), "&Edit", "pack.undo", Key.Undo,
               QT_TRANSLATE_NOOP("actions", "Undo the last change to the pack")),
    ActionSpec("redo", QT_TRANSLATE_NOOP("actions", "Redo"), "&Edit", "pack.redo", Key.Redo),
    ActionSpec("copy-citation",
               QT_TRANSLATE_NOOP("actions", "Copy Figure with Citation"), "&Edit", "copy_citation", Key.Copy,
               QT_TRANSLATE_NOOP("actions", "Copy the selected figure as a sentence with its source")),
    ActionSpec("find", QT_TRANSLATE_NOOP("actions", "Find…"), "&Edit", "focus_search", Key.Find,
               QT_TRANSLATE_NOOP("actions", "Search figures, initiatives and sources")),
    ActionSpec("clear-filters", QT_TRANSLATE_NOOP("actions", "Clear Filters"), "&Edit", "clear_filters", "Esc"),
    ActionSpec("pack-new", QT_TRANSLATE_NOOP("actions", "New Pack from Filters"), "&Pack", "pack.new", Key.New,
               QT_TRANSLATE_NOOP("actions", "Start a briefing pack with what the filters show")),
    ActionSpec("pack-open", QT_TRANSLATE_NOOP("actions", "Open Pack…"), "&Pack", "pack.open", Key.Open,
               QT_TRANSLATE_NOOP("actions", "Open a briefing pack file")),
    ActionSpec("pack-save", QT_TRANSLATE_NOOP("actions", "Save Pack"), "&Pack", "pack.save", Key.Save,
               QT_TRANSLATE_NOOP("actions", "Save the briefing pack")),
    ActionSpec("pack-save-as", QT_TRANSLATE_NOOP("actions", "Save Pack As…"), "&Pack", "pack.save_as",
               "Ctrl+Shift+S"),
    ActionSpec("add-to-pack",
               QT_TRANSLATE_NOOP("actions", "Add Selected to Pack"), "&Pack", "pack.add_selected", "Ctrl+D",
               QT_TRANSLATE_NOOP("actions", "Add the selected figure or initiative to the briefing pack")),
    ActionSpec("add-chart-to-pack",
               QT_TRANSLATE_NOOP("actions", "Add Chart to Pack"), "&Pack", "pack.add_chart", "Ctrl+Shift+D",
               QT_TRANSLATE_NOOP("actions", "Add the chart on screen to the briefing pack")),
    ActionSpec("preview-pack",
               QT_TRANSLATE_NOOP("actions", "Preview Pack…"), "&Pack", "pack.pdf.preview", "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("actions", "See the pack's PDF page by page")),
    ActionSpec("export-pack", QT_TRANSLATE_NOOP("actions", "Export Pack as PDF…"), "&Pack", "pack.pdf.export",
               "Ctrl+E",
               QT_TRANSLATE_NOOP("actions", "Write the briefing pack as a PDF (a new pack from the filters "
                                 "if none is open)")),
    ActionSpec("print-pack", QT_TRANSLATE_NOOP("actions", "Print Pack…"), "&Pack", "pack.pdf.print", Key.Print,
               QT_TRANSLATE_NOOP("actions", "Print the briefing pack")),
    ActionSpec("export-pack-data",
               QT_TRANSLATE_NOOP("actions", "Export Pack Data…"), "&Pack", "pack.data_export.export", None,
               QT_TRANSLATE_NOOP("actions", "Write every figure of the pack with its citation as XLSX or "
                                 "CSV (or the pack as a web page)")),
    *(ActionSpec(f"view-{kind.id}", kind.menu_title or kind.title, "&View", "show_chart", kind.shortcut,
                 args=(kind.id,)) for kind in CHART_KINDS),  # a tab each
    ActionSpec("present", QT_TRANSLATE_NOOP("actions", "Present"), "&View", "presenter.start", "F5",
               QT_TRANSLATE_NOOP("actions", "Show the open pack (or the filtered figures) full screen, a "
                                 "slide each; Esc leaves")),
    ActionSpec("zoom-in", QT_TRANSLATE_NOOP("actions", "Zoom In"), "&View", "zoom.zoom_in", ("Ctrl++", "Ctrl+="),
               QT_TRANSLATE_NOOP("actions", "Larger text and charts")),
    ActionSpec("zoom-out", QT_TRANSLATE_NOOP("actions", "Zoom Out"), "&View", "zoom.zoom_out", "Ctrl+-",
               QT_TRANSLATE_NOOP("actions", "Smaller text and charts")),
    ActionSpec("zoom-reset", QT_TRANSLATE_NOOP("actions", "Actual Size"), "&View", "zoom.reset", "Ctrl+0",
               QT_TRANSLATE_NOOP("actions", "Text and charts at 100%")),
    ActionSpec("guide", QT_TRANSLATE_NOOP("actions", "User Guide"), "&Help", "help.guide", Key.HelpContents,
               QT_TRANSLATE_NOOP("actions", "How to use the briefing desk")),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("actions", "Keyboard Shortcuts"), "&Help", "help.shortcuts", "Ctrl+/",
               QT_TRANSLATE_NOOP("actions", "Every shortcut of the window")),
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "About Briefing Desk"), "&Help", "help.about"),
)


def install_actions(window) -> dict[str, QAction]:
    """Create every action, put it in its menu, and connect it to its window method."""
    menus = {name: window.menuBar().addMenu(translate("actions", name)) for name in MENUS}
    actions = {}
    for spec in ACTIONS:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(translate("actions", spec.menu))
        action = QAction(chart_title(spec.title) if spec.id.startswith("view-") else translate("actions", spec.title),
                         window)
        action.setObjectName(spec.id)
        if isinstance(spec.shortcut, tuple):
            action.setShortcuts([QKeySequence(k) for k in spec.shortcut])
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(translate("actions", spec.tip))
        slot = reduce(getattr, spec.slot.split("."), window)
        action.triggered.connect((lambda *_, slot=slot, args=spec.args: slot(*args)) if spec.args else slot)
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    view = menus["&View"]
    view.addSeparator()
    toggle = window.pack.dock.toggleViewAction()
    toggle.setText(translate("actions", "Briefing Pack Panel"))
    toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
    view.addAction(toggle)
    actions["view-pack-panel"] = toggle
    view.addAction(window.source_fold.action)
    actions["view-source-pane"] = window.source_fold.action
    install_language_menu(window, view)
    return actions
