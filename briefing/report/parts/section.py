"""One section per theme of the pack, each made of the blocks in SECTION_PARTS: key figures, charts, targets
against their latest actuals, initiatives, notes. A block is a function (context, section view) -> Part."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pandas as pd
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ...core.charts.kinds import ChartKind
from ...core.charts.localize import in_chinese
from ...core.charts.spec import DIFFER, TWO_WAYS, ChartSpec, statement
from ...core.lexicon.words import DISPLAY
from ...core.model.vocab import THEMES
from ...core.pack.chart_plan import item_specs, plan_section
from ...core.pack.model import Section
from ..chart_drawing import draw_chart, multiples_grid
from ..flowables import CELL_CHARS, Heading, Para, notes, table
from ..fonts import clipped, markup
from ..lang import record_in
from ..lang import theme as theme_in
from .base import Context, Part, caption, caution_markup

TABLE_START = 4 * cm  # the room a table's heading, caption and first rows need, else they start the next page
FRAME_PADDING = 6  # reportlab's default Frame padding: a chart as wide as the frame would overhang the margin


@dataclass(frozen=True)
class SectionView:
    n: int                   # its place in the pack: bookmark keys
    section: Section
    figures: pd.DataFrame    # its figures, in its order
    card: pd.DataFrame       # the scorecard rows of its targets
    charts: tuple = field(default=())  # its charts as planned: (how, kind, spec, theme drawn in), see plan_charts

    def key(self, block: str = "") -> str:
        return f"section-{self.n}" + (f"-{block}" if block else "")


def sections(ctx: Context) -> Part:
    drawn: dict[tuple, str] = {}  # each chart drawn so far (its signature) -> the section's theme
    return Part.join(_section(ctx, n, section, drawn) for n, section in enumerate(ctx.pack.sections))


def section_view(ctx: Context, n: int, section: Section, drawn: dict[tuple, str]) -> SectionView:
    """The section as its blocks see it, its charts planned (`drawn`: the charts of the sections before it)."""
    view = SectionView(n, section, ctx.figures.loc[section.indicators] if section.indicators else ctx.figures.iloc[0:0],
                       ctx.scorecard[ctx.scorecard["target_id"].isin(section.indicators)])
    return replace(view, charts=plan_charts(ctx, view, drawn))


def _section(ctx: Context, n: int, section: Section, drawn: dict[tuple, str]) -> Part:
    view = section_view(ctx, n, section, drawn)
    heading = Part(flowables=lambda refs: [PageBreak(), Heading(theme_in(section.theme, ctx.lang), ctx.styles["h1"],
                                                                0, view.key())])
    return Part.join([heading, *(block(ctx, view) for block in SECTION_PARTS)])


def key_figures(ctx: Context, view: SectionView) -> Part:
    ids = view.section.indicators
    if not ids:
        return Part()

    def flowables(refs) -> list:
        w = ctx.words
        rows = [[w[k] for k in ("figure", "value", "period", "region", "kind", "ref")]]
        rows += [[cautioned(r, ctx.styles, ctx.lang), r["display"] + mark(ctx, r["id"]),
                  r["period"], r["region"], r["kind"], Para(refs.link(r["id"]), ctx.styles["cell"])]
                 for r in (record_in(ctx.records[rid], ctx.lang) for rid in ids)]
        return [CondPageBreak(TABLE_START), Heading(w["key-figures"], ctx.styles["h2"], 1, view.key("figures")),
                caption(ctx, "Table", _titled(ctx, w["key-figures"], view.section.theme)),
                table(rows, [0.31, 0.24, 0.13, 0.14, 0.10, 0.08], ctx.frame_width, ctx.styles)]
    return Part(ids, flowables)


def _titled(ctx: Context, what: str, theme_name: str) -> str:
    """A table's caption: "Key figures: Trade", "主要数据：贸易" (en+zh: "Key figures: Trade 贸易")."""
    return what + ("：" if ctx.lang == "zh" else ": ") + theme_in(theme_name, ctx.lang).replace("\n", " ")


def mark(ctx: Context, record_id: str) -> str:
    """What a figure's value says of another statement of it: sources that differ, or one figure rounded two ways."""
    zh = ctx.lang == "zh"
    if record_id in ctx.disagreeing_ids:
        return f"（{ctx.words['differ']}）" if zh else f" ({DIFFER}: see the note in Sources)"
    if record_id in ctx.two_ways_ids:
        return f"（{ctx.words['two-ways']}）" if zh else f" ({TWO_WAYS})"
    return ""


def cautioned(record: dict, styles, lang: str = "en") -> str | Para:
    """A figure's name, with the curators' caution under it when it has one."""
    if not record.get("caution"):
        return record["name"]
    name = markup(clipped(record["name"], CELL_CHARS)).replace("\n", "<br/>")
    return Para(f"{name}<br/>{caution_markup(record['caution'], lang)}", styles["cell"])


def plan_charts(ctx: Context, view: SectionView, drawn: dict[tuple, str]) -> tuple:
    """The section's chart items drawn from its figures, each a core.pack.chart_plan.PlannedChart (how, kind, spec,
    theme): a chart that compares like with like drawn once per group of comparable figures (one region and period,
    one measure); a chart of one figure stated as a number ("stated"); a chart drawn already in an earlier section
    named, not drawn again ("repeat", with that section's theme). An item of a kind this app does not draw, a figure
    no longer in the data, or a chart with nothing to show is left out. The slides follow the same plan."""
    specs = [ks for item in view.section.charts for ks in _chart_specs(ctx, view, item)]
    return plan_section(specs, view.section.theme, drawn)


def charts(ctx: Context, view: SectionView) -> Part:
    """The section's charts as planned (plan_charts). Each drawn chart is a numbered figure: its caption (the
    chart's title) above, its source line with the reference numbers of what it plots below, both as text that
    links; a chart of one figure is that figure in words with its reference; a repeat names where it was drawn."""
    plotted = [[p.record_id for s in spec.series for p in s.points] for _, _, spec, _ in view.charts]

    def flowables(refs) -> list:
        out: list = []
        sep = markup("：") if ctx.lang == "zh" else ": "
        for (how, kind, spec, theme), ids in zip(view.charts, plotted):
            said = markup(chart_sentence(how, kind, spec, theme))
            if ctx.lang == "zh":
                spec = in_chinese(spec, ctx.records)
                said = markup(sentence_zh(how, spec, theme))
            if how == "repeat":  # no chart twice in one pack
                out += [Spacer(1, 4), Para(f"<i>{markup(spec.title)}</i>{sep}{said}", ctx.styles["small"])]
                continue
            if how == "stated":  # one figure: a number, not a one-bar chart
                out += [Spacer(1, 6), Para(f"<b>{markup(spec.title)}</b>{sep}{said} {refs.links(ids, ordered=True)}",
                                           ctx.styles["body"])]
                continue
            height = chart_height(spec)
            drawing = draw_chart(dataclasses.replace(spec, title="", source_line=""),
                                 ctx.frame_width - 2 * FRAME_PADDING, height)
            out += [CondPageBreak(height + 3 * cm), caption(ctx, "Figure", clipped(spec.title, CELL_CHARS),
                                                                    theme_in(view.section.theme, ctx.lang)
                                                                    .replace("\n", " ")),
                    drawing, Para(_source_line(ctx, refs, spec, ids), ctx.styles["source-line"])]
            if ctx.lang == "zh" and out[-1].text.startswith("Source:"):  # the documents' titles stay English
                out[-1] = Para(markup(DISPLAY["zh"]["charts"]["source"]) + out[-1].text[len("Source:"):].lstrip(),
                               ctx.styles["source-line"])
        return out
    return Part([rid for (how, *_), ids in zip(view.charts, plotted) if how != "repeat" for rid in ids], flowables)


def _source_line(ctx: Context, refs, spec: ChartSpec, ids: list[str]) -> str:
    """The chart's source line as markup, each document it names followed by the reference numbers of what the
    chart plots from it ("Source: <document> [3] [4]; <document> [9]"), the rest of the line (how a value was
    computed) as the spec says it."""
    by_source: dict[str, list[str]] = {}
    for rid in ids:
        by_source.setdefault(ctx.records[rid]["source"], []).append(rid)
    line = clipped(spec.source_line or "Source:", 3 * CELL_CHARS)
    out, at = "", 0
    for title, rids in sorted((ctx.data.source_map[sid]["title"], rids) for sid, rids in by_source.items()):
        found = line.find(title, at)
        if found < 0:  # a document the line does not name (cut short): added at the end
            line = f"{line}; {title}" if line.strip() != "Source:" else f"Source: {title}"
            found = line.find(title, at)
        end = found + len(title)
        out += f"{markup(line[at:end])} {refs.links(rids, ordered=True)}"
        at = end
    return out + markup(line[at:])


def sentence_zh(how: str, spec: ChartSpec, theme: str) -> str:
    """chart_sentence in Chinese (`spec` in Chinese: core.charts.localize): where a repeated chart was drawn, or the
    one figure of a chart not drawn, as the window and the slides state it."""
    if how == "repeat":
        return DISPLAY["zh"]["charts"]["repeat"].format(theme_in(theme, "zh"))
    return statement(spec)[len(spec.title) + 2:]


def chart_sentence(how: str, kind: ChartKind, spec: ChartSpec, theme: str) -> str:
    """What stands, after the chart's title, for a chart not drawn: its one figure, or where it was drawn."""
    if how == "repeat":
        return f"{kind.title.lower()} chart drawn in the {THEMES.get(theme, theme)} section."
    return statement(spec)[len(spec.title) + 2:]


def chart_height(spec: ChartSpec) -> float:
    """A trend 6 cm high; bars by their (two-line) labels; small multiples a panel 3 cm high per row of regions
    (the caption and source line are text around the drawing)."""
    if spec.multiples:
        return min(21 * cm, 2.2 * cm + multiples_grid(len(spec.series))[1] * 3 * cm)
    rows = len(spec.ticks) if spec.kind == "bars" else 0
    return 6 * cm if spec.kind == "trend" else min(18 * cm, 2.2 * cm + rows * 0.7 * cm)


def _chart_specs(ctx: Context, view: SectionView, item: str) -> list[tuple[ChartKind, ChartSpec]]:
    """The charts of `item`, one per group of comparable figures, computed once for both layout passes."""
    key = ("chart", view.n, item)
    if key not in ctx.memo:
        ctx.memo[key] = item_specs(ctx.data, view.figures, item, ctx.scorecard, ctx.disagreeing_ids, ctx.restated)
    return ctx.memo[key]


def targets(ctx: Context, view: SectionView) -> Part:
    card = view.card.to_dict("records")
    if not card:
        return Part()

    def flowables(refs) -> list:
        w = ctx.words
        rows = [[w[k] for k in ("figure", "target", "latest", "region", "ref")]]
        for r in card:
            target, actual = (record_in(ctx.records[r[k]], ctx.lang) for k in ("target_id", "actual_id"))
            if ctx.lang == "zh":
                said = [target["name"], f"{target['display']}（{target['period']}）",
                        f"{actual['display']}（{actual['period']}）", target["region"]]
            else:
                said = [target["name"] if ctx.lang == "en+zh" else r["name"],
                        f"{r['target']} ({r['target_period']})", f"{r['actual']} ({r['actual_period']})", r["region"]]
            rows.append([*said, Para(refs.links([r["target_id"], r["actual_id"]]), ctx.styles["cell"])])
        return [CondPageBreak(TABLE_START),
                Heading(w["targets"], ctx.styles["h2"], 1, view.key("targets")),
                caption(ctx, "Table", _titled(ctx, w["targets"], view.section.theme)),
                table(rows, [0.29, 0.24, 0.24, 0.1, 0.13], ctx.frame_width, ctx.styles)]  # room for "[188] [48]"
    return Part([rid for r in card for rid in (r["target_id"], r["actual_id"])], flowables)


def initiatives(ctx: Context, view: SectionView) -> Part:
    ids = view.section.initiatives
    if not ids:
        return Part()

    def flowables(refs) -> list:
        out: list = [Heading(ctx.words["initiatives"], ctx.styles["h2"], 1, view.key("initiatives"))]
        for rid in ids:
            r = record_in(ctx.records[rid], ctx.lang)
            name = markup(r["name"]).replace("\n", "<br/>")
            what = (markup(f"（{r['status']}，{r['period']}，{r['region']}）：") if ctx.lang == "zh" else
                    f" ({markup(r['status'])}, {markup(r['period'])}, {markup(r['region'])}): ")
            out.append(Para(
                f"<b>{name}</b>{what}{markup(r['description'])} {refs.link(rid)}"
                + (f" {caution_markup(r['caution'], ctx.lang)}" if r.get("caution") else ""), ctx.styles["body"]))
        return out
    return Part(ids, flowables)


def section_notes(ctx: Context, view: SectionView) -> Part:
    if not view.section.notes:
        return Part()
    return Part(flowables=lambda refs: [Heading(ctx.words["notes"], ctx.styles["h2"], 1, view.key("notes")),
                                        *notes(view.section.notes, ctx.styles)])


SECTION_PARTS: tuple[Callable[[Context, SectionView], Part], ...] = (
    key_figures, charts, targets, initiatives, section_notes)
