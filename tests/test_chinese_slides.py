"""Presentation mode in Chinese (offscreen, real widgets): every slide of a Chinese presentation — cover, section
titles, figures, initiatives, charts — reads Chinese as the Chinese PDF does (names from name_zh, descriptions from
description_zh, values, periods, regions, kinds and themes by lexicon.display_zh); the quotes, the documents' titles
and publishers and the curators' cautions stay in English as the PDF prints them; crowded Chinese slides still fit a
1024x768 projector."""
import re

import pytest
from PySide6.QtWidgets import QMessageBox
from test_gui import open_window

from briefing.core.lexicon.display_zh import display_zh, kind_zh, period_zh, region_zh, status_zh
from briefing.core.pack import edit
from briefing.core.pack.model import Pack, Section, new_pack
from briefing.core.pack.slides import CHART, FIGURE, INITIATIVE, TITLE, pack_slides, record_slides
from briefing.core.query.filters import Filters
from briefing.gui.presentation import Presentation

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")
# the English words of the slides (their fixed words and the records' English fields): none may be left
ENGLISH = re.compile(r"\b(Source|Caution|figures?|initiatives?|actual|target|derived|done|ongoing|planned|undated|"
                     r"inferred|computed|Every|theme|matching|Fujian|Xiamen|trillion|billion|million|yuan|up|down|"
                     r"around|about|more|than|over|nearly|briefing|pack|internal|use|Macro|economy|Trade|Taiwan|"
                     r"integration|of|and|the|in)\b")
DERIVED, CAUTIONED, UNDATED = "gwr23-public-budget-revenue-2022", "gwr23-taiwan-trade", "bizenv-fie-stock-2024"


@pytest.fixture(scope="module")
def pack(dataset):
    """Every theme's figures, charts and initiatives, with a derived figure and a cautioned one added by hand."""
    pack = new_pack(dataset, ["economy", "taiwan", "trade", "investment"])
    for rid in (DERIVED, CAUTIONED, UNDATED):
        pack = edit.add_record(pack, dataset, "indicators", rid, None)[0]
    return pack


def presentation(qtbot, slides, size=(1024, 768), lang="zh") -> Presentation:
    p = Presentation(slides, lang=lang)
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    qtbot.waitExposed(p)
    return p


def without_documents(text: str, dataset) -> str:
    """A source line without the documents' titles and publishers (English, as the Chinese PDF prints them)."""
    for source in dataset.source_map.values():
        text = text.replace(source["title"], "").replace(source["publisher"], "")
    return text


def visible_texts(p: Presentation) -> dict[str, str]:
    return {name: label.text() for name, label in p.labels.items() if label.isVisible() and label.text()}


def test_every_slide_of_a_chinese_presentation_reads_chinese(qtbot, dataset, pack):
    p = presentation(qtbot, pack_slides(pack, dataset, "zh"))
    kinds = set()
    for i, slide in enumerate(p.slides):
        p.go(i)
        kinds.add(slide.kind)
        texts = visible_texts(p)
        record = dataset.record("indicators" if slide.kind == FIGURE else "initiatives", slide.record_id) \
            if slide.record_id else None
        if "quote" in texts:  # the document's words, as the document has them
            assert record is not None and texts.pop("quote") == f"“{record['quote']}”"
        if "caution" in texts:  # the label in Chinese, the curators' note as they wrote it (as the Chinese PDF)
            assert texts.pop("caution") == f"⚠ 注意：{record['caution']}"
        texts["source"] = without_documents(texts.get("source", ""), dataset)
        for name, text in texts.items():
            if name == "source" and not text:
                continue  # a title slide cites nothing
            assert HAN.search(text) or (name == "value" and not LATIN.search(text)), (i, name, text)  # 4.8%
            assert not ENGLISH.search(text), (i, name, text)
        assert re.fullmatch(rf"{i + 1} / {len(p.slides)}", p.counter.text())
    assert kinds == {TITLE, FIGURE, CHART, INITIATIVE}


def test_a_chinese_figure_slide_states_the_value_as_display_zh_does(qtbot, dataset, pack):
    slides = pack_slides(pack, dataset, "zh")
    figures = [i for i, s in enumerate(slides) if s.kind == FIGURE and s.record_id]
    assert len(figures) > 40
    for i in figures:  # every figure of the pack: the stated digits and qualifier, nothing added
        record = dataset.record("indicators", slides[i].record_id)
        assert slides[i].value == display_zh(record)
        assert slides[i].title == record["name_zh"]
        assert slides[i].facts == " · ".join((period_zh(record["period"]), region_zh(record["region"]),
                                              kind_zh(record["kind"])))
    p = presentation(qtbot, slides)
    grp = next(i for i in figures if slides[i].record_id == "gwr23-grp")
    p.go(grp)
    assert p.labels["value"].text() == display_zh(dataset.record("indicators", "gwr23-grp")) == "5.4万亿元"
    assert p.labels["heading"].text() == "地区生产总值" and p.labels["facts"].text() == "2023年 · 福建 · 实际"
    assert p.labels["source"].text() == ("资料来源：Highlights of Fujian Provincial Government Work Report 2024, "
                                         "People's Government of Fujian Province (2024-03-05)")


def test_derived_undated_and_initiative_slides_in_chinese(dataset, pack):
    by_id = {s.record_id: s for s in pack_slides(pack, dataset, "zh") if s.record_id}
    derived = by_id[DERIVED]
    assert derived.value == "约5380亿元" and derived.facts == "2022年 · 福建 · 推算"
    assert derived.source.endswith("；由本应用根据一般公共预算总收入（含中央分成）（2023年）：5907亿元、"
                                   "一般公共预算总收入（含中央分成）增长（2023年）：增长9.8%计算。")
    undated = by_id[UNDATED]
    assert undated.value == "超过7.5万家" and undated.source.endswith("（未注明日期；时期按2024年推定）")
    initiative = next(s for s in by_id.values() if s.kind == INITIATIVE)
    record = dataset.record("initiatives", initiative.record_id)
    assert initiative.title == record["name_zh"] and initiative.text == record["description_zh"]
    assert initiative.facts == " · ".join((status_zh(record["status"]), period_zh(record["period"]),
                                           region_zh(record["region"])))


def test_the_cover_and_section_slides_in_chinese(dataset):
    typed = Pack(title="Visit of the delegation", audience="代表团", sections=[
        Section(theme="taiwan", indicators=["gwr23-taiwan-trade"], initiatives=["gwr24a-taiwan-compatriots-education"],
                notes="截至2024年3月")])
    cover, section = pack_slides(typed, dataset, "zh")[:2]
    assert (cover.title, cover.text) == ("Visit of the delegation", "来自官方文件的数据与举措")  # typed: as typed
    assert cover.facts == f"代表团 · {typed.date} · 内部使用"
    assert (section.title, section.text, section.facts) == ("对台融合", "截至2024年3月", "1项指标 · 1项举措")
    default = pack_slides(Pack(sections=typed.sections), dataset, "zh")[0]
    assert default.title == "福建简报资料"  # the Chinese PDF's cover words
    english = pack_slides(Pack(sections=typed.sections), dataset, "en")
    assert english[0].title == "Fujian briefing pack" and english[1].facts == "1 figure · 1 initiative"


def test_a_chinese_pack_is_presented_in_chinese_from_an_english_window(qtbot, dataset, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    pack = Pack(language="zh", sections=[Section(theme="taiwan", indicators=["gwr23-taiwan-trade"])])
    window.presenter.present_pack(pack)
    p = window.presenter.presentation
    assert p.lang == "zh" and p.slides[0].title == "福建简报资料" and p.slides[1].title == "对台融合"
    p.go(2)
    assert p.labels["caution"].text().startswith("⚠ 注意：Implausible as translated")
    p.close()
    window.pack.document.replace(Pack(sections=pack.sections))  # an English pack: English slides
    window.presenter.start()
    p = window.presenter.presentation
    assert p.lang == "en" and p.slides[1].title == "Taiwan integration"
    p.go(2)
    assert p.labels["caution"].text().startswith("⚠ Caution: Implausible as translated")
    p.close()


def test_f5_in_a_chinese_window_presents_the_filtered_records_in_chinese(qtbot, dataset, monkeypatch, chinese):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    window.filters.set_filters(Filters(themes=("taiwan",), kind="actual"))
    window.presenter.start()
    p = window.presenter.presentation
    assert p.lang == "zh" and p.slides[0].title == "福建简报" and p.slides[0].text == "对台融合 · 实际值"
    assert re.fullmatch(r"\d+项指标(?: · \d+项举措)?", p.slides[0].facts)
    p.go(next(i for i, s in enumerate(p.slides) if s.record_id == CAUTIONED))
    assert p.labels["value"].text() == "超过1.5万亿元" and p.labels["caution"].text().startswith("⚠ 注意：")
    p.close()


def test_the_filters_in_chinese_words(dataset):
    title = record_slides(dataset, ["gwr23-grp"], [], Filters(themes=("trade", "taiwan"), region="Xiamen",
                                                              period="2023", kind="target", search="金门"), "zh")[0]
    assert title.text == "贸易、对台融合 · 厦门 · 2023年 · 目标值 · 检索“金门”" and title.facts == "1项指标"
    assert record_slides(dataset, [], ["bizenv-invest-in-fujian"], Filters(), "zh")[0].text == "全部主题"


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_crowded_chinese_slides_fit_and_the_figure_is_as_large_as_in_english(qtbot, dataset, size):
    inds, inits = dataset.indicators, dataset.initiatives
    longest = [*inds.assign(n=inds["quote"].str.len() + inds["caution"].str.len() + inds["name_zh"].str.len())
               .nlargest(3, "n")["id"], DERIVED, UNDATED]
    wordy = [*inits.assign(n=inits["description_zh"].str.len() + inits["caution"].str.len() + inits["quote"].str.len())
             .nlargest(3, "n")["id"]]
    pack = Pack(sections=[Section(theme="economy", indicators=longest, initiatives=wordy)])
    zh, en = presentation(qtbot, pack_slides(pack, dataset, "zh"), size), \
        presentation(qtbot, pack_slides(pack, dataset, "en"), size, "en")
    assert [s.record_id for s in zh.slides] == [s.record_id for s in en.slides]
    for i in range(len(zh.slides)):
        zh.go(i)
        en.go(i)
        parts = sorted((w.geometry() for w in (*zh.labels.values(), zh.counter, zh.chart) if w.isVisible()),
                       key=lambda r: r.top())
        assert all(r.top() >= 0 and r.bottom() < zh.height() and r.right() < zh.width() for r in parts)
        texts = [r for r in parts if r != zh.counter.geometry()]
        assert all(a.bottom() < b.top() for a, b in zip(texts, texts[1:])), zh.slide()  # no text over another
        for name, label in zh.labels.items():  # every text whole: its height is what its wrapped lines need
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), (i, name)
        if zh.slide().kind == FIGURE:
            assert zh.labels["value"].font().pointSizeF() >= en.labels["value"].font().pointSizeF() >= 48
        if zh.slide().quote and en.slide().quote:  # a crowded slide shrinks the quote, never below its smallest
            assert zh.labels["quote"].font().pointSizeF() >= 15 * zh.scale() - 0.01
