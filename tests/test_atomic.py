"""Atomic writes: the previous file survives a failed write, and a process killed while writing; new files
get ordinary permissions."""
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from briefing.core.storage.atomic import write_atomic


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_text("previous")

    def half(tmp):
        Path(tmp).write_text("half a fi")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, half)
    assert target.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    old = os.umask(0o022)
    try:
        new = write_atomic(tmp_path / "new.pdf", lambda tmp: Path(tmp).write_text("x"))
        assert new.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.pdf"
        kept.write_text("old")
        kept.chmod(0o640)
        write_atomic(kept, lambda tmp: Path(tmp).write_text("new"))
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text() == "new"
    finally:
        os.umask(old)


def wait_for(predicate, timeout=60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return False


PAUSED_EXPORT = """
import os, sys, time
from briefing.core.storage import atomic
from briefing.cli import main

def pause(fd):  # the PDF is in its temporary file, not yet moved over the old one: say so, and wait to be killed
    print("written", flush=True)
    time.sleep(60)

atomic.os.fsync = pause
sys.exit(main(sys.argv[1:]))
"""


def _a_previous_pdf(tmp_path):
    """(the PDF's path, the environment, its bytes): the ecology pack exported once, the file a killed export
    must leave as it was."""
    out = tmp_path / "pack.pdf"
    env = os.environ | {"BRIEFING_DATA_DIR": str(tmp_path / "data")}
    first = subprocess.run([sys.executable, "-m", "briefing", "export", "--theme", "ecology", "-o", str(out)],
                           env=env, capture_output=True, timeout=120)
    assert first.returncode == 0, first.stderr
    return out, env, out.read_bytes()


def test_an_export_killed_midway_leaves_the_previous_pdf(tmp_path):
    """`briefing export` in a subprocess, killed with SIGKILL after writing its temporary file, before the move."""
    out, env, before = _a_previous_pdf(tmp_path)
    job = subprocess.Popen([sys.executable, "-c", PAUSED_EXPORT, "export", "-o", str(out)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert job.stdout.readline() == "written\n"
        (part,) = tmp_path.glob(".pack.*.part.pdf")
        assert part.stat().st_size > len(before)  # the new, bigger pack: all of it, in the temporary file
        job.send_signal(signal.SIGKILL)
        assert job.wait(30) == -signal.SIGKILL
    finally:
        job.kill()
        job.stdout.close()
    assert out.read_bytes() == before
    assert len(pypdf.PdfReader(out).pages) > 0


AT_THE_RENAME = """
import os, sys, time
from briefing.cli import main

when = sys.argv.pop(1)
real_replace = os.replace

def replace(src, dst):  # the new PDF is whole under its temporary name: stop just before or just after the move
    if when == "after":
        real_replace(src, dst)
    print(when, os.path.getsize(dst if when == "after" else src), flush=True)
    time.sleep(60)

os.replace = replace
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("when", ["before", "after"])
def test_an_export_killed_at_the_rename_leaves_a_whole_pdf(tmp_path, when):
    """Killed with SIGKILL between the written temporary file and its rename, or just after the rename: the target
    is the whole previous PDF or the whole new one, never part of either."""
    out, env, before = _a_previous_pdf(tmp_path)
    job = subprocess.Popen([sys.executable, "-c", AT_THE_RENAME, when, "export", "--theme", "trade", "-o", str(out)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        said, size = job.stdout.readline().split()  # the export reached the rename (a copy never does)
        assert said == when
        job.send_signal(signal.SIGKILL)
        assert job.wait(30) == -signal.SIGKILL
    finally:
        job.kill()
        job.stdout.close()
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "data")
    if when == "before":
        assert out.read_bytes() == before
        assert len(left) == 2 and left[0].startswith(".pack.") and left[0].endswith(".part.pdf")  # a stray, no more
    else:
        new = out.read_bytes()
        assert len(new) == int(size) and new != before and left == ["pack.pdf"]
        assert new.rstrip().endswith(b"%%EOF") and len(pypdf.PdfReader(out).pages) > len(
            pypdf.PdfReader(io.BytesIO(before)).pages)


SLOW_SAVE = """
import sys, time
from pathlib import Path
from briefing.core.pack import model as packs
from briefing.core.model.dataset import load
from briefing.resources import seeds_dir

def slow_write(path, text, what):  # the real atomic writer, writing slowly enough to be killed midway
    def write(tmp):
        with open(tmp, "w", encoding="utf-8") as f:
            for i in range(0, len(text), 64):
                f.write(text[i:i + 64]); f.flush(); time.sleep(0.01)
    return packs.write_atomic(path, write)

packs._write = slow_write
packs.save_pack(packs.new_pack(load(seeds_dir())), sys.argv[1])
"""


def test_a_pack_save_killed_midway_leaves_the_previous_pack(tmp_path, dataset):
    from briefing.core.pack.model import load_pack, new_pack, save_pack
    target = tmp_path / "visit.json"
    save_pack(new_pack(dataset, ["taiwan"]), target)
    before = target.read_bytes()
    job = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(target)])
    part = lambda: [p for p in tmp_path.glob(".visit.*.part.json") if p.stat().st_size > 1000]  # noqa: E731
    try:
        assert wait_for(part), "the save never started writing"
        job.send_signal(signal.SIGKILL)
        assert job.wait(30) == -signal.SIGKILL
    finally:
        job.kill()
    assert target.read_bytes() == before
    pack, warnings = load_pack(target, dataset)
    assert pack.themes == ["taiwan"] and warnings == []


def test_an_atomic_write_never_replaces_what_is_not_a_file(tmp_path):
    import os
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)  # stands in for a device such as /dev/full, which a rename as root would replace
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(fifo, lambda tmp: Path(tmp).write_bytes(b"%PDF"))
    assert fifo.is_fifo() and [p.name for p in tmp_path.iterdir()] == ["pipe.pdf"]
