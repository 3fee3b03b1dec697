"""How the pack panel names the pack's sections and items (the outline, its tooltips, the "Added to the pack"
message) in the interface's language: in English as core.pack.edit.item_label writes them; in Chinese as the table
shows the records (name_zh and the value, period and region by lexicon.display_zh), the themes and the chart kinds in
Chinese, an imported figure by its own name."""
from __future__ import annotations

from ..core.lexicon.display_zh import region_zh, shown, themes_zh
from ..core.model.vocab import THEMES
from ..lazy import lazy
from .actions import chart_title
from .i18n import in_use, translate

pack_edit = lazy("..core.pack.edit", __package__)
kinds = lazy("..core.charts.kinds", __package__)


def theme_name(theme: str) -> str:
    return themes_zh([theme]) if in_use() == "zh" else THEMES.get(theme, theme)


def section_label(theme: str, items: int) -> str:
    """A section's node: "Trade (12)", "贸易（12）"."""
    return f"{theme_name(theme)}（{items}）" if in_use() == "zh" else f"{theme_name(theme)} ({items})"


def item_label(data, kind: str, item: str) -> str:
    """An item's node: a figure with its region, period and value, an initiative by its name, a chart by its kind's
    title and its figure (a comparison with its regions and view)."""
    if in_use() != "zh":
        return pack_edit.item_label(data, kind, item)
    if kind == "charts":
        return _chart_zh(data, item)
    row = data.record(kind, item)
    if row is None:
        return translate("outline_labels", "{item} (no longer in the data)").format(item=item)
    said = shown(row, "zh")
    if kind == "indicators":  # Chinese punctuation, as display_zh's words
        return f"{said['name']}（{said['region']}，{said['period']}）：{said['display']}"
    return said["name"]


def _chart_zh(data, item: str) -> str:
    chart, record_id = kinds.parse_item(item) or (None, None)
    if chart is None:
        return translate("outline_labels", "Chart: {item} (not a chart this app draws)").format(item=item)
    title = chart_title(chart.title)
    if record_id is None:
        return translate("outline_labels", "Chart: {title}").format(title=title)
    row = data.record("indicators", record_id)
    if row is None:
        return translate("outline_labels", "{title}: {item} (no longer in the data)").format(title=title,
                                                                                            item=record_id)
    where = region_zh(str(row["region"]))
    if chart.compares:  # the regions and the view chosen
        compare = kinds.item_compare(item)
        where = "、".join(region_zh(r) for r in compare.regions) or where
        if compare.view == "index":
            where += translate("outline_labels", "; index, {base} = 100").format(
                base=compare.base or translate("outline_labels", "first common year"))
        elif compare.view == "growth":
            where += translate("outline_labels", "; growth from levels")
    return f"{title}：{shown(row, 'zh')['name']}（{where}）"
