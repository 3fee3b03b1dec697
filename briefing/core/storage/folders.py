"""The user's imports and added documents are folders: named after their file and content, written whole or
not at all, removed without leaving half a folder in the data."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def folder_id(prefix: str, file_name: str, content: str) -> str:
    """'imp-yearbook-2023-1a2b3c4d': the same file content always gets the same id (a second import is noticed)."""
    stem = re.sub(r"[^a-z0-9]+", "-", Path(file_name).stem.lower()).strip("-")[:24] or "file"
    return f"{prefix}-{stem}-{hashlib.sha256(content.encode()).hexdigest()[:8]}"


@contextmanager
def new_folder(target: Path, replace: bool = False) -> Iterator[Path]:
    """A temporary folder beside `target` to fill in the with-block; on leaving it, its files are flushed to disk
    and it is renamed to `target` in one step (with `replace`, the `target` there before is renamed away first and
    then deleted). If the block raises, it is removed and `target` is as it was."""
    partial = target.parent / f".{target.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        yield partial
        for written in partial.rglob("*"):
            if written.is_file():
                with open(written, "rb+") as f:
                    os.fsync(f.fileno())
        if replace and target.exists():
            gone = target.parent / f".{target.name}.removed"
            shutil.rmtree(gone, ignore_errors=True)
            os.replace(target, gone)
            os.replace(partial, target)
            shutil.rmtree(gone, ignore_errors=True)
        else:
            os.replace(partial, target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def remove_folder(target: Path) -> None:
    """Out of the data at once (renamed away), then deleted."""
    gone = target.parent / f".{target.name}.removed"
    shutil.rmtree(gone, ignore_errors=True)
    os.replace(target, gone)
    shutil.rmtree(gone, ignore_errors=True)
