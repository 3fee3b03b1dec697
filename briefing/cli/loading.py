"""The data the commands work on: a seed or record folder checked like the shipped seeds, with the user's
workspace (imported tables, added documents) merged in."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import DataError, Problem
from ..lazy import lazy
from ..resources import seeds_dir

checked = lazy("..core.ingest.checked", __package__)
dataset = lazy("..core.model.dataset", __package__)

if TYPE_CHECKING:  # pandas, pydantic and YAML load only for commands that read data, not for --help
    from ..core.model.dataset import Dataset


def _folders(path: Path | None) -> tuple[Path, Path | None]:
    """(seed root, records folder) for a path that is a seed folder or a record folder."""
    if path is None:
        return seeds_dir(), None
    if (path / "sources.yaml").is_file():
        return path, None
    if (path.parent / "sources.yaml").is_file():
        return path.parent, path
    return seeds_dir(), path


def check_folder(path: Path | None) -> tuple[Dataset | None, list[Problem]]:
    """The checked dataset of a seed or record folder (default: the shipped seeds) and every problem found,
    checked from scratch (`validate`)."""
    if path is not None and not path.is_dir():
        return None, [Problem(str(path), "no such folder")]
    return dataset.check(*_folders(path))


def load_with_workspace(path: Path | None) -> Dataset:
    """The seeds with the user's imported tables and added documents (from the cache when none of them nor the
    checking code changed); DataError listing the seeds' problems."""
    if path is not None and not path.is_dir():
        raise DataError([Problem(str(path), "no such folder")])
    _seeds, data, troubles = checked.load(*_folders(path))
    for p in troubles:
        print(f"warning: {p}", file=sys.stderr)
    return data
