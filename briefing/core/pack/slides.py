"""Slides of a presentation: a pack item by item in its order (or the filtered figures and initiatives), each a
plain description that the window draws large. Words come from the records, the lexicon and the citations
(provenance.cite), as the table, the source pane and the PDF print them."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..charts.kinds import BY_ID, ChartInputs
from ..charts.localize import DatasetRecords, localized, part_title
from ..charts.scorecard import scorecard_rows
from ..charts.spec import ChartSpec, disagreeing, restated, statement
from ..model.dataset import Dataset
from ..model.vocab import THEMES
from ..provenance.cite import computed_from, source_phrase
from ..query.filters import Filters
from .chart_plan import REPEAT, STATED, PlannedChart, item_specs, plan_section, stated_ids
from .model import Pack

TITLE, FIGURE, INITIATIVE, CHART = "title", "figure", "initiative", "chart"  # what a slide shows
BARS_PER_SLIDE = 6  # rows of a bar chart one slide holds, labels readable from the back of the room


@dataclass(frozen=True)
class Slide:
    kind: str                   # TITLE, FIGURE, INITIATIVE or CHART
    title: str                  # the figure's or initiative's name, the pack's title, the section's theme
    value: str = ""             # a figure's value with its qualifier and unit, as the data displays it
    facts: str = ""             # period · region · kind (a figure), status · period · region (an initiative)
    text: str = ""              # an initiative's description; a title slide's subtitle or notes
    caution: str = ""           # the curators' caution on the record
    quote: str = ""             # the source sentence, as the document has it
    source: str = ""            # "Source: Title, Publisher (date)", with a derived figure's inputs
    record_id: str | None = None
    chart: Callable[[], ChartSpec | None] | None = field(default=None, compare=False, repr=False)


def pack_slides(pack: Pack, data: Dataset, lang: str = "en") -> list[Slide]:
    """The pack's cover, then for each section a title slide, its figures, its charts and its initiatives, in the
    pack's order (the PDF's). A chart with nothing to show, or of a figure no longer in the data, is left out.
    `lang`: the charts' words (zh: Chinese, as the PDF's, by core.charts.localize)."""
    figures = data.indicators.set_index("id", drop=False)
    scorecard, stated_twice = scorecard_rows(data.indicators), restated(data.indicators)
    disagreeing_ids = disagreeing(data.indicators, stated_twice)
    drawn: dict[tuple, str] = {}  # the charts of the sections before, as the PDF plans them
    slides = [Slide(TITLE, pack.title, text=pack.subtitle,
                    facts=" · ".join(f for f in (pack.audience, pack.date, pack.handling) if f))]
    for section in pack.sections:
        counts = [_count(len(section.indicators), "figure"), _count(len(section.initiatives), "initiative")]
        slides.append(Slide(TITLE, THEMES.get(section.theme, section.theme), text=section.notes,
                            facts=" · ".join(c for c in counts if c)))
        slides += [s for rid in section.indicators if (s := figure_slide(data, rid, lang)) is not None]
        rows = figures.loc[[r for r in section.indicators if r in figures.index]]
        specs = [ks for item in section.charts for ks in item_specs(data, rows, item, scorecard, disagreeing_ids,
                                                                                stated_twice)]
        for planned in plan_section(specs, section.theme, drawn):
            slides += planned_slides(data, planned, {s.record_id for s in slides if s.kind == FIGURE}, lang)
        slides += [s for rid in section.initiatives if (s := initiative_slide(data, rid)) is not None]
    return slides


def planned_slides(data: Dataset, planned: PlannedChart, shown: set[str], lang: str = "en") -> list[Slide]:
    """A section's chart as the PDF plans it: drawn, over as many slides as its bars need; a chart of one figure as
    that figure's slide (none when the figure has its slide already; a target and its actual as one slide stating
    both); a chart drawn in an earlier section, or a figure's trend that its figure's slide shows, not again."""
    if planned.how == REPEAT:
        return []
    spec = localized(planned.spec, lang, DatasetRecords(data))
    if planned.how == STATED:
        ids = [i for i in stated_ids(spec) if data.record("indicators", i) is not None]
        if not ids or set(ids) <= shown:
            return []
        if len(ids) == 1:
            return [s for s in (figure_slide(data, ids[0], lang),) if s is not None]
        said = statement(spec)[len(spec.title) + 2:]  # "Growth of GRP (2023; target 2024): actual up 4.5% (2023); …"
        item = spec.ticks[0][1] if spec.kind == "bars" else ""
        said = said[len(item):].lstrip(":： ") if item else said
        return [Slide(FIGURE, item or spec.title, value=said.replace("; ", "\n").replace("；", "\n"),  # a line each
                      facts=spec.title if item else "", source=spec.source_line)]
    if planned.kind.per_record and spec.kind == "trend" and shown & {p.record_id for s in spec.series
                                                                     for p in s.points}:
        return []  # a slide of a figure of this series draws this trend already
    return [Slide(CHART, part.title, source=part.source_line, chart=lambda part=part: part)
            for part in chart_parts(spec, lang=lang)]


def record_slides(data: Dataset, indicator_ids: Sequence[str], initiative_ids: Sequence[str],
                  filters: Filters = Filters(), lang: str = "en") -> list[Slide]:
    """A title slide saying what the filters keep, then the figures and the initiatives in the order given (`lang`:
    the charts' words)."""
    counts = [_count(len(indicator_ids), "figure"), _count(len(initiative_ids), "initiative")]
    slides = [Slide(TITLE, "Fujian briefing", text=filters_phrase(filters), facts=" · ".join(c for c in counts if c))]
    slides += [s for rid in indicator_ids if (s := figure_slide(data, rid, lang)) is not None]
    slides += [s for rid in initiative_ids if (s := initiative_slide(data, rid)) is not None]
    return slides


def figure_slide(data: Dataset, record_id: str, lang: str = "en") -> Slide | None:
    """A figure: its value as displayed (qualifier and unit), period, region and kind, its caution, its trend
    when its series has more than one point (its words in `lang`), the source sentence and the citation (a derived
    figure's inputs)."""
    row = data.record("indicators", record_id)
    if row is None:
        return None
    source = f"Source: {source_phrase(data.source_map[row['source']])}"
    if row["kind"] == "derived":
        inputs = [r for r in (data.record("indicators", rid) for rid in row.get("inputs") or []) if r is not None]
        source += f"; {computed_from(inputs)}." if inputs else f". {row['note']}"
    return Slide(FIGURE, row["name"], value=row["display"],
                 facts=" · ".join((row["period"], row["region"], row["kind"])), caution=row.get("caution") or "",
                 quote=row["quote"], source=source, record_id=record_id,
                 chart=lambda: _trend(data, record_id, lang))


def initiative_slide(data: Dataset, record_id: str) -> Slide | None:
    row = data.record("initiatives", record_id)
    if row is None:
        return None
    return Slide(INITIATIVE, row["name"], facts=" · ".join((row["status"], row["period"], row["region"])),
                 text=row["description"], caution=row.get("caution") or "", quote=row["quote"],
                 source=f"Source: {source_phrase(data.source_map[row['source']])}", record_id=record_id)


def filters_phrase(filters: Filters) -> str:
    """What the filters keep, in words: "Trade, Taiwan integration · Xiamen · 2023 · targets · “Kinmen”"."""
    parts = [", ".join(THEMES.get(t, t) for t in filters.themes) or "Every theme"]
    parts += [p for p in (filters.region, filters.period) if p]
    if filters.kind:
        parts.append(f"{filters.kind} figures")
    if filters.search:
        parts.append(f"matching “{filters.search}”")
    return " · ".join(parts)


def chart_parts(spec: ChartSpec, rows: int = BARS_PER_SLIDE, lang: str = "en") -> list[ChartSpec]:
    """A bar chart of more than `rows` rows as parts of as many rows each (as near as can be), titled "(1 of 2)"
    ("（1/2）" in Chinese, `lang`),
    in its order. Each part keeps every bar, those of the other parts placed outside its rows (out of view), so the
    parts share one value axis: a bar on the second slide is as long as it would be on the first."""
    n = len(spec.ticks)
    if spec.kind != "bars" or n <= rows:
        return [spec]
    count = -(-n // rows)
    size = -(-n // count)
    parts = []
    for i, start in enumerate(range(0, n, size), start=1):
        ticks = tuple((x - start, label) for x, label in spec.ticks if start <= x < start + size)
        series = tuple(replace(s, points=tuple(replace(p, x=p.x - start) for p in s.points),
                               targets=tuple(replace(t, point=replace(t.point, x=t.point.x - start))
                                             for t in s.targets)) for s in spec.series)
        title = part_title(spec.title, i, count) if lang == "zh" else f"{spec.title} ({i} of {count})"
        parts.append(replace(spec, title=title, ticks=ticks, series=series))
    return parts


def _trend(data: Dataset, record_id: str, lang: str = "en") -> ChartSpec | None:
    """The figure's trend (its words in `lang`), or None when its series has one point only (a chart that says
    nothing to a room)."""
    spec = BY_ID["trend"].build(ChartInputs(data, None, "", record_id))
    return localized(spec, lang, DatasetRecords(data)) if sum(len(s.points) for s in spec.series) > 1 else None


def _count(n: int, word: str) -> str:
    return "" if not n else f"{n} {word}" + ("s" if n != 1 else "")
