"""Where the user's own files live (cheap to import: the window needs it before its first paint)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "fujian-briefing"


def data_dir() -> Path:
    """BRIEFING_DATA_DIR (tests, portable installs) or the platform's user data folder: autosaved drafts,
    imported tables."""
    return Path(os.environ.get("BRIEFING_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))
