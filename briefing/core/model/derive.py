"""Values computed from other records (a prior year from a growth rate, a sum, a share): never typed in."""
from __future__ import annotations

from collections.abc import Mapping


class DeriveError(ValueError):
    """The inputs do not fit the method; the message says how."""


def _need(inputs: list[Mapping], measures: list[tuple[str, ...]]) -> None:
    if len(inputs) != len(measures):
        raise DeriveError(f"takes {len(measures)} inputs, got {len(inputs)}")
    for record, allowed in zip(inputs, measures):
        if record["measure"] not in allowed:
            raise DeriveError(f"input {record['id']} is a {record['measure']}, expected {' or '.join(allowed)}")


def _same_unit(inputs: list[Mapping]) -> str:
    units = {r["unit"] for r in inputs}
    if len(units) != 1:
        raise DeriveError(f"inputs have different units: {', '.join(sorted(units))}")
    return units.pop()


def derive(method: str, inputs: list[Mapping]) -> tuple[float, str, str]:
    """(value, unit, measure) of `method` applied to the input records."""
    if method == "prior_level_from_growth":
        _need(inputs, [("level", "stock", "cumulative"), ("growth",)])
        level, growth = inputs
        return level["value"] / (1 + growth["value"] / 100), level["unit"], level["measure"]
    if method == "sum":
        unit = _same_unit(inputs)
        return sum(r["value"] for r in inputs), unit, inputs[0]["measure"]
    if method == "share":
        _need(inputs, [("level", "stock", "cumulative")] * 2)
        _same_unit(inputs)
        part, whole = inputs
        if whole["value"] == 0:
            raise DeriveError(f"input {whole['id']} is zero")
        return 100 * part["value"] / whole["value"], "%", "share"
    raise DeriveError(f"unknown method {method!r}")
