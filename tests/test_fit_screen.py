"""The window on a 1024×768 or 1366×768 screen (issue #15): it fits at every zoom step, the chart keeps room with the
pack panel open, every text follows the zoom, status messages never cover the counts, focus is clearly marked."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QStyle, QStyleOptionButton
from test_gui import click_record
from test_pack_gui import new_from_filters

from briefing.core.charts.trend import trend_spec
from briefing.core.query.filters import Filters
from briefing.gui import chart_texts
from briefing.gui.room import CHART_ROOM
from briefing.gui.zoom import STEPS

pytestmark = pytest.mark.usefixtures("unzoomed")  # each test at the platform's font size


def on_screen(monkeypatch, width, height):
    """The window's screen as a laptop's or a projector's (the offscreen platform has one screen of its own size)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))


def settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("width,height", [(1024, 768), (1366, 768)])
def test_at_every_zoom_step_the_window_fits_the_screen(qtbot, window, monkeypatch, width, height):
    on_screen(monkeypatch, width, height)
    new_from_filters(qtbot, window, "trade")  # the pack panel open too
    window.statusBar().showMessage("Added to the pack: a message as long as a figure's name, in the status bar")
    for percent in (p for p in STEPS if p >= 100):
        window.zoom.set_percent(percent)
        settle(qtbot)
        least = window.minimumSizeHint()
        assert least.width() <= width and least.height() <= height - 40, (percent, least)  # 40: a task bar
    assert window.zoom.percent == 200
    window.resize(width, height - 40)
    settle(qtbot)
    assert window.width() <= width
    filters = window.filters_area
    if filters.width() < filters.widget().minimumWidth():  # narrower than the panel: it scrolls across, not clipped
        assert filters.horizontalScrollBar().maximum() > 0


def test_with_the_pack_panel_open_at_1024_the_chart_has_room(qtbot, window, monkeypatch):
    on_screen(monkeypatch, 1024, 768)
    window.resize(1024, 728)
    settle(qtbot)
    assert window.source.isVisible()
    new_from_filters(qtbot, window, "trade")
    qtbot.waitUntil(lambda: window.chart_tabs.width() >= CHART_ROOM)
    assert not window.source.isVisible() and "View → Source Pane" in window.statusBar().currentMessage()
    action = window.actions_by_id["view-source-pane"]
    assert action.menu() is None and not action.isChecked()
    action.trigger()  # the user wants the source back: it shows, and stays while the window is this size
    settle(qtbot)
    assert window.source.isVisible()
    action.trigger()
    window.pack.dock.hide()
    settle(qtbot)
    assert not window.source.isVisible()  # hidden by the user: closing the pack panel does not bring it back
    action.trigger()
    window.pack.dock.show()
    qtbot.waitUntil(lambda: not window.source.isVisible())
    window.pack.dock.hide()  # hidden for the pack panel: back with the panel gone
    qtbot.waitUntil(window.source.isVisible)


def test_at_1366_the_source_pane_stays(qtbot, window, monkeypatch):
    on_screen(monkeypatch, 1366, 768)
    window.resize(1366, 728)
    new_from_filters(qtbot, window, "trade")
    settle(qtbot)
    assert window.source.isVisible() and window.chart_tabs.width() >= CHART_ROOM


def test_a_status_message_never_covers_the_counts(qtbot, window):
    bar = window.statusBar()
    window.zoom.set_percent(150)
    bar.showMessage("Copied with its citation.")
    settle(qtbot)
    counts = window.status
    assert counts.isVisible() and counts.text().startswith(tuple("0123456789"))
    message_right = bar.fontMetrics().horizontalAdvance(bar.currentMessage())  # drawn from the bar's left
    assert counts.geometry().left() > message_right  # the counts sit right of the message, never under it
    assert bar.minimumSizeHint().width() < 100  # a long count line is cut rather than widen the window


def title_ink_height(dock) -> int:
    """The height in pixels of the title's letters as painted (rows of the title bar with text-coloured pixels)."""
    image = dock.grab().toImage()
    text = dock.palette().color(dock.palette().ColorRole.WindowText).lightness()
    rows = [y for y in range(dock.widget().geometry().top())
            if any(abs(image.pixelColor(x, y).lightness() - text) < 60 for x in range(4, image.width() // 2))]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_the_dock_title_follows_the_zoom(qtbot, window):
    new_from_filters(qtbot, window, "trade")
    dock = window.findChild(QDockWidget, "pack-dock")
    size, letters = dock.font().pointSizeF(), title_ink_height(dock)
    window.zoom.set_percent(150)
    settle(qtbot)
    assert dock.font().pointSizeF() == pytest.approx(size * 1.5)
    assert letters > 4 and title_ink_height(dock) >= letters * 1.3  # the title is painted larger


def test_a_charts_message_and_notes_follow_the_zoom(qtbot, window, dataset):
    chart = window.charts["trend"]
    single = next(r for r in dataset.indicators.itertuples()
                  if trend_spec(dataset.indicators, r.id, dataset.source_map).notes)
    click_record(qtbot, window, single.id)
    assert chart.spec.notes  # "One observation in the sources: no trend yet."
    noted = float(chart.note.opts["size"].removesuffix("pt"))  # under the plot, at the chart's text size
    window.filters.set_filters(Filters(region="Xiamen" if single.region != "Xiamen" else "Fujian"))  # hides it
    assert chart.spec.empty_message  # "Select a figure to see its chart."
    message = chart.message.textItem.font().pointSizeF()
    window.zoom.set_percent(150)
    settle(qtbot)  # Qt sends the new font to the widgets a moment later
    assert chart.message.textItem.font().pointSizeF() == pytest.approx(message * 1.5)
    window.filters.reset()
    click_record(qtbot, window, single.id)
    zoomed = float(chart.note.opts["size"].removesuffix("pt"))  # the zoomed size or, short of room, one step less
    assert chart.spec.notes and zoomed in [pytest.approx(p) for p in chart_texts.steps(noted * 1.5, 8)[:2]]


def highlight_pixels(box) -> int:
    image = box.grab().toImage()
    mark = box.palette().color(box.palette().ColorRole.Highlight)
    return sum(abs(image.pixelColor(x, y).red() - mark.red()) + abs(image.pixelColor(x, y).green() - mark.green())
               + abs(image.pixelColor(x, y).blue() - mark.blue()) < 40
               for x in range(image.width()) for y in range(image.height()))


def test_the_focused_filter_box_is_clearly_marked_and_still_zooms(qtbot, window):
    first, second = window.filters.theme_boxes["trade"], window.filters.theme_boxes["taiwan"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)  # by the keyboard, as a presenter moves
    assert QApplication.focusWidget() is second
    marked, unmarked = highlight_pixels(second), highlight_pixels(first)
    option = QStyleOptionButton()
    second.initStyleOption(option)
    label = second.style().subElementRect(QStyle.SubElement.SE_CheckBoxFocusRect, option, second)
    assert label.width() > 20
    assert marked - unmarked >= 2 * (label.width() + label.height())  # a frame two pixels wide round the label
    size, height = second.font().pointSizeF(), second.sizeHint().height()
    window.zoom.set_percent(150)
    settle(qtbot)
    assert second.font().pointSizeF() == pytest.approx(size * 1.5) and second.sizeHint().height() > height


def test_one_bar_on_screen_is_the_figure_in_large_words(qtbot, window):
    window.show_chart("scorecard")  # targets beside their actuals: one group of rates has one target
    chart, picker = window.charts["scorecard"], window.group_pickers["scorecard"]
    many = next(i for i, g in enumerate(chart.spec.groups) if g.count > 1)
    one = next(i for i, g in enumerate(chart.spec.groups) if g.count == 1)
    picker.combo.setCurrentIndex(many)  # the first group: drawn already
    assert chart.spec.group == chart.spec.groups[many].key and chart.texts and chart.plot.getAxis("left").isVisible()  # bars, each with its value
    normal = chart.texts[0].textItem.font().pointSizeF()
    with qtbot.waitSignal(window.chartDrawn):
        picker.combo.setCurrentIndex(one)
    point = chart.spec.series[0].points[0]
    said = chart.message.toPlainText()
    assert point.display in said and chart.spec.series[0].targets[0].point.display in said  # actual and target
    assert chart.message.textItem.font().pointSizeF() >= 1.5 * normal
    assert not chart.texts and not chart.plot.getAxis("left").isVisible()  # no bar, no axes
    assert not [i for i in chart.plot.items if type(i).__name__ == "BarGraphItem"]


def test_zoomed_the_filters_take_the_room_their_boxes_need_where_there_is_room(qtbot, window, monkeypatch):
    on_screen(monkeypatch, 1366, 768)
    window.resize(1366, 728)
    settle(qtbot)
    before = window.filters_area.width()
    window.zoom.set_percent(150)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.filters_area.width() > before)
    area = window.filters_area
    assert area.horizontalScrollBar().maximum() == 0  # every box readable, none scrolled off
    assert window.chart_tabs.width() >= CHART_ROOM
    window.zoom.set_percent(100)
    qtbot.waitUntil(lambda: window.filters_area.width() < area.sizeHint().width() + 20)  # no wider than needed
