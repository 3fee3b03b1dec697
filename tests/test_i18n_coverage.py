"""No interface text escapes translation: every literal with words handed to a Qt text setter, a widget's
constructor or a message box in briefing/gui is wrapped in translate() (or a QT_TRANSLATE_NOOP table), so
test_i18n's check of the .ts covers it. Texts from the data pass through variables and are not literals."""
import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "briefing" / "gui"
SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "showMessage", "setStatusTip",
           "setTitle", "addTab", "addMenu", "setLabelText", "setWhatsThis", "setHeaderLabels",
           "setHorizontalHeaderLabels", "information", "warning", "critical", "question", "about", "addRow",
           "setInformativeText", "setDetailedText", "setWindowIconText"}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton"}
TEXT_KEYWORDS = {"text", "windowTitle", "toolTip", "placeholderText", "title", "statusTip"}
WORDS = re.compile(r"[A-Za-z]{2,}")
HAN = re.compile(r"[\u4e00-\u9fff]")  # a text written in both languages ("Language / 语言") needs no translation
LOGGERS = {"log", "logger", "logging"}  # log lines are for the log file, in English


def literal_words(node: ast.AST) -> str | None:
    """The words of a string literal or f-string's literal parts, or None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    return text if WORDS.search(text) and not HAN.search(text) else None


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if isinstance(func, ast.Attribute) and LOGGERS & {n.id if isinstance(n, ast.Name) else getattr(n, "attr", "")
                                                          for n in ast.walk(func.value)}:
            continue  # log.warning(…), logging.getLogger("briefing").warning(…)
        args = list(node.args) if name in SETTERS | WIDGETS else []
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            words = literal_words(arg)
            if words is not None:
                found.append(f"{path.name}:{arg.lineno}: {name}({words[:60]!r})")
    return found


def test_every_interface_literal_is_marked_for_translation():
    found = [line for path in sorted(GUI.glob("*.py")) for line in untranslated(path)]
    assert found == [], "interface texts not wrapped in translate():\n" + "\n".join(found)


def test_the_check_finds_a_bare_text(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text('label.setText("Nothing selected")\nQLabel(f"{n} figures shown")\n'
                       'label.setText(translate("x", "Fine"))\nlabel.setText(record["name"])\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in untranslated(planted)] == [
        "setText('Nothing selected')", "QLabel(' figures shown')"]
