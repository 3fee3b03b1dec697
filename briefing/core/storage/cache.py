"""Results that are slow to rebuild and cheap to key (the checked dataset, parsed fonts), kept in the user's cache
folder (userdirs.cache_dir) and used only while their key matches: a digest of every input file's content and of
the code that made them, so any change of either rebuilds them.

Each entry is one file: a header line (this format, the entry's name, its key), then a pickle. Pickle runs code
when read, so it is used only for what this app itself wrote into the user's own cache folder (created
owner-only); an entry that cannot be read (damaged, from another version of a library) is ignored with a log
line and rebuilt. Entries are written atomically (storage.atomic): a crash never leaves half an entry."""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .userdirs import cache_dir

FORMAT = 1  # of the entry files; bump to drop every entry written before
log = logging.getLogger("briefing.cache")


def file_digest(paths: Iterable[Path], relative_to: Path | None = None) -> str:
    """sha256 over each file's name and content, in the given order; a missing file counts as missing."""
    digest = hashlib.sha256()
    for path in paths:
        name = str(path.relative_to(relative_to) if relative_to else path)
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def tree_files(folder: Path) -> list[Path]:
    """Every file under `folder`, sorted, leaving out hidden entries (a half-written or removed import)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


@cache
def code_version(packages: tuple[str, ...], libraries: tuple[str, ...] = ()) -> str:
    """A digest of the source files of `packages` (e.g. "briefing.core"), Python's version and the versions of
    `libraries` (imported here: the cached objects are theirs): any change of the code that checks or builds an
    entry changes it. In a frozen bundle (no sources) the bundle's executable stands for the code."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    for lib in libraries:
        module = import_module(lib)
        digest.update(f" {lib} {getattr(module, '__version__', getattr(module, 'Version', '?'))}".encode())
    if getattr(sys, "frozen", False):
        stat = Path(sys.executable).stat()
        digest.update(f"{sys.executable} {stat.st_size} {stat.st_mtime_ns}".encode())
    for name in packages:
        root = Path(import_module(name).__file__).parent
        digest.update(file_digest(sorted(root.rglob("*.py")), root).encode())
    return digest.hexdigest()


def _entry(name: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}.cache"


def _header(name: str, key: str) -> bytes:
    return f"fujian-briefing cache {FORMAT} {name} {key}\n".encode()


def read(name: str, key: str) -> Any | None:
    """The entry `name` if it was written with `key`, else None (missing, stale, or unreadable: logged)."""
    path = _entry(name)
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            if f.readline() != _header(name, key):
                log.debug("cache %s is stale: rebuilt", path)
                return None
            return _unpickled(f)
    except Exception as e:  # noqa: BLE001 - whatever a damaged entry raises, it is rebuilt
        log.warning("cache %s cannot be read and is rebuilt: %s", path, e or type(e).__name__)
        return None


def _unpickled(f) -> Any:
    """The pickle in `f` (our own file in the user's own cache folder, see the module's docstring), read with the
    garbage collector paused: the objects it makes are all kept, and collecting while it makes them (a parsed
    font's glyph tables) doubles the time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        if paused:
            gc.enable()


def write(name: str, key: str, value: Any) -> None:
    """Keep `value` as the entry `name` for `key`; a cache that cannot be written is logged, never fatal."""
    path = _entry(name)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = _header(name, key) + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

        def put(tmp: str) -> None:
            with open(tmp, "wb") as f:
                f.write(payload)
            os.chmod(tmp, 0o600)
        write_atomic(path, put)
        os.chmod(path, 0o600)  # write_atomic gives a new file the umask's mode: a cache is the user's alone
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as e:
        log.warning("cache %s cannot be written: %s", path, e)


def cached(name: str, key: str, build: Callable[[], Any], keep: Callable[[Any], bool] = lambda _: True) -> Any:
    """The entry `name` for `key`, or `build()` (then kept when `keep(result)`)."""
    value = read(name, key)
    if value is None:
        value = build()
        if keep(value):
            write(name, key, value)
    return value
