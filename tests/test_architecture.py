"""The core stays Qt-free: import-linter's contract (pyproject.toml) holds, and it would catch a breach."""
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
    query = tmp_path / "briefing" / "core" / "query.py"
    query.write_text("from PySide6 import QtCore  # noqa\n" + query.read_text())
    proc = lint(tmp_path)
    assert proc.returncode != 0
    assert "briefing.core.query -> PySide6" in proc.stdout
