"""What the user chose to see. Cheap to import: the window builds its controls before pandas loads."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """What the user chose to see; empty means everything."""

    themes: tuple[str, ...] = ()
    region: str = ""
    period: str = ""
    kind: str = ""
    search: str = ""

    @property
    def active(self) -> bool:
        return self != Filters()
