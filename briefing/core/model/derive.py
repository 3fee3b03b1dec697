"""Values computed from other records (a prior level from a growth rate, a sum, a share), never typed in, under
the rules of seeds/README.md ("Derived values"): no current-price level from a real growth rate, a bound stays a
bound, exact arithmetic on exact inputs is exact, and the result carries no more precision than its inputs."""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from ..lexicon.numbers import find_numbers, is_counted, same_value

# Chinese growth rates of GRP/GDP, value added and output are real (at constant prices) unless said otherwise
_REAL_GROWTH = re.compile(r"\b(?:gross (?:regional|domestic) product|grp|gdp|value[- ]added|added value|output)\b",
                          re.IGNORECASE)
_NOMINAL = re.compile(r"\b(?:nominal|current[- ]prices?)\b", re.IGNORECASE)
_LEVELS = ("level", "stock", "cumulative")
DEFAULT_FIGURES = 3  # significant figures of an inexact result of exact counts (1 of 3: "about 33.3%")


class DeriveError(ValueError):
    """The inputs do not fit the method, or the rules refuse the derivation; the message says how."""


@dataclass(frozen=True)
class Derivation:
    value: float           # rounded as printed (a lower bound rounded down, an upper bound up)
    unit: str
    measure: str
    qualifier: str         # exact, about, over or under
    place: int | None      # the exponent of the last significant digit; None: an exact count, every digit


def is_real_growth(name: str) -> bool:
    """Whether a growth rate of this name is at constant prices (see _REAL_GROWTH)."""
    return bool(_REAL_GROWTH.search(name)) and not _NOMINAL.search(name)


def written_place(value: float, text: str, unit: str) -> int | None:
    """The exponent of the last significant digit of `value` as `text` writes it ("794.9 billion" -> 8,
    "12,000" -> 3, "4.5%" -> -1); None for an exact count ("25 measures"), whose every digit holds."""
    token = next((t for t in find_numbers(text) if any(same_value(value, v) for v in t.values)), None)
    if token is None or token.is_word:
        return None
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", token.text)[0].replace(",", "")
    whole, _, decimals = digits.partition(".")
    shift = round(math.log10(token.scale)) if same_value(value, token.number * token.scale) else 0
    if decimals:
        return shift - len(decimals)
    if unit in ("%", "pp"):  # "35%": to the whole percent
        return shift
    return shift + len(whole) - len(whole.rstrip("0")) if whole.strip("0") else shift


def input_place(record: Mapping) -> int | None:
    """The precision an input carries: a derived value's own, a stated figure's as its quote writes it."""
    if record.get("kind") == "derived":
        return record.get("place")
    if record["qualifier"] == "exact" and is_counted(record["unit"]) and float(record["value"]).is_integer():
        return None
    return written_place(record["value"], record["quote"], record["unit"])


def _figures_place(value: float, figures: int) -> int:
    return math.floor(math.log10(abs(value))) - figures + 1 if value else 0


def _figures(value: float, place: int | None) -> int | None:
    return None if place is None or not value else math.floor(math.log10(abs(value))) - place + 1


def _rounded(value: float, place: int, qualifier: str) -> float:
    mode = {"over": ROUND_FLOOR, "under": ROUND_CEILING}.get(qualifier, ROUND_HALF_UP)
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(place), rounding=mode))


def _bound(inputs: list[tuple[Mapping, int]]) -> str | None:
    """The qualifier the inputs' qualifiers give a result rising (+1) or falling (-1) with each of them:
    'over' or 'under' for a bound, 'about' for an estimate, None when all are exact."""
    sides, estimate = set(), False
    for record, direction in inputs:
        if record["qualifier"] == "about":
            estimate = True
        elif record["qualifier"] != "exact":  # over; nearly and under lie below the stated figure
            sides.add(direction * (1 if record["qualifier"] == "over" else -1))
    if len(sides) > 1 or (sides and estimate):
        named = ", ".join(f"{r['id']} ({r['qualifier']})" for r, _ in inputs)
        raise DeriveError(f"the inputs' qualifiers give neither a bound nor an estimate: {named}")
    if sides:
        return "over" if sides == {1} else "under"
    return "about" if estimate else None


def _need(inputs: list[Mapping], measures: list[tuple[str, ...]]) -> None:
    if len(inputs) != len(measures):
        raise DeriveError(f"takes {len(measures)} inputs, got {len(inputs)}")
    for record, allowed in zip(inputs, measures):
        if record["measure"] not in allowed:
            raise DeriveError(f"input {record['id']} is a {record['measure']}, expected {' or '.join(allowed)}")


def _same(inputs: list[Mapping], key: str) -> str:
    values = {r[key] for r in inputs}
    if len(values) != 1:
        raise DeriveError(f"inputs have different {key}s: {', '.join(sorted(values))}")
    return values.pop()


def prior_period(period: str) -> str:
    """The same period a year earlier: '2023' -> '2022', '2021-01/2021-02' -> '2020-01/2020-02'."""
    return re.sub(r"\d{4}", lambda m: str(int(m[0]) - 1), period)


def derived_period(method: str, inputs: list[Mapping]) -> str:
    """The period a derived value speaks for: the inputs' (one for all), a year earlier for a prior level."""
    period = _same(inputs, "period")
    return prior_period(period) if method == "prior_level_from_growth" else period


def derive(method: str, inputs: list[Mapping]) -> Derivation:
    """`method` applied to the input records, rounded and qualified under the rules."""
    _same(inputs, "region")
    _same(inputs, "period")
    if method == "prior_level_from_growth":
        _need(inputs, [_LEVELS, ("growth",)])
        level, growth = inputs
        if is_real_growth(growth["name"]):
            raise DeriveError(f"{growth['id']} is a real growth rate (at constant prices) and {level['id']} a "
                              "level at current prices: the prior level is not the level divided by the growth")
        factor = 1 + growth["value"] / 100
        if factor <= 0:
            raise DeriveError(f"input {growth['id']} is a fall of 100% or more")
        growth_place = input_place(growth)
        factor_figures = _figures(factor, None if growth_place is None else growth_place - 2)
        value, unit, measure = level["value"] / factor, level["unit"], level["measure"]
        figures = [f for f in (_figures(level["value"], input_place(level)), factor_figures) if f]
        place = _figures_place(value, min(figures, default=DEFAULT_FIGURES))
        qualifier = _bound([(level, 1), (growth, -1)]) or "about"  # the growth rate is stated rounded
        return Derivation(_rounded(value, place, qualifier), unit, measure, qualifier, place)
    if method == "sum":
        unit = _same(inputs, "unit")
        value = math.fsum(r["value"] for r in inputs)
        places = [p for p in map(input_place, inputs) if p is not None]
        place = max(places) if places else None  # a sum is as precise as its coarsest term
        return _finish(value, unit, inputs[0]["measure"], place, _bound([(r, 1) for r in inputs]))
    if method == "share":
        _need(inputs, [_LEVELS] * 2)
        _same(inputs, "unit")
        part, whole = inputs
        if whole["value"] == 0:
            raise DeriveError(f"input {whole['id']} is zero")
        value = 100 * part["value"] / whole["value"]
        figures = [f for f in (_figures(r["value"], input_place(r)) for r in inputs) if f]
        place = _figures_place(value, min(figures)) if figures else None
        return _finish(value, "%", "share", place, _bound([(part, 1), (whole, -1)]))
    raise DeriveError(f"unknown method {method!r}")


def _finish(value: float, unit: str, measure: str, place: int | None, bound: str | None) -> Derivation:
    """Round an exact operation's result: exact when every input is and nothing was rounded away."""
    if place is None:
        if bound is None and float(value).is_integer():
            return Derivation(value, unit, measure, "exact", 0)
        place = _figures_place(value, DEFAULT_FIGURES)
    rounded = _rounded(value, place, bound or "about")
    qualifier = bound or ("exact" if same_value(rounded, value) else "about")
    return Derivation(rounded, unit, measure, qualifier, place)


def rounds_to(total: float, stated: Mapping) -> bool:
    """Whether `total` (a sum of components) is what the stated figure says, at the precision it is written."""
    place = input_place(stated)
    return place is not None and abs(total - stated["value"]) <= 10.0 ** place / 2
