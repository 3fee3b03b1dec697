"""What every part of the PDF is given (Context), what it gives back (Part), and the reference numbers the parts'
citations add up to (References)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from reportlab.lib.styles import ParagraphStyle

from ...core.charts.scorecard import scorecard_rows
from ...core.charts.spec import disagreeing, restated, stated_two_ways
from ...core.model.dataset import Dataset
from ...core.pack.model import Pack
from ..fonts import markup


def caution_markup(text: str) -> str:
    """The curators' caution on a figure as Paragraph markup, set apart from the figure (beside it and in Sources)."""
    return f'<font color="#9a3a00"><b>Caution:</b> {markup(text)}</font>'


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

    @classmethod
    def of(cls, pack: Pack, data: Dataset, styles: dict[str, ParagraphStyle], frame_width: float) -> Context:
        records = {r["id"]: r for df in (data.indicators, data.initiatives) for r in df.to_dict("records")}
        found = restated(data.indicators)
        return cls(pack, data, styles, frame_width, records, data.indicators.set_index("id", drop=False),
                   scorecard_rows(data.indicators), disagreeing(data.indicators, found),
                   stated_two_ways(data.indicators, found), found)


class References:
    """Reference numbers, [1], [2], …, of the records the parts cite."""

    def __init__(self, numbers: dict[str, int]) -> None:
        self.numbers = numbers  # record id -> its number, in number order

    @classmethod
    def of(cls, cited: Iterable[str], records: dict[str, dict]) -> References:
        """Every cited record numbered document by document (documents in the order the parts first cite them,
        records in the order their quotes stand in the document): the Sources appendix, grouped by document,
        then reads [1], [2], [3] … in order."""
        cited = [rid for rid in dict.fromkeys(_with_inputs(cited, records)) if rid in records]
        first: dict[str, int] = {}
        for rid in cited:
            first.setdefault(records[rid]["source"], len(first))
        ranked = sorted(cited, key=lambda rid: (first[records[rid]["source"]], records[rid].get("quote_start") or 0))
        return cls({rid: n for n, rid in enumerate(ranked, start=1)})

    def mark(self, record_id: str) -> str:
        number = self.numbers.get(record_id)
        if number is None:
            raise KeyError(f"{record_id} is marked but no part lists it among what it cites")
        return f"[{number}]"


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
