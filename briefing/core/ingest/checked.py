"""The seeds and the user's workspace, checked, as the window and the commands start with them: from the cache
(storage.cache) when no input changed, else checked from scratch and cached.

The key is a digest of everything the result follows from: the folders' paths, the manifest, every seed
document and record file, every file of the workspace (imported tables, added documents), the app's version
and the source of the code that checks them (briefing.core). So a figure is checked against its document
again whenever a document, a record file, an import or the checking code changes; `briefing validate` and the
tests always check from scratch (they do not call this)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ... import __version__
from ...lazy import lazy
from ..errors import DataError, Problem
from ..storage import cache
from ..storage.userdirs import data_dir

dataset = lazy("..model.dataset", __package__)
workspace = lazy(".workspace", __package__)

ENTRY = "checked-dataset"


def key(root: Path, records_dir: Path) -> str:
    """What the checked dataset of these folders and the user's workspace follows from (see the docstring)."""
    user = data_dir()
    inputs = [root / "sources.yaml", *cache.tree_files(root / "documents"), *sorted(records_dir.glob("*.yaml")),
              *cache.tree_files(user / "imports"), *cache.tree_files(user / "documents")]
    parts = [ENTRY, str(root.resolve()), str(records_dir.resolve()), str(user.resolve()), __version__,
             cache.code_version(("briefing.core",), ("pandas",)), cache.file_digest(inputs)]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _check(root: Path, records_dir: Path | None):
    data, problems = dataset.check(root, records_dir)
    if problems:
        return None, problems
    merged, troubles = workspace.with_workspace(data)
    return (data, merged, troubles), []


def load(root: Path, records_dir: Path | None = None) -> tuple:
    """(seeds, seeds with the workspace merged in, problems of workspace items left out); DataError listing the
    seeds' problems (never cached: a folder with problems is checked again every time)."""
    root = Path(root)
    records = Path(records_dir) if records_dir else root / "records"
    outcome: dict[str, list[Problem]] = {}

    def build():
        result, outcome["problems"] = _check(root, records_dir)
        return result

    result = cache.cached(ENTRY, key(root, records), build, keep=lambda r: r is not None)
    if result is None:
        raise DataError(outcome["problems"])
    return result
