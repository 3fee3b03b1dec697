"""Qt models over pandas DataFrames: they only wrap the data; filtering is decided in the core."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    import pandas as pd

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str
    field: str
    sort_field: str | None = None  # sort by another column (e.g. the numeric value behind the display)


INDICATOR_COLUMNS = (
    Column("Indicator", "name"), Column("Value", "display", "value"), Column("Period", "period"),
    Column("Region", "region"), Column("Kind", "kind"), Column("Source", "source"),
)
INITIATIVE_COLUMNS = (
    Column("Initiative", "name"), Column("Status", "status"), Column("Period", "period"),
    Column("Region", "region"), Column("Source", "source"),
)


class DataFrameModel(QAbstractTableModel):
    """Rows of a DataFrame; each column's texts and sort keys are taken once per load, so painting,
    sorting and filtering never touch pandas."""

    def __init__(self, columns: tuple[Column, ...], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._text: list[list[str]] = [[] for _ in columns]
        self._folded: list[list[str]] = [[] for _ in columns]
        self._sort: list[list] = [[] for _ in columns]
        self._search = ""
        self._highlight = QColor(255, 214, 10, 90)

    def set_frame(self, df: pd.DataFrame) -> None:
        """Replace the rows (on load): announced as removal and insertion, never a blanket layout change."""
        if self._ids:
            self.beginRemoveRows(QModelIndex(), 0, len(self._ids) - 1)
            self._ids = []
            self.endRemoveRows()
        if len(df):
            self.beginInsertRows(QModelIndex(), 0, len(df) - 1)
            self._ids = df["id"].tolist()
            self._rows = {rid: i for i, rid in enumerate(self._ids)}
            self._text = [df[c.field].astype(str).tolist() for c in self._columns]
            self._folded = [[t.casefold() for t in col] for col in self._text]
            self._sort = [df[c.sort_field].astype(float).tolist() if c.sort_field else folded
                          for c, folded in zip(self._columns, self._folded)]
            self.endInsertRows()

    def set_search(self, text: str) -> None:
        """Highlight cells containing `text`: only their background changes."""
        text = text.strip().casefold()
        if text != self._search:
            self._search = text
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self._columns) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    def row_of(self, record_id: str) -> int | None:
        return self._rows.get(record_id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text[col][row]
        if role == SORT_ROLE:
            return self._sort[col][row]
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.BackgroundRole and self._search and self._search in self._folded[col][row]:
            return self._highlight
        return None


class AcceptedRowsProxy(QSortFilterProxyModel):
    """Shows the rows the core's filter accepted (a mask over the model's rows); sorts by the sort role."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mask: Sequence[bool] | None = None
        self.setSortRole(SORT_ROLE)

    def set_mask(self, mask: Sequence[bool] | None) -> None:
        self.beginFilterChange()  # Qt >= 6.9; replaces the deprecated invalidateRowsFilter()
        self._mask = mask
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        return self._mask is None or bool(self._mask[source_row])
