"""Where the user's own files live (cheap to import: the window needs it before its first paint)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "fujian-briefing"


def data_dir() -> Path:
    """BRIEFING_DATA_DIR (tests, portable installs) or the platform's user data folder: autosaved drafts,
    imported tables."""
    return Path(os.environ.get("BRIEFING_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path | None:
    """BRIEFING_CACHE_DIR (tests, portable installs) or the platform's user cache folder: what is rebuilt when
    missing (the checked dataset, the parsed fonts). None when BRIEFING_CACHE=off: nothing is cached."""
    if os.environ.get("BRIEFING_CACHE", "").lower() in ("off", "0", "no"):
        return None
    return Path(os.environ.get("BRIEFING_CACHE_DIR") or user_cache_dir(APP_NAME, appauthor=False))
