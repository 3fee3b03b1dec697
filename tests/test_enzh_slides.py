"""Presentation mode for an en+zh pack (mixed delegations; offscreen, real widgets): English slides as the en+zh PDF
prints them, each figure's and initiative's Chinese name (name_zh) under its English name and each section's Chinese
theme under its title, smaller and not bold, the cover saying once (as the PDF's cover does) that the Chinese names
are the project's translation; values, facts, cautions, sources and charts English; crowded en+zh slides fit a
1024x768 projector with the figure at its full size."""
import re
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from test_chinese_slides import presentation as shown
from test_gui import open_window

from briefing.cli import main, parser, present
from briefing.core.lexicon.display_zh import themes_zh
from briefing.core.model.vocab import THEMES
from briefing.core.pack import edit
from briefing.core.pack.model import Pack, Section, new_pack, save_pack
from briefing.core.pack.slides import CHART, FIGURE, INITIATIVE, TITLE, language, pack_slides
from briefing.gui.presentation import SIZES, Presentation
from briefing.report.lang import WORDS

HAN = re.compile(r"[\u4e00-\u9fff]")
CAUTIONED, DERIVED = "gwr23-taiwan-trade", "gwr23-public-budget-revenue-2022"


@pytest.fixture(scope="module")
def pack(dataset):
    """Four themes' figures, charts and initiatives, with a cautioned and a derived figure added by hand, in en+zh."""
    pack = new_pack(dataset, ["economy", "taiwan", "trade", "investment"])
    for rid in (CAUTIONED, DERIVED):
        pack = edit.add_record(pack, dataset, "indicators", rid, None)[0]
    return pack.model_copy(update={"language": "en+zh"})


def presentation(qtbot, slides, size=(1024, 768), lang="en+zh") -> Presentation:
    return shown(qtbot, slides, size, lang)


def test_the_language_of_an_en_zh_pack_is_en_zh_whatever_the_interface():
    assert [language(Pack(language="en+zh"), ui) for ui in ("en", "zh")] == ["en+zh", "en+zh"]
    assert [language(Pack(language=pl), ui) for pl, ui in (("en", "en"), ("en", "zh"), ("zh", "en"))] == \
        ["en", "zh", "zh"]  # as before


def test_every_figure_and_initiative_slide_shows_its_chinese_name_under_the_english(qtbot, dataset, pack):
    english = pack_slides(pack.model_copy(update={"language": "en"}), dataset, "en")
    p = presentation(qtbot, pack_slides(pack, dataset, "en"))
    assert len(p.slides) == len(english)
    checked = 0
    for i, (slide, plain) in enumerate(zip(p.slides, english)):
        assert slide == replace(plain, title_zh=slide.title_zh, source=slide.source if i == 0 else plain.source), i
        if slide.kind not in (FIGURE, INITIATIVE) or not slide.record_id:
            continue
        record = dataset.record("indicators" if slide.kind == FIGURE else "initiatives", slide.record_id)
        p.go(i)
        heading, chinese = p.labels["heading"], p.labels["chinese"]
        assert heading.text() == record["name"] and chinese.text() == record["name_zh"], i
        assert chinese.isVisible() and heading.geometry().bottom() < chinese.geometry().top()
        nxt = p.labels["value" if slide.kind == FIGURE else "facts"]
        assert chinese.geometry().bottom() < nxt.geometry().top()  # right under the name, before the figure
        assert chinese.font().pointSizeF() < heading.font().pointSizeF() and not chinese.font().bold()
        for name in ("value", "facts", "quote", "source"):  # the rest as the English slide has it
            assert not HAN.search(p.labels[name].text()), (i, name)
        checked += 1
    assert checked > 40


def test_section_slides_show_the_chinese_theme_and_the_cover_marks_the_translation(qtbot, dataset, pack):
    slides = pack_slides(pack, dataset, "en")
    sections = [s for s in slides[1:] if s.kind == TITLE]
    assert [(s.title, s.title_zh) for s in sections] == [(THEMES[t], themes_zh([t])) for t in pack.themes]
    cover = slides[0]
    assert cover.title == "Fujian briefing pack" and not cover.title_zh  # as the en+zh PDF's cover
    assert cover.source == WORDS["zh"]["translated"] == "中文名称为本项目译名；引文保留原文（英文）。"
    p = presentation(qtbot, slides)
    assert p.labels["source"].isVisible() and p.labels["source"].text() == cover.source
    p.go(slides.index(sections[1]))
    heading, chinese = p.labels["heading"], p.labels["chinese"]
    assert (heading.text(), chinese.text()) == ("Taiwan integration", "对台融合")
    assert heading.geometry().bottom() < chinese.geometry().top() < p.labels["facts"].geometry().top()
    assert chinese.font().pointSizeF() < heading.font().pointSizeF()


def test_charts_stay_english(dataset, pack):
    charts = [s for s in pack_slides(pack, dataset, "en") if s.kind == CHART]
    assert charts
    for slide in charts:
        spec = slide.chart()
        words = [slide.title, slide.title_zh, spec.source_line, *(label for _, label in spec.ticks),
                 *(s.name for s in spec.series), spec.unit, spec.axis_label, *spec.notes]
        assert not any(HAN.search(w) for w in words), slide.title


def test_an_en_zh_pack_presented_from_an_english_or_a_chinese_window(qtbot, dataset, monkeypatch, chinese):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    mixed = Pack(language="en+zh", sections=[Section(theme="taiwan", indicators=[CAUTIONED])])
    window.pack.document.replace(mixed)
    window.presenter.start()  # F5 in a Chinese window
    p = window.presenter.presentation
    assert p.lang == "en+zh" and p.slides[1].title == "Taiwan integration" and p.slides[1].title_zh == "对台融合"
    p.go(2)
    assert p.labels["caution"].text().startswith("⚠ Caution: Implausible as translated")  # the PDF's English word
    assert p.labels["chinese"].text() == dataset.record("indicators", CAUTIONED)["name_zh"]
    p.close()


def test_present_a_pack_file_whose_language_is_en_zh(qtbot, dataset, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    path = save_pack(Pack(language="en+zh", sections=[Section(theme="economy", indicators=["gwr23-grp"])]),
                     tmp_path / "mixed.json")
    started = {}
    monkeypatch.setattr(present, "app", type("App", (), {"run": staticmethod(lambda **kw: started.update(kw) or 0)}))
    assert main(["present", "--pack", str(path)]) == 0
    started["on_ready"](window)
    p = window.presenter.presentation
    p.go(2)
    assert p.lang == "en+zh" and (p.labels["heading"].text(), p.labels["chinese"].text(),
                                  p.labels["value"].text()) == ("Gross regional product", "地区生产总值",
                                                                "5.4 trillion yuan")
    p.close()


def test_present_lang_en_zh_presents_a_pack_with_the_chinese_names_in_an_english_window(qtbot, dataset, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, dataset)
    path = save_pack(Pack(sections=[Section(theme="economy", indicators=["gwr23-grp"])]), tmp_path / "english.json")
    started = {}
    monkeypatch.setattr(present, "app", type("App", (), {"run": staticmethod(lambda **kw: started.update(kw) or 0)}))
    assert main(["present", "--pack", str(path), "--lang", "en+zh"]) == 0
    assert started["language"] is None  # the window keeps its own language
    started["on_ready"](window)
    p = window.presenter.presentation
    p.go(2)
    assert p.lang == "en+zh" and (p.labels["heading"].text(), p.labels["chinese"].text()) == \
        ("Gross regional product", "地区生产总值")
    p.close()
    with pytest.raises(SystemExit):  # the window itself is English or Chinese
        parser().parse_args(["gui", "--lang", "en+zh"])


def test_english_slides_have_no_chinese_line(qtbot, dataset):
    slides = pack_slides(Pack(sections=[Section(theme="taiwan", indicators=[CAUTIONED])]), dataset, "en")
    assert not any(s.title_zh for s in slides) and not slides[0].source
    p = presentation(qtbot, slides, lang="en")
    for i in range(len(slides)):
        p.go(i)
        assert not p.labels["chinese"].isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_crowded_en_zh_slides_fit_with_the_figure_at_its_full_size(qtbot, dataset, size):
    inds, inits = dataset.indicators, dataset.initiatives
    longest = [*inds.assign(n=inds["quote"].str.len() + inds["caution"].str.len() + inds["name"].str.len()
                            + inds["name_zh"].str.len()).nlargest(4, "n")["id"], DERIVED]
    wordy = [*inits.assign(n=inits["description"].str.len() + inits["caution"].str.len() + inits["quote"].str.len()
                           + inits["name_zh"].str.len()).nlargest(3, "n")["id"]]
    sections = [Section(theme="economy", indicators=longest, initiatives=wordy, notes="Figures as of March 2024")]
    mixed, english = (Pack(language=lang, sections=sections) for lang in ("en+zh", "en"))
    p, en = presentation(qtbot, pack_slides(mixed, dataset), size), \
        presentation(qtbot, pack_slides(english, dataset), size, "en")
    for i in range(len(p.slides)):
        p.go(i)
        en.go(i)
        parts = sorted((w.geometry() for w in (*p.labels.values(), p.counter, p.chart) if w.isVisible()),
                       key=lambda r: r.top())
        assert all(r.top() >= 0 and r.bottom() < p.height() and r.right() < p.width() for r in parts), i
        texts = [r for r in parts if r != p.counter.geometry()]
        assert all(a.bottom() < b.top() for a, b in zip(texts, texts[1:])), p.slide()  # no text over another
        for name, label in p.labels.items():  # every text whole: its height is what its wrapped lines need
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), (i, name)
        if p.slide().kind in (FIGURE, INITIATIVE):
            assert p.labels["chinese"].isVisible() and p.labels["chinese"].font().pointSizeF() >= 15 * p.scale()
        if p.slide().kind == FIGURE:  # the figure never shrinks: as large as on the English slide, its full size
            assert p.labels["value"].font().pointSizeF() == en.labels["value"].font().pointSizeF() \
                == SIZES["value"] * p.scale()
