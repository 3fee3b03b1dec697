"""The core stays Qt-free: import-linter's contract (pyproject.toml) holds, and it would catch a breach; the window
paints before the heavy libraries load."""
import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_core_imports_neither_pyside6_nor_pyqtgraph():
    proc = lint(ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "KEPT" in proc.stdout and "BROKEN" not in proc.stdout


def test_the_contract_catches_qt_in_the_core(tmp_path):
    shutil.copytree(ROOT / "briefing", tmp_path / "briefing", symlinks=True)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    query = tmp_path / "briefing" / "core" / "query" / "index.py"
    query.write_text("from PySide6 import QtCore  # noqa\n" + query.read_text())
    proc = lint(tmp_path)
    assert proc.returncode != 0
    assert "briefing.core.query.index -> PySide6" in proc.stdout


@pytest.mark.parametrize("module, upward, broken", [
    ("core/model/dataset.py", "from briefing.core.pack import edit", "briefing.core.model is not allowed to import "
     "briefing.core.pack"),
    ("report/fonts.py", "from briefing.gui import settings", "briefing.report is not allowed to import briefing.gui"),
])
def test_the_layers_catch_an_upward_import(tmp_path, module, upward, broken):
    shutil.copytree(ROOT / "briefing", tmp_path / "briefing", symlinks=True)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    path = tmp_path / "briefing" / module
    path.write_text(path.read_text() + f"\n{upward}  # noqa\n")
    proc = lint(tmp_path)
    assert proc.returncode != 0
    assert broken in proc.stdout.replace("\n", " ")


FIRST_PAINT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefing.gui.main_window import MainWindow
from briefing.gui.settings import open_settings
window = MainWindow(open_settings(), offer_restore=False)
window.show()
app.processEvents()
print(" ".join(m for m in ("numpy", "pandas", "pyqtgraph", "pydantic", "yaml", "reportlab") if m in sys.modules))
"""


def test_the_window_paints_before_the_heavy_libraries_load(tmp_path):
    # start-up: the window is on screen before numpy, pandas and pyqtgraph are imported (they take ~0.8 s)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


def function_level_imports(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found += [f"{path.relative_to(root.parent)}:{sub.lineno}: {ast.unparse(sub)}" for sub in ast.walk(node)
                          if isinstance(sub, (ast.Import, ast.ImportFrom))]
    return found


def test_heavy_modules_load_one_way(tmp_path):
    # a module loaded on first use is bound with briefing.lazy.lazy() at the top, never imported inside a function
    assert function_level_imports(ROOT / "briefing") == []
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "late.py").write_text("def f():\n    import pandas\n    return pandas\n")
    assert function_level_imports(tmp_path / "briefing") == ["briefing/late.py:2: import pandas"]
