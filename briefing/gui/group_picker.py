"""Above a chart that compares like with like (growth rates, targets): which group of comparable figures it draws
(one region and period, one measure and region), most figures first, and how many figures of other groups are not
drawn. The groups and the words come from the chart's specification; this only offers them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from .i18n import translate

if TYPE_CHECKING:  # the spec module loads pandas: not before the window's first paint
    from ..core.charts.spec import Group


class GroupPicker(QWidget):
    changed = Signal()  # the user chose another group

    def __init__(self, parent=None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.combo = QComboBox(objectName="group-combo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.setToolTip(translate("group_picker", "Only figures of one group are compared: choose which"))
        self.hidden = QLabel(objectName="group-hidden", textFormat=Qt.TextFormat.PlainText)
        self.hidden.setWordWrap(True)
        self.hidden.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QGridLayout(self)  # what is not shown under the chooser, across the width: beside it, a zoomed
        layout.setContentsMargins(4, 2, 4, 2)  # window's narrow chart wrapped it a word a line, taking the chart's room
        layout.addWidget(QLabel(translate("group_picker", "Compare"), textFormat=Qt.TextFormat.PlainText), 0, 0)
        layout.addWidget(self.combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hidden, 1, 0, 1, 3)
        layout.setColumnStretch(2, 1)
        self._groups: tuple[Group, ...] = ()
        self._quiet = False
        self.combo.currentIndexChanged.connect(self._on_index)
        self.hide()

    def set_groups(self, groups: tuple[Group, ...], current: str, hidden: str) -> None:
        """The groups of the chart drawn, the one drawn, and what is not drawn ("13 growth rates of 4 other regions
        or periods not shown"). Hidden when there is nothing to choose."""
        self._quiet = True
        try:
            if groups != self._groups:
                self._groups = groups
                self.combo.clear()
                for g in groups:
                    self.combo.addItem(f"{g.label} ({g.count})", g.key)
            self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        finally:
            self._quiet = False
        self.hidden.setText(translate("group_picker", "{hidden}: choose another group").format(hidden=hidden)
                            if hidden else "")
        self.setVisible(len(groups) > 1)

    def group(self) -> str | None:
        """The chosen group's key; None before the first chart (the chart takes the group with most figures)."""
        return self.combo.currentData() if self.combo.count() else None

    def _on_index(self, _index: int) -> None:
        if not self._quiet:
            self.changed.emit()
