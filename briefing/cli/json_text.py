"""JSON as `json.dumps(indent=…, ensure_ascii=False)` writes it, except that a Number is written as its literal: a
figure's value with the digits its document states (5.40 stays 5.40, which the json module cannot write)."""
from __future__ import annotations

import json


class Number(str):
    """A number literal to write as it is (core.model.stated.value_text)."""


def dumps(value, indent: int = 2, level: int = 0) -> str:
    if isinstance(value, Number):
        return str(value)
    pad, end = "\n" + " " * indent * (level + 1), "\n" + " " * indent * level
    if isinstance(value, dict) and value:
        return "{" + ",".join(f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {dumps(v, indent, level + 1)}"
                              for k, v in value.items()) + end + "}"
    if isinstance(value, list | tuple) and value:
        return "[" + ",".join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    return json.dumps(value, ensure_ascii=False)
