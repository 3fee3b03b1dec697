"""Where settings live, and saving/restoring window geometry and the last filters."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings

from ..core.query.filters import Filters
from ..core.storage.userdirs import APP_NAME


def config_dir() -> Path:
    """BRIEFING_CONFIG_DIR (tests, portable installs) or the platform's user config folder."""
    return Path(os.environ.get("BRIEFING_CONFIG_DIR") or user_config_dir(APP_NAME, appauthor=False))


def open_settings() -> QSettings:
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def save_filters(settings: QSettings, f: Filters) -> None:
    settings.setValue("filters/themes", list(f.themes))
    for key in ("region", "period", "kind", "search"):
        settings.setValue(f"filters/{key}", getattr(f, key))


def load_filters(settings: QSettings) -> Filters:
    themes = settings.value("filters/themes", [], type=list) or []
    return Filters(themes=tuple(str(t) for t in themes),
                   **{k: str(settings.value(f"filters/{k}", "", type=str)) for k in
                      ("region", "period", "kind", "search")})
