"""The pack panel: cover fields, the pack's outline (sections and their items) to reorder and prune, and notes.
Every change goes to the PackDocument as one undoable edit; the panel redraws from the document."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model.vocab import ITEM_KINDS
from ..lazy import lazy
from . import outline_labels
from .i18n import translate
from .pack_document import PackDocument
from .plain import literal

pack_edit = lazy("..core.pack.edit", __package__)  # pandas and pydantic behind it: after the first paint

KEY_ROLE = Qt.ItemDataRole.UserRole
FIELDS = (("title", QT_TRANSLATE_NOOP("pack_panel", "Title")),
          ("subtitle", QT_TRANSLATE_NOOP("pack_panel", "Subtitle")),
          ("audience", QT_TRANSLATE_NOOP("pack_panel", "Audience")), ("date", QT_TRANSLATE_NOOP("pack_panel", "Date")),
          ("handling", QT_TRANSLATE_NOOP("pack_panel", "Handling")))
PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("pack_panel", "US Letter")))
PACK_KEY = ("pack",)


class PackPanel(QWidget):
    newFromFilters = Signal()
    openRequested = Signal()
    previewRequested = Signal()
    exportRequested = Signal()

    def __init__(self, document: PackDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.data = None
        self._labels: dict[tuple[str, str], str] = {}
        self._outline = None    # the sections' items as last drawn: redraw the tree only when they change
        self._select_next = None

        empty = QWidget()
        new_button = QPushButton(translate("pack_panel", "New Pack from Filters"), objectName="pack-new")
        new_button.clicked.connect(self.newFromFilters)
        open_button = QPushButton(translate("pack_panel", "Open Pack…"))
        open_button.clicked.connect(self.openRequested)
        hint = QLabel(translate("pack_panel", "No briefing pack open. Start one from what the filters show, then add, "
                                "remove and reorder figures, charts and initiatives and write notes."), wordWrap=True)
        col = QVBoxLayout(empty)
        for w in (hint, new_button, open_button):
            col.addWidget(w)
        col.addStretch(1)

        editor = QWidget()
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            edit = QLineEdit(objectName=f"pack-{name}")
            edit.textChanged.connect(lambda text, name=name: self._set_field(name, text))
            form.addRow(translate("pack_panel", label), edit)
            self.fields[name] = edit
        self.paper = QComboBox(objectName="pack-paper")
        for code, label in PAPERS:
            self.paper.addItem(translate("pack_panel", label), code)
        self.paper.currentIndexChanged.connect(lambda _i: self._set_field("paper", self.paper.currentData()))
        form.addRow(translate("pack_panel", "Paper"), self.paper)

        self.tree = QTreeWidget(objectName="pack-outline")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._on_current())
        self.up, self.down, self.remove = (QToolButton(text=t) for t in (
            translate("pack_panel", "Move Up"), translate("pack_panel", "Move Down"),
            translate("pack_panel", "Remove")))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(+1))
        self.remove.clicked.connect(self.remove_current)
        for key, slot in ((QKeySequence.StandardKey.Delete, self.remove_current), ("Alt+Up", lambda: self.move(-1)),
                          ("Alt+Down", lambda: self.move(+1))):
            QShortcut(QKeySequence(key), self.tree, slot, context=Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        for b, tip in ((self.up, translate("pack_panel", "Move up (Alt+Up)")),
                       (self.down, translate("pack_panel", "Move down (Alt+Down)")),
                       (self.remove, translate("pack_panel", "Remove (Delete)"))):
            b.setToolTip(tip)
            buttons.addWidget(b)

        self.notes_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.notes = QPlainTextEdit(objectName="pack-notes")
        self.notes.setPlaceholderText(translate("pack_panel", "Notes printed with this part of the pack"))
        self.notes.textChanged.connect(self._set_notes)
        self.notes.setUndoRedoEnabled(False)
        for text_field in (self.notes, *self.fields.values()):
            text_field.installEventFilter(self)  # Ctrl+Z goes to the pack's undo history, not the field's own

        outputs = QHBoxLayout()
        for text, name, signal, tip in (
                (translate("pack_panel", "Preview…"), "pack-preview", self.previewRequested,
                 translate("pack_panel", "See the pack's PDF page by page (Ctrl+Shift+P)")),
                (translate("pack_panel", "Export PDF…"), "pack-export", self.exportRequested,
                 translate("pack_panel", "Write the pack as a PDF (Ctrl+E)"))):
            button = QPushButton(text, objectName=name)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            outputs.addWidget(button)

        col = QVBoxLayout(editor)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(form)
        col.addWidget(self.tree, 3)
        col.addLayout(buttons)
        col.addWidget(self.notes_label)
        col.addWidget(self.notes, 1)
        col.addLayout(outputs)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(editor)
        QVBoxLayout(self).addWidget(self.stack)
        document.changed.connect(self.show_pack)
        self.show_pack(document.pack)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()  # not the field's: the window's Undo/Redo actions take the key
            return True
        return super().eventFilter(watched, event)

    def set_data(self, data) -> None:
        self.data = data
        self._labels.clear()
        self._outline = None
        self.show_pack(self.document.pack)

    # --- from the document ------------------------------------------------------------------------

    def show_pack(self, pack) -> None:
        self.stack.setCurrentIndex(0 if pack is None else 1)
        if pack is None or self.data is None:
            return
        for name, edit in self.fields.items():
            if edit.text() != getattr(pack, name):
                edit.blockSignals(True)
                edit.setText(getattr(pack, name))
                edit.blockSignals(False)
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(self.paper.findData(pack.paper))
        self.paper.blockSignals(False)
        outline = [(s.theme, *(tuple(getattr(s, k)) for k in ITEM_KINDS)) for s in pack.sections]
        if outline != self._outline:
            self._outline = outline
            self._fill_tree(pack)
        self._show_notes()

    def _fill_tree(self, pack) -> None:
        keep = self._select_next or self.current_key()
        self._select_next = None
        self.tree.blockSignals(True)
        self.tree.clear()
        top = QTreeWidgetItem(self.tree, [translate("pack_panel", "Cover and notes for the whole pack")])
        top.setData(0, KEY_ROLE, PACK_KEY)
        by_key = {PACK_KEY: top}
        for i, s in enumerate(pack.sections):
            n = sum(len(getattr(s, k)) for k in ITEM_KINDS)
            node = QTreeWidgetItem(self.tree, [outline_labels.section_label(s.theme, n)])
            node.setData(0, KEY_ROLE, ("section", i))
            by_key[("section", i)] = node
            for kind in ITEM_KINDS:
                for j, item in enumerate(getattr(s, kind)):
                    leaf = QTreeWidgetItem(node, [self._label(kind, item)])
                    leaf.setToolTip(0, literal(leaf.text(0)))
                    key = ("item", i, kind, j)
                    leaf.setData(0, KEY_ROLE, key)
                    by_key[key] = leaf
        current = by_key.get(keep) or by_key.get(("section", keep[1]) if keep and len(keep) > 1 else None) or top
        self.tree.setCurrentItem(current)
        self.tree.scrollToItem(current)
        self.tree.blockSignals(False)
        self._on_current()

    def _label(self, kind: str, item: str) -> str:
        key = (kind, item)
        if key not in self._labels:
            self._labels[key] = outline_labels.item_label(self.data, kind, item)
        return self._labels[key]

    def _show_notes(self) -> None:
        pack, section = self.document.pack, self.current_section()
        text = pack.notes if section is None else pack.sections[section].notes
        self.notes_label.setText(translate("pack_panel", "Notes for the whole pack") if section is None
                                 else translate("pack_panel", "Notes for {theme}").format(
                                     theme=outline_labels.theme_name(pack.sections[section].theme)))
        if self.notes.toPlainText() != text:
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)

    def _on_current(self) -> None:
        key = self.current_key()
        for b in (self.up, self.down, self.remove):
            b.setEnabled(key is not None and key != PACK_KEY)
        if self.document.pack is not None:
            self._show_notes()

    # --- to the document --------------------------------------------------------------------------

    def current_key(self) -> tuple | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, KEY_ROLE)

    def current_section(self) -> int | None:
        key = self.current_key()
        return key[1] if key and key[0] in ("section", "item") else None

    def _set_field(self, name: str, value: str) -> None:
        pack = self.document.pack
        if pack is not None and getattr(pack, name) != value:
            self.document.edit(pack_edit.set_field(pack, name, value), f"Edit {name}", merge_key=("field", name))

    def _set_notes(self) -> None:
        pack, section = self.document.pack, self.current_section()
        if pack is not None:
            self.document.edit(pack_edit.set_notes(pack, section, self.notes.toPlainText()), "Edit notes",
                               merge_key=("notes", section))

    def move(self, delta: int) -> None:
        key, pack = self.current_key(), self.document.pack
        if key is None or key == PACK_KEY:
            return
        if key[0] == "section":
            target = max(0, min(len(pack.sections) - 1, key[1] + delta))
            self._select_next = ("section", target)
            self.document.edit(pack_edit.move_section(pack, key[1], delta), "Move section")
            self._select_next = None  # used by the redraw the edit caused, or none happened (already at the end)
        else:
            _, i, kind, j = key
            target = max(0, min(len(getattr(pack.sections[i], kind)) - 1, j + delta))
            self._select_next = ("item", i, kind, target)
            self.document.edit(pack_edit.move_item(pack, i, kind, j, delta), "Move item")
            self._select_next = None

    def remove_current(self) -> None:
        key, pack = self.current_key(), self.document.pack
        if key is None or key == PACK_KEY:
            return
        if key[0] == "section":
            self._select_next = ("section", max(0, key[1] - 1)) if key[1] else PACK_KEY
            self.document.edit(pack_edit.remove_section(pack, key[1]), "Remove section")
            self._select_next = None
        else:
            _, i, kind, j = key
            self._select_next = ("item", i, kind, j) if j + 1 < len(getattr(pack.sections[i], kind)) \
                else ("item", i, kind, j - 1) if j else ("section", i)
            self.document.edit(pack_edit.remove_item(pack, i, kind, j), "Remove item")
            self._select_next = None

    def select(self, key: tuple) -> None:
        """Make `key` (("section", i) or ("item", i, kind, j)) current, e.g. what was just added."""
        it = self.tree.invisibleRootItem()
        stack = [it.child(n) for n in range(it.childCount())]
        while stack:
            node = stack.pop()
            if node.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(node)
                self.tree.scrollToItem(node)
                return
            stack.extend(node.child(n) for n in range(node.childCount()))
