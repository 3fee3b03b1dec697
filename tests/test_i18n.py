"""The interface in English and Simplified Chinese: every marked text translated, the .ts and .qm up to date with the
code, the translators installed from the setting or --lang, and the window in Chinese when chosen."""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTextBrowser

from briefing.core.charts.kinds import CHART_KINDS
from briefing.gui import i18n
from briefing.gui.help_dialogs import shortcut_rows
from briefing.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "briefing_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "briefing_zh_CN.qm"
TOOLS = Path(sys.executable).parent
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
COUNTED = {"missing", "figures"}  # English counted words ("3 missing values"): a translation may use {n} instead


def tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            out[(name, m.findtext("source"))] = m.find("translation")
    return out


def test_every_interface_text_has_a_chinese_translation():
    found = messages(TS)
    assert len(found) > 250
    untranslated = [src for src, tr in found.items()
                    if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()]
    assert untranslated == []
    assert [src for (_, src), tr in found.items() if re.search("[a-z]{3}", src) and not HAN.search(tr.text)] == []


def test_translations_keep_the_placeholders_and_mnemonics():
    for (context, source), tr in messages(TS).items():
        wanted, given = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(tr.text))
        assert given <= wanted | {"n"}, (context, source, tr.text)
        assert wanted - given <= COUNTED, (context, source, tr.text)
        assert ("{n}" in tr.text) <= ("{n}" in source or bool(wanted & COUNTED)), (context, source, tr.text)
        if re.search(r"&\w", source):  # a menu's mnemonic: 文件(&F)
            assert re.search(r"\(&\w\)$", tr.text), (context, source, tr.text)


def test_the_ts_holds_every_text_marked_in_the_code(tmp_path):
    """pyside6-lupdate over the window's code finds no text missing from the .ts, and none the code dropped."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), *map(str, sorted((ROOT / "briefing" / "gui").glob("*.py"))),
                    "-ts", str(fresh), "-locations", "none"], check=True, capture_output=True, timeout=120)
    in_code, in_ts = set(messages(fresh)), set(messages(TS))
    assert in_code - in_ts == set(), "texts to translate: run `make translations` and translate them in the .ts"
    assert in_ts - in_code == set(), "texts no longer in the code: run `make translations`"


def test_the_committed_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True,
                   timeout=120)
    assert built.read_bytes() == QM.read_bytes(), "the .qm is behind the .ts: run `make translations`"


def test_the_qm_and_qts_own_chinese_are_found_as_shipped():
    assert resource_path(*i18n.QM).is_file()
    assert resource_path(*i18n.CJK_FONT).is_file()


def test_chinese_translators_are_ours_and_qts(chinese):
    assert len(chinese) == 2  # ours and qtbase_zh_CN (standard buttons and dialogs)
    assert i18n.in_use() == "zh"
    assert i18n.translate("actions", "&File") == "文件(&F)"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
    for kind in CHART_KINDS:  # their titles live in the Qt-free core: each must have been marked in the window
        for title in filter(None, (kind.title, kind.menu_title)):
            assert HAN.search(i18n.translate("chart_kinds", title)), title


def test_english_installs_nothing(qapp):
    assert i18n.install_translators(qapp, "en") == []
    assert i18n.in_use() == "en"
    assert i18n.translate("actions", "&File") == "&File"


def test_the_language_comes_from_the_run_the_setting_or_the_system(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert i18n.chosen_language(settings) == "zh"  # first start: the system's, then remembered
    assert settings.value(i18n.SETTING) == "zh"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert i18n.chosen_language(settings) == "zh"  # the setting beats the system
    assert i18n.chosen_language(settings, "en") == "en"  # --lang beats both, for that run only
    assert settings.value(i18n.SETTING) == "zh"
    settings.setValue(i18n.SETTING, "klingon")
    assert i18n.chosen_language(settings) == "en"
    assert i18n.system_language(QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                                        QLocale.Country.Taiwan)) == "zh"


def test_the_window_in_chinese(qtbot, dataset, chinese, monkeypatch):
    from tests.test_gui import open_window
    window = open_window(qtbot, dataset)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "简报包(&P)", "视图(&V)", "帮助(&H)"]
    assert window.windowTitle() == "福建简报台"
    assert [window.record_tabs.tabText(i) for i in range(2)] == ["指标", "举措"]
    assert window.chart_tabs.tabText(0) == "趋势"
    assert window.models["indicators"].headerData(0, Qt.Orientation.Horizontal) == "指标"
    assert window.filters.clear.text() == "清除筛选"
    assert window.status.text().startswith("指标 ")
    assert ("视图", "放大", "Ctrl++, Ctrl+=") in shortcut_rows(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append((title, text)))
    window.pack._show_warnings(i18n.translate("pack_commands", "Opened, without some items"), ["x"] * 20)
    assert shown == [("已打开，但缺少部分条目", "\n".join(["x"] * 15) + "\n… 另有 5 项")]


def test_view_language_is_saved_for_the_next_start(qtbot, dataset, monkeypatch):
    from tests.test_gui import open_window
    window = open_window(qtbot, dataset)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    menu = window.findChild(QMenu, "language-menu")
    assert [a.text() for a in menu.actions()] == ["English", "中文"]
    assert window.findChild(QAction, "language-en").isChecked()  # English in use
    menu.actions()[1].trigger()
    assert window.settings.value(i18n.SETTING) == "zh"
    assert len(shown) == 1 and "中文" in shown[0] and "Chinese" in shown[0]  # said in both languages
    reopened = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert i18n.chosen_language(reopened) == "zh"
    menu.actions()[0].trigger()  # back to the language in use: nothing to restart for
    assert window.settings.value(i18n.SETTING) == "en" and len(shown) == 1


def test_the_guide_in_chinese(qtbot, dataset, chinese):
    from tests.test_gui import open_window
    window = open_window(qtbot, dataset)
    dialog = window.help.guide()
    assert dialog is not None and dialog.windowTitle() == "用户指南 — 福建简报台"
    assert HAN.search(dialog.findChild(QTextBrowser, "guide-text").toPlainText()[:200])
    dialog.close()


@pytest.mark.parametrize("command", ["gui", "present"])
def test_lang_option(command):
    from briefing.cli import parser
    args = parser().parse_args([command, "--lang", "zh"])
    assert args.lang == "zh"
    assert parser().parse_args([command]).lang is None
    with pytest.raises(SystemExit):
        parser().parse_args([command, "--lang", "fr"])


def test_the_data_is_shown_in_chinese_in_a_chinese_window(qtbot, dataset, chinese):
    """The figures' curated Chinese names, values, periods and regions in the table, the themes and facets in
    Chinese in the filters, and the source pane naming the translation as the project's above the document's
    words (the quote stays as the document has it)."""
    from tests.test_gui import open_window
    window = open_window(qtbot, dataset)
    model = window.models["indicators"]
    grp = dataset.indicators.set_index("id").loc["gwr23-grp"]
    row = model.row_of("gwr23-grp")
    texts = [model.index(row, c).data() for c in range(4)]
    assert texts == [grp["name_zh"], "5.4万亿元", "2023年", "福建"]
    assert window.filters.theme_boxes["trade"].text().startswith("贸易 (")
    regions = [window.filters.region.itemText(i) for i in range(window.filters.region.count())]
    assert "厦门" in regions and "Xiamen" not in regions
    assert window.filters.region.itemData(regions.index("厦门")) == "Xiamen"  # filtering still by the data's value
    window.state.select("indicators", "gwr23-grp")
    details = window.source.details.text()
    assert grp["name_zh"] in details and "本项目译名" in details and grp["name"] in details
    assert grp["quote"] in window.source.text.toPlainText()
    window.close()
