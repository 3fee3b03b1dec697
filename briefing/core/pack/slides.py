"""Slides of a presentation: a pack item by item in its order (or the filtered figures and initiatives), each a
plain description that the window draws large. Words come from the records, the lexicon and the citations
(provenance.cite), as the table, the source pane and the PDF print them; in Chinese (`lang` "zh") as the Chinese PDF
prints them: names and descriptions from name_zh and description_zh, values, periods, regions, kinds and themes by
lexicon.display_zh, the documents' titles and the quotes as the documents have them (English). An en+zh pack (for
mixed delegations) is presented as the en+zh PDF prints it: English, with each record's and theme's Chinese name
under the English one (`title_zh`), the cover saying once that they are the project's translation."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..charts.kinds import BY_ID, ChartInputs
from ..charts.localize import DatasetRecords, localized, part_title
from ..charts.scorecard import scorecard_rows
from ..charts.spec import ChartSpec, disagreeing, restated, statement
from ..lexicon.display_zh import display_zh, kind_zh, name_in, period_zh, region_zh, shown, themes_zh
from ..lexicon.words import DISPLAY
from ..model.dataset import Dataset
from ..model.vocab import THEMES
from ..provenance.cite import computed_from, source_phrase
from ..query.filters import Filters
from .chart_plan import REPEAT, STATED, PlannedChart, item_specs, plan_section, stated_ids
from .model import Pack
from .titles import handling, titles

TITLE, FIGURE, INITIATIVE, CHART = "title", "figure", "initiative", "chart"  # what a slide shows
BARS_PER_SLIDE = 6  # rows of a bar chart one slide holds, labels readable from the back of the room
ZH = DISPLAY["zh"]["slides"]
SOURCE_ZH = DISPLAY["zh"]["charts"]["source"]  # 资料来源：, as the Chinese PDF's source lines begin
EN_ZH = "en+zh"  # English slides with the Chinese names under the English ones
CAUTION_EN = "Caution: "  # the label of a caution on en+zh slides, as the en+zh PDF prints it (any interface)


@dataclass(frozen=True)
class Slide:
    kind: str                   # TITLE, FIGURE, INITIATIVE or CHART
    title: str                  # the figure's or initiative's name, the pack's title, the section's theme
    title_zh: str = ""          # en+zh: the Chinese name (name_zh, the theme's) under the English title
    value: str = ""             # a figure's value with its qualifier and unit, as the data displays it
    facts: str = ""             # period · region · kind (a figure), status · period · region (an initiative)
    text: str = ""              # an initiative's description; a title slide's subtitle or notes
    caution: str = ""           # the curators' caution on the record
    quote: str = ""             # the source sentence, as the document has it
    source: str = ""            # "Source: Title, Publisher (date)", with a derived figure's inputs; an en+zh cover:
                                # that the Chinese names are the project's translation, as the PDF's cover says
    record_id: str | None = None
    chart: Callable[[], ChartSpec | None] | None = field(default=None, compare=False, repr=False)


def language(pack: Pack, lang: str = "en") -> str:
    """The language of the pack's slides: en+zh for an en+zh pack (made for a mixed delegation, whatever the
    interface's language), Chinese for a Chinese interface (`lang`) or a Chinese pack, else English."""
    if pack.language == EN_ZH:
        return EN_ZH
    return "zh" if "zh" in (lang, pack.language) else "en"


def pack_slides(pack: Pack, data: Dataset, lang: str = "en") -> list[Slide]:
    """The pack's cover, then for each section a title slide, its figures, its charts and its initiatives, in the
    pack's order (the PDF's). A chart with nothing to show, or of a figure no longer in the data, is left out.
    `lang`: the interface's language; the slides are in language(pack, lang) (zh: every word Chinese, as the
    Chinese PDF's, the charts' by core.charts.localize; en+zh: English with the Chinese names, the charts English)."""
    lang = language(pack, lang)
    figures = data.indicators.set_index("id", drop=False)
    scorecard, stated_twice = scorecard_rows(data.indicators), restated(data.indicators)
    disagreeing_ids = disagreeing(data.indicators, stated_twice)
    drawn: dict[tuple, str] = {}  # the charts of the sections before, as the PDF plans them
    title, subtitle = titles(pack, lang)
    slides = [Slide(TITLE, title, text=subtitle,
                    facts=" · ".join(f for f in (pack.audience, pack.date, handling(pack, lang)) if f),
                    source=ZH["translated"] if lang == EN_ZH else "")]
    for section in pack.sections:
        counts = [_count(len(section.indicators), "figure", lang), _count(len(section.initiatives), "initiative", lang)]
        theme = _theme(section.theme, lang)
        slides.append(Slide(TITLE, theme, title_zh=_under(theme, _theme(section.theme, "zh"), lang),
                            text=section.notes, facts=" · ".join(c for c in counts if c)))
        slides += [s for rid in section.indicators if (s := figure_slide(data, rid, lang)) is not None]
        rows = figures.loc[[r for r in section.indicators if r in figures.index]]
        specs = [ks for item in section.charts for ks in item_specs(data, rows, item, scorecard, disagreeing_ids,
                                                                                stated_twice)]
        for planned in plan_section(specs, section.theme, drawn):
            slides += planned_slides(data, planned, {s.record_id for s in slides if s.kind == FIGURE}, lang)
        slides += [s for rid in section.initiatives if (s := initiative_slide(data, rid, lang)) is not None]
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
        named = [r for r in (data.record("indicators", i) for i in ids) if r["name"] == item]
        return [Slide(FIGURE, item or spec.title, value=said.replace("; ", "\n").replace("；", "\n"),  # a line each
                      title_zh=_under(item, name_in(named[0], "zh"), lang) if named else "",
                      facts=spec.title if item else "", source=spec.source_line)]
    if planned.kind.per_record and spec.kind == "trend" and shown & {p.record_id for s in spec.series
                                                                     for p in s.points}:
        return []  # a slide of a figure of this series draws this trend already
    return [Slide(CHART, part.title, source=part.source_line, chart=lambda part=part: part)
            for part in chart_parts(spec, lang=lang)]


def record_slides(data: Dataset, indicator_ids: Sequence[str], initiative_ids: Sequence[str],
                  filters: Filters = Filters(), lang: str = "en") -> list[Slide]:
    """A title slide saying what the filters keep, then the figures and the initiatives in the order given, their
    words in `lang`."""
    counts = [_count(len(indicator_ids), "figure", lang), _count(len(initiative_ids), "initiative", lang)]
    slides = [Slide(TITLE, ZH["briefing"] if lang == "zh" else "Fujian briefing", text=filters_phrase(filters, lang),
                    facts=" · ".join(c for c in counts if c))]
    slides += [s for rid in indicator_ids if (s := figure_slide(data, rid, lang)) is not None]
    slides += [s for rid in initiative_ids if (s := initiative_slide(data, rid, lang)) is not None]
    return slides


def figure_slide(data: Dataset, record_id: str, lang: str = "en") -> Slide | None:
    """A figure: its value as displayed (qualifier and unit), period, region and kind, its caution, its trend
    when its series has more than one point, the source sentence and the citation (a derived figure's inputs);
    its words in `lang` (the quote as the document has it)."""
    row = data.record("indicators", record_id)
    if row is None:
        return None
    if lang == "zh":
        return _figure_zh(data, row, record_id)
    source = f"Source: {source_phrase(data.source_map[row['source']])}"
    if row["kind"] == "derived":
        inputs = [r for r in (data.record("indicators", rid) for rid in row.get("inputs") or []) if r is not None]
        source += f"; {computed_from(inputs)}." if inputs else f". {row['note']}"
    return Slide(FIGURE, row["name"], title_zh=_under(row["name"], name_in(row, "zh"), lang), value=row["display"],
                 facts=" · ".join((row["period"], row["region"], row["kind"])), caution=row.get("caution") or "",
                 quote=row["quote"], source=source, record_id=record_id,
                 chart=lambda: _trend(data, record_id, lang))


def _figure_zh(data: Dataset, row: dict, record_id: str) -> Slide:
    """A figure's slide in Chinese: its name_zh, its value as display_zh states it (the stated digits, the
    qualifier), period, region and kind by display_zh; a derived figure names its inputs as they are shown."""
    said = shown(row, "zh")
    source = _citation_zh(data, row)
    if row["kind"] == "derived":
        inputs = [r for r in (data.record("indicators", rid) for rid in row.get("inputs") or []) if r is not None]
        named = DISPLAY["zh"]["list"].join(ZH["input"].format(name_in(r, "zh"), period_zh(r["period"]), display_zh(r))
                                           for r in inputs)
        source += ZH["computed"].format(named) if inputs else f"。{row['note']}"
    return Slide(FIGURE, said["name"], value=said["display"],
                 facts=" · ".join((said["period"], said["region"], said["kind"])), caution=row.get("caution") or "",
                 quote=row["quote"], source=source, record_id=record_id,
                 chart=lambda: _trend(data, record_id, "zh"))


def initiative_slide(data: Dataset, record_id: str, lang: str = "en") -> Slide | None:
    """An initiative: its status, period and region, its description, caution, quote and citation, its words in
    `lang` (name_zh and description_zh in Chinese)."""
    row = data.record("initiatives", record_id)
    if row is None:
        return None
    if lang == "zh":
        said = shown(row, "zh")
        return Slide(INITIATIVE, said["name"], facts=" · ".join((said["status"], said["period"], said["region"])),
                     text=said["description"], caution=row.get("caution") or "", quote=row["quote"],
                     source=_citation_zh(data, row), record_id=record_id)
    return Slide(INITIATIVE, row["name"], title_zh=_under(row["name"], name_in(row, "zh"), lang),
                 facts=" · ".join((row["status"], row["period"], row["region"])),
                 text=row["description"], caution=row.get("caution") or "", quote=row["quote"],
                 source=f"Source: {source_phrase(data.source_map[row['source']])}", record_id=record_id)


def _citation_zh(data: Dataset, row: dict) -> str:
    """"资料来源：Title, Publisher (2024-03-05)": the document's title and publisher as the Chinese PDF prints them
    (in the document's language), an undated one's inferred period in Chinese."""
    source = data.source_map[row["source"]]
    if source["date"]:
        return SOURCE_ZH + ZH["dated"].format(source["title"], source["publisher"], source["date"])
    return SOURCE_ZH + ZH["undated"].format(source["title"], source["publisher"], period_zh(source["period"]))


def filters_phrase(filters: Filters, lang: str = "en") -> str:
    """What the filters keep, in words: "Trade, Taiwan integration · Xiamen · 2023 · targets · “Kinmen”" (`lang`
    zh: "贸易、对台融合 · 厦门 · 2023年 · 目标值 · 检索“金门”")."""
    if lang == "zh":
        parts = [themes_zh(filters.themes) or ZH["every_theme"]]
        parts += [p for p in (region_zh(filters.region) if filters.region else "",
                              period_zh(filters.period) if filters.period else "") if p]
        parts += [ZH["kind"].format(kind_zh(filters.kind))] if filters.kind else []
        parts += [ZH["matching"].format(filters.search)] if filters.search else []
        return " · ".join(parts)
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


def _theme(theme: str, lang: str) -> str:
    return themes_zh([theme]) if lang == "zh" else THEMES.get(theme, theme)


def _under(english: str, chinese: str, lang: str) -> str:
    """The Chinese name set under an English one on en+zh slides: none in another language, or where the curators
    gave no translation (an imported figure's Chinese name is its English one)."""
    return chinese if lang == EN_ZH and chinese and chinese != english else ""


def _count(n: int, word: str, lang: str = "en") -> str:
    if not n:
        return ""
    return ZH[f"{word}s"].format(n) if lang == "zh" else f"{n} {word}" + ("s" if n != 1 else "")
