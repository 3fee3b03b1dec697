"""One view of each kind of word, merged over the languages (en, zh), and the patterns built from them once.

A new word is a data edit in its language's module; every reader (the number reader, the importer, the
proposer, the provenance checks, the display, the charts) takes its words from here."""
from __future__ import annotations

import re

from . import en, regions, zh

LANGUAGES = (en, zh)


def _merged(kind: str) -> dict:
    out: dict = {}
    for language in LANGUAGES:
        out.update(getattr(language, kind))
    return out


def _joined(kind: str) -> dict[str, tuple[str, ...]]:
    """{key: words} over the languages, each language's words after the previous one's."""
    out: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        for key, words in getattr(language, kind).items():
            out[key] = out.get(key, ()) + tuple(words)
    return out


def _all(kind: str) -> tuple[str, ...]:
    return tuple(word for language in LANGUAGES for word in getattr(language, kind))


def alternation(words) -> str:
    """A regex alternative matching any of `words` as written, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def phrases(words) -> str:
    """An alternation of words and phrases whose words any whitespace separates ("aims\nto")."""
    return alternation(words).replace(r"\ ", r"\s+")


def _regions() -> dict[str, str]:
    """Every written form of a region in regions.py -> its English name."""
    out: dict[str, str] = {}
    for english, (chinese, more) in regions.PROVINCES.items():
        out.update(dict.fromkeys((english, chinese, *more), english))
    for english, chinese in regions.FUJIAN_CITIES.items():
        out.update(dict.fromkeys((english, chinese), english))
    for line in re.split(r"[|\n]", regions.COUNTRIES.strip()):
        alpha2, alpha3, english = line.split(maxsplit=2)
        codes = (alpha3,) if alpha2.casefold() in MISSING else (alpha2, alpha3)  # "NA" is a missing mark
        out.update(dict.fromkeys((*codes, english), english))
    for english, more in regions.COUNTRY_NAMES.items():
        out.update(dict.fromkeys(more, english))
    return out


QUALIFIERS_BEFORE = _joined("QUALIFIERS_BEFORE")   # qualifier -> words before a number
QUALIFIERS_AFTER = _joined("QUALIFIERS_AFTER")     # qualifier -> words after it (Chinese: 1200左右)
QUALIFIER_NAMES = _joined("QUALIFIER_NAMES")       # qualifier -> further words a table's column may hold
QUALIFIERS = {q: (*QUALIFIER_NAMES.get(q, ()), *QUALIFIERS_BEFORE.get(q, ()), *QUALIFIERS_AFTER.get(q, ()))
              for q in ("exact", "over", "about", "nearly", "under")}  # every word of each qualifier
QUALIFIER_STATED = _merged("QUALIFIER_STATED")     # qualifier -> the word a display states it with
QUALIFIER_SYMBOLS = _merged("QUALIFIER_SYMBOLS")   # qualifier -> the sign a chart's label writes it with ("~5.5%")
CEILING_WORDS = _all("CEILING_WORDS")              # words of a series whose target is a ceiling (unemployment)
TARGET_BOUNDS = _merged("TARGET_BOUNDS")           # ceiling | floor -> how a chart labels such a target
MEASURE_NAMES = _merged("MEASURE_NAMES")           # measure -> a chart's name of figures of that measure

SCALES = _merged("SCALES")                         # scale word after a number -> factor (text and tables)
UNIT_SCALES = {**SCALES, **_merged("UNIT_SCALES")}  # and those only tables' units write (千亿元, USD bn)
PLURAL_SCALES = _all("PLURAL_SCALES")
SCALE_NAMES = _merged("SCALE_NAMES")               # factor -> the display's scale word, largest first
CARDINALS = _merged("CARDINALS")
ORDINALS = _merged("ORDINALS")

UNITS_AFTER = _joined("UNITS_AFTER")               # the records' unit -> the words after a number in a text
CURRENCIES_BEFORE = _joined("CURRENCIES_BEFORE")   # the records' unit -> the words before a number ("RMB 5")
CURRENCY_MARKS = _all("CURRENCY_MARKS")            # shown before a number, not read as a unit
UNITS = {**{word: (1, unit) for kind in (UNITS_AFTER, CURRENCIES_BEFORE) for unit, ws in kind.items() for word in ws},
         **_merged("UNITS")}                       # a unit as a table writes it -> (factor, the records' unit)
UNIT_NAMES = _merged("UNIT_NAMES")                 # the records' unit -> its name in a display or on an axis
THEMES = _merged("THEMES")                         # theme -> label
THEME_WORDS = _joined("THEME_WORDS")               # theme -> further words for it
KINDS = _joined("KINDS")                           # actual | target -> the words a table uses
PLAN_WORDS = _all("PLAN_WORDS")                    # words of a sentence that make its figure a target
RISE_WORDS = _all("RISE_WORDS")
FALL_WORDS = _all("FALL_WORDS")
GROWTH_NAMES = _all("GROWTH_NAMES")
MISSING = _all("MISSING")
NOTE_STARTS = _all("NOTE_STARTS")                  # how a footnote or source line of a table starts
PRICE_BASES = _all("PRICE_BASES")                  # in a unit written in a name: "current LCU", "constant 2015 US$"
RATE_BASES = _all("RATE_BASES")                    # "annual %"
NAME_UNITS = _joined("NAME_UNITS")                 # unit -> words of a name that count it (a scale-only unit)
LOCAL_CURRENCIES = _merged("LOCAL_CURRENCIES")     # country -> its currency: what "LCU" is there
REGIONS = {**_regions(), **_merged("REGIONS")}     # a region as a table writes it -> the records' English name
SERIES_NAMES = _merged("SERIES_NAMES")             # a series as statistical tables name it -> the records' name
REGION_ENDINGS = regions.REGION_ENDINGS             # 省, 市, Province, ...: dropped when the name is not known
HEADERS = _joined("HEADERS")                       # a table's field -> the headers that name it

# any word of a qualifier in a display shows it (searched, ignoring case: "exceed" also finds "exceeded");
# patterns, compiled on first use (the window imports the themes at start-up)
QUALIFIER_SHOWN = {q: alternation((*QUALIFIERS_BEFORE.get(q, ()), *QUALIFIERS_AFTER.get(q, ())))
                   for q in QUALIFIERS if q != "exact"}

# the words of a display, per language ("en", "zh"): not merged, a display is in one language
DISPLAY = {language.__name__.rsplit(".", 1)[-1]: language.DISPLAY for language in LANGUAGES}
# a search word -> further words it finds: Chinese words find the English documents' words, a region's Chinese
# name its English one (厦门 -> xiamen)
SEARCH_TERMS = {**{k.casefold(): (v.casefold(),) for k, v in REGIONS.items() if not k.isascii()},
                **_joined("SEARCH_TERMS")}
