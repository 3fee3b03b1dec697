"""Tooltips and status tips in a Chinese window (offscreen, real widgets): every one a Chinese user meets in the main
window, the pack panel and the presentation is Chinese — the widgets', the actions', the toolbar's (its keys in
Chinese brackets) and the pack outline's, which name the records as the table does (name_zh, display_zh); the
documents' titles and the curators' cautions in the tables stay as written, as the source pane and the PDF keep them."""
import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsScene, QMessageBox, QTreeWidget, QWidget
from test_gui import click_record, open_window

from briefing.core.charts.kinds import Compare
from briefing.core.lexicon.display_zh import display_zh, period_zh, region_zh, themes_zh
from briefing.core.pack import edit
from briefing.core.pack.model import Pack, Section, new_pack

HAN = re.compile(r"[\u4e00-\u9fff]")
CAUTIONED = "gwr23-taiwan-trade"


@pytest.fixture
def window(qtbot, dataset, monkeypatch, chinese):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    pack = edit.add_record(new_pack(dataset, ["taiwan", "economy"]), dataset, "indicators", CAUTIONED, None)[0]
    window.pack.document.replace(pack)
    window.pack.dock.show()
    return window


def tips(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every tooltip and status tip of `root`, its widgets and its actions (not pyqtgraph's scene
    menu, which the charts switch off)."""
    out = [(f"{type(w).__name__} {w.objectName()}", t) for w in (root, *root.findChildren(QWidget))
           for t in (w.toolTip(), w.statusTip()) if t]
    out += [(f"action {a.objectName() or a.text()}", t) for a in root.findChildren(QAction)
            if not isinstance(a.parent(), QGraphicsScene) for t in (a.toolTip(), a.statusTip()) if t]
    return out


def test_every_tooltip_and_status_tip_of_the_window_and_the_presentation_is_chinese(window):
    found = tips(window)
    assert len(found) > 60
    window.presenter.start()
    presentation = window.presenter.presentation
    found += tips(presentation)
    presentation.close()
    english = [(where, t) for where, t in found if not HAN.search(t) and t != "English"]  # View → Language's name
    assert english == []


def test_keys_in_the_toolbar_and_panel_tips_are_in_chinese_brackets(window):
    export = window.actions_by_id["export-pack"]
    assert export.toolTip() == f"{export.statusTip()}（Ctrl+E）"
    assert window.pack.panel.up.toolTip() == "上移（Alt+Up）"
    assert window.filters.clear.toolTip() == "显示全部（Esc）"


def test_the_pack_outline_names_records_themes_and_charts_as_the_chinese_table_does(window, dataset):
    compare = Compare(("Fujian", "Zhejiang"), "index", "2015")
    pack = Pack(sections=[Section(theme="taiwan", indicators=[CAUTIONED], charts=["scorecard", "trend:gwr23-grp",
                                                                                  f"regions:gwr23-grp?{compare.query()}"],
                                  initiatives=["gwr24a-taiwan-compatriots-education"])])
    window.pack.document.replace(pack)
    tree = window.pack.panel.findChild(QTreeWidget, "pack-outline")
    section = tree.topLevelItem(1)
    assert section.text(0) == f"{themes_zh(['taiwan'])}（5）" == "对台融合（5）"
    leaves = [section.child(i) for i in range(section.childCount())]
    for leaf in leaves:  # a long name is cut by the panel's width: the tooltip has it whole, as shown
        assert leaf.toolTip(0) == leaf.text(0)
    figure = dataset.record("indicators", CAUTIONED)
    grp = dataset.record("indicators", "gwr23-grp")
    initiative = dataset.record("initiatives", "gwr24a-taiwan-compatriots-education")
    assert [leaf.text(0) for leaf in leaves] == [
        f"{figure['name_zh']}（{region_zh(figure['region'])}，{period_zh(figure['period'])}）：{display_zh(figure)}",
        "图表：目标与实际", f"趋势：{grp['name_zh']}（福建）", f"地区比较：{grp['name_zh']}（福建、浙江；指数（2015=100））",
        initiative["name_zh"]]
    tree.setCurrentItem(section)  # its notes, named by its theme in Chinese
    assert window.pack.panel.notes_label.text() == "对台融合的备注"


def test_added_to_the_pack_names_the_record_in_chinese(qtbot, window):
    window.pack.document.replace(Pack(sections=[Section(theme="economy", indicators=["gwr23-grp-growth"])]))
    click_record(qtbot, window, "gwr23-grp")
    window.actions_by_id["add-to-pack"].trigger()
    assert window.statusBar().currentMessage().endswith("地区生产总值（福建，2023年）：5.4万亿元")


def test_the_english_outline_is_unchanged(qtbot, dataset, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    window.pack.document.replace(Pack(sections=[Section(theme="taiwan", indicators=[CAUTIONED])]))
    section = window.pack.panel.findChild(QTreeWidget, "pack-outline").topLevelItem(1)
    assert section.text(0) == "Taiwan integration (1)"
    assert section.child(0).text(0) == "Two-way trade between Fujian and Taiwan (Fujian, 2023): more than 1.5 " \
                                       "trillion yuan"
    assert window.actions_by_id["export-pack"].toolTip().endswith(" (Ctrl+E)")  # ASCII brackets in English
