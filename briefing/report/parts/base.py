"""What every part of the PDF is given (Context), what it gives back (Part), and the reference numbers the parts'
citations add up to (References)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from reportlab.lib.styles import ParagraphStyle

from ...core.charts.scorecard import scorecard_rows
from ...core.charts.spec import disagreeing, restated, stated_two_ways
from ...core.model.dataset import Dataset
from ...core.pack.model import Pack
from ..flowables import Caption
from ..fonts import markup
from ..lang import words


def caution_markup(text: str, lang: str = "en") -> str:
    """The curators' caution on a figure as Paragraph markup, set apart from the figure (beside it and in Sources)."""
    return f'<font color="#9a3a00"><b>{markup(words(lang)["caution"])}</b> {markup(text)}</font>'


@dataclass(frozen=True)
class Context:
    """The pack, its data and what several parts look up, computed once."""

    pack: Pack
    data: Dataset
    styles: dict[str, ParagraphStyle]
    frame_width: float              # points between the margins
    records: dict[str, dict]        # every figure and initiative, by id
    figures: pd.DataFrame           # data.indicators indexed by id
    scorecard: pd.DataFrame         # every target beside its series' latest actual (scorecard_rows)
    disagreeing_ids: set[str]       # figures another source states otherwise (disagreeing)
    two_ways_ids: set[str]          # figures another record states too, rounded otherwise (stated_two_ways)
    restated: pd.DataFrame          # restated(data.indicators): what both sets are read from, and the trends' notes
    memo: dict = field(default_factory=dict)  # what a part computed once for both layout passes (chart specs)
    cited_on: Any = field(default_factory=dict)  # reference number -> pages citing it (.get; document.CitedOn)
    counters: dict[str, int] = field(default_factory=dict)  # "Figure", "Table" -> how many are numbered so far
    captions: list[tuple[int, str, str]] = field(default_factory=list)  # the list of figures: (level, text, key)
    lang: str = "en"  # the pack's language (report.lang): "en", "zh" or "en+zh"

    @property
    def words(self) -> dict[str, str]:
        """The fixed words of the pack's language (report.lang.WORDS)."""
        return words(self.lang)

    def caption(self, kind: str, text: str, where: str = "") -> tuple[str, str]:
        """The next number of `kind` ("Figure 3. …", "Table 2. …") and the bookmark key of its caption; a figure
        goes in the list of figures, with `where` it is (its section)."""
        n = self.counters[kind] = self.counters.get(kind, 0) + 1
        label, key = self.words[kind].format(n, text), f"{kind.lower()}-{n}"
        if kind == "Figure":
            self.captions.append((1, f"{label} ({where})" if where else label, key))
        return label, key

    @classmethod
    def of(cls, pack: Pack, data: Dataset, styles: dict[str, ParagraphStyle], frame_width: float) -> Context:
        records = {r["id"]: r for df in (data.indicators, data.initiatives) for r in df.to_dict("records")}
        found = restated(data.indicators)
        return cls(pack, data, styles, frame_width, records, data.indicators.set_index("id", drop=False),
                   scorecard_rows(data.indicators), disagreeing(data.indicators, found),
                   stated_two_ways(data.indicators, found), found,
                   lang=pack.language)


LINK = "#1f4e8c"  # a reference number that opens its source entry: dark blue, readable in grayscale


def anchor(number: int) -> str:
    """The named destination of source entry `number` (its reference links go there)."""
    return f"ref-{number}"


def page_anchor(page: int) -> str:
    """The named destination of a page (a source entry's back-links go there)."""
    return f"pg-{page}"


def caption(ctx: Context, kind: str, text: str, where: str = "") -> Caption:
    """"Table 2. …" or "Figure 3. …": numbered in the order they print, a figure listed after the contents."""
    label, key = ctx.caption(kind, text, where)
    return Caption(markup(label), ctx.styles["caption" if kind == "Figure" else "table-caption"], key)


class References:
    """Reference numbers, [1], [2], …, of the records the parts cite. Records quoting the same sentence of the same
    document share one number: the Sources appendix has one entry per sentence."""

    def __init__(self, numbers: dict[str, int]) -> None:
        self.numbers = numbers  # record id -> its number, in number order
        self.entries: dict[int, list[str]] = {}  # number -> the record ids citing it, in order
        for rid, number in numbers.items():
            self.entries.setdefault(number, []).append(rid)

    @classmethod
    def of(cls, cited: Iterable[str], records: dict[str, dict]) -> References:
        """Every cited record numbered document by document (documents in the order the parts first cite them,
        records in the order their quotes stand in the document): the Sources appendix, grouped by document,
        then reads [1], [2], [3] … in order. A derived figure's entry is its own (it quotes no sentence)."""
        cited = [rid for rid in dict.fromkeys(_with_inputs(cited, records)) if rid in records]
        first: dict[str, int] = {}
        for rid in cited:
            first.setdefault(records[rid]["source"], len(first))
        ranked = sorted(cited, key=lambda rid: (first[records[rid]["source"]], records[rid].get("quote_start") or 0))
        numbers: dict[tuple, int] = {}
        for rid in ranked:
            numbers.setdefault(_sentence(rid, records[rid]), len(numbers) + 1)
        return cls({rid: numbers[_sentence(rid, records[rid])] for rid in ranked})

    def number(self, record_id: str) -> int:
        number = self.numbers.get(record_id)
        if number is None:
            raise KeyError(f"{record_id} is marked but no part lists it among what it cites")
        return number

    def mark(self, record_id: str) -> str:
        """"[12]", as plain text."""
        return f"[{self.number(record_id)}]"

    def link(self, record_id: str) -> str:
        """"[12]" as Paragraph markup linking to its entry in Sources."""
        return linked(self.number(record_id))

    def links(self, record_ids: Iterable[str], ordered: bool = False) -> str:
        """Each distinct number once, as links: "[3] [7]" (`ordered`: smallest first, else as given)."""
        numbers = list(dict.fromkeys(self.number(rid) for rid in record_ids))
        return " ".join(linked(n) for n in (sorted(numbers) if ordered else numbers))


def linked(number: int) -> str:
    return f'<a href="#{anchor(number)}" color="{LINK}">[{number}]</a>'


def _sentence(record_id: str, record: dict) -> tuple:
    """What one source entry stands for: a document's sentence (or an imported row), or a derived figure."""
    if record.get("kind") == "derived" or not record.get("quote"):
        return ("record", record_id)
    return ("quote", record["source"], record["quote"])


def _with_inputs(cited: Iterable[str], records: dict[str, dict]) -> Iterable[str]:
    """The cited ids, each derived figure followed by its inputs: Sources cites them by number."""
    for rid in cited:
        yield rid
        inputs = records.get(rid, {}).get("inputs")
        yield from inputs if isinstance(inputs, list) else ()


def _nothing(refs: References) -> list:
    return []


@dataclass(frozen=True)
class Part:
    """A part of the PDF: the records it cites (ids, in the order it cites them), which the reference numbering
    counts, and its flowables, laid out once every part has said what it cites."""

    cites: Sequence[str] = ()
    flowables: Callable[[References], list] = field(default=_nothing)

    @staticmethod
    def join(parts: Iterable[Part]) -> Part:
        """One part of several, in order."""
        parts = tuple(parts)
        return Part(tuple(rid for p in parts for rid in p.cites),
                    lambda refs: [f for p in parts for f in p.flowables(refs)])
