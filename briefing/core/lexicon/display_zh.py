"""A record as a Chinese reader sees it: numbers scaled by 万/亿/万亿 as Chinese statistics write them, periods
(2023年第一季度), regions, kinds, themes and the curators' Chinese names. Plain functions of plain values (a dict
or a pandas row), for the command line, the window and the PDF alike.

Precision is the record's: a figure keeps the significant digits it is stated with and never gains one
(5.4 trillion -> 5.4万亿, 794.9 billion -> 7949亿, 12,000 -> 1.2万)."""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal

from . import regions
from .words import DISPLAY

ZH = DISPLAY["zh"]
LANGS = ("en", "zh")
_CHINESE_REGIONS = {**{en: zh for en, (zh, _more) in regions.PROVINCES.items()}, **regions.FUJIAN_CITIES}
_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|\d{2}))?$")


def _text(value) -> str:
    """A field's text; '' for a missing one (None, NaN in a merged table)."""
    return value.strip() if isinstance(value, str) else ""


def last_place(value: float) -> int:
    """The exponent of the last significant digit a value is written with: 5.4e12 -> 11, 4.5 -> -1, 2500 -> 2."""
    d = Decimal(repr(float(value))).normalize()
    return 0 if d == 0 else d.as_tuple().exponent


_BOUND_ROUNDING = {"over": ROUND_DOWN, "under": ROUND_UP}  # a bound rounded stays true: "more than 8,850" is
# "more than 8,800", never 8,900


def number_zh(value: float, place: int | None = None, rounding: str = ROUND_HALF_EVEN) -> str:
    """A number as Chinese statistics write it: 5.4e12 -> '5.4万亿', 7.949e11 -> '7949亿', 12000 -> '1.2万',
    2500 -> '2500'. `place` (the exponent of the last significant digit) rounds to it (`rounding`, a decimal
    module mode); by default the value's own digits are kept. Trailing zeros are dropped: that understates the
    precision, never overstates it."""
    d = Decimal(repr(float(value)))
    place = last_place(value) if place is None else place
    d = d.quantize(Decimal(1).scaleb(place), rounding=rounding) if place > d.as_tuple().exponent else d
    factor, word = next(((f, w) for f, w in ZH["scales"].items() if abs(d) >= Decimal(repr(f))), (1.0, ""))
    digits = max(0, round(math.log10(factor)) - place)
    body = f"{d.scaleb(-round(math.log10(factor))):.{digits}f}"
    if "." in body:
        body = body.rstrip("0").rstrip(".")
    return ("0" if body in ("-0", "") else body) + word


def qualifier_zh(qualifier: str, stated: str = "") -> str:
    """The Chinese word of a qualifier; `stated`, the record's English display, can narrow it ("no less than 640
    yuan" is 不低于, not 超过)."""
    words = stated.casefold()
    for english, chinese in ZH["qualifier_words"].get(qualifier, ()):
        if re.search(rf"\b{re.escape(english)}\b", words):
            return chinese
    return ZH["qualifiers"].get(qualifier, "")


def value_zh(value: float, unit: str, qualifier: str = "exact", measure: str = "level",
             place: int | None = None, stated: str = "") -> str:
    """A figure stated in Chinese with its qualifier and unit: '超过7.5万家', '约5.5%', '增长4.5%', '5.4万亿元',
    '下降0.2%', '提高3.4个百分点', '第3位', '连续5年', '不超过6小时'. `stated`: the English display, whose words
    may narrow the qualifier (see qualifier_zh)."""
    prefix = qualifier_zh(qualifier, stated)
    number = number_zh(abs(value) if measure in ("growth", "change_pp", "gap_pp") else value, place,
                       _BOUND_ROUNDING.get(qualifier, ROUND_HALF_EVEN))
    if unit == "rank":
        return prefix + ZH["rank"].format(number)
    if measure == "streak":
        return prefix + ZH["streak"].format(number, ZH["units"].get(unit, unit))
    after = ZH["units"].get(unit)
    body = number + (after if after is not None else f" {unit}")
    if measure == "growth" and unit == "%":
        return ZH["rise" if value >= 0 else "fall"] + prefix + body
    if measure == "change_pp":
        return ZH["pp_rise" if value >= 0 else "pp_fall"] + prefix + body
    if measure == "gap_pp":
        return ZH["gap_above" if value >= 0 else "gap_below"] + prefix + body
    return prefix + body


def period_zh(period: str) -> str:
    """'2023' -> '2023年', '2023-Q1' -> '2023年第一季度', '2021-01/2021-02' -> '2021年1—2月',
    '2024-01/2024-06' -> '2024年上半年', '2015/2021' -> '2015—2021年'."""
    period = str(period)
    first, _, last = period.partition("/")
    a, b = _PERIOD.match(first), _PERIOD.match(last) if last else None
    if a is None or (last and b is None):
        return period  # not a period the records write: as it stands
    if b is None:
        return _one_period(*a.groups())
    (y1, p1), (y2, p2) = a.groups(), b.groups()
    year = ZH["year"].format
    if p1 is None and p2 is None:
        return year(y1 + ZH["range"] + y2)
    if y1 == y2 and p1 and p2 and p1[0] == p2[0]:  # two months or two quarters of one year
        half = {("01", "06"): 0, ("07", "12"): 1, ("Q1", "Q2"): 0, ("Q3", "Q4"): 1}.get((p1, p2))
        if half is not None:
            return year(y1) + ZH["halves"][half]
        if (p1, p2) in (("01", "12"), ("Q1", "Q4")):
            return year(y1)
        if (p1, p2) in (("Q1", "Q3"), ("01", "09")):
            return year(y1) + ZH["first_three_quarters"]
        if p1[0] != "Q":
            return year(y1) + ZH["month"].format(f"{int(p1)}{ZH['range']}{int(p2)}")
    return _one_period(y1, p1) + ZH["range"] + _one_period(y2, p2)


def _one_period(year: str, part: str | None) -> str:
    text = ZH["year"].format(year)
    if part is None:
        return text
    if part.startswith("Q"):
        return text + ZH["quarters"][int(part[1]) - 1]
    return text + ZH["month"].format(int(part))


def region_zh(region: str) -> str:
    """'Xiamen' -> '厦门', 'Fujian' -> '福建', 'Jiangsu Pilot FTZ' -> '江苏自贸试验区'; a region the lexicon does not
    know (an imported country) keeps its name."""
    return ZH["regions"].get(region) or _CHINESE_REGIONS.get(region) or region


def themes_zh(themes: Iterable[str]) -> str:
    return ZH["list"].join(ZH["themes"].get(t, t) for t in themes)


def kind_zh(kind: str) -> str:
    return ZH["kinds"].get(kind, kind)


def status_zh(status: str) -> str:
    return ZH["statuses"].get(status, status)


def name_in(record: Mapping, lang: str) -> str:
    """The record's name in `lang`; the English name where the curators gave no translation (imported data)."""
    return (_text(record.get("name_zh")) if lang == "zh" else "") or _text(record.get("name"))


def description_in(record: Mapping, lang: str) -> str:
    return (_text(record.get("description_zh")) if lang == "zh" else "") or _text(record.get("description"))


def display_zh(record: Mapping) -> str:
    """An indicator's value as a Chinese briefing states it."""
    return value_zh(float(record["value"]), str(record["unit"]), str(record.get("qualifier") or "exact"),
                    str(record.get("measure") or "level"), stated=_text(record.get("display")))


def shown(record: Mapping, lang: str = "en") -> dict[str, str]:
    """What a table shows of a record in `lang` ('en': the record's own words; 'zh': Chinese): name, display,
    period, region, kind, status, themes, description (only the fields the record has)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
    words = DISPLAY[lang]
    out = {"name": name_in(record, lang)}
    if "value" in record and "unit" in record:
        out["display"] = display_zh(record) if lang == "zh" else _text(record.get("display"))
    for fld, convert in (("period", period_zh), ("region", region_zh), ("kind", kind_zh), ("status", status_zh)):
        if fld in record:
            out[fld] = convert(str(record[fld])) if lang == "zh" else str(record[fld])
    if "themes" in record:
        out["themes"] = words["list"].join(words["themes"].get(t, t) for t in record["themes"])
    if "description" in record:
        out["description"] = description_in(record, lang)
    return out


def localized(df, lang: str):
    """A copy of a record table (pandas) whose shown columns are in `lang`: name, description, display, period,
    region, kind, status and themes (a list becomes one text). 'en' returns the table as it is."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
    if lang == "en" or df.empty:
        return df
    out = df.copy()
    rows = df.to_dict(orient="records")
    if "name" in df:
        out["name"] = [name_in(r, lang) for r in rows]
    if "description" in df:
        out["description"] = [description_in(r, lang) for r in rows]
    if "value" in df and "unit" in df:
        out["display"] = [display_zh(r) for r in rows]
    for fld, convert in (("period", period_zh), ("region", region_zh), ("kind", kind_zh), ("status", status_zh)):
        if fld in df:
            out[fld] = df[fld].astype(str).map(convert)
    if "themes" in df:
        out["themes"] = df["themes"].map(themes_zh)
    return out
