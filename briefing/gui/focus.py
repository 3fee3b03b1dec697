"""The keyboard in the main window: Tab moves from pane to pane (search, filters, figures, charts, source, pack
panel), arrows move inside a pane, a frame shows which pane has the focus, and the window's shortcuts work
from any text field (a line edit would otherwise take Ctrl+E, Ctrl+D, Ctrl+N … for its Emacs-style keys)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QRect, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from .focus_mark import mark_focus

Key = QKeySequence.StandardKey
# what a text field keeps even when the window has an action on the same key
EDITING_KEYS = (Key.Copy, Key.Cut, Key.Paste, Key.Undo, Key.Redo, Key.SelectAll, Key.Delete, Key.Backspace)
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
FRAME_WIDTH = 3


class Pane:
    """A region Tab stops at once. `entry()`: where the focus goes first; `form`: Tab walks its fields before
    leaving (the pack panel's cover fields); `arrows`: Up/Down walk its controls (the filters)."""

    def __init__(self, name: str, widget: QWidget, entry, form: bool = False, arrows: bool = False,
                 exclude: QWidget | None = None) -> None:
        self.name, self.widget, self.entry, self.form, self.arrows, self.exclude = \
            name, widget, entry, form, arrows, exclude

    def holds(self, w: QWidget | None) -> bool:
        if w is None or (self.exclude is not None and (w is self.exclude or self.exclude.isAncestorOf(w))):
            return False
        return w is self.widget or self.widget.isAncestorOf(w)


class PaneFrame(QWidget):
    """A frame in the highlight colour around the pane that has the focus, drawn over the window (the mouse
    goes through it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, objectName="pane-frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pane: Pane | None = None
        self.hide()

    def follow(self, pane: Pane | None) -> None:
        self.pane = pane
        target = pane.widget if pane is not None else None
        if target is None or not target.isVisible() or target.window() is not self.parentWidget():
            self.hide()
            return
        top_left = target.mapTo(self.parentWidget(), target.rect().topLeft())
        self.setGeometry(QRect(top_left, target.size()).adjusted(-1, -1, 1, 1))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH))
        half = FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class Keyboard(QObject):
    """An event filter on the focused widget: sees Tab, arrows and shortcut overrides before the widget does."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        f = window.filters
        for table in window.tables.values():
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        window.source.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read-only, but read with the keys
        window.pack.panel.notes.setTabChangesFocus(True)
        mark_focus(f.theme_boxes.values())  # the focused box framed in the highlight colour
        self.panes = [
            Pane("search", f.search, lambda: f.search),
            Pane("filters", window.filters_area, lambda: _first(f, f.search), arrows=True, exclude=f.search),
            Pane("records", window.record_tabs, lambda: window.record_tabs.currentWidget()),
            Pane("charts", window.chart_tabs, lambda: window.chart_tabs.tabBar()),
            Pane("source", window.source, lambda: window.source.text),
            Pane("pack", window.pack.dock, lambda: _first(window.pack.panel), form=True),
        ]
        self.last: dict[str, QWidget] = {}
        self.frame = PaneFrame(window)
        for pane in self.panes:
            pane.widget.installEventFilter(self)  # moved or resized: the frame follows
        # not an application-wide event filter (Python called for every event cost 40 ms before the first
        # paint): each widget of the window that takes the focus gets this filter, before its first key
        QApplication.instance().focusChanged.connect(self._on_focus)

    # --- which pane ---------------------------------------------------------------------------------

    def pane_of(self, w: QWidget | None) -> Pane | None:
        return next((p for p in self.panes if p.holds(w)), None)

    def current_pane(self) -> Pane | None:
        return self.pane_of(QApplication.focusWidget())

    def _on_focus(self, _old, new) -> None:
        if new is not None and new.window() in (self.window, self.window.pack.dock):
            new.installEventFilter(self)  # once: Qt keeps a filter only once on an object
        pane = self.pane_of(new)
        if pane is not None:
            self.last[pane.name] = new
            if isinstance(pane.widget, QScrollArea):  # the filters, scrolled when zoomed on a short screen
                pane.widget.ensureWidgetVisible(new)
        if new is None or new.window() is self.window:
            self.frame.follow(pane)

    def step(self, forward: bool) -> QWidget | None:
        """Move the focus to the next (or previous) shown pane, where it was last in that pane."""
        current = self.current_pane()
        shown = [p for p in self.panes if _reachable(p.widget, self.window)]
        if not shown:
            return None
        at = shown.index(current) if current in shown else (-1 if forward else 0)
        pane = shown[(at + (1 if forward else -1)) % len(shown)]
        target = self.last.get(pane.name)
        if target is None or not pane.holds(target) or not _reachable(target, self.window):
            target = pane.entry()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return target

    # --- events -------------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide) and \
                self.frame.pane is not None and watched is self.frame.pane.widget:
            self.frame.follow(self.frame.pane)
            return False
        if kind == QEvent.Type.KeyPress:
            return self._key(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(watched, event)
        return False

    def _ours(self, watched) -> bool:
        return isinstance(watched, QWidget) and watched.window() in (self.window, self.window.pack.dock) \
            and watched is QApplication.focusWidget()

    def _key(self, watched, event) -> bool:
        key, mods = event.key(), event.modifiers()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down) or \
                mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) or \
                not self._ours(watched):
            return False
        pane = self.pane_of(watched)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if pane is None or not pane.arrows or not isinstance(watched, (QAbstractButton, QComboBox)):
                return False
            return self._walk(pane, watched, key == Qt.Key.Key_Down, leave=False)
        forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
        if pane is not None and pane.form and self._walk(pane, watched, forward, leave=True):
            return True
        self.step(forward)
        return True

    def _walk(self, pane: Pane, w: QWidget, forward: bool, leave: bool) -> bool:
        """Focus the next control of `pane` in the focus chain; False when there is none (the pane's edge)."""
        n = w
        for _ in range(500):
            n = n.nextInFocusChain() if forward else n.previousInFocusChain()
            if n is w or n is None:
                return False
            if not pane.holds(n):
                if leave:
                    return False
                continue
            if n.focusPolicy() & Qt.FocusPolicy.TabFocus and _reachable(n, self.window) and n.focusProxy() is None:
                n.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
        return False

    def _shortcut_override(self, watched, event) -> bool:
        if not isinstance(watched, TEXT_FIELDS) or not self._ours(watched):
            return False
        if any(event.matches(k) for k in EDITING_KEYS):
            return False
        pressed = QKeySequence(QKeyCombination(event.modifiers(), Qt.Key(event.key())))
        plain = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if pressed.isEmpty() or not event.modifiers() & ~plain:
            return False  # a plain key (a letter, Esc) is the field's
        for action in self.window.actions_by_id.values():
            if action.isEnabled() and any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                          for s in action.shortcuts()):
                event.ignore()  # not the field's: the window's action takes the key
                return True
        return False


def _reachable(w: QWidget, window) -> bool:
    return w.isVisible() and w.isEnabled() and w.window() in (window, window.pack.dock)


def _chain_in(container: QWidget, exclude: QWidget | None = None) -> list[QWidget]:
    """The focusable controls inside `container` (but not in `exclude`), in focus-chain order."""
    found, n = [], container
    for _ in range(500):
        n = n.nextInFocusChain()
        if n is container or n is None:
            break
        if container.isAncestorOf(n) and not (exclude is not None and (n is exclude or exclude.isAncestorOf(n))) \
                and n.focusPolicy() & Qt.FocusPolicy.TabFocus and n.isVisible() and n.isEnabled() and n not in found:
            found.append(n)
    return found


def _first(container: QWidget, exclude: QWidget | None = None) -> QWidget | None:
    return next(iter(_chain_in(container, exclude)), None)
