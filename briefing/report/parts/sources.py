"""The Sources appendix: one entry per cited sentence under its document, by reference number, with its quote, the
figures that cite it and the pages that do (each a link back)."""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ...core.provenance.cite import inputs_phrase
from ..flowables import Heading, Late, Para
from ..fonts import markup
from ..lang import record_in
from .base import LINK, Context, Part, References, anchor, caution_markup, page_anchor

NBSP = "&nbsp;"  # keeps a reference number on the line of what it numbers (markup: the text drops U+00A0)
OPENING, CLOSING = "\"“‘'«「『", "\"”’'»」』"
LAST_LINES = 6  # the fewest lines the last page holds: the final entries are kept together


def sources(ctx: Context) -> Part:
    return Part(flowables=lambda refs: [PageBreak(), Heading(ctx.words["sources"], ctx.styles["h1"], 0, "sources"),
                                        *_sources(ctx, refs)])


def quoted_text(quote: str) -> str:
    """A quote in quote marks; one that begins with its own quote mark (a speaker's words) gets no second opening
    mark, and one that is already closed no second closing one."""
    opens = quote[:1] in OPENING
    closes = opens and len(quote) > 1 and quote[-1:] in CLOSING
    return f"{'' if opens else '“'}{quote}{'' if closes else '”'}"


def quoted(quote: str) -> str:
    """quoted_text as markup."""
    return markup(quoted_text(quote))


def _what(r: dict, lang: str = "en") -> str:
    r = record_in(r, lang)
    name = markup(r["name"]).replace("\n", " / ")
    if lang == "zh":
        return name + markup(f"（{r['region']}，{r['period']}）")
    return f"{name} ({markup(r['region'])}, {markup(r['period'])})"


def _entry(ctx: Context, refs: References, number: int) -> str:
    """An entry's markup without its pages: the anchor its reference links open, what it quotes (or how a derived
    figure is computed), notes and cautions, the figures citing it."""
    ids = refs.entries[number]
    first = ctx.records[ids[0]]
    head = f'<a name="{anchor(number)}"/>[{number}] '
    if first.get("kind") == "derived":
        inputs = [{**ctx.records[i], "name": markup(ctx.records[i]["name"])} for i in first["inputs"]]
        text = (f"{head}{markup(first['name'])}, {markup(first['period'])}: computed from "
                f"{inputs_phrase(inputs, lambda i: NBSP + refs.link(i['id']))}.")
    else:
        text = f"{head}{quoted(first['quote'])}"
    notes = list(dict.fromkeys(ctx.records[i]["note"] for i in ids if ctx.records[i].get("note")
                               and ctx.records[i].get("kind") != "derived"))
    notes = [n for n in notes if not any(n != other and n in other for other in notes)]  # said once, the fullest
    note = markup(ctx.words["note"])  # a curator's caveat, or a clash with a source
    text += "".join(f" <i>{note} {markup(n)}</i>" for n in notes)
    text += "".join(f" {caution_markup(c, ctx.lang)}" for c in dict.fromkeys(ctx.records[i]["caution"] for i in ids
                                                                    if ctx.records[i].get("caution")))
    if first.get("kind") != "derived":
        said = markup("；" if ctx.lang == "zh" else "; ").join(_what(ctx.records[i], ctx.lang) for i in ids)
        text += f" <i>{markup(ctx.words['cited-for'])}</i> {said}{markup('。' if ctx.lang == 'zh' else '.')}"
    return text


def _with_pages(ctx: Context, number: int, text: str) -> str:
    pages = ctx.cited_on.get(number, [])
    if not pages:
        return text
    links = ", ".join(f'<a href="#{page_anchor(p)}" color="{LINK}">{p}</a>' for p in pages)
    label = ctx.words["cited-on-many" if len(pages) > 1 else "cited-on"]
    return f"{text} <i>{markup(label)}</i> {links}{markup('。' if ctx.lang == 'zh' else '.')}"


def _sources(ctx: Context, refs: References) -> list:
    st = ctx.styles
    out: list = []
    by_source: dict[str, list[int]] = {}
    for number, ids in refs.entries.items():
        by_source.setdefault(ctx.records[ids[0]]["source"], []).append(number)
    quote_style = ParagraphStyle("quote", st["entry"], leftIndent=14, spaceAfter=3)
    for sid, numbers in by_source.items():
        s = ctx.data.source_map[sid]
        when = s["date"] or f"undated; period {s['period']} inferred ({s['date_note']})"
        out.append(Para(f"<b>{markup(s['title'])}</b>. {markup(s['publisher'])}, {markup(when)}.",
                        ParagraphStyle("source", st["body"], keepWithNext=1)))
        if s.get("note"):  # an imported table's footnotes and source lines (注：…, 数据来源：…), once
            out.append(Para(f"<i>{markup(ctx.words['table-note'])}</i> {markup(s['note'])}",
                            ParagraphStyle("table-note", st["small"], leftIndent=14, spaceAfter=3, keepWithNext=1)))
        for number in sorted(numbers):
            text = _entry(ctx, refs, number)
            out.append(Late(lambda number=number, text=text: _with_pages(ctx, number, text), quote_style))
        out.append(Spacer(1, 8))
    return _last_together(out, ctx.frame_width - 12)


def _last_together(out: list, width: float) -> list:
    """The story with its last flowables kept together until they make LAST_LINES lines: the last page never
    holds only a line or two."""
    lines, n = 0, 0
    while n < len(out) and lines < LAST_LINES:
        n += 1
        f = out[-n]
        if hasattr(f, "now"):
            f = f.now()
        if hasattr(f, "blPara") or hasattr(f, "getPlainText"):
            f.wrap(width, 10_000)
            lines += len(f.blPara.lines)
    return out if n <= 1 else [*out[:-n], KeepTogether(out[-n:])]

