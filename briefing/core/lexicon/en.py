"""English: the words around figures, as plain data (lexicon.words merges the languages)."""

# words before a number that qualify it ("more than 75,000"); the display's own word in QUALIFIER_STATED
QUALIFIERS_BEFORE = {
    "over": ("more than", "over", "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses",
             "surpassed", "surpassing", "above", "at least", "no less than"),
    "about": ("around", "about", "approximately", "roughly", "some"),
    "nearly": ("nearly", "almost", "close to"),
    "under": ("under", "less than", "below", "fewer than", "within", "up to"),
}
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {}
QUALIFIER_NAMES = {"exact": ("exact", "=")}  # further words a table's qualifier column may hold
QUALIFIER_STATED = {"exact": "", "over": "more than", "about": "around", "nearly": "nearly", "under": "under"}
QUALIFIER_SYMBOLS = {"exact": "", "over": ">", "about": "~", "nearly": "≈", "under": "<"}  # before a chart's label
# a target of a series whose name has one of these words is a ceiling (met at or under it), others a floor
CEILING_WORDS = ("unemployment", "consumer price", "CPI", "inflation", "energy consumption per unit", "emission")
TARGET_BOUNDS = {"ceiling": "ceiling", "floor": "target"}  # how a chart labels a target of each bound
MEASURE_NAMES = {"growth": "growth rates", "share": "rates and shares", "change_pp": "changes in percentage points",
                 "gap_pp": "gaps in percentage points", "level": "levels", "stock": "totals", "cumulative": "totals",
                 "rank": "ranks", "streak": "streaks", "change": "changes",
                 "multiple": "multiples"}  # a chart's group of figures of one measure

# scale words after a number, with their factor; UNIT_SCALES only in tables' units ("USD bn")
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
UNIT_SCALES = {"hundred million": 1e8, "bn": 1e9, "mn": 1e6}
PLURAL_SCALES = ("trillion", "billion", "million", "thousand")  # "millions of yuan" is "million yuan"
SCALE_NAMES = {1e12: "trillion", 1e9: "billion", 1e6: "million"}  # how a display scales, largest first

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

# units written right after a number in a text ("5.4 trillion yuan"), tried in this order; tables read them too
UNITS_AFTER = {
    "pp": ("percentage points", "percentage point"), "%": ("%", "percent", "per cent"), "CNY": ("yuan", "renminbi"),
    "USD": ("U.S. dollars", "U.S. dollar", "US dollars", "US dollar", "dollars", "USD"), "times": ("times",),
    "t": ("metric tons", "tonnes", "tons"), "ha": ("hectares",),
    "km²": ("square kilometers", "square kilometres"), "km": ("kilometers", "kilometres", "km"),
    "µg/m³": ("micrograms per cubic meter", "micrograms per cubic metre"),
}
CURRENCIES_BEFORE = {"CNY": ("RMB", "CNY", "¥", "￥"),  # before a number: "RMB 5"
                     "USD": ("US$", "U.S.$", "US $", "USD", "US dollars", "US dollar")}
CURRENCY_MARKS = ("HK$",)  # shown before a number in a display, not read as a unit (the records have no HKD)
# further units as a table writes them -> (factor, the unit the records use); compared folded (case, spaces ignored)
UNITS = {
    "yuan": (1, "CNY"), "CNY": (1, "CNY"), "RMB": (1, "CNY"),
    "USD": (1, "USD"), "US dollars": (1, "USD"), "dollars": (1, "USD"), "$": (1, "USD"),
    "%": (1, "%"), "percent": (1, "%"), "pc": (1, "%"), "pct": (1, "%"), "pt": (1, "%"),
    "percentage points": (1, "pp"), "pp": (1, "pp"),
    "people": (1, "people"), "persons": (1, "people"), "tons": (1, "t"), "tonnes": (1, "t"),
    "percentage": (1, "%"), "km2": (1, "km²"), "sq. km": (1, "km²"), "square km": (1, "km²"),
    "LCU": (1, "LCU"), "local currency units": (1, "LCU"), "local currency": (1, "LCU"),
    "international $": (1, "intl $"), "international dollars": (1, "intl $"),
}
# words beside a unit in a series' name that say how it is measured: kept in the name ("GDP (current prices)")
PRICE_BASES = ("current", "constant")  # "constant 2015 US$": prices of 2015
RATE_BASES = ("annual",)               # "annual %"
NAME_UNITS = {"people": ("population", "employment", "employed", "labor force", "labour force")}  # "Population
# (millions)": what a name counts when it gives only a scale
LOCAL_CURRENCIES = {"China": "CNY"}    # a country's local currency (LCU): the World Bank's "current LCU"
UNIT_NAMES = {"CNY": "yuan", "USD": "US dollars", "%": "%", "pp": "percentage points", "LCU": "local currency units",
              "intl $": "international dollars"}  # as a display names them

THEMES = {  # the records' themes and their labels
    "trade": "Trade",
    "taiwan": "Taiwan integration",
    "digital": "Digital economy",
    "ecology": "Ecology",
    "economy": "Macro economy",
    "investment": "Investment",
    "industry": "Industry",
    "innovation": "Innovation",
    "wellbeing": "Wellbeing",
    "culture": "Culture and sport",
    "governance": "Governance and safety",
    "agriculture": "Agriculture and rural",
}
THEME_WORDS: dict[str, tuple[str, ...]] = {}  # further words a table's theme column may hold
REGIONS: dict[str, str] = {}                  # a region as a table writes it -> as the records name it
SERIES_NAMES: dict[str, str] = {}             # a series as tables name it -> as the records name it
KINDS = {"actual": ("actual", "result"), "target": ("target", "goal", "plan")}  # a table's kind column
PLAN_WORDS = ("aim to", "aims to", "aiming to", "strive to", "strives to", "striving to", "plan to", "plans to",
              "seek to", "seeks to", "expected to", "projected to", "is set to", "target", "targets", "goal",
              "objective", "will")  # in a sentence, they make its figure a target

# words of a rise or a fall next to a rate ("grew 5%", "a drop of 2%"), and in a series' name that make a % a rate
RISE_WORDS = ("increase", "increases", "increased", "increasing", "grew", "grow", "grows", "growing", "growth",
              "rose", "rise", "rises", "risen", "rising", "up", "expand", "expanded", "expands", "expanding",
              "raise", "raised", "raises", "raising", "gain", "gained", "gains", "climb", "climbed", "climbs",
              "jump", "jumped", "jumps", "year-on-year", "soar", "soared", "soars", "soaring", "surge", "surged",
              "surges", "surging", "leapt", "leaped", "uptick", "upticks", "hike", "hikes", "accelerated")
FALL_WORDS = ("decrease", "decreases", "decreased", "decreasing", "decline", "declines", "declined", "declining",
              "drop", "dropped", "drops", "fell", "fall", "falls", "falling", "down", "shrank", "shrink",
              "contracted", "contraction", "cut", "reduce", "reduced", "reduces", "reducing", "reduction", "slid",
              "slipped", "dipped", "plunged", "plummeted")
GROWTH_NAMES = ("grow", "increase", "change", "rate of")  # found inside words: "growth", "increases"

MISSING = ("-", "--", "—", "…", "...", "..", "na", "n/a", "nan", "null")  # a table's cell with no value (marks too)
NOTE_STARTS = ("Source:", "Sources:", "Note:", "Notes:")  # a footnote row of a table starts so

# the headers that name each field of a table (compared folded)
HEADERS = {
    "name": ("name", "indicator", "indicator name", "series", "series name", "item", "measure", "variable",
             "subject"),
    "period": ("period", "time period", "year", "time", "date"),
    "value": ("value", "obs value", "observation value", "amount", "figure"),
    "unit": ("unit", "units", "unit measure", "unit of measure"),
    "region": ("region", "area", "ref area", "reference area", "geo", "location", "country", "country name",
               "entity", "economy", "province", "city", "region name", "country or area"),
    "theme": ("theme", "themes", "topic", "category"),
    "qualifier": ("qualifier",),
    "kind": ("kind", "type", "actual or target"),
}

# how an English display names things (the records' own words: each display is in one language); see lexicon.display
DISPLAY = {
    "qualifiers": QUALIFIER_STATED, "themes": THEMES,
    "kinds": {"actual": "actual", "target": "target", "derived": "derived"},
    "statuses": {"done": "done", "ongoing": "ongoing", "planned": "planned"},
    "measures": MEASURE_NAMES, "regions": {}, "units": UNIT_NAMES, "list": ", ",
}
SEARCH_TERMS: dict[str, tuple[str, ...]] = {}  # English searches need no other words (lexicon.zh has Chinese ones)
