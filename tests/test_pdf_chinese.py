"""Chinese briefing packs (`export --lang zh`, `--lang en+zh`): the real PDFs parsed back (pypdf, pdftotext,
pdffonts), the pack file's language field, Chinese line breaking and charts in Chinese."""
import json
import subprocess
import sys

import pypdf
import pytest

from briefing.core.charts.comparison import comparison_spec
from briefing.core.charts.localize import in_chinese
from briefing.core.pack.model import Pack, PackError, load_pack, new_pack, save_pack
from briefing.report import cjk_wrap, fonts
from briefing.report.cjk_wrap import NO_LINE_START
from briefing.report.document import build_pdf
from briefing.report.flowables import Para, styles

FORBIDDEN_STARTS = "，。、）」；：！？"
GRP = "gwr23-grp"  # Fujian's 2023 gross regional product, 5.4 trillion yuan


def bare(text: str) -> str:
    """Text without any white space: pypdf puts spaces and breaks between font runs of Chinese."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory):
    """The Chinese pack as the command line writes it."""
    out = tmp_path_factory.mktemp("zh") / "zh.pdf"
    done = subprocess.run([sys.executable, "-m", "briefing", "export", "--lang", "zh", "--invariant", "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def zh(zh_pdf):
    return pypdf.PdfReader(zh_pdf)


@pytest.fixture(scope="module")
def zh_pages(zh):
    return [bare(page.extract_text()) for page in zh.pages]


def test_the_fixed_texts_are_chinese(zh_pages):
    text = "".join(zh_pages)
    for words in ("目录", "图表目录", "执行摘要", "要点", "主要指标", "主要数据", "资料来源", "中文名称为本项目译名"):
        assert words in text, words
    for header in ("指标", "数值", "时期", "地区", "类别", "出处"):
        assert header in zh_pages[3], header  # the summary's table of headline figures
    for english in ("Contents", "Executive summary", "Key figures", "Page 1 of"):
        assert english not in text


def test_the_footer_reads_page_x_of_y_in_chinese(zh_pages):
    n = len(zh_pages)
    assert f"第1页，共{n}页" in zh_pages[0]
    assert f"第{n}页，共{n}页" in zh_pages[-1]


def test_the_headings_and_bookmarks_are_chinese(zh):
    titles = [item.title for item in zh.outline if not isinstance(item, list)]
    assert titles[:3] == ["目录", "执行摘要", "贸易"] and titles[-1] == "资料来源"


def test_a_figure_is_named_and_stated_in_chinese_and_its_quote_stays_english(zh, zh_pages, dataset):
    record = dataset.indicators.set_index("id").loc[GRP]
    text = "".join(zh_pages)
    assert "2023年，福建地区生产总值5.4万亿元[" in text  # the key message, built from what the record states
    heading = next(i for i in zh.outline if not isinstance(i, list) and i.title == "资料来源")
    sources = "".join(zh_pages[zh.get_destination_page_number(heading):])
    assert bare(record["quote"]) in sources  # the quote verbatim, in the document's English
    assert "地区生产总值（福建，2023年）" in sources  # and what it is cited for, in Chinese


def test_no_line_starts_with_closing_punctuation(zh_pdf):
    text = subprocess.run(["pdftotext", str(zh_pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) > 1000
    starts = [line for line in lines if line.lstrip()[:1] in FORBIDDEN_STARTS]
    assert not starts, starts[:5]


def test_the_catalog_says_chinese_and_every_font_is_embedded(zh, zh_pdf):
    assert zh.trailer["/Root"]["/Lang"] == "zh-CN"
    assert zh.metadata.title == "福建简报资料"
    rows = subprocess.run(["pdffonts", str(zh_pdf)], capture_output=True, text=True, check=True).stdout
    fonts_listed = rows.splitlines()[2:]
    assert any("DroidSansFallback" in row for row in fonts_listed)
    for row in fonts_listed:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_the_charts_are_titled_and_labelled_in_chinese(zh_pages):
    text = "".join(zh_pages)
    assert "图1增速比较：福建，2024年" in text
    assert "增速（%）" in text and "Growth rates of" not in text


def test_en_plus_zh_puts_the_chinese_name_under_the_english_one(tmp_path, dataset):
    out = build_pdf(new_pack(dataset, ["economy"], date="2026-12-01", language="en+zh"), dataset,
                    tmp_path / "both.pdf", invariant=True)
    reader = pypdf.PdfReader(out)
    text = bare("".join(page.extract_text() for page in reader.pages))
    assert bare("Gross regional product") + "地区生产总值" in text  # a table cell: English, then Chinese under it
    assert "MacroeconomyEconomy" not in text and "Contents" in text and "Page1of" in text
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert [i.title for i in reader.outline if not isinstance(i, list)][2].endswith("宏观经济")


def test_the_pack_file_keeps_its_language_and_a_bad_one_is_named(tmp_path, dataset):
    path = save_pack(new_pack(dataset, ["ecology"], language="zh"), tmp_path / "zh.json")
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "zh"
    assert load_pack(path)[0].language == "zh"
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"title": "before languages"}), encoding="utf-8")
    assert load_pack(old)[0].language == "en"  # a file from before the field loads unchanged
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    with pytest.raises(PackError, match="field language") as err:
        load_pack(bad)
    assert str(bad) in str(err.value) and "Traceback" not in str(err.value)
    assert Pack().language == "en"


@pytest.mark.parametrize("text", [
    "新时代文明实践中心（已完成，2023年，福建）：福建所有县、乡镇和村均建成新时代文明实践中心（所、站）。",
    "厦门集成电路产业规模（产值或营收，原文未说明）；2015—2021年，约1.7177万亿元！",
])
def test_chinese_lines_never_start_with_closing_punctuation_nor_cut_a_number(text):
    fonts.register()
    style = styles("zh")["cell"]
    for width in range(60, 200, 3):  # a table column is no narrower (narrower, a long number is cut)
        para = Para(fonts.markup(text), style)
        para.wrap(width, 10_000)
        lines = ["".join(line[1]) if isinstance(line, tuple) else "".join(w.text for w in line.words)
                 for line in para.blPara.lines]
        assert "".join(lines) == text  # nothing lost or added
        for before, after in zip(lines, lines[1:]):
            assert after[:1] not in NO_LINE_START, (width, lines)
            assert not (before[-1:].isdigit() and after[:1].isdigit()), (width, lines)


def test_a_line_built_from_runs_is_the_line_built_a_character_at_a_time(monkeypatch):
    """cjk_wrap hands makeCJKParaLine a run of characters of one fragment as one piece (the speed of a Chinese
    pack); each line must be what reportlab makes from the characters one by one: the same words, fonts, sizes."""
    fonts.register()
    text = "福建（Fujian）对台贸易额<b>达到</b>1.2万亿元，同比增长5.4%；两岸融合发展示范区建设提速。" * 3

    def lines(para):
        para.wrap(150, 10_000)
        return [(line.fontSize, line.ascent, line.descent, [(w.text, w.fontName, w.fontSize) for w in line.words])
                for line in para.blPara.lines]

    with_runs = lines(Para(fonts.markup(text), styles("zh")["body"]))
    monkeypatch.setattr(cjk_wrap, "_runs", lambda chars: chars)  # one piece a character, as reportlab does
    one_by_one = lines(Para(fonts.markup(text), styles("zh")["body"]))
    assert len(with_runs) > 3 and with_runs == one_by_one
    assert any(len(words) > 1 for *_, words in with_runs)  # fonts do change within a line (Latin, bold, Chinese)


def test_a_chart_spec_in_chinese(dataset):
    growth = dataset.indicators[dataset.indicators["region"] == "Fujian"]
    spec = comparison_spec(growth, dataset.source_map)
    records = {r["id"]: r for r in dataset.indicators.to_dict("records")}
    chinese = in_chinese(spec, records)
    assert chinese.title.startswith("增速比较：福建，") and chinese.axis_label == "增速（%）"
    first = records[spec.series[0].points[0].record_id]
    assert chinese.ticks[0][1].startswith(first["name_zh"])
    assert chinese.series[0].points == spec.series[0].points  # the numbers are untouched
