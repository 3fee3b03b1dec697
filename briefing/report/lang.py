"""The pack's fixed words (its PDF's, HTML companion's and data file's) in the pack's language (Pack.language): "en",
"zh", or "en+zh" (the English pack with each record's Chinese name under its English one, for mixed delegations).
The records' own words in Chinese come from core.lexicon.display_zh (the project's translations);
quotes stay in the documents' language (English)."""
from __future__ import annotations

from ..core.lexicon.display_zh import name_in, region_zh, shown
from ..core.lexicon.words import DISPLAY
from ..core.model.vocab import THEMES
from ..core.pack.titles import handling, titles

__all__ = ["PDF_LANG", "WORDS", "handling", "message_zh", "name", "record_in", "theme", "titles", "words"]

WORDS = {
    "en": {
        "contents": "Contents", "figures": "List of figures", "summary": "Executive summary",
        "messages": "Key messages", "headlines": "Headline figures", "headlines-caption": "Headline figures by theme",
        "no-headline": "None of the pack's figures is one the curators chose as a headline.", "notes": "Notes",
        "key-figures": "Key figures", "targets": "Targets and latest results", "initiatives": "Initiatives",
        "sources": "Sources", "page": "Page {} of {}", "Figure": "Figure {}. {}", "Table": "Table {}. {}",
        "theme": "Theme", "figure": "Figure", "value": "Value", "region": "Region", "period": "Period", "kind": "Kind",
        "ref": "Ref.", "target": "Target", "latest": "Latest actual", "caution": "Caution:", "note": "Note:",
        "cited-for": "Cited for:", "cited-on": "Cited on page", "cited-on-many": "Cited on pages",
        "table-note": "The table's note:", "audience": "Audience", "date": "Date", "handling": "Handling",
        "themes": "Themes", "data-version": "Data version", "list": ", ",
        "trust": "Every figure in this pack carries a reference number, a link to the Sources section at the end, "
                 "which gives the document and the exact sentence it comes from.",
        "translated": "",
        # the HTML companion (report.pack_html) and the data file (report.pack_data)
        "skip": "Skip to the pack", "charts": "Charts", "headlines-table": "The pack's headline figures",
        "cover-note": "Every figure in this pack carries a reference number; the Sources section at the end gives "
                      "the document and the exact sentence it comes from.",
        "made-by": "Data version {}. Written by Fujian Briefing Desk.", "titled": "{}: {}", "colon": ": ",
        "stop": ".", "semicolon": "; ", "comma": ", ", "brackets": " ({})",
        "section": "Section", "unit": "Unit", "display": "Display", "qualifier": "Qualifier", "series": "Series",
        "caution-column": "Caution", "source-title": "Source title", "publisher": "Publisher", "quote": "Quote",
        "citation": "Citation", "cited-for-column": "Cited for", "name-zh": "Chinese name",
    },
    "zh": {
        "contents": "目录", "figures": "图表目录", "summary": "执行摘要", "messages": "要点", "headlines": "主要指标",
        "headlines-caption": "各主题主要指标", "notes": "备注",
        "no-headline": "本资料所列数据中没有整理者选定的主要指标。",
        "key-figures": "主要数据", "targets": "目标与最新实际值", "initiatives": "重要举措", "sources": "资料来源",
        "page": "第 {} 页，共 {} 页", "Figure": "图{} {}", "Table": "表{} {}",
        "theme": "主题", "figure": "指标", "value": "数值", "region": "地区", "period": "时期", "kind": "类别",
        "ref": "出处", "target": "目标", "latest": "最新实际值", "note": "注：",
        "cited-for": "引用于：", "cited-on": "引用页：", "cited-on-many": "引用页：", "table-note": "表注：",
        "audience": "对象", "date": "日期", "handling": "处理要求", "themes": "主题", "data-version": "数据版本",
        "list": "、",
        "trust": "本资料中每个数据都附有出处编号，链接至文末“资料来源”，注明其所出文件及原文语句。",
        "translated": "中文名称为本项目译名；引文保留原文（英文）。",
        "differ": "来源说法不一：见资料来源中的注", "two-ways": "另有记录以不同修约方式表述",
        "derived": "（推算值：本应用根据资料来源所引数据计算）", "target-of": "{}目标：",
        **DISPLAY["zh"]["pack"],  # default title, subtitle, handling line (core.pack.titles), "caution"
        "skip": "跳至正文", "charts": "图表", "headlines-table": "本资料主要指标",
        "made-by": "数据版本 {}。由福建简报台生成。", "titled": "{}：{}", "colon": "：", "stop": "。",
        "semicolon": "；", "comma": "，", "brackets": "（{}）",
        "section": "部分", "unit": "单位", "display": "表述", "qualifier": "限定词", "series": "序列",
        "caution-column": "注意", "source-title": "来源文件", "publisher": "发布机构", "quote": "引文（原文）",
        "citation": "引用（英文）", "cited-for-column": "引用于", "name-zh": "中文名称",
    },
}
PDF_LANG = {"en": "en", "zh": "zh-CN", "en+zh": "en"}  # the catalog's /Lang


def words(lang: str) -> dict[str, str]:
    """The fixed words of a pack in `lang` (en+zh: the English ones)."""
    return WORDS["zh" if lang == "zh" else "en"]


def theme(name: str, lang: str) -> str:
    """A theme's name: English, Chinese, or (en+zh) the English with the Chinese under it (a line break)."""
    english, chinese = THEMES.get(name, name), shown({"themes": [name]}, "zh")["themes"]
    return {"zh": chinese, "en+zh": f"{english}\n{chinese}"}.get(lang, english)


def name(record: dict, lang: str) -> str:
    """A record's name in `lang` (en+zh: the English, a line break, the Chinese where the curators gave one)."""
    if lang == "en+zh":
        chinese = name_in(record, "zh")
        return record["name"] if chinese == record["name"] else f"{record['name']}\n{chinese}"
    return name_in(record, "zh" if lang == "zh" else "en")


def record_in(record: dict, lang: str) -> dict:
    """The record with the fields a table shows (name, display, period, region, kind, status, description) in
    `lang`; the rest (quote, source) as it is."""
    if lang == "en":
        return record
    if lang == "en+zh":
        return {**record, "name": name(record, lang)}
    return {**record, **shown(record, "zh")}


def message_zh(record: dict, ref: str, esc) -> str:
    """A key message in Chinese: '2023年，福建地区生产总值5.4万亿元[30]。' — the record's period, region (unless its
    name says it), name and value as display_zh states it (qualifier kept: 约, 超过), nothing added. `esc` turns
    text into markup; `ref` is markup."""
    s = shown(record, "zh")
    region = region_zh(str(record["region"]))
    label = s["name"]
    if s["display"][:2] in ("增长", "下降", "提高") and label.endswith(("增长", "增速")):
        label = label[:-2]  # 新设外商投资企业数量增长 + 增长9.7%: the verb said once
    subject = label if region in label else region + label
    w = WORDS["zh"]
    if record["kind"] == "target":
        return f"{esc(w['target-of'].format(s['period']))}{esc(subject + s['display'])}{ref}{esc('。')}"
    derived = w["derived"] if record["kind"] == "derived" else ""
    return f"{esc(s['period'] + '，' + subject + s['display'] + derived)}{ref}{esc('。')}"
