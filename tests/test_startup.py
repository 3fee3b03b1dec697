"""What start-up relies on: PySide6's check of each import made cheap without changing its answer, and the
version the cache keys carry."""
import atexit
import gc
import os
import subprocess
import sys
import tomllib

from conftest import ROOT

import briefing
import briefing.gui
from briefing.cli import main


def test_the_fast_import_check_answers_as_pyside6_does(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    fast, own = feature._mod_uses_pyside, briefing.gui._uses_pyside
    assert fast is briefing.gui._source_mentions_pyside
    (tmp_path / "mentions_qt.py").write_text("# uses PySide6\nX = 1\n")
    (tmp_path / "plain_module.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import mentions_qt
    import plain_module
    import pyqtgraph.Qt

    modules = [mentions_qt, plain_module, pyqtgraph.Qt, sys, tomllib, briefing.gui, *list(sys.modules.values())[:300]]
    assert [fast(m) for m in modules] == [own(m) for m in modules]
    assert fast(mentions_qt) and not fast(plain_module)
    assert feature.pyside_feature_dict["mentions_qt"] == 0 and feature.pyside_feature_dict["plain_module"] == -1


def test_the_package_version_is_the_projects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert briefing.__version__ == project["version"]


def test_the_command_line_leaves_its_objects_to_the_os_at_exit(monkeypatch, capsys):
    registered = []
    monkeypatch.setattr(atexit, "register", registered.append)
    assert main(["list", "sources", "--format", "json"]) == 0
    assert registered == [gc.freeze] and "fj-gwr-2024" in capsys.readouterr().out


def test_the_window_started_from_the_cache_loads_no_checking_code(tmp_path):
    """With the start-up cache filled, the window is ready from the cached dataset alone: the records' schema
    (pydantic) and YAML, which checking needs, are not imported (the workspace watch reads its folders without
    them); with the cache off they are, and the figures are checked."""
    env = os.environ | {"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
                        "BRIEFING_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT),
                        "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BRIEFING_CACHE", None)
    code = ("import sys; from briefing.cli import main; code = main(['gui', '--quit-when-ready']); "
            "print(*sorted(m for m in ('pydantic', 'yaml') if m in sys.modules)); sys.exit(code)")

    def loaded(run_env) -> str:
        out = subprocess.run([sys.executable, "-c", code], env=run_env, cwd=ROOT, capture_output=True, text=True,
                             timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    assert loaded(env) == "pydantic yaml"  # the first start checks, and fills the cache
    assert (tmp_path / "cache" / "checked-dataset.cache").is_file()
    assert loaded(env) == ""
    assert loaded(env | {"BRIEFING_CACHE": "off"}) == "pydantic yaml"
