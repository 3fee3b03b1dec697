"""Problems found in user-facing files, and the one error family that carries them.

Every error a user is shown is a `BriefingError` holding `Problem`s (each names the file, line, record and field,
and what is wrong), so the window and the command line catch one class and show `str(error)`:

    BriefingError
    ├── DataError       seed or record files that fail the checks
    ├── TableError      a file that cannot be read as a table (core.ingest.readers)
    ├── DocumentError   a document that cannot be read or added
    ├── WorkspaceError  the user's imports and added documents: saving, removing
    └── PackError       a pack or draft file that cannot be read or written
"""
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
        return ": ".join(p for p in (where, self.record, self.field, self.message) if p)


class BriefingError(Exception):
    """Raised with every problem found, so a user can fix them all in one pass. A plain message (one that names
    its file itself) is taken as one problem."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(map(str, self.problems)))


class DataError(BriefingError):
    """Seed or record files that fail the checks."""


class DocumentError(BriefingError):
    """A document that cannot be read, or whose figures fail the checks: nothing of it is kept."""


class WorkspaceError(BriefingError):
    """An import or added document that cannot be saved or removed."""


class PackError(BriefingError):
    """A pack or draft file that cannot be used or written."""


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
