"""The executive summary: the key messages of each theme in plain sentences, built from the headline figures the
curators ranked (seeds' `headline`) and stating only what each record states, then those figures as a table, and
the pack's notes."""
from __future__ import annotations

import calendar
import re

from reportlab.platypus import CondPageBreak

from ...core.charts.spec import series_keys
from ...core.lexicon.words import REGIONS
from ..flowables import Heading, Para, notes, table
from ..fonts import markup
from ..lang import message_zh, record_in, theme
from .base import Context, Part, References, caption
from .section import TABLE_START

_QUARTERS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def headlines(ctx: Context) -> list[tuple[str, str]]:
    """(theme, record id) of each headline figure in the pack, section by section in rank order: a figure under
    its first theme's section, one figure per quantity (series), none the curators caution against."""
    keys = series_keys(ctx.figures)
    picked: list[tuple[str, str]] = []
    seen: set[str] = set()
    for section in ctx.pack.sections:
        ranked = sorted((ctx.records[i]["headline"], i) for i in section.indicators
                        if _ranked_in(ctx.records[i], section.theme))
        for _, rid in ranked:
            if keys[rid] not in seen:
                seen.add(keys[rid])
                picked.append((section.theme, rid))
    return picked


def _ranked_in(record: dict, theme: str) -> bool:
    return bool(record.get("headline")) and record["themes"][0] == theme and not record.get("caution")


def summary(ctx: Context) -> Part:
    """Cites nothing of its own: each figure it names is one its section cites, and is numbered there (the
    numbering does not change with the figures the summary picks)."""
    picked = headlines(ctx)
    return Part(flowables=lambda refs: _summary(ctx, picked, refs))


def when(period: str) -> str:
    """A period in words: "2023", "May 2024", "the first quarter of 2023", "January–February 2021",
    "2018–2023"; a period written otherwise (an imported table's) as it is."""
    if re.fullmatch(r"\d{4}", period):
        return period
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        return f"the {_QUARTERS[m[2]]} quarter of {m[1]}"
    if (m := _MONTH.match(period)) and 1 <= int(m[2]) <= 12:
        return f"{calendar.month_name[int(m[2])]} {m[1]}"
    first, _, last = period.partition("/")
    a, b = _MONTH.match(first), _MONTH.match(last)
    if a and b and a[1] == b[1] and 1 <= int(a[2]) <= 12 and 1 <= int(b[2]) <= 12:
        return f"{calendar.month_name[int(a[2])]}–{calendar.month_name[int(b[2])]} {a[1]}"
    if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{4}", last):
        return f"{first}–{last}"
    return period


def _named(name: str) -> str:
    """A figure's name inside a sentence: its first letter lower case unless it starts a proper name (a region,
    an acronym)."""
    first = name.split(" ", 1)[0].strip("“”\"'(")
    if not first or first in REGIONS or first[:2].isupper() or not first[:1].isupper():
        return name
    return name[:1].lower() + name[1:]


def message(record: dict, ref: str) -> str:
    """A key message as markup: one sentence stating the record's value as it is displayed (its qualifier kept),
    its name, region, period and kind, and its reference `ref` (markup). Nothing is added: no trend, no
    adjective."""
    name, region, display = markup(_named(record["name"])), markup(record["region"]), markup(record["display"])
    period = markup(when(record["period"]))
    if record["kind"] == "target":
        return f"The {period} target for {name} in {region} is {display} {ref}."
    verb = "was" if re.match(r"(up|down)\b", record["display"]) else "stood at"
    said = f"In {period}, {name} in {region} {verb} {display}"
    if record["kind"] == "derived":
        said += " (derived: computed by this app from the figures it cites in Sources)"
    return f"{said} {ref}."


def _summary(ctx: Context, picked: list, refs: References) -> list:
    st, w, lang = ctx.styles, ctx.words, ctx.lang
    out: list = [Heading(w["summary"], st["h1"], 0, "summary")]
    if not picked:
        out.append(Para(markup(w["no-headline"]), st["body"]))
    by_theme: dict[str, list[str]] = {}
    for theme_name, rid in picked:
        by_theme.setdefault(theme_name, []).append(rid)
    if by_theme:
        out.append(Heading(w["messages"], st["h2"], 1, "summary-messages"))
    for theme_name, ids in by_theme.items():
        if lang == "zh":
            sentences = "".join(message_zh(ctx.records[rid], refs.link(rid), markup) for rid in ids)
            out.append(Para(f"<b>{markup(theme(theme_name, lang) + '：')}</b>{sentences}", st["body"]))
        else:
            sentences = " ".join(message(ctx.records[rid], refs.link(rid)) for rid in ids)
            out.append(Para(f"<b>{markup(theme(theme_name, 'en'))}.</b> {sentences}", st["body"]))
    if picked:
        rows = [[w[k] for k in ("theme", "figure", "value", "region", "period", "kind", "ref")]]
        for theme_name, rid in picked:
            r = record_in(ctx.records[rid], lang)
            rows.append([theme(theme_name, lang), r["name"], r["display"], r["region"], r["period"], r["kind"],
                         Para(refs.link(rid), st["cell"])])
        out += [CondPageBreak(TABLE_START), Heading(w["headlines"], st["h2"], 1, "summary-figures"),
                caption(ctx, "Table", w["headlines-caption"]),
                table(rows, [0.14, 0.27, 0.18, 0.1, 0.11, 0.1, 0.1], ctx.frame_width, st)]
    if ctx.pack.notes:
        out += [Heading(w["notes"], st["h2"], 1, "pack-notes"), *notes(ctx.pack.notes, st)]
    return out
