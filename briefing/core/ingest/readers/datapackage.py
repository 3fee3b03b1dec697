"""Frictionless data packages: a datapackage.json descriptor names its resources (the sheets to choose from),
their CSV files (paths relative to the descriptor), fields, titles and units. The figures come from the first
resource whose file is here (or the one chosen), its value field's title or description as their name, its
`unit` as their unit, and the package's title, description and sources as the table's note."""
from __future__ import annotations

import json
from pathlib import Path

from . import delimited, limits
from .table import Table, TableError
from .text import decode_text

PERIOD_TYPES = {"year", "yearmonth", "date", "datetime"}


def read(path: Path, raw: bytes, sheet: str | None = None) -> Table:
    package = _descriptor(path, raw)
    resources = [r for r in package.get("resources", []) if isinstance(r, dict) and r.get("path")]
    names = [str(r.get("name") or r["path"]) for r in resources]
    if not resources:
        raise TableError(f"{path}: a data package with no resource files (a 'resources' list with 'path's)")
    if sheet is not None:
        if sheet not in names:
            raise TableError(f"{path}: no resource named {sheet!r} (resources: {', '.join(names)})")
        resource = resources[names.index(sheet)]
    else:
        resource = next((r for r in resources if _file(path, r).is_file()), None)
        if resource is None:
            wanted = ", ".join(str(_file(path, r)) for r in resources)
            raise TableError(f"{path}: none of the package's resource files is here ({wanted}): put them beside "
                             "the datapackage.json as its paths say")
    csv_path = _file(path, resource)
    try:
        limits.check_size(csv_path)
        table = delimited.read(csv_path, csv_path.read_bytes())
    except OSError as e:
        raise TableError(f"{path}: cannot read its resource {csv_path}: {e.strerror or e}") from None
    fields = (resource.get("schema") or {}).get("fields") or []
    table.columns = [_header(c, fields) for c in table.columns]
    table.sheet, table.sheets = str(resource.get("name") or resource["path"]), names
    table.also_read = [csv_path]  # kept with the import beside the descriptor the user chose
    table.note = "\n".join(filter(None, (package.get("title"), package.get("description"),
                                         *(f"Source: {s.get('title') or s.get('name')} {s.get('path', '')}".strip()
                                           for s in package.get("sources", []) if isinstance(s, dict)))))
    return table


def _descriptor(path: Path, raw: bytes) -> dict:
    try:
        package = json.loads(decode_text(path, raw)[0])
    except json.JSONDecodeError as e:
        raise TableError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}): a .json table must "
                         "be a Frictionless datapackage.json") from None
    if not isinstance(package, dict) or "resources" not in package:
        raise TableError(f"{path}: a JSON file but not a Frictionless data package (no 'resources'): save the "
                         "table as CSV")
    return package


def _file(path: Path, resource: dict) -> Path:
    """A resource's file, relative to the descriptor (a list of paths: the first; a URL is not read offline)."""
    where = resource["path"][0] if isinstance(resource["path"], list) else resource["path"]
    if "://" in str(where):
        raise TableError(f"{path}: resource {resource.get('name')!r} is online ({where}): download it beside the "
                         "datapackage.json and change its path")
    return path.parent / str(where)


def _header(column: str, fields: list) -> str:
    """The value field's header named for what it holds, with its unit: `GDP in current USD`; others as they are."""
    field = next((f for f in fields if isinstance(f, dict) and f.get("name") == column), None)
    if not field or field.get("type") not in ("number", "integer") or column.casefold() == "year":
        return column
    name = field.get("title") or field.get("description") or column
    unit = field.get("unit")
    return f"{name} ({unit})" if unit and unit not in name else name
