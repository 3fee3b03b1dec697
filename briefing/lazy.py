"""The one way to load a heavy module on first use, so the window paints before pandas, numpy, pydantic,
pyqtgraph and reportlab load: `pack = lazy(".core.pack.model", __package__)` at the top of a module, then
`pack.load_pack(...)` where it is needed. Each use looks the module up in sys.modules (the import lock keeps a
first use from two threads safe)."""
from __future__ import annotations

from importlib import import_module
from importlib.util import resolve_name
from typing import Any


class LazyModule:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attr: str) -> Any:
        return getattr(import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, loaded on first use>"


def lazy(name: str, package: str | None = None) -> Any:
    """The module `name` (relative to `package` when it starts with a dot), imported when first used."""
    return LazyModule(resolve_name(name, package) if name.startswith(".") else name)
