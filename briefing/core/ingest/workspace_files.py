"""Where the workspace is and how it stands (its folders, its fingerprint): what the window's watch of the
workspace needs at start, without what reading or merging it needs (pandas, the records' schema)."""
from __future__ import annotations

import os
from pathlib import Path

from ..storage.userdirs import data_dir


def imports_dir() -> Path:
    return data_dir() / "imports"


def workspace_folders() -> tuple[Path, Path]:
    """The folders whose entries are the workspace: imported tables, added documents."""
    return imports_dir(), data_dir() / "documents"


def fingerprint() -> tuple:
    """What the workspace's loaders read, as names, inodes, sizes and modification times: cheap to take, and
    different once an import or document is added, removed or updated. A folder being written (`.….partial`) or
    removed (`.….removed`) and a file being replaced (`.….part…`) are left out: they start with a dot."""
    seen = []
    for folder, prefix in zip(workspace_folders(), ("imp-", "doc-")):
        try:
            entries = sorted(e.name for e in os.scandir(folder) if e.name.startswith(prefix))
        except FileNotFoundError:  # no folder yet: as an empty one
            continue
        except OSError as e:  # one that cannot be read: its state is that
            seen.append((folder.name, e.errno))
            continue
        for name in entries:
            for root, dirs, files in os.walk(folder / name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(f for f in files if not f.startswith(".")):
                    try:
                        st = os.stat(os.path.join(root, f))
                    except OSError:  # gone meanwhile: the next look sees the rest
                        continue
                    seen.append((os.path.relpath(os.path.join(root, f), folder), st.st_ino, st.st_size,
                                 st.st_mtime_ns))
            seen.append((name,))
    return tuple(seen)
