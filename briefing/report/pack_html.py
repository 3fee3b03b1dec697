"""The pack as one self-contained HTML file, for screen readers and e-mail: the PDF's cover, contents, executive
summary, sections (key figures and targets as real tables, charts as inline SVG with a description listing every
plotted value, initiatives, notes) and Sources, with every reference number a link to its entry. What it holds
and says is the PDF's (report.resolved); every piece of text from the data or the user is escaped. No external
file, font, script or link: it reads the same offline, attached to an e-mail or printed."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from reportlab.graphics import renderSVG

from ..core.charts.describe import describe, plotted, summary
from ..core.errors import PackError, Problem
from ..core.model.dataset import Dataset
from ..core.model.vocab import THEMES
from ..core.pack.model import Pack
from ..core.storage.atomic import write_atomic
from .fonts import BOLD, CJK, SANS
from .parts.sources import quoted_text
from .resolved import Chart, ResolvedPack, ResolvedSection, resolve, when

SVG_NS = "http://www.w3.org/2000/svg"
FAMILY = "'DejaVu Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif"
FONT_HACKS = {SANS: {"family": FAMILY}, BOLD: {"family": FAMILY, "weight": "bold"}, CJK: {"family": FAMILY}}
COVER_NOTE = ("Every figure in this pack carries a reference number; the Sources section at the end gives the "
              "document and the exact sentence it comes from.")

CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.45; max-width: 60em; margin: 0 auto;
       padding: 1em 1.5em; color: #1a1a1a; background: #fff; }
header.cover { border-bottom: 2px solid #333; margin-bottom: 1.5em; }
.subtitle { font-size: 1.25em; margin-top: 0; }
dl.cover-fields { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dl.cover-fields dt { font-weight: bold; }
dl.cover-fields dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; font-size: 0.92em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em; border-bottom: 1px solid #bbb; }
thead th { border-bottom: 2px solid #333; }
tbody th { font-weight: normal; }
.caution { color: #8a3300; }
.mark { font-style: italic; }
figure { margin: 1em 0 1.5em; }
figure svg { width: 100%; max-width: 48em; height: auto; }
figcaption { font-size: 0.9em; }
figcaption ul { margin: 0.3em 0; }
.source-head { margin-bottom: 0.2em; }
.table-note { font-style: italic; font-size: 0.9em; margin-left: 1.5em; }
ol.references { font-size: 0.9em; }
ol.references li { margin-bottom: 0.3em; }
a { color: #0b4f8a; }
a.skip { position: absolute; left: -999em; }
a.skip:focus { position: static; }
a:focus { outline: 2px solid #0b4f8a; }
footer { border-top: 1px solid #999; margin-top: 2em; font-size: 0.85em; color: #444; }
@media print {
  @page { size: PAPER; margin: 2cm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  main > section { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"""


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not text in HTML (nor in the SVG's XML)


def e(text) -> str:
    """Text from the data or the user, as HTML text (quotes escaped too: safe in attributes), control characters
    left out."""
    return html.escape(CONTROL.sub("", "" if text is None else str(text)), quote=True)


def ref(resolved: ResolvedPack, record_id: str) -> str:
    """A record's reference number as a link to its entry in Sources ("" if the PDF does not number it)."""
    number = resolved.number(record_id)
    return "" if number is None else f'<a href="#ref-{number}">[{number}]</a>'


def write_html(pack: Pack, data: Dataset, out: str | Path) -> Path:
    """Write the pack as one HTML file to `out` atomically; PackError naming the file if it cannot be written."""
    text = pack_html(resolve(pack, data))
    try:
        return write_atomic(out, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    except (OSError, ValueError) as err:  # ValueError: a name the OS cannot take
        raise PackError(Problem(str(out), f"cannot write: {getattr(err, 'strerror', None) or err}")) from None


def pack_html(resolved: ResolvedPack) -> str:
    pack = resolved.pack
    body = ['<a class="skip" href="#main">Skip to the pack</a>', _cover(resolved), _contents(resolved),
            '<main id="main">', _summary(resolved),
            *(_section(resolved, s) for s in resolved.sections), _sources(resolved), "</main>",
            f"<footer><p>{e(pack.title)} · {e(pack.date)} · {e(pack.handling)}</p>"
            f"<p>Data version {e(resolved.data.version)}. Written by Fujian Briefing Desk.</p></footer>"]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(pack.title)}</title>", f'<meta name="description" content="{e(pack.subtitle)}">',
        f"<style>{CSS.replace('PAPER', 'A4' if pack.paper == 'a4' else 'letter')}</style>", "</head>", "<body>",
        *body, "</body>", "</html>", ""])


def _paragraphs(text: str) -> str:
    """A user's notes: a paragraph for each blank-line-separated block, its line breaks kept (as the PDF)."""
    return "\n".join(f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def _caution(text: str, tag: str = "p") -> str:
    return f'<{tag} class="caution"><strong>Caution:</strong> {e(text)}</{tag}>'


def _cover(resolved: ResolvedPack) -> str:
    pack = resolved.pack
    fields = [(label, value) for label, value in (
        ("Audience", pack.audience), ("Date", pack.date), ("Handling", pack.handling),
        ("Themes", ", ".join(THEMES.get(t, t) for t in pack.themes)), ("Data version", resolved.data.version))
        if value]
    out = ['<header class="cover">', f"<h1>{e(pack.title)}</h1>"]
    if pack.subtitle:
        out.append(f'<p class="subtitle">{e(pack.subtitle)}</p>')
    out += ['<dl class="cover-fields">', *(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in fields), "</dl>",
            f"<p>{e(COVER_NOTE)}</p>", "</header>"]
    return "\n".join(out)


def _blocks(s: ResolvedSection) -> list[tuple[str, str]]:
    """(id, heading) of the section's sub-headings, in the PDF's order (the PDF's contents list them too)."""
    key = f"section-{s.n}"
    return [(f"{key}-{block}", title) for block, title, present in (
        ("figures", "Key figures", s.figures), ("charts", "Charts", s.charts),
        ("targets", "Targets and latest results", s.targets), ("initiatives", "Initiatives", s.initiatives),
        ("notes", "Notes", s.notes)) if present]


def _contents(resolved: ResolvedPack) -> str:
    out = ['<nav aria-labelledby="contents">', '<h2 id="contents">Contents</h2>', "<ol>",
           '<li><a href="#summary">Executive summary</a>'
           + ('<ol><li><a href="#pack-notes">Notes</a></li></ol>' if resolved.pack.notes else "") + "</li>"]
    for s in resolved.sections:
        subs = "".join(f'<li><a href="#{key}">{e(title)}</a></li>' for key, title in _blocks(s))
        out.append(f'<li><a href="#section-{s.n}">{e(s.title)}</a>' + (f"<ol>{subs}</ol>" if subs else "") + "</li>")
    out += ['<li><a href="#sources">Sources</a></li>', "</ol>", "</nav>"]
    return "\n".join(out)


def _table(caption: str, head: list[str], rows: list[list[str]], row_header: int = 0) -> str:
    """A table whose cell `row_header` in each row heads the row (the figure's name); the cells are HTML already."""
    out = ["<table>", f"<caption>{e(caption)}</caption>", "<thead><tr>",
           *(f'<th scope="col">{e(h)}</th>' for h in head), "</tr></thead>", "<tbody>"]
    out += ["<tr>" + "".join(f'<th scope="row">{c}</th>' if i == row_header else f"<td>{c}</td>"
                             for i, c in enumerate(row)) + "</tr>" for row in rows]
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _summary(resolved: ResolvedPack) -> str:
    out = ['<section id="summary" aria-labelledby="summary-heading">',
           '<h2 id="summary-heading">Executive summary</h2>']
    rows = []
    for theme, rid in resolved.headlines:
        r = resolved.ctx.records[rid]
        rows.append([e(THEMES[theme]), e(r["name"]), e(r["display"]), e(r["region"]), e(r["period"]), e(r["kind"]),
                     ref(resolved, rid)])
    if rows:
        out.append(_table("The pack's headline figures", ["Theme", "Figure", "Value", "Region", "Period", "Kind",
                                                          "Ref."], rows, row_header=1))
    else:
        out.append("<p>None of the pack's figures is one the curators chose as a headline.</p>")
    if resolved.pack.notes:
        out += ['<h3 id="pack-notes">Notes</h3>', _paragraphs(resolved.pack.notes)]
    out.append("</section>")
    return "\n".join(out)


def _section(resolved: ResolvedPack, s: ResolvedSection) -> str:
    key = f"section-{s.n}"
    out = [f'<section id="{key}" aria-labelledby="{key}-heading">', f'<h2 id="{key}-heading">{e(s.title)}</h2>']
    if s.figures:
        rows = []
        for r in s.figures:
            name = e(r["name"]) + (_caution(r["caution"]) if r.get("caution") else "")
            value = e(r["display"]) + (f' <span class="mark">{e(resolved.display(r["id"])[len(r["display"]):])}'
                                       '</span>' if resolved.display(r["id"]) != r["display"] else "")
            rows.append([name, value, e(r["period"]), e(r["region"]), e(r["kind"]), ref(resolved, r["id"])])
        out += [f'<h3 id="{key}-figures">Key figures</h3>',
                _table(f"Key figures: {s.title}", ["Figure", "Value", "Period", "Region", "Kind", "Ref."], rows)]
    if s.charts or s.stated:
        out.append(f'<h3 id="{key}-charts">Charts</h3>')
        out += [_figure(resolved, chart, f"{key}-chart-{i}") for i, chart in enumerate(s.charts, start=1)]
        out += [f"<p><strong>{e(title)}</strong>: {e(sentence)}</p>" for title, sentence in s.stated]
    if s.targets:
        rows = [[e(r["name"]), f"{e(r['target'])} ({e(r['target_period'])})",
                 f"{e(r['actual'])} ({e(r['actual_period'])})", e(r["region"]),
                 f"{ref(resolved, r['target_id'])} {ref(resolved, r['actual_id'])}"] for r in s.targets]
        out += [f'<h3 id="{key}-targets">Targets and latest results</h3>',
                _table(f"Targets and latest results: {s.title}",
                       ["Figure", "Target", "Latest actual", "Region", "Ref."], rows)]
    if s.initiatives:
        out += [f'<h3 id="{key}-initiatives">Initiatives</h3>', '<ul class="initiatives">']
        for r in s.initiatives:
            out.append(f"<li><strong>{e(r['name'])}</strong> ({e(r['status'])}, {e(r['period'])}, "
                       f"{e(r['region'])}): {e(r['description'])} {ref(resolved, r['id'])}"
                       + (_caution(r["caution"], "span") if r.get("caution") else "") + "</li>")
        out.append("</ul>")
    if s.notes:
        out += [f'<h3 id="{key}-notes">Notes</h3>', _paragraphs(s.notes)]
    out.append("</section>")
    return "\n".join(out)


def _figure(resolved: ResolvedPack, chart: Chart, key: str) -> str:
    """A chart as inline SVG (the PDF's drawing), named by its title and described by every value it plots; the
    caption says the same in visible text, each value with its reference number."""
    spec = chart.spec
    values = plotted(spec)
    named = len({v.series for v in values}) > 1
    items = "".join(f"<li>{e(v.series) + ', ' if named else ''}{e(v.text)} {ref(resolved, v.point.record_id)}</li>"
                    for v in values)
    notes = "".join(f"<p>{e(n)}</p>" for n in spec.notes)
    caption = (f"<figcaption><strong>{e(spec.title)}</strong>. {e(summary(spec))}."
               + (f"<ul>{items}</ul>" if items else f"<p>{e(spec.empty_message)}</p>")
               + f"{notes}<p>{e(spec.source_line)}</p></figcaption>")
    return f"<figure>\n{inline_svg(chart, key)}\n{caption}\n</figure>"


def inline_svg(chart: Chart, key: str) -> str:
    """The chart's drawing as an <svg> element for an HTML page: role img, named by its <title> and described
    by its <desc>, ids unique in the page, no clip path or other reference to anything outside it."""
    raw = renderSVG.drawToString(chart.drawing, useClip=True, fontHacks={k: dict(v) for k, v in FONT_HACKS.items()},
                                 svgAttrs={"role": "img", "aria-labelledby": f"{key}-title {key}-desc"})
    root = ET.fromstring(CONTROL.sub("", raw).encode("utf-8"))  # a control character is not XML
    for element in root.iter():
        element.attrib.pop("id", None)  # reportlab's "group": one per chart, so not unique in a page
    title, desc = root.find(f"{{{SVG_NS}}}title"), root.find(f"{{{SVG_NS}}}desc")
    title.text, desc.text = CONTROL.sub("", chart.spec.title), CONTROL.sub("", describe(chart.spec))
    title.set("id", f"{key}-title")
    desc.set("id", f"{key}-desc")
    ET.register_namespace("", SVG_NS)
    return ET.tostring(root, encoding="unicode")


def _sources(resolved: ResolvedPack) -> str:
    out = ['<section id="sources" aria-labelledby="sources-heading">', '<h2 id="sources-heading">Sources</h2>']

    def mark(record_id: str) -> str:
        return "&nbsp;" + ref(resolved, record_id)

    for source, entries in resolved.by_source():
        out.append(f'<h3 class="source-head">{e(source["title"])}</h3>'
                   f"<p>{e(source['publisher'])}, {e(when(source))}.</p>")
        if source.get("note"):
            out.append(f'<p class="table-note">The table\'s note: {e(source["note"])}</p>')
        out.append(f'<ol class="references" start="{entries[0][0]}">')
        for number, records in entries:  # one entry per cited sentence, as the PDF's
            first = records[0]
            if first.get("kind") == "derived":
                text = resolved.computed_from(first["id"], e, mark)
            else:
                text = e(quoted_text(first["quote"]))
                notes = dict.fromkeys(r["note"] for r in records if r.get("note"))
                text += "".join(f" <em>Note: {e(n)}</em>" for n in notes)
            text += "".join(" " + _caution(c, "span") for c in dict.fromkeys(r["caution"] for r in records
                                                                           if r.get("caution")))
            if first.get("kind") != "derived":
                text += " <em>Cited for:</em> " + "; ".join(
                    f"{e(r['name'])} ({e(r['region'])}, {e(r['period'])})" for r in records) + "."
            out.append(f'<li id="ref-{number}" value="{number}">{text}</li>')
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)
