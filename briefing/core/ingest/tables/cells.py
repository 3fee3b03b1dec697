"""Reading one cell of a table: numbers (decimal commas, accounting brackets), units with their scale words,
periods, themes, qualifiers and kinds, in English or Chinese."""
from __future__ import annotations

import math
import re
import unicodedata

from ...lexicon.words import (
    KINDS,
    MISSING,
    NAME_UNITS,
    NOTE_STARTS,
    PLURAL_SCALES,
    PRICE_BASES,
    QUALIFIERS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RATE_BASES,
    REGION_ENDINGS,
    REGIONS,
    SCALES,
    THEME_WORDS,
    THEMES,
    UNIT_SCALES,
    UNITS,
    alternation,
)
from ...model.records import PERIOD_RE


def fold(text: str) -> str:
    """'REF_AREA: Reference area' -> 'refarea' (SDMX-CSV labels=both); case, spaces, _-() ignored."""
    return re.sub(r"[\s_\-()（）]", "", unicodedata.normalize("NFKC", text).split(":")[0]).casefold()


def _folded(words: dict[str, tuple[str, ...]], default: str) -> dict[str, tuple[str, ...]]:
    """The words compared folded; an empty cell means `default`."""
    return {key: ("",) * (key == default) + tuple(map(fold, ws)) for key, ws in words.items()}


_UNITS = {fold(written): unit for written, unit in UNITS.items()}
_MISSING = {"", *map(fold, MISSING)}
_QUALIFIERS = _folded(QUALIFIERS, "exact")
_KINDS = _folded(KINDS, "actual")
_REGIONS = {fold(written): english for written, english in REGIONS.items()}
_RECORD_UNITS = {unit for _, unit in UNITS.values()}
_NOTE_STARTS = tuple(unicodedata.normalize("NFKC", w).casefold() for w in NOTE_STARTS)


def is_missing(text: str) -> bool:
    """An empty cell or a mark of no value ('..', 'NaN', '-', '—', '…')."""
    return fold(text) in _MISSING


def is_note(text: str) -> bool:
    """A footnote or source line: '注：…', '数据来源：…', 'Source: …', 'Note: …'."""
    return unicodedata.normalize("NFKC", text).strip().casefold().startswith(_NOTE_STARTS)


def parse_region(text: str) -> str:
    """'福建省', 'Fujian Province', 'CHN', 'CN', 'Korea, Rep.' -> the records' English name; unknown: as written."""
    written = " ".join(unicodedata.normalize("NFKC", text).split())
    if not written:
        raise ValueError("empty")
    for ending in ("", *REGION_ENDINGS):
        if written.casefold().endswith(ending.casefold()) and len(written) > len(ending):
            english = _REGIONS.get(fold(written[:len(written) - len(ending)]))
            if english:
                return english
    return written


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


def uses_decimal_comma(values: list[str]) -> bool:
    """A column written 1.234,5 / 4,5: decimal commas, seen in the values themselves, not guessed from the
    delimiter; a column with any 4.5 uses decimal points."""
    comma = point = False
    for v in values:
        v = v.strip().rstrip("%")
        point = point or bool(re.fullmatch(r"[-+−]?\d+\.\d{1,2}|[-+−]?\d{1,3}(,\d{3})+\.\d+", v))
        comma = comma or bool(re.fullmatch(r"[-+−]?\d+,\d{1,2}|[-+−]?\d{1,3}(\.\d{3})+(,\d+)?", v))
    return comma and not point


_SCALE_WORD = alternation(UNIT_SCALES)
_SCALE_BEFORE = re.compile(rf"^(\d[\d,]*)?\s*({_SCALE_WORD})?\s*(.*)$", re.IGNORECASE)  # 亿元, 100 million yuan
_SCALE_AFTER = re.compile(rf"^(.*?)\s*\b({_SCALE_WORD})$", re.IGNORECASE)  # USD million, RMB bn
_PLURAL_SCALE = re.compile(rf"\b({alternation(PLURAL_SCALES)})s\b(\s+of\b)?", re.IGNORECASE)


def _scale(word: str) -> float:
    return UNIT_SCALES[" ".join(word.lower().split())]


def parse_unit(text: str) -> tuple[float, str]:
    """'亿元' -> (1e8, 'CNY'); '100 million yuan', 'USD million', 'millions of yuan'; 'enterprises' -> (1, ...)."""
    written = _PLURAL_SCALE.sub(r"\1", unicodedata.normalize("NFKC", text).strip())
    if fold(written) in _UNITS:  # 千米 is a kilometre, not a thousand metres
        return _UNITS[fold(written)]
    after = _SCALE_AFTER.match(written)
    if after and after[1]:
        base, unit = _UNITS.get(fold(after[1]), (1, after[1]))
        return base * _scale(after[2]), unit
    m = _SCALE_BEFORE.match(written)
    number, scale, rest = m[1], m[2], m[3].strip()
    if not rest:  # "万" or "1000" alone: no unit left to read
        number, scale, rest = None, None, written
    factor = float(number.replace(",", "")) if number else 1.0
    factor *= _scale(scale) if scale else 1.0
    base, unit = _UNITS.get(fold(rest), (1, rest))
    return factor * base, unit


_IN_BRACKETS = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")  # 'GDP (current LCU)', '地区生产总值(亿元)'
_AFTER_COMMA = re.compile(r"^(.+),\s*([^,()]+)$")             # 'Area, thousand km2'
_AFTER_IN = re.compile(rf"^(.+?)\s+in\s+((?:{alternation(PRICE_BASES)})\b.+)$", re.IGNORECASE)  # 'GDP in current USD'
_BASIS = re.compile(rf"\b(?:({alternation(PRICE_BASES)})(\s+\d{{4}})?|({alternation(RATE_BASES)}))\b\s*",
                    re.IGNORECASE)
_PLAIN_SCALE = {fold(w): f for w, f in UNIT_SCALES.items()} | {fold(w) + "s": SCALES[w] for w in PLURAL_SCALES}
_COUNTS = {fold(w): unit for unit, words in NAME_UNITS.items() for w in words}


def unit_in_name(name: str) -> tuple[str, tuple[float, str] | None, float]:
    """The unit a series' name states, read out of it: (the name without it, (factor, unit) or None, scale).

    '人均国内生产总值(元)' -> ('人均国内生产总值', (1, 'CNY'), 1); 'GDP (current LCU)' -> ('GDP (current prices)',
    (1, 'LCU'), 1); 'Exports (% of GDP)' keeps its name; 'Population (millions)' -> ('Population',
    (1, 'people'), 1e6), a scale alone counting what the name says (unit None if it says nothing known)."""
    written = " ".join(unicodedata.normalize("NFKC", name).split())
    m = _IN_BRACKETS.match(written) or _AFTER_COMMA.match(written) or _AFTER_IN.match(written)
    if not m:
        return name, None, 1.0
    base, written = m[1], m[2]
    kept = []

    def basis(b: re.Match) -> str:
        kept.append(f"{b[1].lower()}{b[2] or ''} prices" if b[1] else b[3].lower())
        return ""
    rest = _BASIS.sub(basis, written).strip()
    if re.match(r"^%\s*of\b", rest):  # "% of GDP": the share's base is part of its name
        return name.strip(), (1.0, "%"), 1.0
    if fold(rest) in _PLAIN_SCALE:  # "millions": of what the name counts
        unit = next((u for w, u in _COUNTS.items() if w in fold(base)), None)
        shown = f"{base} ({', '.join(kept)})" if kept else base
        return shown, (1.0, unit) if unit else None, _PLAIN_SCALE[fold(rest)]
    try:
        factor, unit = parse_unit(rest) if rest else (1.0, "")
    except (ValueError, KeyError):
        return name, None, 1.0
    if unit not in _RECORD_UNITS:
        return name, None, 1.0
    return (f"{base} ({', '.join(kept)})" if kept else base), (factor, unit), 1.0


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
    s = fold(text)
    for key, written in words.items():
        if s == key or s in written:
            return key
    raise ValueError(f"unknown {what} {text!r} (one of: {', '.join(words)})")


def parse_qualifier(text: str) -> str:
    """'more than', '约', '' -> over, about, exact."""
    return _word(text, _QUALIFIERS, "qualifier")


def parse_kind(text: str) -> str:
    """'目标', 'plan', '' -> target, target, actual."""
    return _word(text, _KINDS, "kind")


def parse_themes(text: str) -> list[str]:
    labels = {fold(label): key for key, label in THEMES.items()}
    themes = []
    for part in filter(None, (p.strip() for p in re.split(r"[;,，、/|]", text))):
        key = labels.get(fold(part)) or next((k for k, ws in THEME_WORDS.items() if part in ws), None)
        if key is None and fold(part) in THEMES:
            key = fold(part)
        if key is None:
            raise ValueError(f"unknown theme {part!r} (one of: {', '.join(THEMES)})")
        themes.append(key)
    if not themes:
        raise ValueError("no theme")
    return list(dict.fromkeys(themes))


_AFTER = {word: q for q, words in QUALIFIERS_AFTER.items() for word in words}
_BEFORE_WORD = alternation(w for words in QUALIFIERS_BEFORE.values() for w in words)
_VALUE_QUALIFIER = re.compile(rf"^({_BEFORE_WORD})\s*(.*?)\s*({alternation(_AFTER)})?$", re.IGNORECASE)
_CJK_SCALES = [w for w in SCALES if not w.isascii()]  # Chinese writes them straight after the number: 7.5万
_QUALIFIER_LAST = re.compile(rf"^(.*?[\d{''.join(sorted({w[-1] for w in _CJK_SCALES}))}])\s*({alternation(_AFTER)})$")
_CELL_SCALE = re.compile(rf"\s*({alternation(_CJK_SCALES)})$")


def split_qualifier(text: str) -> tuple[str, str]:
    """'约19800' -> ('19800', '约'); '1200左右' -> ('1200', 'about'); '4.5' -> ('4.5', '')."""
    m = _VALUE_QUALIFIER.match(text.strip())
    if m:
        return m[2], m[1]
    m = _QUALIFIER_LAST.match(text.strip())
    return (m[1], _AFTER[m[2]]) if m else (text, "")


def parse_value(text: str, decimal_comma: bool = False) -> float:
    """A value cell without its qualifier: '4,5', '7.5万' -> 4.5, 75000; ValueError for a missing mark."""
    if fold(text) in _MISSING:
        raise ValueError("no value")
    text = text.strip().rstrip("%")
    scale = _CELL_SCALE.search(text)
    if scale:
        return parse_number(text[:scale.start()], decimal_comma) * SCALES[scale[1]]
    return parse_number(text, decimal_comma)


def reads_as(parse, text: str) -> bool:
    """Whether `parse` (parse_period, parse_value, …) takes the cell."""
    try:
        parse(text)
    except ValueError:
        return False
    return True
