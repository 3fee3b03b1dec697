"""Briefing packs: a saved, versioned JSON document naming the records, charts and notes of a PDF pack."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...lazy import lazy
from ..charts.kinds import parse_item
from ..charts.spec import series_keys
from ..errors import PackError, Problem
from ..model.dataset import Dataset
from ..model.vocab import MAIN_THEMES, THEMES, UNTHEMED
from ..query.filters import Filters
from ..query.index import filtered
from ..storage.atomic import write_atomic

pack_edit = lazy(".edit", __package__)  # edits import this module: looked up when a pack needs re-homing

PACK_VERSION = 1
TRENDS_PER_SECTION = 3
MAX_PACK_ITEMS = 2_000          # sections, records and charts named, all together
MAX_PACK_BYTES = 10 * 2**20     # a pack of MAX_PACK_ITEMS is well under 1 MB
ITEM_LISTS = ("indicators", "initiatives", "charts")


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")
    theme: str
    indicators: list[str] = []
    initiatives: list[str] = []
    charts: list[str] = []
    notes: str = ""


class Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = PACK_VERSION
    title: str = "Fujian briefing pack"
    subtitle: str = "Figures and initiatives from official sources"
    audience: str = ""
    date: str = Field(default_factory=lambda: date.today().isoformat())
    handling: str = "For internal use"
    paper: Literal["a4", "letter"] = "a4"
    language: Literal["en", "zh", "en+zh"] = "en"  # the PDF's words: English, Chinese, or English with Chinese names
    themes: list[str] = []
    sections: list[Section] = []
    notes: str = ""


def new_pack(data: Dataset, themes: list[str] | tuple[str, ...] = (), filters: Filters = Filters(),
             **fields) -> Pack:
    """A pack with one section per theme (default: the four main themes, then the others that have records),
    holding every record the filters keep, its growth comparison, scorecard and up to three trends. A figure
    the curators caution against is left out: the user may still add it to a section by hand."""
    themes = [t for t in themes if t != UNTHEMED]  # unthemed figures are in no theme's section
    unknown = [t for t in themes if t not in THEMES]
    if unknown:
        raise PackError(f"unknown theme {', '.join(unknown)}; themes are: {', '.join(THEMES)}")
    inds = filtered(data.indicators, filters, with_themes=False)
    inds = inds[inds["caution"].fillna("") == ""]
    inits = filtered(data.initiatives, filters, with_themes=False)
    themes = list(themes) or [*MAIN_THEMES, *(t for t in THEMES if t not in MAIN_THEMES)]
    sections = []
    for theme in themes:
        ind = inds[inds["themes"].map(lambda ts, t=theme: t in ts)]
        ini = inits[inits["themes"].map(lambda ts, t=theme: t in ts)]
        if ind.empty and ini.empty:
            continue
        sections.append(Section(theme=theme, indicators=ind["id"].tolist(), initiatives=ini["id"].tolist(),
                                charts=default_charts(data, ind)))
    return Pack(themes=[s.theme for s in sections], sections=sections, **fields)


def default_charts(data: Dataset, indicators) -> list[str]:
    """Comparison when there are growth rates, scorecard when there are targets, and the trends of the
    longest series among `indicators`."""
    charts = []
    if ((indicators["measure"] == "growth") & (indicators["kind"] == "actual")).any():
        charts.append("comparison")
    if (indicators["kind"] == "target").any():
        charts.append("scorecard")
    keys = series_keys(data.indicators)
    sizes = keys.map(keys.value_counts())
    longest = indicators.assign(n=sizes[indicators.index])
    longest = longest[longest["n"] > 1]
    longest = longest.sort_values("n", ascending=False, kind="stable").drop_duplicates(
        subset=["series", "region", "unit"])
    charts += [f"trend:{rid}" for rid in longest["id"].head(TRENDS_PER_SECTION)]
    return charts


def save_pack(pack: Pack, path: str | Path) -> Path:
    return _write(path, json.dumps(pack.model_dump(), ensure_ascii=False, indent=2) + "\n", "the pack")


def _write(path: str | Path, text: str, what: str) -> Path:
    try:
        return write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    except OSError as e:
        raise PackError(Problem(str(path), f"cannot write {what}: {e.strerror or e}")) from None


def _read_json(path: Path, what: str = "pack"):
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise PackError(Problem(str(path), f"larger than the {MAX_PACK_BYTES // 2**20} MB a {what} file may "
                                               "be: split it into smaller packs"))
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(Problem(str(path), "no such file")) from None
    except UnicodeDecodeError:
        raise PackError(Problem(str(path), f"not a {what} file (not UTF-8 text)")) from None
    except OSError as e:
        raise PackError(Problem(str(path), f"cannot read: {e.strerror or e}")) from None
    if not raw.strip():
        raise PackError(Problem(str(path), "the file is empty"))
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        # as a message, to read "file, line 2:" as it always has (a Problem's line prints "file:2:")
        raise PackError(f"{path}, line {e.lineno}: not valid JSON ({e.msg})") from None
    except RecursionError:
        raise PackError(Problem(str(path), f"not a {what} file (nested too deeply)")) from None
    if not isinstance(doc, dict):
        raise PackError(Problem(str(path), f"not a {what} file (expected a JSON object)"))
    return doc


def _parse(doc: dict, path: Path | str, data: Dataset | None) -> tuple[Pack, list[Problem]]:
    version = doc.get("version", PACK_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):  # NaN, 1.5, "1", true: not a version at all
        raise PackError(Problem(str(path), f"not a whole number ({json.dumps(version)}): it should be the pack "
                                           f"format's version, {PACK_VERSION} for this app", field="field version"))
    if version > PACK_VERSION:
        raise PackError(Problem(str(path), f"written by a newer version of the app (pack version {version}; "
                                           f"this app reads version {PACK_VERSION} and older)"))
    try:
        pack = Pack.model_validate(doc)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {e.error_count() - 1} more problems)" if e.error_count() > 1 else ""
        raise PackError(Problem(str(path), first["msg"] + more, field=f"field {where}")) from None
    items = len(pack.sections) + sum(len(getattr(s, name)) for s in pack.sections for name in ITEM_LISTS)
    if items > MAX_PACK_ITEMS:
        raise PackError(Problem(str(path), f"names {items:,} sections, records and charts, more than the "
                                           f"{MAX_PACK_ITEMS:,} a pack may have: split it into smaller packs"))
    pack, warnings = without_repeats(pack, path)
    if data is None:
        return pack, warnings
    pack, dropped = keep_known(pack, data, path)
    return pack, warnings + dropped


def without_repeats(pack: Pack, path: Path | str = "pack") -> tuple[Pack, list[Problem]]:
    """The pack with each record and chart named once in its section; a warning for each repeat dropped."""
    warnings, sections = [], []
    for s in pack.sections:
        once = {}
        for name in ITEM_LISTS:
            counts = Counter(getattr(s, name))  # in the order first named
            once[name] = list(counts)
            warnings += [Problem(str(path), f"{name.removesuffix('s')} '{i}' named {n} times: kept once",
                                 record=f"section '{s.theme}'") for i, n in counts.items() if n > 1]
        sections.append(s.model_copy(update=once))
    return pack.model_copy(update={"sections": sections}), warnings


def load_pack(path: str | Path, data: Dataset | None = None) -> tuple[Pack, list[Problem]]:
    """Read a pack; with `data`, drop (and report) what names records or themes no longer present.
    Returns the pack and the warnings; raises PackError for a file that cannot be used at all."""
    path = Path(path)
    return _parse(_read_json(path), path, data)


def save_draft(pack: Pack, file: str | None, path: str | Path) -> Path:
    """The autosaved draft: the pack being edited and the file it belongs to (None: never saved)."""
    text = json.dumps({"draft": 1, "file": file, "pack": pack.model_dump()}, ensure_ascii=False) + "\n"
    return _write(path, text, "the draft")


def load_draft(path: str | Path, data: Dataset) -> tuple[Pack, str | None, list[Problem]]:
    """The draft's pack (checked like a pack file), the file it belongs to, and the warnings."""
    path = Path(path)
    doc = _read_json(path, "draft")
    if not isinstance(doc.get("pack"), dict) or not isinstance(doc.get("file"), str | None):
        raise PackError(Problem(str(path), "not a draft file (no pack in it)"))
    pack, warnings = _parse(doc["pack"], path, data)
    return pack, doc["file"], warnings


def keep_known(pack: Pack, data: Dataset, path: Path | str = "pack") -> tuple[Pack, list[Problem]]:
    """The pack without records, charts and themes the dataset no longer has; a warning for each dropped."""
    warnings = []
    have = {"indicators": set(data.indicators["id"]), "initiatives": set(data.initiatives["id"])}
    sections, unknown = [], []
    for s in pack.sections:
        if s.theme not in THEMES:  # a typo or an older theme: its records go to the sections of their themes
            unknown.append(s)
        kept = {}
        for table in ("indicators", "initiatives"):
            kept[table] = [r for r in getattr(s, table) if r in have[table]]
            for r in getattr(s, table):
                if r not in have[table]:
                    warnings.append(Problem(str(path), f"{table[:-1]} '{r}' is no longer in the data",
                                            record=f"section '{s.theme}'"))
        charts = []
        for c in s.charts:
            kind, record_id = parse_item(c) or (None, None)  # a chart kind of charts.kinds.CHART_KINDS
            if kind is not None and (not kind.per_record or record_id in have["indicators"]):
                charts.append(c)
            else:
                warnings.append(Problem(str(path), f"chart '{c}' dropped", record=f"section '{s.theme}'"))
        sections.append(s.model_copy(update={**kept, "charts": charts}))
    known = [s for s in sections if s.theme in THEMES]
    pack = pack.model_copy(update={"sections": known, "themes": [s.theme for s in known]})
    for s in (s for s in sections if s.theme not in THEMES):
        pack, moved = _rehome(pack, s, data)
        warnings.append(Problem(str(path), f"no such theme '{s.theme}' (themes are: {', '.join(THEMES)}); "
                                           f"{moved}"))
    return pack, warnings


def _rehome(pack: Pack, section: Section, data: Dataset) -> tuple[Pack, str]:
    """The pack with the records and charts of `section` (whose theme is unknown) in the sections of their own
    themes (made if missing), and what became of them."""
    homes: list[int] = []
    for table in ("indicators", "initiatives"):
        for rid in getattr(section, table):
            pack, at = pack_edit.add_record(pack, data, table, rid)
            homes += [at] if at not in homes else []
    for c in section.charts:
        record_id = parse_item(c)[1]
        at = next((i for i, s in enumerate(pack.sections) if record_id in s.indicators), None) if record_id else None
        at = at if at is not None else (homes[0] if homes else None)
        if at is not None:
            pack = pack_edit.add_item(pack, at, "charts", c)
    n = len(section.indicators) + len(section.initiatives)
    if not n:
        return pack, "the section is left out: none of its figures or initiatives is in the data"
    where = ", ".join(f"'{pack.sections[i].theme}'" for i in homes)
    return pack, f"its {n} figure(s) and initiative(s) are kept, in the section(s) of their own theme: {where}"
