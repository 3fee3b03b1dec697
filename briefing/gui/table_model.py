"""Qt models over pandas DataFrames: they only wrap the data; filtering is decided in the core."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

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
    def __init__(self, columns: tuple[Column, ...], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._df = pd.DataFrame(columns=["id", *{c.field for c in columns}])
        self._search = ""
        self._highlight = QColor(255, 214, 10, 90)

    def set_frame(self, df: pd.DataFrame) -> None:
        """Replace the rows (on load): announced as removal and insertion, never a blanket layout change."""
        if len(self._df):
            self.beginRemoveRows(QModelIndex(), 0, len(self._df) - 1)
            self._df = self._df.iloc[0:0]
            self.endRemoveRows()
        if len(df):
            self.beginInsertRows(QModelIndex(), 0, len(df) - 1)
            self._df = df.reset_index(drop=True)
            self.endInsertRows()

    def set_search(self, text: str) -> None:
        """Highlight cells containing `text`: only their background changes."""
        text = text.strip().casefold()
        if text != self._search:
            self._search = text
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self._columns) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._df)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._df.iloc[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(row[column.field])
        if role == SORT_ROLE:
            value = row[column.sort_field or column.field]
            return float(value) if column.sort_field else str(value).casefold()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.BackgroundRole and self._search:
            if self._search in str(row[column.field]).casefold():
                return self._highlight
        return None

    def record_id(self, row: int) -> str:
        return self._df.iloc[row]["id"]


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
