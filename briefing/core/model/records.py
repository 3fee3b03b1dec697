"""The record schema: what a source, an indicator, an initiative and a derived value must hold."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from .vocab import (  # noqa: F401 - re-exported: the schema's vocabulary
    DERIVE_METHODS,
    INDICATOR_FIELDS,
    INITIATIVE_FIELDS,
    KINDS,
    MAIN_THEMES,
    MEASURES,
    QUALIFIERS,
    SOURCE_FIELDS,
    STATUSES,
    THEMES,
    TRANSLATIONS,
)

PERIOD_RE = re.compile(r"^\d{4}(?:-(?:Q[1-4]|\d{2}))?(?:/\d{4}(?:-(?:Q[1-4]|\d{2}))?)?$")


def _as_text(value):
    # YAML reads `period: 2023` as a number; a period is text
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
RecordId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Period = Annotated[str, BeforeValidator(_as_text), StringConstraints(pattern=PERIOD_RE.pattern)]
Theme = Literal[tuple(THEMES)]  # type: ignore[valid-type]
SeriesKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]


def default_series(name: str) -> str:
    """The series a figure joins when its record names none: its name folded to a key
    ("“Little giant” enterprises added" -> "little-giant-enterprises-added")."""
    return "-".join(re.findall(r"[^\W_]+", name.casefold())) or "unnamed"


class _Record(BaseModel):
    # defer_build: a validator is built on a model's first use (a start from the cache validates no record)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Indicator(_Record):
    id: RecordId
    name: Text
    name_zh: str = ""  # the project's Chinese translation of the name (the documents are English translations)
    series: SeriesKey | None = None  # one quantity however its name is worded; default from the name
    themes: list[Theme] = Field(min_length=1)
    region: Text
    period: Period
    kind: Literal["actual", "target"]
    measure: Literal[MEASURES]  # type: ignore[valid-type]
    value: float = Field(allow_inf_nan=False)
    unit: Text
    qualifier: Literal[QUALIFIERS]  # type: ignore[valid-type]
    quote: Text
    display: Text
    note: str = ""
    caution: str = ""     # a curator's warning printed beside the figure: keeps it out of default selections
    headline: int | None = Field(None, ge=1)  # its rank among the key figures of its first theme


class Initiative(_Record):
    id: RecordId
    name: Text
    name_zh: str = ""
    themes: list[Theme] = Field(min_length=1)
    region: Text
    status: Literal[STATUSES]  # type: ignore[valid-type]
    period: Period
    description: Text
    description_zh: str = ""  # the project's translation, as name_zh
    quote: Text
    indicators: list[RecordId] = []
    note: str = ""
    caution: str = ""


class Derived(_Record):
    id: RecordId
    name: Text
    name_zh: str = ""
    method: Literal[DERIVE_METHODS]  # type: ignore[valid-type]
    inputs: list[RecordId] = Field(min_length=2)
    period: Period
    series: SeriesKey | None = None  # default: a prior level's is its input's, any other value's from its name
    note: str = ""


class Uncounted(_Record):
    text: Text
    reason: Text


def _none_as_empty(value):
    return [] if value is None else value


Entries = Annotated[list[dict], BeforeValidator(_none_as_empty)]


class RecordFile(_Record):
    """The top level of a record file; its lists are checked record by record."""

    source: Text
    indicators: Entries = []
    initiatives: Entries = []
    derived: Entries = []
    uncounted: Entries = []


class Source(_Record):
    id: RecordId
    title: Text
    publisher: Text
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None
    period: Period
    date_note: Text
    region: Text
    language: Text
    file: Text
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    regions: list[Text] = Field(min_length=1)


class Manifest(_Record):
    version: Literal[1]
    translations: list[Literal[TRANSLATIONS]] = []  # type: ignore[valid-type] # every record has name_<lang>
    sources: list[dict] = Field(min_length=1)
