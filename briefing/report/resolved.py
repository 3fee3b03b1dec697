"""The pack as the PDF resolves it, for the outputs printed beside the PDF (the data files, the HTML companion):
its sections with their figures, charts, targets and initiatives in the PDF's order, the reference numbers the
PDF prints (computed, as parts.story does, from what the PDF's parts cite) and the words the PDF prints for them.
Nothing here decides what a pack holds: the parts do, and the other outputs read it from here."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from ..core.charts.localize import in_chinese
from ..core.charts.spec import ChartSpec
from ..core.model.dataset import Dataset
from ..core.model.vocab import THEMES
from ..core.pack.model import Pack, Section
from ..core.provenance.cite import citation, inputs_phrase
from .chart_drawing import draw_chart
from .document import MARGIN, PAPER
from .flowables import styles
from .lang import record_in
from .lang import theme as theme_in
from .parts import PARTS, Context, References
from .parts.section import FRAME_PADDING, chart_height, chart_sentence, mark, section_view, sentence_zh
from .parts.summary import headlines


@dataclass(frozen=True)
class Chart:
    spec: ChartSpec
    drawing: Drawing  # as the PDF draws it, at the PDF's size


@dataclass(frozen=True)
class ResolvedSection:
    n: int                    # its place in the pack (the PDF's bookmark keys count the same way)
    theme: str
    title: str                # its heading in the PDF (in Chinese in a Chinese pack; en+zh: the English one)
    figures: list[dict]       # its key figures, in order
    charts: list[Chart]       # the charts the PDF draws (an item with nothing to show is left out, as there), in
                              # the pack's language as the PDF draws them (Chinese: core.charts.localize)
    stated: list[tuple[str, str]]  # (title, sentence) for each chart the PDF states in words (one figure, a repeat)
    targets: list[dict]       # its targets beside their latest actuals (scorecard rows)
    initiatives: list[dict]
    notes: str


@dataclass(frozen=True)
class ResolvedPack:
    pack: Pack
    data: Dataset
    ctx: Context
    refs: References
    sections: list[ResolvedSection]
    headlines: list[tuple[str, str]]  # (theme, record id): the executive summary's figures

    @property
    def lang(self) -> str:
        """The pack's language (report.lang): "en", "zh" or "en+zh"."""
        return self.pack.language

    def number(self, record_id: str) -> int | None:
        return self.refs.numbers.get(record_id)

    def shown(self, record_id: str) -> dict:
        """The record with the fields a table shows in a Chinese pack in Chinese (report.lang.record_in); in an
        English or en+zh pack the record as it is (en+zh adds the Chinese names beside, not in, its fields)."""
        record = self.ctx.records[record_id]
        return record_in(record, "zh") if self.lang == "zh" else record

    def display(self, record_id: str) -> str:
        """A figure's value as the key figures print it: with "sources differ" or "stated two ways"."""
        return self.shown(record_id)["display"] + mark(self.ctx, record_id)

    def source(self, record_id: str) -> dict:
        return self.data.source_map[self.ctx.records[record_id]["source"]]

    def citation(self, record_id: str) -> str:
        """The record as a sentence with its source (provenance.cite.citation, as the window copies it)."""
        r = self.ctx.records[record_id]
        inputs = [self.ctx.records[i] for i in (r.get("inputs") or []) if i in self.ctx.records]
        return citation(r, self.source(record_id), inputs)

    def computed_from(self, record_id: str, escape: Callable[[str], str],
                      mark: Callable[[str], str]) -> str:
        """A derived figure's entry in Sources: "name, period: computed from X, 2023 [12] and Y, 2023 [13]",
        the names passed through `escape`, each input followed by `mark(its id)`."""
        r = self.ctx.records[record_id]
        inputs = [{**self.ctx.records[i], "name": escape(self.ctx.records[i]["name"]),
                   "period": escape(self.ctx.records[i]["period"])} for i in r["inputs"]]
        return (f"{escape(r['name'])}, {escape(r['period'])}: computed from "
                f"{inputs_phrase(inputs, lambda i: mark(i['id']))}")

    def by_source(self) -> list[tuple[dict, list[tuple[int, list[dict]]]]]:
        """Every Sources entry under its document, in reference order, as the appendix lists them: one entry per
        cited sentence, with the records citing it."""
        groups: dict[str, list[tuple[int, list[dict]]]] = {}
        for number, ids in self.refs.entries.items():
            records = [self.ctx.records[i] for i in ids]
            groups.setdefault(records[0]["source"], []).append((number, records))
        return [(self.data.source_map[sid], sorted(entries, key=lambda e: e[0])) for sid, entries in groups.items()]


def when(source: dict) -> str:
    """A document's date as Sources prints it (an undated one says how its period was inferred)."""
    return source["date"] or f"undated; period {source['period']} inferred ({source['date_note']})"


def resolve(pack: Pack, data: Dataset, with_charts: bool = True) -> ResolvedPack:
    """The pack as its PDF would print it: the same parts asked what they cite, numbered the same way.
    `with_charts`: build and draw its charts (most of the time this takes; the data files need none)."""
    width = PAPER[pack.paper][0] - 2 * MARGIN
    ctx = Context.of(pack, data, styles(), width)
    refs = References.of((rid for part in (p(ctx) for p in PARTS) for rid in part.cites), ctx.records)
    drawn: dict[tuple, str] = {}
    sections = [_section(ctx, n, s, drawn, with_charts) for n, s in enumerate(pack.sections)]
    return ResolvedPack(pack, data, ctx, refs, sections, headlines(ctx))


def _section(ctx: Context, n: int, section: Section, drawn: dict[tuple, str], with_charts: bool) -> ResolvedSection:
    view = section_view(ctx, n, section, drawn)
    zh = ctx.lang == "zh"
    specs = [in_chinese(spec, ctx.records) if zh else spec for how, _, spec, _ in view.charts if how == "chart"] \
        if with_charts else []
    stated = [_stated_zh(ctx, how, spec, theme) if zh else (spec.title, chart_sentence(how, kind, spec, theme))
              for how, kind, spec, theme in view.charts if how != "chart"]
    drawn_here = [Chart(s, draw_chart(s, ctx.frame_width - 2 * FRAME_PADDING, chart_height(s))) for s in specs]
    title = theme_in(section.theme, "zh") if zh else THEMES[section.theme]
    return ResolvedSection(n, section.theme, title, [ctx.records[i] for i in section.indicators],
                           drawn_here, stated, view.card.to_dict("records"),
                           [ctx.records[i] for i in section.initiatives], section.notes)


def _stated_zh(ctx: Context, how: str, spec: ChartSpec, theme: str) -> tuple[str, str]:
    """(title, sentence) of a chart the Chinese PDF states in words."""
    chinese = in_chinese(spec, ctx.records)
    return chinese.title, sentence_zh(how, chinese, theme)
