"""The vocabulary of the records (themes, kinds, measures, field names): cheap to import (only the lexicon)."""

from ..lexicon import words

THEMES = words.THEMES  # theme -> label: words, kept in the lexicon

MAIN_THEMES = ("trade", "taiwan", "digital", "ecology")
UNTHEMED = "unthemed"  # a filter for figures imported without a theme: not a theme, no pack section
KINDS = ("actual", "target", "derived")
MEASURES = ("level", "stock", "cumulative", "growth", "change_pp", "gap_pp", "share", "rank", "streak",
            "change", "multiple")  # change: in the level's unit ("up 232,100 workers"); multiple: "rose 2.1 times"
QUALIFIERS = ("exact", "over", "about", "nearly", "under")
STATUSES = ("done", "ongoing", "planned")
ITEM_KINDS = ("indicators", "charts", "initiatives")  # of a pack section, in the order the PDF prints them
DERIVE_METHODS = ("prior_level_from_growth", "sum", "share")
TRANSLATIONS = ("zh",)  # languages a manifest may require every record's name in (`translations: [zh]`)

# the contract of `briefing list --format json` (and of every export of records); name_zh and description_zh
# are the curators' Chinese translations ("" where none is given: imported figures)
INDICATOR_FIELDS = ("id", "name", "name_zh", "series", "themes", "region", "period", "kind", "measure", "value", "unit",
                    "qualifier", "source", "source_file", "quote", "display", "inputs", "caution", "headline")
INITIATIVE_FIELDS = ("id", "name", "name_zh", "themes", "region", "status", "period", "description",
                     "description_zh", "source",
                     "source_file", "quote", "indicators", "caution")
SOURCE_FIELDS = ("id", "title", "publisher", "date", "period", "date_note", "region", "language", "file", "sha256")
