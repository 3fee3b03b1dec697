"""Edits of a briefing pack. Each returns a new Pack and leaves the old one as it was (the undo history keeps it).

Within a section items are grouped by kind, in the order the PDF prints them: figures, charts, initiatives;
an item moves within its group."""
from __future__ import annotations

from ..charts.kinds import item_compare, parse_item
from ..model.dataset import Dataset
from ..model.vocab import ITEM_KINDS, MAIN_THEMES, THEMES  # noqa: F401 - ITEM_KINDS: part of this API
from .model import Pack, Section


def _with_sections(pack: Pack, sections: list[Section]) -> Pack:
    return pack.model_copy(update={"sections": sections, "themes": [s.theme for s in sections]})


def _replace_section(pack: Pack, index: int, **changes) -> Pack:
    sections = list(pack.sections)
    sections[index] = sections[index].model_copy(update=changes)
    return _with_sections(pack, sections)


def section_of(pack: Pack, theme: str) -> int | None:
    return next((i for i, s in enumerate(pack.sections) if s.theme == theme), None)


def add_section(pack: Pack, theme: str) -> tuple[Pack, int]:
    """The pack with a (last) section for `theme`, and that section's index; an existing one is reused."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    found = section_of(pack, theme)
    if found is not None:
        return pack, found
    return _with_sections(pack, [*pack.sections, Section(theme=theme)]), len(pack.sections)


def home_theme(themes, pack: Pack) -> str:
    """Where a record with `themes` goes: a section of the pack it belongs to, else its main theme, else its first."""
    for s in pack.sections:
        if s.theme in themes:
            return s.theme
    if not themes:  # imported unthemed: the pack's first section, else Macro economy (the user may move it)
        return pack.sections[0].theme if pack.sections else "economy"
    return next((t for t in MAIN_THEMES if t in themes), themes[0])


def add_item(pack: Pack, section: int, kind: str, item: str) -> Pack:
    """The item appended to its group in `section`; a pack that has it there already is returned unchanged."""
    items = getattr(pack.sections[section], kind)
    if item in items:
        return pack
    return _replace_section(pack, section, **{kind: [*items, item]})


def add_record(pack: Pack, data: Dataset, table: str, record_id: str,
               section: int | None = None) -> tuple[Pack, int]:
    """A figure or initiative added to `section`, or to the section of its theme (made if missing)."""
    if section is None:
        themes = list(data.record(table, record_id)["themes"])
        pack, section = add_section(pack, home_theme(themes, pack))
    return add_item(pack, section, table, record_id), section


def remove_item(pack: Pack, section: int, kind: str, index: int) -> Pack:
    items = list(getattr(pack.sections[section], kind))
    del items[index]
    return _replace_section(pack, section, **{kind: items})


def move_item(pack: Pack, section: int, kind: str, index: int, delta: int) -> Pack:
    """The item moved `delta` places within its group (clamped to the group's ends)."""
    items = list(getattr(pack.sections[section], kind))
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))
    return _replace_section(pack, section, **{kind: items})


def remove_section(pack: Pack, section: int) -> Pack:
    return _with_sections(pack, [s for i, s in enumerate(pack.sections) if i != section])


def move_section(pack: Pack, section: int, delta: int) -> Pack:
    sections = list(pack.sections)
    target = max(0, min(len(sections) - 1, section + delta))
    sections.insert(target, sections.pop(section))
    return _with_sections(pack, sections)


def set_notes(pack: Pack, section: int | None, text: str) -> Pack:
    """Notes of a section, or of the whole pack (section None)."""
    if section is None:
        return pack.model_copy(update={"notes": text})
    return _replace_section(pack, section, notes=text)


def set_field(pack: Pack, name: str, value: str) -> Pack:
    """One of the cover fields (title, subtitle, audience, date, handling, paper), validated."""
    if name not in {"title", "subtitle", "audience", "date", "handling", "paper"}:
        raise ValueError(f"not a cover field: {name}")
    return Pack.model_validate({**pack.model_dump(), name: value})


def item_label(data: Dataset, kind: str, item: str) -> str:
    """How an item reads in the pack's outline: a figure with its value and period, a chart by its title."""
    if kind == "charts":
        return _chart_label(data, item)
    row = data.record(kind, item)
    if row is None:
        return f"{item} (no longer in the data)"
    if kind == "indicators":
        return f"{row['name']} ({row['region']}, {row['period']}): {row['display']}"
    return str(row["name"])


def _chart_label(data: Dataset, item: str) -> str:
    chart, record_id = parse_item(item) or (None, None)
    if chart is None:
        return f"Chart: {item} (not a chart this app draws)"
    if record_id is None:
        return f"Chart: {chart.title}"
    row = data.record("indicators", record_id)
    if row is None:
        return f"{chart.title}: {record_id} (no longer in the data)"
    where = row["region"]
    if chart.compares:  # the regions and the view chosen
        compare = item_compare(item)
        how = {"index": f"; index, {compare.base or 'first common year'} = 100", "growth": "; growth from levels"}
        where = ", ".join(compare.regions or (where,)) + how.get(compare.view, "")
    return f"{chart.title}: {row['name']} ({where})"
