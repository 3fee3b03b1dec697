"""How a pack shows its sections' chart items, for the PDF and the slides alike: a chart that compares like with
like once per group of comparable figures; a chart of one figure stated as that figure, not drawn as one bar; a
chart drawn already in an earlier section named there, not drawn again."""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ..charts.kinds import ChartInputs, ChartKind, item_compare, parse_item
from ..charts.spec import ChartSpec, statement
from ..model.dataset import Dataset

CHART, STATED, REPEAT = "chart", "stated", "repeat"  # how a planned chart is shown
SECTION_SCOPE = "the figures in this section"  # how a section's chart names its figures


class PlannedChart(NamedTuple):
    how: str          # CHART (drawn), STATED (its one figure in words) or REPEAT (drawn in an earlier section)
    kind: ChartKind
    spec: ChartSpec
    theme: str        # the theme of the section it is drawn in (this one unless REPEAT)


def item_specs(data: Dataset, rows: pd.DataFrame, item: str, scorecard: pd.DataFrame, disagreeing_ids: set[str],
               restated: pd.DataFrame | None = None) -> list[tuple[ChartKind, ChartSpec]]:
    """A section's chart item (a kind of charts.kinds.CHART_KINDS, drawn from the section's figures `rows`), one
    chart per group of comparable figures, those with something to show. An item of a kind this app does not draw
    or of a figure no longer in the data gives none. `restated`: charts.spec.restated(data.indicators), if known."""
    kind, record_id = parse_item(item) or (None, None)
    if kind is None or (kind.per_record and data.record("indicators", record_id) is None):
        return []
    inputs = ChartInputs(data, rows, SECTION_SCOPE, record_id, scorecard, disagreeing_ids, item_compare(item),
                         restated=restated)
    return [(kind, s) for s in kind.build_groups(inputs) if any(series.points for series in s.series)]


def plan_section(specs: list[tuple[ChartKind, ChartSpec]], theme: str, drawn: dict[tuple, str]) -> tuple:
    """The section's charts (`specs`, in its order) as PlannedCharts. `drawn`: each chart drawn or stated in the
    sections before (its signature) -> that section's theme; this section's are added."""
    out = []
    for kind, spec in specs:
        signature = spec.signature()
        if signature in drawn:
            out.append(PlannedChart(REPEAT, kind, spec, drawn[signature]))
            continue
        drawn[signature] = theme
        out.append(PlannedChart(STATED if statement(spec) else CHART, kind, spec, theme))
    return tuple(out)


def stated_ids(spec: ChartSpec) -> list[str]:
    """The figures a stated chart states: its points' and its targets' records, in its order."""
    ids = [p.record_id for s in spec.series for p in s.points if p.kind != "target"]
    ids += [m.point.record_id for s in spec.series for m in s.targets]
    return list(dict.fromkeys(i for i in ids if i))
