"""What ships: the wheel's contents, the windowed build's log, the icon and the Linux menu entry.
(The PyInstaller bundle itself is built and launched by `make bundle`, which CI runs.)"""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shipped_files() -> set[str]:
    """Every file the app reads at run time, as the wheel and the bundle place it."""
    files = {f"briefing/_data/seeds/{p.relative_to(ROOT / 'seeds').as_posix()}"
             for p in (ROOT / "seeds").rglob("*") if p.is_file()}
    for folder in ("fonts", "icons", "help"):
        files |= {f"briefing/_data/resources/{folder}/{p.name}" for p in (ROOT / "resources" / folder).iterdir()}
    files |= {f"briefing/_data/resources/i18n/{p.name}" for p in (ROOT / "resources" / "i18n").glob("*.qm")}
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_carries_seeds_fonts_and_icons(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {n for n in names if n.startswith("briefing/_data/")}
    assert data == shipped_files()
    assert {"briefing/cli/__init__.py", "briefing/resources.py", "briefing/report/document.py",
            "briefing/gui/main_window.py"} <= names
    assert not any(n.startswith(("tests/", "seeds/", "resources/")) for n in names)
    assert "resources/screenshot-main.png" not in names and not any("screenshot" in n for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "briefing = briefing.cli:main" in zipfile.ZipFile(wheel).read(metadata).decode()


def test_the_installed_wheel_runs_from_its_own_data(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(site), str(wheel)], check=True, capture_output=True, timeout=300)
    env = os.environ | {"PYTHONPATH": str(site)}  # ahead of the checkout's editable install

    def briefing(*args):
        return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)

    where = subprocess.run([sys.executable, "-c", "import briefing.resources as r; print(r.seeds_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where) == site / "briefing" / "_data" / "seeds"
    checked = briefing("validate")
    assert checked.returncode == 0, checked.stderr
    assert "every quote and value checked" in checked.stdout
    exported = briefing("export", "--theme", "taiwan", "-o", str(tmp_path / "pack.pdf"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF-")


WINDOWED = """
import sys
sys.stdout = sys.stderr = None  # a windowed build (Windows, macOS app) starts like this
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
QMessageBox.critical = lambda *a: open(sys.argv[1], "w", encoding="utf-8").write(a[2])
from briefing.gui import crash
crash.install()
print("a printed line")
qWarning("a Qt warning")
raise RuntimeError("boom in a windowed build")
"""


def test_a_windowed_build_keeps_output_warnings_and_errors_in_the_log(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_LOG_DIR": str(tmp_path / "log")}
    shown = tmp_path / "dialog.txt"
    proc = subprocess.run([sys.executable, "-c", WINDOWED, str(shown)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1
    log = (tmp_path / "log" / "briefing.log").read_text(encoding="utf-8")
    assert "a printed line" in log
    assert "WARNING Qt: a Qt warning" in log
    assert "Traceback" in log and "RuntimeError: boom in a windowed build" in log
    assert "boom in a windowed build" in shown.read_text(encoding="utf-8")
    assert str(tmp_path / "log" / "briefing.log") in shown.read_text(encoding="utf-8")


def test_the_window_icon_has_every_size(qapp):
    from briefing.gui.app import app_icon
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    assert not app_icon().pixmap(48, 48).toImage().isNull()


def test_the_desktop_entry_is_valid():
    checked = subprocess.run(["desktop-file-validate", str(ROOT / "packaging/linux/fujian-briefing.desktop")],
                             capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr


def test_the_linux_install_script_installs_and_removes_a_bundle(tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources" / "icons", bundle / "_internal/briefing/_data/resources/icons")
    (bundle / "briefing").write_text("#!/bin/sh\necho bundled \"$@\"\n")
    (bundle / "briefing").chmod(0o755)
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    script = str(ROOT / "packaging/linux/install.sh")
    subprocess.run([script, str(bundle)], env=env, check=True, capture_output=True, timeout=60)

    opt = home / ".local/opt/fujian-briefing"
    entry = (home / ".local/share/applications/fujian-briefing.desktop").read_text()
    assert f"Exec={opt}/briefing gui\n" in entry and "Icon=fujian-briefing\n" in entry
    assert (home / ".local/share/icons/hicolor/256x256/apps/fujian-briefing.png").read_bytes() == \
        (ROOT / "resources/icons/briefing-256.png").read_bytes()
    ran = subprocess.run([str(home / ".local/bin/briefing"), "gui"], capture_output=True, text=True, check=True)
    assert ran.stdout == "bundled gui\n"

    subprocess.run([script, "--uninstall"], env=env, check=True, capture_output=True, timeout=60)
    assert not opt.exists() and not (home / ".local/bin/briefing").exists()
    assert not (home / ".local/share/applications/fujian-briefing.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("*.png"))
