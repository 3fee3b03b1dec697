"""Turn a user's table into indicator records: map its columns, read each row's figure, and review every
row (problems, clashes with figures already in the data) before anything is saved."""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from ..storage.folders import folder_id
from ..lexicon.numbers import SCALES as NUMBER_SCALES
from ..lexicon.numbers import format_value, plain, same_value, scaled
from ..errors import DataError, Problem, from_validation
from ..model.records import PERIOD_RE
from .readers import Table
from ..model.vocab import THEMES
from ..storage.yamlfile import read_yaml

FIELDS = ("name", "period", "value", "unit", "region", "theme", "qualifier", "kind")
REQUIRED = ("name", "period", "value", "unit", "region", "theme")  # from a column or a default
Field = Literal[FIELDS]  # type: ignore[valid-type]


def _fold(text: str) -> str:
    """'REF_AREA: Reference area' -> 'refarea' (SDMX-CSV labels=both); case, spaces, _-() ignored."""
    return re.sub(r"[\s_\-()（）]", "", unicodedata.normalize("NFKC", text).split(":")[0]).casefold()


# headers that name each field (compared folded: case, spaces, underscores and brackets ignored)
HEADERS = {
    "name": ("name", "indicator", "indicatorname", "series", "seriesname", "item", "measure",
             "指标", "指标名称", "项目", "名称"),
    "period": ("period", "timeperiod", "year", "time", "date", "年份", "年度", "时间", "时期", "统计时间", "期间"),
    "value": ("value", "obsvalue", "amount", "figure", "数值", "值", "数据", "指标值", "数额", "本期", "本期值"),
    "unit": ("unit", "units", "unitmeasure", "unitofmeasure", "单位", "计量单位"),
    "region": ("region", "area", "refarea", "geo", "location", "地区", "区域", "地域"),
    "theme": ("theme", "themes", "topic", "category", "主题", "类别", "领域"),
    "qualifier": ("qualifier", "限定", "限定词"),
    "kind": ("kind", "type", "actualortarget", "类型", "性质"),
}
SDMX_NON_NAME = {"structure", "structureid", "actiontype", "dataflow", "freq", "refarea", "unitmeasure", "unitmult",
                 "timeperiod", "obsvalue", "obsstatus", "decimals", "confstatus", "obsconf", "action"}

# a unit as written -> (factor, the unit the records use)
UNITS = {
    "元": (1, "CNY"), "yuan": (1, "CNY"), "cny": (1, "CNY"), "rmb": (1, "CNY"), "人民币": (1, "CNY"),
    "美元": (1, "USD"), "usd": (1, "USD"), "usdollars": (1, "USD"), "dollars": (1, "USD"), "$": (1, "USD"),
    "%": (1, "%"), "percent": (1, "%"), "pc": (1, "%"), "pct": (1, "%"), "pt": (1, "%"), "百分比": (1, "%"),
    "百分点": (1, "pp"), "percentagepoints": (1, "pp"), "pp": (1, "pp"),
    "人": (1, "people"), "人次": (1, "visits"), "people": (1, "people"), "persons": (1, "people"),
    "吨": (1, "t"), "tons": (1, "t"), "tonnes": (1, "t"), "公顷": (1, "ha"), "公里": (1, "km"), "千米": (1, "km"),
}
REGIONS = {"福建": "Fujian", "福建省": "Fujian", "厦门": "Xiamen", "厦门市": "Xiamen"}  # as the seeds name them
# the documents' scale words, and those tables add: 千亿, "100 million" as one word, bn, mn
SCALES = {**NUMBER_SCALES, "千亿": 1e11, "千万": 1e7, "百万": 1e6, "千": 1e3, "hundred million": 1e8,
          "bn": 1e9, "mn": 1e6}
_SCALE_WORD = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
THEME_WORDS = {
    "trade": ("贸易", "外贸", "对外贸易", "进出口"), "taiwan": ("台湾", "对台", "两岸", "闽台"),
    "digital": ("数字", "数字经济"), "ecology": ("生态", "环境", "生态环境", "绿色"),
    "economy": ("经济", "宏观经济"), "investment": ("投资", "外资", "招商"), "industry": ("工业", "产业"),
    "innovation": ("创新", "科技"), "wellbeing": ("民生", "社会"), "culture": ("文化", "体育", "旅游"),
    "governance": ("治理", "安全", "政务"), "agriculture": ("农业", "农村", "乡村"),
}
QUALIFIER_WORDS = {
    "exact": ("", "exact", "=", "精确"), "over": ("over", "morethan", "above", "超过", "超", "逾", "以上", "多于"),
    "about": ("about", "around", "approximately", "约", "左右", "大约"),
    "nearly": ("nearly", "almost", "近", "接近", "将近"), "under": ("under", "lessthan", "below", "不到", "以下", "不足"),
}
KIND_WORDS = {"actual": ("", "actual", "result", "实际", "实绩", "完成"),
              "target": ("target", "goal", "plan", "目标", "计划", "预期")}
GROWTH = re.compile(r"grow|increase|change|rate of|增长|增速|同比|增幅|变动", re.IGNORECASE)
MISSING = {"", "-", "--", "—", "…", "...", "..", "na", "n/a", "nan", "null"}


class ColumnMapping(BaseModel):
    """Which column holds each field, and values for fields no column holds (the user confirms both)."""

    model_config = ConfigDict(extra="forbid")
    columns: dict[Field, str] = {}
    defaults: dict[Field, str] = {}
    sheet: str | None = None


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping file (YAML or JSON): `columns: {name: 指标, ...}`, `defaults: {region: Fujian, ...}`."""
    data = read_yaml(Path(path))
    try:
        return ColumnMapping.model_validate(data)
    except ValidationError as e:
        raise DataError(from_validation(e, path, getattr(data, "line", None), None)) from None


def guess_mapping(table: Table) -> ColumnMapping:
    """Columns named like a field (English or Chinese headers, SDMX-CSV), for the user to confirm."""
    folded = {_fold(c): c for c in table.columns}
    columns = {f: folded[h] for f in FIELDS for h in HEADERS[f] if h in folded}
    columns = {f: c for f, c in sorted(columns.items(), key=lambda fc: FIELDS.index(fc[0]))}
    if "name" not in columns:  # SDMX-CSV: the first dimension that is not time, place, unit or flow
        dims = [c for c in table.columns if _fold(c) not in SDMX_NON_NAME and c not in columns.values()]
        if "obsvalue" in folded and dims:
            columns["name"] = dims[0]
    return ColumnMapping(columns=columns, sheet=table.sheet)


# --- reading one cell ------------------------------------------------------------------------------

def parse_number(text: str, decimal_comma: bool = False) -> float:
    """'1,234.5' / '1.234,5' (decimal_comma) / '４.５' / '−5.2' / '(1,234)' -> a float; ValueError saying why not."""
    s = re.sub(r"[\s\u00a0\u2009\u202f']", "", unicodedata.normalize("NFKC", text)).replace("\u2212", "-")
    if re.fullmatch(r"\([^()]+\)", s):  # accounting: (1,234) is -1,234
        s = "-" + s[1:-1]
    if decimal_comma:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    try:
        number = float(s)
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None
    if not math.isfinite(number) or abs(number) > 1e18:
        raise ValueError(f"not a usable number: {text!r}")
    return number


_SCALE_BEFORE = re.compile(rf"^(\d[\d,]*)?\s*({_SCALE_WORD})?\s*(.*)$", re.IGNORECASE)  # 亿元, 100 million yuan
_SCALE_AFTER = re.compile(rf"^(.*?)\s*\b({_SCALE_WORD})$", re.IGNORECASE)  # USD million, RMB bn


def _scale(word: str) -> float:
    return SCALES[" ".join(word.lower().split())]


def parse_unit(text: str) -> tuple[float, str]:
    """'亿元' -> (1e8, 'CNY'); '100 million yuan', 'USD million', 'millions of yuan'; 'enterprises' -> (1, ...)."""
    written = re.sub(r"\b(trillion|billion|million|thousand)s\b(\s+of\b)?", r"\1",
                     unicodedata.normalize("NFKC", text).strip(), flags=re.IGNORECASE)
    if _fold(written) in UNITS:  # 千米 is a kilometre, not a thousand metres
        return UNITS[_fold(written)]
    after = _SCALE_AFTER.match(written)
    if after and after[1]:
        base, unit = UNITS.get(_fold(after[1]), (1, after[1]))
        return base * _scale(after[2]), unit
    m = _SCALE_BEFORE.match(written)
    number, scale, rest = m[1], m[2], m[3].strip()
    if not rest:  # "万" or "1000" alone: no unit left to read
        number, scale, rest = None, None, written
    factor = float(number.replace(",", "")) if number else 1.0
    factor *= _scale(scale) if scale else 1.0
    base, unit = UNITS.get(_fold(rest), (1, rest))
    return factor * base, unit


def parse_period(text: str) -> str:
    """'2023', '2023年', '2023Q1', '2023年第一季度', '2023-1', '2023年1月' -> the records' period form."""
    s = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    s = s.translate(str.maketrans("一二三四", "1234"))
    for pattern, form in ((r"(\d{4})年?(?:\.0)?", "{0}"), (r"(\d{4})[-/.]?Q([1-4])", "{0}-Q{1}"),
                          (r"(\d{4})年?第?([1-4])季度?", "{0}-Q{1}"),
                          (r"(\d{4})(?:[-/.M]|-M|年)(\d{1,2})月?", "{0}-{1:0>2}")):
        m = re.fullmatch(pattern, s)
        if m:
            period = form.format(*m.groups())
            break
    else:
        period = s
    if not PERIOD_RE.match(period) or (len(period) == 7 and period[4] == "-" and not
                                       period[5] == "Q" and not 1 <= int(period[5:]) <= 12):
        raise ValueError(f"not a period: {text!r} (use 2023, 2023-Q1 or 2023-01)")
    return period


def _word(text: str, words: dict[str, tuple[str, ...]], what: str) -> str:
    s = _fold(text)
    for key, written in words.items():
        if s == key or s in written:
            return key
    raise ValueError(f"unknown {what} {text!r} (one of: {', '.join(words)})")


def parse_themes(text: str) -> list[str]:
    labels = {_fold(label): key for key, label in THEMES.items()}
    themes = []
    for part in filter(None, (p.strip() for p in re.split(r"[;,，、/|]", text))):
        key = labels.get(_fold(part)) or next((k for k, ws in THEME_WORDS.items() if part in ws), None)
        if key is None and _fold(part) in THEMES:
            key = _fold(part)
        if key is None:
            raise ValueError(f"unknown theme {part!r} (one of: {', '.join(THEMES)})")
        themes.append(key)
    if not themes:
        raise ValueError("no theme")
    return list(dict.fromkeys(themes))


# --- reviewing a table -----------------------------------------------------------------------------

@dataclass
class RowReview:
    row: int                        # the row's number in the file
    quote: str                      # the row as the file shows it
    span: tuple[int, int]           # where in the table's text
    raw: dict = field(default_factory=dict)  # the cells of the mapped columns, as written
    record: dict | None = None      # the indicator it becomes (None: it has problems)
    problems: list[Problem] = field(default_factory=list)
    clash: str = ""                 # an existing figure for the same series and period with another value
    repeat_of: str = ""             # an existing record with the same value: nothing to import

    @property
    def status(self) -> str:
        if self.problems:
            return "problem"
        return "repeat" if self.repeat_of else ("clash" if self.clash else "new")


@dataclass
class Review:
    table: Table
    mapping: ColumnMapping
    batch_id: str
    rows: list[RowReview]
    problems: list[Problem] = field(default_factory=list)  # of the mapping, not of a row

    @property
    def to_import(self) -> list[RowReview]:
        return [r for r in self.rows if r.record is not None and not r.repeat_of]

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "clash": 0, "repeat": 0, "problem": 0}
        for r in self.rows:
            out[r.status] += 1
        return out


def batch_id(table: Table) -> str:
    """The same file (and sheet) always gets the same id: importing it twice is noticed."""
    return folder_id("imp", table.file, table.text + "\x00" + (table.sheet or ""))


def review(table: Table, mapping: ColumnMapping, known: Known | None = None) -> Review:
    """Every row read into a record or its problems, compared with the figures `known` in the data."""
    bid = batch_id(table)
    out = Review(table, mapping, bid, [])
    index = {c: i for i, c in enumerate(table.columns)}
    for f, column in mapping.columns.items():
        if column not in index:
            out.problems.append(Problem(table.file, f"no column {column!r} (columns: {', '.join(table.columns)})",
                                        field=f))
    for f in REQUIRED:
        if f not in mapping.columns and not mapping.defaults.get(f, "").strip():
            out.problems.append(Problem(table.file, "no column chosen and no value given for all rows", field=f))
    if out.problems:
        return out
    unit_mult = next((index[c] for c in table.columns if _fold(c) == "unitmult"), None)  # SDMX: 10**n
    known = known or Known({}, {})
    seen: dict[tuple, int] = {}
    value_at = index.get(mapping.columns.get("value", ""))
    decimal_comma = value_at is not None and uses_decimal_comma([cells[value_at] for cells in table.rows])
    for i, cells in enumerate(table.rows):
        number = table.row_numbers[i]
        rr = RowReview(number, table.quote(i), table.spans[i])
        extra = [c for c in cells[len(table.columns):] if c]
        if extra:
            rr.problems.append(Problem(table.file, f"{len(table.columns) + len(extra)} cells, the header has "
                                       f"{len(table.columns)} (a number with an unquoted thousands separator?)",
                                       number))
        raw = {f: cells[index[c]] if index[c] < len(cells) else "" for f, c in mapping.columns.items()}
        for f, v in mapping.defaults.items():
            if not raw.get(f, "").strip():
                raw[f] = v
        rr.raw = raw
        record = _record(raw, cells[unit_mult] if unit_mult is not None else "", decimal_comma, rr,
                         table.file)
        if record is not None:
            record["id"] = f"{bid}-r{number}"
            key = (_fold(record["name"]), _fold(record["region"]), record["unit"], record["period"], record["kind"])
            if key in seen:
                rr.problems.append(Problem(table.file, f"the same figure and period as row {seen[key]}", number))
            else:
                seen[key] = number
                record["name"] = known.names.get(_fold(record["name"]), record["name"])  # join the series
                for other in known.figures.get(key, []):
                    if agrees(other["value"], record["value"]):
                        rr.repeat_of = other["id"]
                    else:
                        rr.clash = f"{other['display']} in {other['title']} ({other['id']})"
                        record["note"] = f"Sources differ: {other['title']} states {other['display']}."
                rr.record = record if not rr.problems else None
        out.rows.append(rr)
    return out


def agrees(stated: float, new: float) -> bool:
    """`new` is `stated` or rounds to it as stated (54,355 亿元 agrees with "5.4 trillion yuan")."""
    if same_value(stated, new):
        return True
    number, word = scaled(stated)
    decimals = len(plain(number, 6).partition(".")[2])
    factor = NUMBER_SCALES[word] if word else 1.0
    return round(new / factor, decimals) == round(number, decimals)


@dataclass
class Known:
    """The figures already in the data, indexed once to compare every row of a table with (a review dialog
    reviews again on each change of the mapping)."""

    names: dict[str, str]               # folded name -> the name as the data writes it
    figures: dict[tuple, list[dict]]    # (name, region, unit, period, kind) -> its figures

    @classmethod
    def of(cls, data) -> Known:
        rows = data.indicators[["id", "name", "region", "unit", "period", "kind", "value", "display", "source"]]
        titles = {sid: s["title"] for sid, s in data.source_map.items()}
        figures: dict[tuple, list[dict]] = {}
        for r in rows.to_dict("records"):
            key = (_fold(r["name"]), _fold(r["region"]), r["unit"], r["period"], r["kind"])
            figures.setdefault(key, []).append({**r, "title": titles.get(r["source"], r["source"])})
        return cls({_fold(n): n for n in rows["name"]}, figures)


_VALUE_QUALIFIER = re.compile(r"^(约|大约|超过|超|逾|近|接近|不到|不足|more than|over|about|around|nearly|under|"
                              r"less than)\s*(.*?)\s*(以上|左右|以下|多)?$", re.IGNORECASE)
_AFTER = {"以上": "over", "多": "over", "左右": "about", "以下": "under"}


def uses_decimal_comma(values: list[str]) -> bool:
    """A column written 1.234,5 / 4,5: decimal commas, seen in the values themselves, not guessed from the
    delimiter; a column with any 4.5 uses decimal points."""
    comma = point = False
    for v in values:
        v = v.strip().rstrip("%")
        point = point or bool(re.fullmatch(r"[-+−]?\d+\.\d{1,2}|[-+−]?\d{1,3}(,\d{3})+\.\d+", v))
        comma = comma or bool(re.fullmatch(r"[-+−]?\d+,\d{1,2}|[-+−]?\d{1,3}(\.\d{3})+(,\d+)?", v))
    return comma and not point


def _split_qualifier(text: str) -> tuple[str, str]:
    """'约19800' -> ('19800', '约'); '1200左右' -> ('1200', 'about'); '4.5' -> ('4.5', '')."""
    m = _VALUE_QUALIFIER.match(text.strip())
    if m:
        return m[2], m[1]
    m = re.match(r"^(.*?[\d万亿])\s*(以上|左右|以下|多)$", text.strip())
    return (m[1], _AFTER[m[2]]) if m else (text, "")


def _record(raw: dict[str, str], unit_mult: str, decimal_comma: bool, rr: RowReview, file: str) -> dict | None:
    rec: dict = {}

    def take(f: str, parse):
        text = raw.get(f, "")
        try:
            return parse(text)
        except ValueError as e:
            rr.problems.append(Problem(file, str(e), rr.row, field=f))
            return None

    def required(text: str) -> str:
        if not text.strip():
            raise ValueError("empty")
        return text.strip()

    value_text, stated = _split_qualifier(raw.get("value", ""))  # "约19800", "more than 1,200"
    if stated and not raw.get("qualifier", "").strip():
        raw = {**raw, "qualifier": stated}
    rec["name"] = take("name", required)
    rec["region"] = take("region", lambda t: REGIONS.get(required(t), required(t)))
    rec["period"] = take("period", parse_period)
    rec["themes"] = take("theme", parse_themes)
    rec["qualifier"] = take("qualifier", lambda t: _word(t, QUALIFIER_WORDS, "qualifier"))
    rec["kind"] = take("kind", lambda t: _word(t, KIND_WORDS, "kind"))
    unit = take("unit", lambda t: parse_unit(required(t)))

    def value(text: str) -> float:
        if _fold(text) in MISSING:
            raise ValueError("no value")
        if text.strip().endswith("%") and unit is not None and unit[1] != "%":
            raise ValueError(f"{text!r} is a percentage but the unit is {raw.get('unit', '')!r}")
        text = text.strip().rstrip("%")
        scale = re.search(r"\s*(万亿|亿|万)$", text)  # "7.5万": the scale written in the cell
        if scale:
            return parse_number(text[:scale.start()], decimal_comma) * SCALES[scale[1]]
        return parse_number(text, decimal_comma)

    number = take("value", lambda _: value(value_text))
    if unit_mult.strip():
        try:
            number = None if number is None else number * 10 ** int(unit_mult)
        except ValueError:
            rr.problems.append(Problem(file, f"UNIT_MULT is not a whole number: {unit_mult!r}", rr.row,
                                       field="UNIT_MULT"))
    if rr.problems:
        return None
    factor, rec["unit"] = unit
    rec["value"] = number * factor
    rec["measure"] = ("change_pp" if rec["unit"] == "pp" else
                      ("growth" if GROWTH.search(rec["name"]) else "share") if rec["unit"] == "%" else "level")
    rec["display"] = format_value(rec["value"], rec["unit"], rec["qualifier"])
    rec["quote"] = rr.quote
    rec["inputs"] = []
    rec["note"] = ""
    return rec


def batch_source(rev: Review, imported: date) -> dict:
    """The source row that cites an imported table."""
    records = [r.record for r in rev.to_import]
    periods = sorted({r["period"] for r in records}) or [str(imported.year)]
    regions = sorted({r["region"] for r in records})
    sheet = f", sheet {rev.table.sheet}" if rev.table.sheet else ""
    return {"id": rev.batch_id, "title": f"{rev.table.file}{sheet} (imported table)",
            "publisher": "Imported by the user", "date": imported.isoformat(), "period": periods[-1],
            "date_note": f"Imported on {imported.isoformat()}; the date is the import's, not the table's.",
            "region": ", ".join(regions), "language": "", "file": rev.table.file,
            "sha256": hashlib.sha256(rev.table.text.encode()).hexdigest(), "regions": regions}

