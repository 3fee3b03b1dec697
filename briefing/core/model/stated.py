"""A figure's value as its document states it, for the files that carry the number (JSON, CSV, XLSX): in base
units, with the decimals its quote writes and no other (102, not 102.0; 4.5; 5.40 only where the document writes
5.40; 5.4 trillion is 5400000000000). The precision is derive.input_place's (read from the quote; a derived value's
as computed); a digit the value has is never dropped."""
from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Context, Decimal

from .derive import input_place

EXACT_INT = 2**53  # beyond this a float's integer is not the number typed: written as the float
_WIDE = Context(prec=60)  # room for every digit of a float written without an exponent


def _place(record: Mapping) -> int | None:
    try:
        place = input_place(record)
    except (KeyError, TypeError, ValueError):  # a record without a quote or unit (a bare table row)
        return None
    return None if place is None or (isinstance(place, float) and math.isnan(place)) else int(place)


def decimals(record: Mapping) -> int:
    """How many decimals the record's value is stated with: the quote's, or the value's own if it has more."""
    value = float(record["value"])
    own = -min(0, Decimal(repr(value)).normalize().as_tuple().exponent) if math.isfinite(value) else 0
    place = _place(record)
    return max(own, 0 if place is None else -place)


def value_text(record: Mapping) -> str:
    """The value as a number literal, as stated: '102', '4.5', '-0.2', '5.40', '5400000000000'."""
    value = float(record["value"])
    if not math.isfinite(value):
        return repr(value)
    stated = _WIDE.quantize(Decimal(repr(value)), Decimal(1).scaleb(-decimals(record)))  # the shortest
    return format(stated, "f")  # repr's digits, not the binary float's (1.26e17 is 126058200000000000)


def value_number(record: Mapping) -> int | float | None:
    """The value as a number for a writer that takes numbers: an int where it is stated without decimals."""
    value = record.get("value")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = float(value)
    return int(value) if decimals(record) == 0 and abs(value) < EXACT_INT else value
