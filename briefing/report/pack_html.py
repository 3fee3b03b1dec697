"""The pack as one self-contained HTML file, for screen readers and e-mail: the PDF's cover, contents, executive
summary, sections (key figures and targets as real tables, charts as inline SVG with a description listing every
plotted value, initiatives, notes) and Sources, with every reference number a link to its entry. What it holds
and says is the PDF's (report.resolved); every piece of text from the data or the user is escaped. No external
file, font, script or link: it reads the same offline, attached to an e-mail or printed.

In the pack's language as the PDF is (report.lang): a Chinese pack is a page in Chinese (lang zh-CN) whose English
texts — the quotes, the documents' titles, the curators' cautions and notes — are marked lang="en"; an en+zh pack
is an English page with each Chinese name marked lang="zh-CN"."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from reportlab.graphics import renderSVG

from ..core.charts.describe import describe, plotted, summary
from ..core.errors import PackError, Problem
from ..core.lexicon.display_zh import name_in
from ..core.lexicon.words import DISPLAY
from ..core.model.dataset import Dataset
from ..core.model.vocab import THEMES
from ..core.pack.model import Pack
from ..core.storage.atomic import write_atomic
from .fonts import BOLD, CJK, SANS
from .lang import PDF_LANG, WORDS, handling, theme, titles, words
from .parts.sources import quoted_text
from .resolved import Chart, ResolvedPack, ResolvedSection, resolve, when

SVG_NS = "http://www.w3.org/2000/svg"
FAMILY = "'DejaVu Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif"
CJK_FAMILY = ("'Droid Sans Fallback', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', "
              "sans-serif")
# a run of Chinese in a chart is placed by the Chinese font's widths: set in that font (or another CJK face, whose
# characters are as wide) before any Latin one that has a few of its characters (fullwidth brackets) at other widths
FONT_HACKS = {SANS: {"family": FAMILY}, BOLD: {"family": FAMILY, "weight": "bold"}, CJK: {"family": CJK_FAMILY}}

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


# a page with Chinese: the Chinese faces readers' systems have, before the generic one (which may pick a serif face)
CSS_CHINESE = """
:lang(zh-CN) { font-family: "DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
               "Droid Sans Fallback", sans-serif; }
.kind { white-space: nowrap; }
"""


CJK_TEXT = re.compile(r"[\u3400-\u9fff]")
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


# --- the pack's language -----------------------------------------------------------------------------------

def t(text: str) -> str:
    """A fixed word as HTML text (report.lang)."""
    return html.escape(text, quote=False)


def english(resolved: ResolvedPack, markup: str, tag: str = "span") -> str:
    """HTML in English (a quote, a document's title, a curator's note): marked lang="en" on a Chinese page."""
    return f'<{tag} lang="en">{markup}</{tag}>' if resolved.lang == "zh" and markup else markup


def chinese(text: str) -> str:
    """A Chinese name on an English (en+zh) page, marked as Chinese."""
    return f'<span lang="zh-CN">{e(text)}</span>'


def name_html(resolved: ResolvedPack, record: dict, sep: str = "<br>") -> str:
    """A record's name in the pack's language; en+zh: the English, `sep`, the Chinese where the curators gave one."""
    if resolved.lang == "zh":
        return e(name_in(record, "zh"))
    zh = name_in(record, "zh") if resolved.lang == "en+zh" else record["name"]
    return e(record["name"]) + ("" if zh == record["name"] else sep + chinese(zh))


def theme_html(resolved: ResolvedPack, name: str, sep: str = " ") -> str:
    """A theme's name in the pack's language (en+zh: the English, `sep` and the Chinese)."""
    if resolved.lang == "zh":
        return e(theme(name, "zh"))
    english_name = THEMES.get(name, name)
    return e(english_name) + (sep + chinese(theme(name, "zh")) if resolved.lang == "en+zh" else "")


def kind_html(resolved: ResolvedPack, kind: str) -> str:
    """A record's kind; in Chinese kept on one line (实际, not 实 over 际, in a narrow column)."""
    return f'<span class="kind">{e(kind)}</span>' if resolved.lang == "zh" else e(kind)


def titled(resolved: ResolvedPack, what: str, section: ResolvedSection) -> str:
    """A table's caption: "Key figures: Trade", "主要数据：贸易", en+zh "Key figures: Trade 贸易" (HTML)."""
    w = words(resolved.lang)
    return e(w["titled"].format(what, section.title)) + (
        " " + chinese(theme(section.theme, "zh")) if resolved.lang == "en+zh" else "")


# --- the page ----------------------------------------------------------------------------------------------

def pack_html(resolved: ResolvedPack) -> str:
    pack, w = resolved.pack, words(resolved.lang)
    title, subtitle = titles(pack)
    body = [f'<a class="skip" href="#main">{t(w["skip"])}</a>', _cover(resolved), _contents(resolved),
            '<main id="main">', _summary(resolved),
            *(_section(resolved, s) for s in resolved.sections), _sources(resolved), "</main>",
            f"<footer><p>{e(title)} · {e(pack.date)} · {e(handling(pack))}</p>"
            f"<p>{e(w['made-by'].format(resolved.data.version))}</p></footer>"]
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{PDF_LANG[resolved.lang]}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>", f'<meta name="description" content="{e(subtitle)}">',
        f"<style>{CSS.replace('PAPER', 'A4' if pack.paper == 'a4' else 'letter')}"
        f"{CSS_CHINESE if resolved.lang != 'en' else ''}</style>", "</head>", "<body>",
        *body, "</body>", "</html>", ""])


def _paragraphs(text: str) -> str:
    """A user's notes: a paragraph for each blank-line-separated block, its line breaks kept (as the PDF)."""
    return "\n".join(f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def _caution(resolved: ResolvedPack, text: str, tag: str = "p") -> str:
    """The curators' caution (their words are English)."""
    return (f'<{tag} class="caution"><strong>{t(words(resolved.lang)["caution"])}</strong> '
            f"{english(resolved, e(text))}</{tag}>")


def _cover(resolved: ResolvedPack) -> str:
    pack, lang, w = resolved.pack, resolved.lang, words(resolved.lang)
    title, subtitle = titles(pack)
    themes = e(w["list"]).join(theme_html(resolved, name) for name in pack.themes)
    fields = [(w[label], html_value) for label, value, html_value in (
        ("audience", pack.audience, e(pack.audience)), ("date", pack.date, e(pack.date)),
        ("handling", pack.handling, e(handling(pack))), ("themes", pack.themes, themes),
        ("data-version", resolved.data.version, e(resolved.data.version))) if value]
    out = ['<header class="cover">', f"<h1>{e(title)}</h1>"]
    if subtitle:
        out.append(f'<p class="subtitle">{e(subtitle)}</p>')
    out += ['<dl class="cover-fields">', *(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in fields), "</dl>"]
    if lang == "zh":  # as the PDF's cover: the trust line, and that the Chinese names are the project's own
        out += [f"<p>{e(w['trust'])}</p>", f"<p>{e(w['translated'])}</p>"]
    else:
        out.append(f"<p>{e(w['cover-note'])}</p>")
        if lang == "en+zh":
            out.append(f'<p lang="zh-CN">{e(WORDS["zh"]["translated"])}</p>')
    out.append("</header>")
    return "\n".join(out)


def _blocks(resolved: ResolvedPack, s: ResolvedSection) -> list[tuple[str, str]]:
    """(id, heading) of the section's sub-headings, in the PDF's order (the PDF's contents list them too)."""
    key, w = f"section-{s.n}", words(resolved.lang)
    return [(f"{key}-{block}", w[word]) for block, word, present in (
        ("figures", "key-figures", s.figures), ("charts", "charts", s.charts),
        ("targets", "targets", s.targets), ("initiatives", "initiatives", s.initiatives),
        ("notes", "notes", s.notes)) if present]


def _contents(resolved: ResolvedPack) -> str:
    w = words(resolved.lang)
    out = ['<nav aria-labelledby="contents">', f'<h2 id="contents">{t(w["contents"])}</h2>', "<ol>",
           f'<li><a href="#summary">{t(w["summary"])}</a>'
           + (f'<ol><li><a href="#pack-notes">{t(w["notes"])}</a></li></ol>' if resolved.pack.notes else "")
           + "</li>"]
    for s in resolved.sections:
        subs = "".join(f'<li><a href="#{key}">{e(title)}</a></li>' for key, title in _blocks(resolved, s))
        out.append(f'<li><a href="#section-{s.n}">{theme_html(resolved, s.theme)}</a>'
                   + (f"<ol>{subs}</ol>" if subs else "") + "</li>")
    out += [f'<li><a href="#sources">{t(w["sources"])}</a></li>', "</ol>", "</nav>"]
    return "\n".join(out)


def _table(caption: str, head: list[str], rows: list[list[str]], row_header: int = 0) -> str:
    """A table whose cell `row_header` in each row heads the row (the figure's name); the caption and cells are
    HTML already."""
    out = ["<table>", f"<caption>{caption}</caption>", "<thead><tr>",
           *(f'<th scope="col">{e(h)}</th>' for h in head), "</tr></thead>", "<tbody>"]
    out += ["<tr>" + "".join(f'<th scope="row">{c}</th>' if i == row_header else f"<td>{c}</td>"
                             for i, c in enumerate(row)) + "</tr>" for row in rows]
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _summary(resolved: ResolvedPack) -> str:
    w = words(resolved.lang)
    out = ['<section id="summary" aria-labelledby="summary-heading">',
           f'<h2 id="summary-heading">{t(w["summary"])}</h2>']
    rows = []
    for theme_name, rid in resolved.headlines:
        r = resolved.shown(rid)
        rows.append([theme_html(resolved, theme_name, "<br>"), name_html(resolved, resolved.ctx.records[rid]),
                     e(r["display"]), e(r["region"]), e(r["period"]), kind_html(resolved, r["kind"]),
                     ref(resolved, rid)])
    if rows:
        out.append(_table(e(w["headlines-table"]), [w[k] for k in ("theme", "figure", "value", "region", "period",
                                                                   "kind", "ref")], rows, row_header=1))
    else:
        out.append(f"<p>{t(w['no-headline'])}</p>")
    if resolved.pack.notes:
        out += [f'<h3 id="pack-notes">{t(w["notes"])}</h3>', _paragraphs(resolved.pack.notes)]
    out.append("</section>")
    return "\n".join(out)


def _section(resolved: ResolvedPack, s: ResolvedSection) -> str:
    key, w, zh = f"section-{s.n}", words(resolved.lang), resolved.lang == "zh"
    out = [f'<section id="{key}" aria-labelledby="{key}-heading">',
           f'<h2 id="{key}-heading">{theme_html(resolved, s.theme)}</h2>']
    if s.figures:
        rows = []
        for record in s.figures:
            r = resolved.shown(record["id"])
            name = name_html(resolved, record) + (_caution(resolved, r["caution"]) if r.get("caution") else "")
            shown = resolved.display(r["id"])
            value = e(r["display"]) + (f' <span class="mark">{e(shown[len(r["display"]):])}</span>'
                                       if shown != r["display"] else "")
            rows.append([name, value, e(r["period"]), e(r["region"]), kind_html(resolved, r["kind"]),
                         ref(resolved, r["id"])])
        out += [f'<h3 id="{key}-figures">{t(w["key-figures"])}</h3>',
                _table(titled(resolved, w["key-figures"], s),
                       [w[k] for k in ("figure", "value", "period", "region", "kind", "ref")], rows)]
    if s.charts or s.stated:
        out.append(f'<h3 id="{key}-charts">{t(w["charts"])}</h3>')
        out += [_figure(resolved, chart, f"{key}-chart-{i}") for i, chart in enumerate(s.charts, start=1)]
        out += [f"<p><strong>{e(title)}</strong>{e(w['colon'])}{e(sentence)}</p>" for title, sentence in s.stated]
    if s.targets:
        rows = []
        for r in s.targets:
            refs = f"{ref(resolved, r['target_id'])} {ref(resolved, r['actual_id'])}"
            if zh:
                target, actual = resolved.shown(r["target_id"]), resolved.shown(r["actual_id"])
                rows.append([e(target["name"]), e(f"{target['display']}（{target['period']}）"),
                             e(f"{actual['display']}（{actual['period']}）"), e(target["region"]), refs])
                continue
            name = (name_html(resolved, resolved.ctx.records[r["target_id"]]) if resolved.lang == "en+zh"
                    else e(r["name"]))
            rows.append([name, f"{e(r['target'])} ({e(r['target_period'])})",
                         f"{e(r['actual'])} ({e(r['actual_period'])})", e(r["region"]), refs])
        out += [f'<h3 id="{key}-targets">{t(w["targets"])}</h3>',
                _table(titled(resolved, w["targets"], s),
                       [w[k] for k in ("figure", "target", "latest", "region", "ref")], rows)]
    if s.initiatives:
        out += [f'<h3 id="{key}-initiatives">{t(w["initiatives"])}</h3>', '<ul class="initiatives">']
        for record in s.initiatives:
            r = resolved.shown(record["id"])
            said = w["brackets"].format(w["comma"].join((r["status"], r["period"], r["region"])))
            out.append(f"<li><strong>{name_html(resolved, record, ' ')}</strong>{e(said)}{e(w['colon'])}"
                       f"{_description(resolved, record)} {ref(resolved, r['id'])}"
                       + (_caution(resolved, r["caution"], "span") if r.get("caution") else "") + "</li>")
        out.append("</ul>")
    if s.notes:
        out += [f'<h3 id="{key}-notes">{t(w["notes"])}</h3>', _paragraphs(s.notes)]
    out.append("</section>")
    return "\n".join(out)


def _description(resolved: ResolvedPack, record: dict) -> str:
    """An initiative's description in the pack's language; on a Chinese page one with no Chinese translation is
    the English, marked so."""
    if resolved.lang != "zh":
        return e(record["description"])
    chinese_text = (record.get("description_zh") or "").strip()
    return e(chinese_text) if chinese_text else english(resolved, e(record["description"]))


def _figure(resolved: ResolvedPack, chart: Chart, key: str) -> str:
    """A chart as inline SVG (the PDF's drawing), named by its title and described by every value it plots; the
    caption says the same in visible text, each value with its reference number."""
    spec, w = chart.spec, words(resolved.lang)
    records = resolved.ctx.records if resolved.lang == "zh" else None
    values = plotted(spec, records)
    named = len({v.series for v in values}) > 1
    items = "".join(f"<li>{e(v.series) + e(w['comma']) if named else ''}{e(v.text)} {ref(resolved, v.point.record_id)}"
                    "</li>" for v in values)
    notes = "".join(f"<p>{e(n)}</p>" if records is None or CJK_TEXT.search(n) else english(resolved, e(n), "p")
                    for n in spec.notes)  # a note localize does not know stays English
    stop = e(w["stop"])
    caption = (f"<figcaption><strong>{e(spec.title)}</strong>{stop}{' ' * (records is None)}"
               f"{e(summary(spec, zh=records is not None))}{stop}"
               + (f"<ul>{items}</ul>" if items else f"<p>{e(spec.empty_message)}</p>")
               + f"{notes}<p>{_source_line(resolved, spec.source_line)}</p></figcaption>")
    return f"<figure>\n{inline_svg(chart, key, records)}\n{caption}\n</figure>"


def _source_line(resolved: ResolvedPack, line: str) -> str:
    """A chart's source line; on a Chinese page its documents' titles (between 资料来源： and how a value was
    computed, core.charts.localize) marked English."""
    chart_words = DISPLAY["zh"]["charts"]
    if resolved.lang != "zh" or not line.startswith(chart_words["source"]):
        return e(line)
    body = line[len(chart_words["source"]):]
    tail = next((f"。{c}" for c in chart_words["computed"].values() if body.endswith(f"。{c}")), "")
    return e(chart_words["source"]) + english(resolved, e(body[:len(body) - len(tail)])) + e(tail)


def inline_svg(chart: Chart, key: str, records: dict | None = None) -> str:
    """The chart's drawing as an <svg> element for an HTML page: role img, named by its <title> and described
    by its <desc> (`records`: in Chinese, core.charts.describe), ids unique in the page, no clip path or other
    reference to anything outside it."""
    raw = renderSVG.drawToString(chart.drawing, useClip=True, fontHacks={k: dict(v) for k, v in FONT_HACKS.items()},
                                 svgAttrs={"role": "img", "aria-labelledby": f"{key}-title {key}-desc"})
    root = ET.fromstring(CONTROL.sub("", raw).encode("utf-8"))  # a control character is not XML
    for element in root.iter():
        element.attrib.pop("id", None)  # reportlab's "group": one per chart, so not unique in a page
    title, desc = root.find(f"{{{SVG_NS}}}title"), root.find(f"{{{SVG_NS}}}desc")
    title.text, desc.text = CONTROL.sub("", chart.spec.title), CONTROL.sub("", describe(chart.spec, records))
    title.set("id", f"{key}-title")
    desc.set("id", f"{key}-desc")
    ET.register_namespace("", SVG_NS)
    return ET.tostring(root, encoding="unicode")


def _sources(resolved: ResolvedPack) -> str:
    lang, w = resolved.lang, words(resolved.lang)
    marked = ' lang="en"' if lang == "zh" else ""  # the documents' titles and publishers are English
    out = ['<section id="sources" aria-labelledby="sources-heading">',
           f'<h2 id="sources-heading">{t(w["sources"])}</h2>']

    def mark(record_id: str) -> str:
        return "&nbsp;" + ref(resolved, record_id)

    for source, entries in resolved.by_source():
        out.append(f'<h3 class="source-head"{marked}>{e(source["title"])}</h3>'
                   f"<p{marked}>{e(source['publisher'])}, {e(when(source))}.</p>")
        if source.get("note"):
            out.append(f'<p class="table-note">{t(w["table-note"])} {english(resolved, e(source["note"]))}</p>')
        out.append(f'<ol class="references" start="{entries[0][0]}">')
        for number, records in entries:  # one entry per cited sentence, as the PDF's
            first = records[0]
            if first.get("kind") == "derived":  # English, as in the PDF
                text = english(resolved, resolved.computed_from(first["id"], e, mark))
            else:
                text = english(resolved, e(quoted_text(first["quote"])))
                notes = dict.fromkeys(r["note"] for r in records if r.get("note"))
                text += "".join(f" <em>{t(w['note'])} {english(resolved, e(n))}</em>" for n in notes)
            text += "".join(" " + _caution(resolved, c, "span") for c in dict.fromkeys(r["caution"] for r in records
                                                                                     if r.get("caution")))
            if first.get("kind") != "derived":
                text += f" <em>{t(w['cited-for'])}</em> " + e(w["semicolon"]).join(
                    _cited_for(resolved, r) for r in records) + e(w["stop"])
            out.append(f'<li id="ref-{number}" value="{number}">{text}</li>')
        out.append("</ol>")
    out.append("</section>")
    return "\n".join(out)


def _cited_for(resolved: ResolvedPack, record: dict) -> str:
    """A record citing a source entry: "Name (Region, Period)", "名称（地区，时期）", en+zh "Name / 名称 (…)"."""
    r, w = resolved.shown(record["id"]), words(resolved.lang)
    return name_html(resolved, record, " / ") + e(w["brackets"].format(w["comma"].join((r["region"], r["period"]))))
