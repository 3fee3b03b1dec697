"""The chart kinds, one registration line each in CHART_KINDS. The window's chart tabs, its View menu and
shortcuts, the chart items a pack may hold and their titles, and the PDF's charts all come from this list.

A kind's ChartSpec is built by `build(inputs)` in its own module of this package (named by the kind's id), loaded
when a chart of that kind is first drawn: this module imports nothing heavy, so the window can lay out its tabs
and menus before pandas loads. To add a kind: a module `briefing/core/charts/<id>.py` with
`build(inputs: ChartInputs) -> ChartSpec`, and a `ChartKind(...)` line in CHART_KINDS."""
from __future__ import annotations

import importlib
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode

if TYPE_CHECKING:
    import pandas as pd

    from ..model.dataset import Dataset
    from .spec import ChartSpec


VIEWS = ("levels", "index", "growth")  # of a comparison: stated levels, base year = 100, growth on the year before


@dataclass(frozen=True)
class Compare:
    """Which regions a comparison draws and how; in a pack, the query after its figure:
    "regions:gwr23-grp?region=Fujian&region=Zhejiang&view=index&base=2015" (any region name is safe in it)."""

    regions: tuple[str, ...] = ()  # its lines, in order; none: every region the series has, if they are few
    view: str = "levels"           # one of VIEWS
    base: str = ""                 # the index's base year; "": the first year every region has

    def query(self) -> str:
        base = [("base", self.base)] if self.base else []
        return urlencode([*(("region", r) for r in self.regions), ("view", self.view), *base])

    @classmethod
    def of_query(cls, query: str) -> Compare:
        q = parse_qs(query)
        view = q.get("view", ["levels"])[-1]
        return cls(tuple(q.get("region", ())), view if view in VIEWS else "levels", q.get("base", [""])[-1])


@dataclass(frozen=True)
class ChartInputs:
    """What a chart is drawn from, on screen and in the PDF."""

    data: Dataset
    rows: pd.DataFrame | None       # the figures in view: the filtered rows on screen, a section's in the PDF
                                    # (None: a per-record kind follows its figure, and the window skips them)
    scope: str                      # how those rows read in a title: "the filtered figures"
    record_id: str | None = None    # a per-record kind's figure: the selection on screen, <id>:<figure> in a pack
    scorecard: pd.DataFrame | None = None  # scorecard.scorecard_rows(data.indicators), if the caller has it
    disagreeing_ids: Collection[str] | None = None  # spec.disagreeing(data.indicators), if the caller has it
    compare: Compare = Compare()    # a comparison's regions and view
    group: str | None = None        # of a chart that compares like with like, the group drawn (a key of its spec's
                                    # groups: one region and period, one measure); None: the one with most figures
    restated: pd.DataFrame | None = None  # spec.restated(data.indicators), if the caller has it (a pack's charts)


@dataclass(frozen=True)
class ChartKind:
    id: str                  # a pack's chart item: the id, or "<id>:<figure id>" for a per-record kind
    title: str               # its tab in the window and its name in the pack's outline
    shortcut: str            # of its View menu action
    menu_title: str = ""     # its View menu action; default the title
    per_record: bool = False  # one chart per figure, following the selection (not one of all figures in view)
    compares: bool = False    # drawn for chosen regions (Compare), named in a pack by a query after the figure

    def build(self, inputs: ChartInputs) -> ChartSpec:
        """The chart's specification, by the `build` of the kind's module (imported on first use), naming its kind
        and its figure (for what translates its words: core.charts.localize)."""
        spec = importlib.import_module(f"{__package__}.{self.id}").build(inputs)
        return replace(spec, chart=self.id, record_id=inputs.record_id or "")

    def build_groups(self, inputs: ChartInputs) -> list[ChartSpec]:
        """The chart once per group of comparable figures its spec names (one region and period, one measure),
        as a pack draws it; the group the first build chose is that build, not built again."""
        spec = self.build(inputs)
        if len(spec.groups) <= 1:
            return [spec]
        return [spec if g.key == spec.group else self.build(replace(inputs, group=g.key)) for g in spec.groups]

    def item(self, record_id: str | None = None, compare: Compare | None = None) -> str:
        """How a pack names this chart (of the figure `record_id`, for a per-record kind; `compare`: its regions
        and view, for a comparison)."""
        if not self.per_record:
            return self.id
        return f"{self.id}:{record_id}" + (f"?{(compare or Compare()).query()}" if self.compares else "")


CHART_KINDS: tuple[ChartKind, ...] = (
    ChartKind("trend", "Trend", "Ctrl+1", per_record=True),
    ChartKind("comparison", "Growth comparison", "Ctrl+2", "Growth Comparison"),
    ChartKind("scorecard", "Target vs actual", "Ctrl+3", "Target vs Actual"),
    ChartKind("regions", "Compare regions", "Ctrl+4", "Compare Regions", per_record=True, compares=True),
)
BY_ID = {kind.id: kind for kind in CHART_KINDS}


def parse_item(item: str) -> tuple[ChartKind, str | None] | None:
    """The kind a pack's chart item names, and its figure: "trend:gwr23-grp" -> (trend, "gwr23-grp"),
    "comparison" -> (comparison, None); None for an item that names no kind (or a per-record kind without its
    figure, or a figure for a kind that has none)."""
    name, colon, record_id = item.partition(":")
    kind = BY_ID.get(name)
    if kind is not None and kind.compares:
        record_id = record_id.partition("?")[0]
    if kind is None or kind.per_record != bool(record_id) or (colon and not kind.per_record):
        return None
    return kind, record_id or None


def item_compare(item: str) -> Compare:
    """A comparison's regions and view, as its pack item names them ("regions:<figure>?region=…&view=…")."""
    return Compare.of_query(item.partition("?")[2])
