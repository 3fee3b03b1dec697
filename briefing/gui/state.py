"""The app's state in one object with narrow signals: the data, the filters, the selected record."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.query.filters import Filters

if TYPE_CHECKING:
    from ..core.model.dataset import Dataset


class AppState(QObject):
    dataLoaded = Signal(object)         # Dataset
    filtersChanged = Signal(object)     # Filters
    selectionChanged = Signal(str, str)  # table ("indicators" or "initiatives"), record id
    selectionCleared = Signal()          # the selected record is no longer shown (the filters hide it)

    def __init__(self) -> None:
        super().__init__()
        self.data: Dataset | None = None
        self.filters = Filters()
        self.selection: tuple[str, str] | None = None

    def set_data(self, data: Dataset) -> None:
        self.data = data
        self.dataLoaded.emit(data)

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.filtersChanged.emit(filters)

    def select(self, table: str, record_id: str) -> None:
        if (table, record_id) != self.selection:
            self.selection = (table, record_id)
            self.selectionChanged.emit(table, record_id)

    def clear_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.selectionCleared.emit()

    def selected_row(self) -> dict | None:
        """The selected record as a dict (with its id), or None."""
        if self.data is None or self.selection is None:
            return None
        return self.data.record(*self.selection)
