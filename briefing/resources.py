"""The one way to find shipped files (seeds, fonts, icons): the same in a checkout, a wheel and a bundle."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped file or folder under briefing/_data (seeds/ and resources/ of the project)."""
    return Path(str(files("briefing").joinpath("_data", *parts))).resolve()


def seeds_dir() -> Path:
    return resource_path("seeds")
