"""The one way to find shipped files (seeds, fonts, icons): the same in a checkout, a wheel and a bundle."""
from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _root() -> Path:
    # A wheel and the PyInstaller bundle carry seeds/ and resources/ in briefing/_data (pyproject.toml,
    # packaging/briefing.spec); a checkout (and its editable install) has them beside the package.
    shipped = Path(str(files("briefing").joinpath("_data")))
    return shipped if shipped.is_dir() else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped file or folder: resource_path("resources", "fonts", "DejaVuSans.ttf")."""
    return _root().joinpath(*parts)


def seeds_dir() -> Path:
    return resource_path("seeds")
