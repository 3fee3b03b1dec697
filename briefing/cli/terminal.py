"""What the command line prints of cell and record text, and the paths it is given: an imported cell holding
`\\x1b[31m` or a right-to-left override (U+202E) must not recolour the terminal or reverse what the user reads,
and a path the OS refuses is one line naming it, never a traceback."""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ..core.lexicon.text import printable

__all__ = ["cannot_read", "cannot_use_folder", "cannot_write", "printable", "say"]


def say(text: object, file=None) -> None:
    """print(printable(text)): a line holding cell or record text."""
    print(printable(str(text)), file=file or sys.stdout)


def cannot_write(path: Path) -> str | None:
    """Why a new file cannot be put at `path` (the OS's reason), or None. An existing device, pipe or folder is
    refused: the file is written beside it and moved over it, which would replace /dev/null with a PDF."""
    if "\0" in str(path):
        return "the name holds a NUL character"
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return cannot_use_folder(path.parent)
    except OSError as e:
        return e.strerror or str(e)
    if stat.S_ISDIR(mode):
        return "it is a folder"
    return None if stat.S_ISREG(mode) else "it is not a regular file (a device, a pipe or a socket)"


def cannot_use_folder(folder: Path) -> str | None:
    """Why files cannot be put in `folder`, naming it, or None."""
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return f"{folder} is not a folder"
    except FileNotFoundError:
        return f"{folder} does not exist"
    except OSError as e:
        return f"{folder}: {e.strerror or e}"
    return None


def cannot_read(path: Path) -> str | None:
    """Why `path` cannot be read as a file (the OS's reason), or None."""
    if "\0" in str(path):
        return "the name holds a NUL character"
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return e.strerror or str(e)
    return "it is a folder" if stat.S_ISDIR(mode) else None


def cannot_read_folder(path: Path) -> str | None:
    """Why the OS refuses `path` as a folder to read (a NUL, a name too long), or None: a folder that does not
    exist, or is a file, is left to the command, which lists it as a problem of the data."""
    if "\0" in str(path):
        return "the name holds a NUL character"
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        return e.strerror or str(e)
    return None
