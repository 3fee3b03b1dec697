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
    # the temporary name keeps the suffix: some writers choose the format by it
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".part{path.suffix}", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        if not os.path.getsize(tmp):
            raise OSError(f"nothing was written to {path}")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
