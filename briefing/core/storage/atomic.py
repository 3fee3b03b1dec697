"""Writing files so that a crash or a full disk never leaves half a file over the previous one."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: str | os.PathLike, write: Callable[[str], None]) -> Path:
    """Call `write(temporary_path)`, then move the finished file over `path` in one step.
    On any failure the temporary file is removed and `path` keeps its previous content."""
    path = Path(path)
    if path.exists() and not path.is_file():  # a rename would replace a folder's entry, a device or a pipe
        raise OSError(f"{path} is not a regular file")
    # the temporary name keeps the suffix: some writers choose the format by it
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".part{path.suffix}", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        if not os.path.getsize(tmp):
            raise OSError(f"nothing was written to {path}")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))  # mkstemp makes owner-only files; a pack is meant to be shared
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets under the user's umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
