"""The window. Importing it imports Qt, and makes PySide6's check of every later import cheap (below)."""
import sys

import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook, which the lines below speed up

# PySide6 replaces __import__ and, for every module imported after it (pandas, numpy and pyqtgraph load after the
# first paint: hundreds of modules), asks whether the module's source mentions "PySide6" to know if
# `from __feature__ import ...` may apply to it. It reads the source with inspect.getsource (through linecache,
# line by line): about 0.15 ms a module. The question is kept; only the reading is made direct: the file's bytes
# are searched, and anything that is not a plain .py file still goes to PySide6's own check.
_feature = sys.modules.get("shibokensupport.feature")
_uses_pyside = getattr(_feature, "_mod_uses_pyside", None)


def _source_mentions_pyside(module) -> bool:
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            pass
    return _uses_pyside(module)


if _uses_pyside is not None and not getattr(_uses_pyside, "__module__", "").startswith(__name__):
    _feature._mod_uses_pyside = _source_mentions_pyside
