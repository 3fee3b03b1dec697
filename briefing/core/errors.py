"""Problems found in user-facing files: each names the file, line, record and field, and what is wrong."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic is only needed where records are validated
    from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        what = ": ".join(p for p in (self.record, self.field) if p)
        return f"{where}: {what + ': ' if what else ''}{self.message}"


class DataError(Exception):
    """Raised with every problem found, so a user can fix them all in one pass."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def from_validation(error: ValidationError, file: Path | str, line: int | None,
                    record: str | None) -> list[Problem]:
    """One Problem per field pydantic rejected."""
    out = []
    for e in error.errors():
        field = ".".join(str(p) for p in e["loc"]) or None
        message = e["msg"]
        if e["type"] == "extra_forbidden":
            message = "unknown field (a typo?)"
        elif e["type"] not in ("missing",) and "input" in e and not isinstance(e["input"], (dict, list)):
            message += f" (got {e['input']!r})"
        out.append(Problem(str(file), message, line, record, field))
    return out
