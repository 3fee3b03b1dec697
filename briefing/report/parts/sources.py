"""The Sources appendix: every cited record under its document, by reference number, with its quote."""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Spacer

from ...core.provenance.cite import inputs_phrase
from ..flowables import Heading, Para
from ..fonts import markup
from .base import Context, Part, References, caution_markup

NBSP = "&nbsp;"  # keeps a reference number on the line of what it numbers (markup: the text drops U+00A0)


def sources(ctx: Context) -> Part:
    return Part(flowables=lambda refs: [PageBreak(), Heading("Sources", ctx.styles["h1"], 0, "sources"),
                                        *_sources(ctx, refs)])


def _sources(ctx: Context, refs: References) -> list:
    st = ctx.styles
    out: list = []
    by_source: dict[str, list[tuple[int, str]]] = {}
    for rid, number in refs.numbers.items():
        r = ctx.records[rid]
        if r.get("kind") == "derived":
            inputs = [{**ctx.records[i], "name": markup(ctx.records[i]["name"])} for i in r["inputs"]]
            text = (f"[{number}] {markup(r['name'])}, {markup(r['period'])}: computed from "
                    f"{inputs_phrase(inputs, lambda i: NBSP + refs.mark(i['id']))}")
        else:
            text = f"[{number}] “{markup(r['quote'])}”"
            if r.get("note"):  # a curator's caveat, or a clash with another source's figure
                text += f" <i>Note: {markup(r['note'])}</i>"
        if r.get("caution"):
            text += f" {caution_markup(r['caution'])}"
        by_source.setdefault(r["source"], []).append((number, text))
    for sid, entries in by_source.items():
        s = ctx.data.source_map[sid]
        when = s["date"] or f"undated; period {s['period']} inferred ({s['date_note']})"
        out.append(Para(f"<b>{markup(s['title'])}</b>. {markup(s['publisher'])}, {markup(when)}.",
                        ParagraphStyle("source", st["body"], keepWithNext=1)))
        if s.get("note"):  # an imported table's footnotes and source lines (注：…, 数据来源：…), once
            out.append(Para(f"<i>The table's note:</i> {markup(s['note'])}",
                            ParagraphStyle("table-note", st["small"], leftIndent=14, spaceAfter=3, keepWithNext=1)))
        out += [Para(text, ParagraphStyle("quote", st["small"], leftIndent=14, spaceAfter=2))
                for _, text in sorted(entries)]
        out.append(Spacer(1, 8))
    return out
