"""The interface's language: English or Simplified Chinese, from the setting `ui/language` (first start: the system's
language), installed as Qt translators before any widget exists. Interface texts are marked for pyside6-lupdate with
`translate(context, text)` (a literal context: one per module) or, in module-level tables, QT_TRANSLATE_NOOP and
translated where used. resources/i18n/briefing_zh_CN.ts holds the Chinese; its .qm is committed
(`make translations`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from ..resources import resource_path

LANGUAGES = {"en": "English", "zh": "中文"}  # each in its own language, as the View → Language menu shows them
SETTING = "ui/language"
QM = ("resources", "i18n", "briefing_zh_CN.qm")
CJK_FONT = ("resources", "fonts", "DroidSansFallbackFull.ttf")  # shipped for the PDF; the window uses it too

translate = QCoreApplication.translate
_in_use: dict = {"language": "en", "translators": []}  # what install_translators() loaded last


def in_use() -> str:
    """The interface's language in this run: en or zh."""
    return _in_use["language"]


def system_language(locale: QLocale | None = None) -> str:
    """zh for a Chinese system (any script or region), else en."""
    return "zh" if (locale or QLocale.system()).language() == QLocale.Language.Chinese else "en"


def chosen_language(settings, override: str | None = None) -> str:
    """`--lang` for this run, else the setting, else the system's language (then remembered as the setting)."""
    if override in LANGUAGES:
        return override
    saved = str(settings.value(SETTING, "", type=str))
    if saved in LANGUAGES:
        return saved
    language = system_language()
    settings.setValue(SETTING, language)
    return language


def install_translators(app, language: str) -> list[QTranslator]:
    """Chinese: our translator and Qt's own (standard dialogs and buttons), and the shipped CJK font for machines
    without one. English: nothing to load. Returns the translators (kept alive by the caller)."""
    for old in _in_use["translators"]:  # a second run() in the same process (tests)
        app.removeTranslator(old)
        old.deleteLater()
    _in_use.update(language="zh" if language == "zh" else "en", translators=[])
    if language != "zh":
        return []
    if "Droid Sans Fallback" not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT)))
    translators = []
    for name, folder in (("briefing_zh_CN", str(resource_path(*QM[:-1]))),
                         ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    _in_use["translators"] = translators
    return translators
