"""Qt models over pandas DataFrames: they only wrap the data; filtering is decided in the core. And the fitting
of a table's columns to its width (ColumnFitter)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from ..lazy import lazy
from .i18n import translate
from .plain import literal

np = lazy("numpy", __package__)

if TYPE_CHECKING:
    import pandas as pd

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str
    field: str
    sort_field: str | None = None  # sort by another column (e.g. the numeric value behind the display)
    flag_field: str | None = None  # a column whose text, where a row has any, marks the cell and is its tooltip
    labelled: bool = False         # its values are ids, shown by the labels given with the frame (source titles)
    max_width: int = 170           # pixels at most: the first column takes the rest (a long title is elided)


NAME_MIN = 170     # pixels the first column (the name) keeps at least, however narrow the table: then it scrolls
NAME_SHARE = 0.35  # of the table's width the name keeps at least, before the other columns have their full width
SAMPLE_ROWS = 200  # rows whose texts size the other columns (not every row: 100,000 imported ones cost seconds)
PADDING = 14       # pixels beside a cell's text


CAUTION_MARK = "⚠"  # beside a figure the curators caution against


INDICATOR_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("table_model", "Indicator"), "name"),
    Column(QT_TRANSLATE_NOOP("table_model", "Value"), "display", "value", "caution"),
    Column(QT_TRANSLATE_NOOP("table_model", "Period"), "period"),
    Column(QT_TRANSLATE_NOOP("table_model", "Region"), "region"),
    Column(QT_TRANSLATE_NOOP("table_model", "Kind"), "kind"),
    Column(QT_TRANSLATE_NOOP("table_model", "Source"), "source", labelled=True, max_width=110),
)
INITIATIVE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("table_model", "Initiative"), "name", flag_field="caution"),
    Column(QT_TRANSLATE_NOOP("table_model", "Status"), "status"),
    Column(QT_TRANSLATE_NOOP("table_model", "Period"), "period"),
    Column(QT_TRANSLATE_NOOP("table_model", "Region"), "region"),
    Column(QT_TRANSLATE_NOOP("table_model", "Source"), "source", labelled=True, max_width=110),
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
        self._values: dict[int, list[float]] = {}  # numeric sort keys of columns that have them
        self._flags: dict[int, list[str]] = {}     # the flag texts (cautions) of columns that have them
        self._search = ""
        self._highlight = QColor(255, 214, 10, 90)

    def set_frame(self, df: pd.DataFrame, labels: Mapping[str, str] | None = None) -> None:
        """Replace the rows (on load): announced as removal and insertion, never a blanket layout change.
        `labels` name the ids of labelled columns (a source id -> its title): a reader never sees an id."""
        if self._ids:
            self.beginRemoveRows(QModelIndex(), 0, len(self._ids) - 1)
            self._ids = []
            self.endRemoveRows()
        if len(df):
            self.beginInsertRows(QModelIndex(), 0, len(df) - 1)
            self._ids = df["id"].tolist()
            self._rows = {rid: i for i, rid in enumerate(self._ids)}
            # the frame's own strings, not copies (100,000 imported rows)
            self._text = [[t if type(t) is str else str(t) for t in
                           (df[c.field].map(lambda v: labels.get(v, v)) if c.labelled and labels else df[c.field])
                           .tolist()]
                          for c in self._columns]
            self._values = {i: df[c.sort_field].astype(float).tolist() for i, c in enumerate(self._columns)
                            if c.sort_field}
            self._flags = {i: [f if type(f) is str else "" for f in df[c.flag_field].tolist()]
                           for i, c in enumerate(self._columns) if c.flag_field and c.flag_field in df}
            self.endInsertRows()

    def set_search(self, text: str) -> None:
        """Highlight cells containing `text`: only their background changes."""
        text = text.strip().casefold()
        if text != self._search:
            self._search = text
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self._columns) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    def sort_keys(self, column: int) -> list:
        """Each row's sort key in `column` (a number, or the folded text): made when the user sorts, not kept."""
        return self._values.get(column) or [t.casefold() for t in self._text[column]]

    def max_width(self, column: int) -> int:
        return self._columns[column].max_width

    def sample(self, column: int, rows: int = SAMPLE_ROWS) -> list[str]:
        """The texts of the first `rows` rows of `column`: enough to size it."""
        return self._text[column][:rows]

    def row_of(self, record_id: str) -> int | None:
        return self._rows.get(record_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("table_model", self._columns[section].title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            flag = self._flags[col][row] if col in self._flags else ""
            return literal(translate("table_model", "Caution: {note}").format(note=flag) if flag
                           else self._text[col][row])
        if role == Qt.ItemDataRole.DisplayRole:
            flagged = col in self._flags and self._flags[col][row]
            return f"{CAUTION_MARK} {self._text[col][row]}" if flagged else self._text[col][row]
        if role == SORT_ROLE:
            return self._values[col][row] if col in self._values else self._text[col][row].casefold()
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.BackgroundRole and self._search and self._search in self._text[col][row].casefold():
            return self._highlight
        return None


class AcceptedRowsProxy(QAbstractProxyModel):
    """The rows the core's filter accepted (a mask over the model's rows), in the chosen sort order. Filtering
    and sorting are numpy operations on whole columns, never a Python call per row: 100,000 imported rows
    refilter in milliseconds. The views are reset on each change; the window reselects its record."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mask: Sequence[bool] | None = None
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[int] = []    # proxy row -> source row
        self._where: Sequence[int] = []   # source row -> proxy row, or -1 when not shown

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        for about, done in ((model.modelAboutToBeReset, model.modelReset),
                            (model.rowsAboutToBeInserted, model.rowsInserted),
                            (model.rowsAboutToBeRemoved, model.rowsRemoved)):
            about.connect(self.beginResetModel)
            done.connect(self._source_changed)
        model.dataChanged.connect(self._forward_changed)
        self._update()

    def _source_changed(self) -> None:
        self._update()
        self.endResetModel()

    def _forward_changed(self, first, last, roles=()) -> None:
        if self.rowCount():  # highlighting: which shown cells changed does not matter, they are repainted
            self.dataChanged.emit(self.index(0, first.column()), self.index(self.rowCount() - 1, last.column()),
                                  roles)

    def _update(self) -> None:
        model = self.sourceModel()
        n = model.rowCount() if model is not None else 0
        mask = self._mask if self._mask is not None and len(self._mask) == n else None
        if n == 0 or (mask is None and self._sort[0] < 0):  # every row, in order (no numpy before the first paint)
            self._rows = self._where = range(n)
            return
        rows = np.arange(n) if mask is None else np.flatnonzero(mask)
        column, order = self._sort
        if column >= 0 and len(rows):
            keys = np.array(model.sort_keys(column), dtype=object)[rows]
            rows = rows[np.argsort(keys, kind="stable")]
            if order == Qt.SortOrder.DescendingOrder:
                rows = rows[::-1]
        self._rows = rows
        self._where = np.full(n, -1, dtype=np.int64)
        self._where[rows] = np.arange(len(rows))

    def set_mask(self, mask: Sequence[bool] | None) -> None:
        self.beginResetModel()
        self._mask = mask
        self._update()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._update()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=QModelIndex()) -> QModelIndex:  # a table: no row has a parent
        return QModelIndex()

    def mapToSource(self, index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(int(self._rows[index.row()]), index.column())

    def mapFromSource(self, index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._where) or self._where[index.row()] < 0:
            return QModelIndex()
        return self.createIndex(int(self._where[index.row()]), index.column())


class ColumnFitter(QObject):
    """Sizes a table's columns to its width: the first (the name) takes what the others leave and never less than
    NAME_MIN (nor NAME_SHARE of the width); the others their header's or a sample of their rows' width, at most
    their max_width, and shrink towards
    their header's width before the name goes under its minimum. Cut text ends in "…"; its tooltip is in full."""

    def __init__(self, table: QTableView, model: DataFrameModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self.natural: list[int] = []  # each column's width for its texts, from a sample
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        for signal in (model.rowsInserted, model.modelReset):
            signal.connect(self.measure)
        self.measure()

    def measure(self) -> None:
        """The columns' widths for their header and a sample of their texts (on a new frame)."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        self.natural = []
        for col in range(self.model.columnCount()):
            head = header.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 2 * PADDING
            texts = max((metrics.horizontalAdvance(t) for t in self.model.sample(col)), default=0) + PADDING
            self.natural.append(max(head, min(texts, self.model.max_width(col))))
        self.fit()

    def widths(self, available: int) -> list[int]:
        """The columns' widths in `available` pixels (see the class)."""
        if not self.natural:
            return []
        header = self.table.horizontalHeader().fontMetrics()
        least = [header.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal))) + PADDING
                 for c in range(len(self.natural))]
        others = self.natural[1:]
        spare = available - max(NAME_MIN, int(available * NAME_SHARE)) - sum(others)
        if spare < 0:  # the others give up what they have above their header's width, in proportion
            give = [max(0, n - m) for n, m in zip(others, least[1:])]
            share = min(1.0, -spare / sum(give)) if sum(give) else 0.0
            others = [round(n - g * share) for n, g in zip(others, give)]
        return [max(NAME_MIN, available - sum(others)), *others]

    def fit(self) -> None:
        for col, width in enumerate(self.widths(self.table.viewport().width())):
            self.table.setColumnWidth(col, width)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
