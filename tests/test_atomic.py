"""Atomic writes: the previous file survives a failed write; new files get ordinary permissions."""
import os
from pathlib import Path

import pytest

from briefing.core.atomic import write_atomic


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
