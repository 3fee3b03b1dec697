"""Read YAML record files, keeping the line each mapping starts on for error messages."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..errors import DataError, Problem

try:  # the C parser is several times faster; the constructor below works with both
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader


class Mapping(dict):
    """A dict that knows the 1-based line it was written on."""

    line: int | None = None


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader, node):
    seen = set()
    for key_node, _ in node.value:
        if key_node.value in seen:  # PyYAML would silently keep the last one
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key_node.value!r}", key_node.start_mark)
        seen.add(key_node.value)
    mapping = Mapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


MAX_DEPTH = 100


def _flow_depth(text: str) -> int:
    """How deep [ and { nest outside quotes and comments (a cheap upper bound: enough to refuse a bomb)."""
    depth = deepest = 0
    for line in text.splitlines():
        for token in re.findall(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"|#.*|[\[\]{}]", line):
            if token in "[{":
                depth += 1
                deepest = max(deepest, depth)
            elif token in "]}":
                depth = max(0, depth - 1)
    return deepest


def read_yaml(path: Path) -> object:
    """Parse `path`; a file that cannot be read or parsed raises DataError naming file and line."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise DataError([Problem(str(path), f"cannot read the file: {e.strerror or e}")]) from None
    except UnicodeDecodeError as e:
        raise DataError([Problem(str(path), f"not UTF-8 text (byte {e.start}): save it as UTF-8")]) from None
    if not text.strip():
        raise DataError([Problem(str(path), "the file is empty")])
    depth = _flow_depth(text)
    if depth > MAX_DEPTH:  # libyaml's parser recurses per level: a deep enough file crashes the process
        raise DataError([Problem(str(path), f"nested {depth} levels deep (at most {MAX_DEPTH})")])
    try:
        return yaml.load(text, Loader=_LineLoader)
    except RecursionError:
        raise DataError([Problem(str(path), "nested too deeply")]) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        line = mark.line + 1 if mark else None
        raise DataError([Problem(str(path), f"not valid YAML: {e.problem or e}", line)]) from None
    except yaml.YAMLError as e:
        raise DataError([Problem(str(path), f"not valid YAML: {e}")]) from None
