"""The core stays Qt-free: import-linter's contract (pyproject.toml) holds, and it would catch a breach; the window
paints before the heavy libraries load."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

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
