"""The briefing pack as a PDF: cover, contents with bookmarks, executive summary, one section per theme,
targets against actuals, sources with every cited quote; running header and "Page X of Y" footer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from ..core.charts import spec as C
from ..core.storage.atomic import write_atomic
from ..core.model.dataset import Dataset
from ..core.pack.model import Pack
from ..core.model.vocab import THEMES
from .chart_drawing import draw_chart
from .fonts import BOLD, SANS, fit, markup, register, runs, text_width

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 2 * cm
APP = "Fujian Briefing Desk"
SUMMARY_PER_SECTION = 3
FRAME_PADDING = 6  # reportlab's default Frame padding: a chart as wide as the frame would overhang the margin


class Cancelled(Exception):
    """The user cancelled the export; the previous file (if any) is untouched."""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, spaceAfter=4,
                          allowWidows=0)  # no paragraph's last line alone at the top of a page
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=6, spaceAfter=8,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                             keepWithNext=1),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=26, leading=32, spaceAfter=12),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=14, leading=18, spaceAfter=30),
        "cover": ParagraphStyle("cover", base, fontSize=11, leading=16),
    }


class _Para(Paragraph):
    """A paragraph that keeps its last layout. reportlab wraps a paragraph again for every look-ahead of a
    keep-with-next heading and every frame it is tried in, and a table wraps all its cells again each time
    it splits across a page; the lines depend only on the width, so the same width gives the same answer."""

    _wrapped: tuple | None = None  # (width, (width, height), the lines reportlab laid out)

    def wrap(self, available_width, available_height):
        last = self._wrapped
        if last is not None and last[0] == available_width and getattr(self, "blPara", None) is last[2]:
            self.width, self.height = last[1]  # split() drops the lines when it declines: then lay out again
            return last[1]
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size, self.blPara)
        return size


class _Heading(_Para):
    """A heading that becomes a PDF bookmark and a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(markup(text), style)
        self.outline = (level, text, key)


class _Doc(BaseDocTemplate):
    """One layout pass: numbers not known until the end (the page count, the contents' page numbers) are
    PDF forms placed where they belong and filled in once the last page is done."""

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, _Heading):
            level, text, key = flowable.outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.heading_pages[key] = self.page

    def _endBuild(self) -> None:  # noqa: N802
        self._doSave = 0
        total = self.page
        super()._endBuild()
        for page in range(1, total + 1):  # each page's "Page X of Y", flush with the right margin
            _number_form(self.canv, f"page-{page}", f"Page {page} of {total}", 8)
        for key, page in self.heading_pages.items():
            _number_form(self.canv, f"toc-{key}", str(page), 9)
        self.canv.save()


def _number_form(canvas, name: str, text: str, size: float, right: bool = True) -> None:
    """A form holding `text` starting (or, `right`, ending) at its origin."""
    canvas.beginForm(name, lowerx=-120 if right else 0, lowery=-4, upperx=0 if right else 120, uppery=size + 2)
    canvas.setFont(SANS, size)
    canvas.setFillColor(colors.HexColor("#444444"))
    (canvas.drawRightString if right else canvas.drawString)(0, 0, text)
    canvas.endForm()


class _Contents(Flowable):
    """The table of contents: one line per heading, its page number filled in at the end of the build."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def _leading(self, level: int) -> float:
        return 17 if level == 0 else 13

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, sum(self._leading(level) for level, _, _ in self.entries)

    def split(self, available_width, available_height):
        used, n = 0.0, 0
        while n < len(self.entries) and used + self._leading(self.entries[n][0]) <= available_height:
            used += self._leading(self.entries[n][0])
            n += 1
        return [] if n == 0 else [_Contents(self.entries[:n]), _Contents(self.entries[n:])]

    def draw(self) -> None:
        c = self.canv
        y = sum(self._leading(level) for level, _, _ in self.entries)
        for level, text, key in self.entries:
            y -= self._leading(level)
            size, indent = (10.5, 0) if level == 0 else (9, 14)
            font = BOLD if level == 0 else SANS
            label = fit(text, self.width - indent - 60, size, font)
            c.setFont(font, size)
            _draw_string(c, indent, y + 3, label, font, size)
            dots_from = indent + text_width(label, font, size) + 6
            c.setFont(SANS, 9)
            c.setFillColor(colors.HexColor("#999999"))
            c.drawString(dots_from, y + 3, " ." * int((self.width - 30 - dots_from) / stringWidth(" .", SANS, 9)))
            c.setFillColor(colors.black)
            c.saveState()
            c.translate(self.width, y + 3)
            c.doForm(f"toc-{key}")
            c.restoreState()
            c.linkRect("", key, (indent, y, self.width, y + self._leading(level)), relative=1)


def _draw_string(canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False) -> None:
    """canvas.drawString (or, `right`, drawRightString) with each run of characters in a font that has
    their glyphs (Chinese in the Chinese font). The canvas's font is `font` at `size` before and after."""
    parts = runs(text, font)
    if len(parts) <= 1:
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    if right:
        x -= text_width(text, font, size)
    for run_font, chars in parts:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, chars)
        x += stringWidth(chars, run_font, size)
    canvas.setFont(font, size)


def _furniture(header: str, handling: str):
    """Running header and footer with "Page X of Y" (Y is a form filled in at the end)."""

    def draw(canvas, doc) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.setFont(SANS, 8)
        if doc.page > 1:
            _draw_string(canvas, MARGIN, height - MARGIN + 14, fit(header, width - 2 * MARGIN - 120, 8), SANS, 8)
            _draw_string(canvas, width - MARGIN, height - MARGIN + 14, fit(handling, 115, 8), SANS, 8, right=True)
            canvas.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
        canvas.line(MARGIN, MARGIN - 14, width - MARGIN, MARGIN - 14)
        _draw_string(canvas, MARGIN, MARGIN - 26, fit(handling, width / 2 - MARGIN, 8), SANS, 8)
        canvas.translate(width - MARGIN, MARGIN - 26)
        canvas.doForm(f"page-{doc.page}")
        canvas.restoreState()

    return draw


class _Citations:
    """Reference numbers, [1], [2], …, and the records they stand for: as given, then in order of first use."""

    def __init__(self, numbers: dict[str, int] | None = None) -> None:
        self.numbers: dict[str, int] = dict(numbers or {})

    def mark(self, record_id: str) -> str:
        number = self.numbers.setdefault(record_id, len(self.numbers) + 1)
        return f"[{number}]"


def _reference_numbers(pack: Pack, records: dict[str, dict], scorecard: pd.DataFrame) -> dict[str, int]:
    """Every record the pack cites, numbered document by document (documents in the order the pack first cites
    them, records in the order their quotes stand in the document): the Sources appendix, grouped by
    document, then reads [1], [2], [3] … in order."""
    cited = []
    for s in pack.sections:  # what _section cites: its figures, their targets' latest actuals, its initiatives
        card = scorecard[scorecard["target_id"].isin(s.indicators)]
        cited += [*s.indicators, *card["target_id"], *card["actual_id"], *s.initiatives]
    cited = [rid for rid in dict.fromkeys(cited) if rid in records]
    first: dict[str, int] = {}
    for rid in cited:
        first.setdefault(records[rid]["source"], len(first))
    ranked = sorted(cited, key=lambda rid: (first[records[rid]["source"]], records[rid].get("quote_start") or 0))
    return {rid: n for n, rid in enumerate(ranked, start=1)}


def build_pdf(pack: Pack, data: Dataset, out: str | Path, invariant: bool = False,
              progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the pack's PDF to `out` atomically. `progress(fraction)` is told how far the layout has got;
    `cancelled()` returning True stops the export (raising Cancelled) and leaves `out` as it was."""
    register()
    st = _styles()
    story = _story(pack, data, st)
    width, height = PAPER[pack.paper]

    def write(tmp: str) -> None:
        doc = _Doc(tmp, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                   bottomMargin=MARGIN, title=pack.title, author=APP, subject=pack.subtitle or "Briefing pack",
                   creator=APP, keywords=", ".join(THEMES[t] for t in pack.themes if t in THEMES),
                   lang="en", invariant=int(invariant),
                   initialFontName=SANS, initialFontSize=9)  # else every page names an unembedded Helvetica
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
        furniture = _furniture(f"{pack.title} · {pack.date}", pack.handling)
        doc.addPageTemplates([PageTemplate("cover", [frame], onPage=furniture),
                              PageTemplate("body", [frame], onPage=furniture)])
        state = {"total": 1}

        def on_progress(kind: str, value: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if kind == "SIZE_EST":
                state["total"] = max(1, value)
            elif kind == "PROGRESS" and progress is not None:
                progress(min(1.0, value / state["total"]))

        doc.setProgressCallBack(on_progress)
        doc.heading_pages = {}
        doc.build(list(story))

    return write_atomic(out, write)


def _story(pack: Pack, data: Dataset, st: dict[str, ParagraphStyle]) -> list:
    inds = data.indicators.set_index("id", drop=False)
    records = {r["id"]: r for df in (data.indicators, data.initiatives) for r in df.to_dict("records")}
    scorecard = C.scorecard_rows(data.indicators)  # every target beside its latest actual
    differ = C.disagreeing(data.indicators)  # figures another source states otherwise
    cites = _Citations(_reference_numbers(pack, records, scorecard))
    frame_w = PAPER[pack.paper][0] - 2 * MARGIN
    story: list = [Spacer(1, 4 * cm), _Para(markup(pack.title), st["title"])]
    if pack.subtitle:
        story.append(_Para(markup(pack.subtitle), st["subtitle"]))
    for label, value in (("Audience", pack.audience), ("Date", pack.date), ("Handling", pack.handling),
                         ("Themes", ", ".join(THEMES.get(t, t) for t in pack.themes)),
                         ("Data version", data.version)):
        if value:
            story.append(_Para(f"<b>{label}:</b> {markup(value)}", st["cover"]))
    story += [Spacer(1, 1 * cm), _Para(
        markup("Every figure in this pack carries a reference number; the Sources section at the end gives the "
               "document and the exact sentence it comes from."), st["small"]),
        NextPageTemplate("body"), PageBreak()]

    contents = _Contents([])
    story += [_Heading("Contents", st["h1"], 0, "contents"), contents, PageBreak()]

    story.append(_Heading("Executive summary", st["h1"], 0, "summary"))
    rows = [["Theme", "Figure", "Value", "Period", "Ref."]]
    summarised: set[str] = set()  # a figure under two themes is summarised once
    for section in pack.sections:
        headline = [i for i in section.indicators
                    if records[i]["kind"] == "actual" and i not in summarised][:SUMMARY_PER_SECTION]
        summarised.update(headline)
        for rid in headline:
            r = records[rid]
            rows.append([THEMES[section.theme], r["name"], r["display"], r["period"], cites.mark(rid)])
    story.append(_table(rows, [0.17, 0.38, 0.27, 0.11, 0.07], frame_w, st) if len(rows) > 1 else
                 _Para("No figures chosen.", st["body"]))
    if pack.notes:
        story += [_Heading("Notes", st["h2"], 1, "pack-notes"), *_notes(pack.notes, st)]

    for n, section in enumerate(pack.sections):
        story += [PageBreak(), _Heading(THEMES[section.theme], st["h1"], 0, f"section-{n}")]
        story += _section(section, n, data, inds, records, scorecard, differ, cites, frame_w, st)

    story += [PageBreak(), _Heading("Sources", st["h1"], 0, "sources")]
    story += _sources(data, records, cites, st)
    contents.entries = [f.outline for f in story if isinstance(f, _Heading) and f.outline[2] != "contents"]
    return story


def _section(section, n: int, data: Dataset, inds: pd.DataFrame, records: dict[str, dict],
             scorecard: pd.DataFrame, differ: set[str], cites: _Citations, frame_w: float, st) -> list:
    out: list = []
    chosen = inds.loc[section.indicators] if section.indicators else inds.iloc[0:0]
    if len(chosen):
        out.append(_Heading("Key figures", st["h2"], 1, f"section-{n}-figures"))
        rows = [["Figure", "Value", "Period", "Region", "Kind", "Ref."]]
        rows += [[r["name"], r["display"] + (f" ({C.DIFFER}: see the note in Sources)" if r["id"] in differ else ""),
                  r["period"], r["region"], r["kind"], cites.mark(r["id"])]
                 for r in (records[rid] for rid in section.indicators)]
        out.append(_table(rows, [0.33, 0.27, 0.11, 0.14, 0.08, 0.07], frame_w, st))
    card = scorecard[scorecard["target_id"].isin(section.indicators)]
    for chart in section.charts:
        spec = _chart_spec(chart, chosen, card, data, differ)
        if spec is None:
            continue
        rows = len(spec.ticks) if spec.kind == "bars" else 0
        height = 7 * cm if spec.kind == "trend" else min(18 * cm, 3 * cm + rows * 0.7 * cm)  # room for two-line labels
        out += [CondPageBreak(height + 1 * cm), Spacer(1, 6), draw_chart(spec, frame_w - 2 * FRAME_PADDING, height)]
    if len(card):
        out.append(_Heading("Targets and latest results", st["h2"], 1, f"section-{n}-targets"))
        rows = [["Figure", "Target", "Latest actual", "Region", "Ref."]]
        rows += [[r["name"], f"{r['target']} ({r['target_period']})", f"{r['actual']} ({r['actual_period']})",
                  r["region"], f"{cites.mark(r['target_id'])} {cites.mark(r['actual_id'])}"]
                 for r in card.to_dict("records")]
        out.append(_table(rows, [0.29, 0.24, 0.24, 0.1, 0.13], frame_w, st))  # room for "[188] [48]"
    if section.initiatives:
        out.append(_Heading("Initiatives", st["h2"], 1, f"section-{n}-initiatives"))
        for rid in section.initiatives:
            r = records[rid]
            out.append(_Para(
                f"<b>{markup(r['name'])}</b> ({markup(r['status'])}, {markup(r['period'])}, {markup(r['region'])}): "
                f"{markup(r['description'])} {cites.mark(rid)}", st["body"]))
    if section.notes:
        out += [_Heading("Notes", st["h2"], 1, f"section-{n}-notes"), *_notes(section.notes, st)]
    return out


def _chart_spec(chart: str, chosen: pd.DataFrame, card: pd.DataFrame, data: Dataset, differ: set[str]):
    if chart == "comparison":
        spec = C.comparison_spec(chosen, data.source_map, title="Growth rates of the figures in this section",
                                 differ=differ)
    elif chart == "scorecard":
        spec = C.scorecard_spec(data.indicators, data.source_map, card)
    elif chart.startswith("trend:") and chart[6:] in set(data.indicators["id"]):
        spec = C.trend_spec(data.indicators, chart[6:], data.source_map)
    else:
        return None
    return spec if any(s.points for s in spec.series) else None


def _sources(data: Dataset, records: dict[str, dict], cites: _Citations, st) -> list:
    out: list = []
    by_source: dict[str, list[tuple[int, str]]] = {}
    for rid, number in cites.numbers.items():
        r = records[rid]
        if r.get("kind") == "derived":
            text = f"[{number}] {markup(r['name'])}: computed from {markup(', '.join(r['inputs']))}"
        else:
            text = f"[{number}] “{markup(r['quote'])}”"
            if r.get("note"):  # a curator's caveat, or a clash with another source's figure
                text += f" <i>Note: {markup(r['note'])}</i>"
        by_source.setdefault(r["source"], []).append((number, text))
    for sid, entries in by_source.items():
        s = data.source_map[sid]
        when = s["date"] or f"undated; period {s['period']} inferred ({s['date_note']})"
        out.append(_Para(f"<b>{markup(s['title'])}</b>. {markup(s['publisher'])}, {markup(when)}. "
                             f"File {markup(s['file'])}.", ParagraphStyle("source", st["body"], keepWithNext=1)))
        out += [_Para(text, ParagraphStyle("quote", st["small"], leftIndent=14, spaceAfter=2))
                for _, text in sorted(entries)]
        out.append(Spacer(1, 8))
    return out


def _notes(text: str, st) -> list:
    return [_Para(markup(p).replace("\n", "<br/>"), st["body"]) for p in text.split("\n\n") if p.strip()]


def _table(rows: list[list[str]], fractions: list[float], frame_w: float, st) -> Table:
    """A table whose cells wrap; short plain cells (periods, kinds, references) are drawn as strings, which
    lays out many times faster than a paragraph."""
    widths = [f * frame_w for f in fractions]
    cells = [[_Para(markup(c), st["head"]) for c in rows[0]]]
    cells += [[_cell(str(c), w, st) for c, w in zip(row, widths)] for row in rows[1:]]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),  # cells default to Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _cell(text: str, width: float, st):
    if text.isascii() and stringWidth(text, SANS, 8) < width - 8:  # fits on one line in the Latin font
        return text
    return _Para(markup(text), st["cell"])
