"""The main window: layout, and the wiring of state to views in one place (_connect_signals)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.charts.kinds import CHART_KINDS, ChartInputs, ChartKind, Compare
from ..core.lexicon import display_zh
from ..core.provenance.cite import citation
from ..core.query.filters import Filters
from ..lazy import lazy
from ..resources import resource_path
from . import i18n
from .actions import chart_title, install_actions
from .filters_panel import FiltersArea, FiltersPanel
from .focus import Keyboard
from .group_picker import GroupPicker
from .help_dialogs import Help
from .i18n import translate
from .pack_commands import PackCommands
from .plain import literal
from .presentation import Presenter
from .region_picker import RegionPicker
from .room import SourceFold
from .settings import load_filters, save_filters
from .source_view import SourceView
from .state import AppState
from .table_model import (
    ID_ROLE,
    INDICATOR_COLUMNS,
    INITIATIVE_COLUMNS,
    AcceptedRowsProxy,
    ColumnFitter,
    DataFrameModel,
)
from .toolbar import install_toolbar
from .workspace_commands import WorkspaceCommands
from .workspace_watch import WorkspaceWatch
from .zoom import Zoom

RECORD_TABS = {"indicators": lambda: translate("main_window", "Indicators"),
               "initiatives": lambda: translate("main_window", "Initiatives")}
SHOWN = {"indicators": lambda: translate("main_window", "{n} of {total} indicators"),
         "initiatives": lambda: translate("main_window", "{n} of {total} initiatives")}

chart_view = lazy(".chart_view", __package__)
scorecard = lazy("..core.charts.scorecard", __package__)
chart_regions = lazy("..core.charts.regions", __package__)
chart_spec = lazy("..core.charts.spec", __package__)
chart_words = lazy("..core.charts.localize", __package__)
query_index = lazy("..core.query.index", __package__)
export_chart = lazy(".export_chart", __package__)


class MainWindow(QMainWindow):
    firstPainted = Signal()
    chartDrawn = Signal()

    def __init__(self, settings, data_version: str = "", offer_restore: bool = True) -> None:
        super().__init__()
        self.offer_restore = offer_restore  # of a pack autosaved before a crash (not in the smoke test)
        self.settings = settings
        self.data_version = data_version
        self.state = AppState()
        self.setWindowTitle(translate("main_window", "Fujian Briefing Desk"))
        self._painted = False
        self._refiltering = False  # rows come and go: the table's current row is not the user's choice

        self.filters = FiltersPanel()
        self.models = {"indicators": DataFrameModel(INDICATOR_COLUMNS),
                       "initiatives": DataFrameModel(INITIATIVE_COLUMNS)}
        self.proxies, self.tables = {}, {}
        self.record_tabs = QTabWidget()
        for name, model in self.models.items():
            proxy = AcceptedRowsProxy(self)
            proxy.setSourceModel(model)
            table = QTableView(objectName=f"{name}-table")
            table.setModel(proxy)
            table.setSortingEnabled(True)
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            ColumnFitter(table, model)  # the name keeps a sensible width; the others fit their texts
            self.proxies[name], self.tables[name] = proxy, table
            proxy.modelReset.connect(self._after_sort)
            self.record_tabs.addTab(table, RECORD_TABS[name]())

        self.chart_tabs = QTabWidget()
        self.charts: dict = {}  # chart kind id -> its ChartView, once pyqtgraph has loaded
        self._placeholders = {}
        self.region_picker = RegionPicker()  # above the comparison of regions
        self.group_pickers = {}  # above the charts of the figures in view: which group of comparable figures
        for kind in CHART_KINDS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            if kind.compares:
                holder.layout().addWidget(self.region_picker)
            if not kind.per_record:
                self.group_pickers[kind.id] = GroupPicker(objectName=f"{kind.id}-groups")
                holder.layout().addWidget(self.group_pickers[kind.id])
            self._placeholders[kind.id] = holder
            self.chart_tabs.addTab(holder, chart_title(kind.title))
        self.source = SourceView()

        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.record_tabs)
        middle.addWidget(self.chart_tabs)
        middle.setSizes([400, 460])  # the chart gets at least half the height
        self.middle = middle
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main-splitter")
        self.filters_area = FiltersArea(self.filters)  # scrolls when zoomed on a short screen
        for w in (self.filters_area, middle, self.source):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([self.filters.minimumWidth(), 840, 380])  # the filters unscrolled
        self.setCentralWidget(self.splitter)
        self.status = QLabel(translate("main_window", "Loading the dataset…"), textFormat=Qt.TextFormat.PlainText)
        self.status.setMinimumWidth(1)  # the counts, cut rather than widen the window; messages go left of them
        self.status.setIndent(16)  # a gap after a long message, which is cut there
        self.statusBar().addPermanentWidget(self.status)

        self.pack = PackCommands(self)
        self.workspace = WorkspaceCommands(self)
        self.watch = WorkspaceWatch(self, self.workspace)  # imports made elsewhere reload the data
        self.presenter = Presenter(self)  # View → Present (F5)
        self.seeds = None  # the shipped dataset without the user's imports
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.pack.dock)
        self.pack.dock.hide()  # until there is a pack (or the user shows it; the next start remembers)
        self.zoom, self.help = Zoom(self, settings), Help(self)
        self.source_fold = SourceFold(self)  # View → Source Pane; folded for the chart on a narrow window
        self.actions_by_id = install_actions(self)
        self.toolbar = install_toolbar(self, self.actions_by_id)
        self.keyboard = Keyboard(self)  # Tab from pane to pane, shortcuts from any field
        self._connect_signals()
        screen = self.screen().availableGeometry()  # a 1366x768 laptop gets a window that fits
        self.resize(min(1440, screen.width() * 9 // 10), min(900, screen.height() * 9 // 10))
        if settings.contains("window/geometry"):
            if settings.contains("window/state"):  # docks first: their sizes would move the geometry
                self.restoreState(settings.value("window/state"))
            self.restoreGeometry(settings.value("window/geometry"))
            self.splitter.restoreState(settings.value("window/splitter"))
            if settings.contains("window/middle-splitter"):
                self.middle.restoreState(settings.value("window/middle-splitter"))

    def _connect_signals(self) -> None:
        st = self.state
        st.dataLoaded.connect(self._on_data)
        st.filtersChanged.connect(self._on_filters)
        st.selectionChanged.connect(self._on_selection)
        st.selectionCleared.connect(self._on_selection_cleared)
        self.filters.changed.connect(st.set_filters)
        self.chart_tabs.currentChanged.connect(lambda _i: self._redraw())
        self.region_picker.changed.connect(self._redraw)
        for picker in self.group_pickers.values():
            picker.changed.connect(self._redraw)
        for name, table in self.tables.items():
            table.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, name=name: self._on_current_row(name, cur))

    # --- start-up ---------------------------------------------------------------------------------

    def event(self, e) -> bool:
        result = super().event(e)
        if e.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) and not self._painted:
            self._painted = True
            self.firstPainted.emit()
        return result

    def set_data(self, data, seeds=None) -> None:
        """Called once the dataset is loaded (after the first paint): fill the views, draw the first chart.
        `seeds`: the shipped data alone, when `data` has the user's imports too."""
        self.seeds = seeds if seeds is not None else data
        _add_shipped_fonts()
        for name, holder in self._placeholders.items():
            self.charts[name] = chart_view.ChartView()
            holder.layout().addWidget(self.charts[name])
        self.zoom.apply_to_charts()
        self.state.set_data(data)
        self.watch.start()

    def show_load_error(self, message: str) -> None:
        self.status.setText(translate("main_window", "The dataset could not be loaded."))
        QMessageBox.critical(self, translate("main_window", "Cannot load the dataset"), literal(message))

    # --- reactions to state -----------------------------------------------------------------------

    def _on_data(self, data) -> None:
        reloading = hasattr(self, "indexes")  # after an import: keep the filters and the selection
        self.indexes = {name: query_index.RecordIndex(getattr(data, name)) for name in self.models}
        self.masks = {}
        self.scorecard = scorecard.scorecard_rows(data.indicators)
        self.restated = chart_spec.restated(data.indicators)  # once per dataset, not per chart drawn
        self.disagreeing_ids = chart_spec.disagreeing(data.indicators, self.restated)
        self.records = chart_words.DatasetRecords(data)  # the charts' Chinese names, read as charts ask
        for name, model in self.models.items():
            self.proxies[name].set_mask(None)  # the old mask does not fit the new rows
            shown = display_zh.localized(getattr(data, name), i18n.in_use())  # names, values, periods … in Chinese
            model.set_frame(shown, {sid: s["title"] for sid, s in data.source_map.items()})
        inds = data.indicators
        self.filters.set_options(sorted(set(inds["region"]) | set(data.initiatives["region"])),
                                 sorted(set(inds["period"]) | set(data.initiatives["period"])))
        self.filters.set_filters(self.state.filters if reloading else load_filters(self.settings))
        self._on_filters(self.state.filters)
        last = self.state.selection[1] if reloading and self.state.selection else \
            str(self.settings.value("selection/indicator", "", type=str))
        self._select_first(prefer=last)
        self.pack.on_data(data, self.offer_restore and not reloading)

    def _on_filters(self, f: Filters) -> None:
        data = self.state.data
        if data is None:
            return
        shown = {}
        self._refiltering = True
        try:
            for name, model in self.models.items():
                self.masks[name] = self.indexes[name].filter_mask(f)  # the kind facet applies to indicators only
                self.proxies[name].set_mask(self.masks[name])
                model.set_search(f.search)
                shown[name] = (int(self.masks[name].sum()), model.rowCount())
        finally:
            self._refiltering = False
        self._show_selection()
        self.filters.set_counts(self.indexes["indicators"].theme_counts(f, self.filters.theme_boxes))
        self.source.set_search(f.search)
        self.status.setText(" · ".join(SHOWN[name]().format(n=n, total=t) for name, (n, t) in shown.items())
                            + (translate("main_window", " · filtered") if f.active else ""))
        if not self.current_chart().per_record:  # a figure's chart follows the selection, not the filters
            self._redraw()

    def _on_current_row(self, table: str, index) -> None:
        if index.isValid() and not self._refiltering:
            self.state.select(table, index.data(ID_ROLE))

    def _after_sort(self) -> None:
        if not self._refiltering:  # a sort resets the table's rows: select the record again
            self._show_selection()

    def _show_selection(self) -> None:
        """After filtering: keep the selected record selected where it is still shown; a record the filters
        hide is no longer selected (the source, the chart and the actions let go of it)."""
        sel, shown = self.state.selection, False
        for name, table in self.tables.items():
            row = self.models[name].row_of(sel[1]) if sel and sel[0] == name else None
            index = self.proxies[name].mapFromSource(self.models[name].index(row, 0)) if row is not None else None
            if index is not None and index.isValid():
                shown = True
                table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                       | QItemSelectionModel.SelectionFlag.Rows)
            else:
                table.selectionModel().clear()
        if sel is not None and not shown:
            self.state.clear_selection()

    def _on_selection_cleared(self) -> None:
        self.source.clear()
        self._redraw()

    def _on_selection(self, table: str, record_id: str) -> None:
        record = self.state.selected_row()
        if record is None:
            return
        data = self.state.data
        source = data.source_map[record["source"]]
        self.source.show_record(record, source, data.documents[record["source"]])
        if table == "indicators":
            self.settings.setValue("selection/indicator", record_id)
            self._redraw()

    def _select_first(self, prefer: str = "") -> None:
        table = self.tables["indicators"]
        proxy = self.proxies["indicators"]
        row = 0
        if prefer:
            for r in range(proxy.rowCount()):
                if proxy.index(r, 0).data(ID_ROLE) == prefer:
                    row = r
                    break
        if proxy.rowCount():
            table.selectionModel().setCurrentIndex(
                proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._redraw()

    def current_chart(self) -> ChartKind:
        return CHART_KINDS[self.chart_tabs.currentIndex()]

    def chart_item(self, kind: ChartKind, record_id: str | None = None) -> str:
        """How a pack names the chart of `kind` as it is on screen (a comparison with the regions picked)."""
        return kind.item(record_id, self.region_picker.compare() if kind.compares else None)

    def _redraw(self) -> None:
        data = self.state.data
        if data is None or not self.charts:
            return
        kind = self.current_chart()
        record_id = None
        if kind.per_record:
            sel = self.state.selection
            if sel is None:  # the filters hid it: the chart no longer shows it
                self.charts[kind.id].draw(self._in_language(chart_spec.nothing_selected(chart_title(kind.title))))
                self.chartDrawn.emit()
                return
            if sel[0] != "indicators":
                return
            record_id = sel[1]
        # a figure's chart follows its figure, not the rows in view (taking 100,000 of them costs some 15 ms)
        rows = None if kind.per_record else data.indicators[self.masks["indicators"]]
        compare = Compare()
        if kind.compares:  # the figure's series in the regions the user picks
            self.region_picker.set_choices(chart_regions.choices(data.indicators, record_id))
            compare = self.region_picker.compare()
        picker = self.group_pickers.get(kind.id)
        spec = kind.build(ChartInputs(data, rows, "the filtered figures", record_id, self.scorecard,
                                      self.disagreeing_ids, compare, picker.group() if picker else None,
                                      restated=self.restated))
        spec = self._in_language(spec)
        if picker is not None:
            picker.set_groups(spec.groups, spec.group, spec.hidden)
        if spec != self.charts[kind.id].spec:  # drawing costs more than comparing
            self.charts[kind.id].draw(spec)
        self.chartDrawn.emit()

    def _in_language(self, spec):
        """The chart's words in the interface's language (core.charts.localize, as the PDF's)."""
        return chart_words.localized(spec, i18n.in_use(), self.records)

    def changeEvent(self, e) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.LanguageChange:  # translators changed at run time: the charts follow
            for i, kind in enumerate(CHART_KINDS):
                self.chart_tabs.setTabText(i, chart_title(kind.title))
            self._redraw()

    # --- actions ----------------------------------------------------------------------------------

    def copy_citation(self) -> None:
        record = self.state.selected_row()
        if record is None:
            return
        data = self.state.data
        inputs = [data.record("indicators", rid) for rid in record.get("inputs") or []]
        text = citation(record, data.source_map[record["source"]], [r for r in inputs if r is not None])
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(translate("main_window", "Copied with its citation."), 3000)

    def save_chart(self) -> None:
        name = self.current_chart().id
        chart = self.charts.get(name)
        if chart is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("main_window", "Save chart"), f"{name}.png",
                                              translate("main_window", "PNG image (*.png);;SVG (*.svg)"))
        if path:
            try:
                export_chart.export_chart(chart, path)
            except OSError as e:
                QMessageBox.warning(self, translate("main_window", "Chart not saved"), literal(
                    translate("main_window", "Could not write {path}: {error}").format(path=path,
                                                                                       error=e.strerror or e)))

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def clear_filters(self) -> None:
        self.filters.reset()

    def show_chart(self, kind_id: str) -> None:
        self.chart_tabs.setCurrentIndex([k.id for k in CHART_KINDS].index(kind_id))

    def closeEvent(self, e) -> None:
        if not self.pack.close():  # unsaved pack: the user cancelled
            e.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/middle-splitter", self.middle.saveState())
        save_filters(self.settings, self.state.filters)
        self.settings.sync()
        super().closeEvent(e)


def _add_shipped_fonts() -> None:
    """Chinese in data, notes and titles shows on machines without a Chinese font: Qt falls back to the one
    shipped for the PDF."""
    if "Droid Sans Fallback" not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(resource_path("resources", "fonts", "DroidSansFallbackFull.ttf")))
