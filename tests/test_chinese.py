"""The data side of Chinese: figures, periods, regions, kinds and themes in Chinese, the curators' Chinese names
(required by the manifest), search in Chinese, and `briefing list --lang zh`."""
from __future__ import annotations

import argparse
import json
import re
from decimal import Decimal

import pandas as pd
import pytest
from conftest import ROOT, write_mini_seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.cli.language import add_lang_argument, header
from briefing.core.lexicon.display_zh import (
    kind_zh,
    localized,
    number_zh,
    period_zh,
    qualifier_zh,
    region_zh,
    shown,
    status_zh,
    themes_zh,
    value_zh,
)
from briefing.core.lexicon.numbers import find_numbers
from briefing.core.model.vocab import INDICATOR_FIELDS, INITIATIVE_FIELDS, THEMES
from briefing.core.query.index import RecordIndex, filter_records

HAN = re.compile(r"[\u4e00-\u9fff]")
PROPERTIES = settings(deadline=None, database=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])


# --- the examples ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value, unit, qualifier, measure, expected", [
    (5.4e12, "CNY", "exact", "level", "5.4万亿元"),
    (1.8312e12, "CNY", "exact", "level", "1.8312万亿元"),
    (794.9e9, "CNY", "exact", "level", "7949亿元"),
    (26.56e9, "CNY", "exact", "level", "265.6亿元"),
    (18.42e9, "USD", "exact", "level", "184.2亿美元"),
    (75000, "enterprises", "over", "level", "超过7.5万家"),
    (12000, "enterprises", "over", "level", "超过1.2万家"),
    (2500, "enterprises", "over", "level", "超过2500家"),
    (102, "projects", "exact", "level", "102个"),
    (5.5, "%", "about", "share", "约5.5%"),
    (4.5, "%", "exact", "growth", "增长4.5%"),
    (5.5, "%", "about", "growth", "增长约5.5%"),
    (-0.2, "%", "exact", "growth", "下降0.2%"),
    (3.4, "pp", "exact", "change_pp", "提高3.4个百分点"),
    (1.8, "pp", "exact", "gap_pp", "高出1.8个百分点"),
    (70, "%", "nearly", "share", "近70%"),
    (6, "hours", "under", "level", "不超过6小时"),
    (5110000, "t", "exact", "level", "511万吨"),
    (3, "rank", "exact", "rank", "第3位"),
    (5, "years", "exact", "streak", "连续5年"),
    (11, "sessions", "exact", "streak", "连续11届"),
])
def test_values_in_chinese(value, unit, qualifier, measure, expected):
    assert value_zh(value, unit, qualifier, measure) == expected


@pytest.mark.parametrize("qualifier, stated, expected", [
    ("over", "more than 75,000 enterprises", "超过"), ("over", "no less than 640 yuan per person", "不低于"),
    ("over", "at least 5", "至少"), ("under", "released within 6 hours", "不超过"), ("under", "less than 5%", "不足"),
    ("about", "around 5.5%", "约"), ("nearly", "nearly 70% of GRP", "近"),
])
def test_the_english_display_narrows_the_chinese_qualifier(qualifier, stated, expected):
    """"No less than" is not "more than": 超过 would overstate the source."""
    assert qualifier_zh(qualifier, stated) == expected


@pytest.mark.parametrize("period, expected", [
    ("2023", "2023年"), ("2023-Q1", "2023年第一季度"), ("2022-Q4", "2022年第四季度"), ("2024-05", "2024年5月"),
    ("2021-01/2021-02", "2021年1—2月"), ("2024-01/2024-06", "2024年上半年"), ("2024-Q3/2024-Q4", "2024年下半年"),
    ("2023-Q1/2023-Q3", "2023年前三季度"), ("2015/2021", "2015—2021年"), ("2020-11/2021-02", "2020年11月—2021年2月"),
])
def test_periods_in_chinese(period, expected):
    assert period_zh(period) == expected


def test_regions_kinds_statuses_and_themes_in_chinese():
    assert [region_zh(r) for r in ("Fujian", "Xiamen", "Taiwan", "Xiamen Area, China (Fujian) Pilot FTZ",
                                   "China's pilot FTZs", "Jiangsu Pilot FTZ")] == [
        "福建", "厦门", "台湾", "福建自贸试验区厦门片区", "全国自由贸易试验区", "江苏自贸试验区"]
    assert region_zh("Germany") == "Germany"  # an imported country the lexicon has no Chinese name for
    assert [kind_zh(k) for k in ("actual", "target", "derived")] == ["实际", "目标", "推算"]
    assert [status_zh(s) for s in ("done", "ongoing", "planned")] == ["已完成", "进行中", "计划中"]
    assert themes_zh(["trade", "taiwan", "digital", "ecology"]) == "贸易、对台融合、数字经济、生态"
    assert all(HAN.search(themes_zh([t])) for t in THEMES)


def test_every_seed_record_region_and_unit_has_chinese_words(dataset):
    ind, ini = dataset.indicators, dataset.initiatives
    for region in {*ind["region"], *ini["region"]}:
        assert HAN.search(region_zh(region)), region
    for row in ind.to_dict(orient="records"):
        text = shown(row, "zh")["display"]
        assert not re.search(r"[A-Za-z]", text), (row["id"], text)  # no English unit left over


def test_the_seeds_figures_in_chinese(dataset):
    rows = dataset.indicators.set_index("id")
    zh = {rid: shown({**rows.loc[rid].to_dict(), "id": rid}, "zh") for rid in
          ("gwr23-grp", "gwr23-grp-growth", "ftz23-trade-sum-2023q1", "ftz23-exports-2023q1", "xm21-ic-2020",
           "gwr23-high-tech-enterprises-2022", "ftz23-trade-2023q1", "gwr23-medical-insurance-subsidy")}
    assert zh["gwr23-grp"] == {"name": "地区生产总值", "display": "5.4万亿元", "period": "2023年", "region": "福建",
                               "kind": "实际", "themes": "宏观经济"}
    assert zh["gwr23-grp-growth"]["display"] == "增长4.5%"
    assert zh["ftz23-trade-sum-2023q1"]["display"] == "1.8312万亿元"  # derived, exact to 0.1 billion
    assert zh["ftz23-trade-sum-2023q1"]["kind"] == "推算"
    assert zh["ftz23-exports-2023q1"]["display"] == "7949亿元"
    assert zh["ftz23-exports-2023q1"]["period"] == "2023年第一季度"
    assert zh["ftz23-exports-2023q1"]["region"] == "全国自由贸易试验区"
    assert zh["xm21-ic-2020"]["display"] == "265.6亿元" and zh["xm21-ic-2020"]["region"] == "厦门"
    assert zh["gwr23-high-tech-enterprises-2022"]["display"] == "超过8800家"  # a derived lower bound stays one
    assert zh["gwr23-medical-insurance-subsidy"]["display"] == "不低于640元"  # "no less than", as stated


def test_english_shows_the_records_own_words(dataset):
    row = dataset.indicators.set_index("id").loc["gwr23-grp"].to_dict()
    english = shown(row, "en")
    assert (english["display"], english["name"], english["themes"]) == ("5.4 trillion yuan", "Gross regional product",
                                                                        "Macro economy")
    with pytest.raises(ValueError):
        shown(row, "fr")


def test_a_record_without_a_translation_shows_its_english_name():
    row = {"name": "Imported GDP", "name_zh": float("nan"), "value": 5.0, "unit": "%", "qualifier": "exact",
           "measure": "growth", "period": "2020", "region": "Germany", "kind": "actual", "themes": []}
    assert shown(row, "zh") == {"name": "Imported GDP", "display": "增长5%", "period": "2020年", "region": "Germany",
                                "kind": "实际", "themes": ""}


# --- numbers: read back, never more precise than stated ----------------------------------------------------

def _digits_after_point(text: str) -> int:
    number = re.search(r"\d+(?:\.(\d+))?", text)
    return len(number.group(1) or "")


def _read_back(text: str) -> float:
    tokens = find_numbers(text)
    assert len(tokens) == 1, (text, tokens)
    return tokens[0].number * tokens[0].scale


stated = st.builds(lambda m, e: float(Decimal(m).scaleb(e)), st.integers(1, 999_999), st.integers(-3, 10))


@PROPERTIES
@given(stated)
def test_chinese_numbers_read_back_as_the_value(value):
    text = number_zh(value)
    assert abs(_read_back(text) - value) <= 1e-9 * value
    # no digit the value does not have: decimals only down to its last significant digit
    scale = {"万亿": 12, "亿": 8, "万": 4, "": 0}[re.sub(r"[\d.]", "", text)]
    place = Decimal(repr(value)).normalize().as_tuple().exponent
    assert _digits_after_point(text) == max(0, scale - place)


@PROPERTIES
@given(stated, st.integers(-2, 11))
def test_chinese_numbers_rounded_to_a_place_stay_within_half_of_it(value, place):
    text = number_zh(value, place)
    assert abs(_read_back(text) - value) <= 0.5 * 10.0 ** place * (1 + 1e-9) + 1e-9 * value


def test_a_rounded_bound_stays_true():
    assert value_zh(8850, "enterprises", "over", place=2) == "超过8800家"
    assert value_zh(5.51, "%", "under", place=-1) == "不超过5.6%"
    assert value_zh(8850, "enterprises", "about", place=2) == "约8800家"  # half to even


@PROPERTIES
@given(stated, st.integers(-2, 11))
def test_a_rounded_lower_bound_never_exceeds_the_value(value, place):
    assert _read_back(value_zh(value, "CNY", "over", place=place)) <= value * (1 + 1e-12)
    assert _read_back(value_zh(value, "CNY", "under", place=place)) >= value * (1 - 1e-12)


@PROPERTIES
@given(stated, st.sampled_from(["CNY", "USD", "enterprises", "t", "%"]),
       st.sampled_from(["exact", "over", "about", "nearly", "under"]))
def test_a_chinese_value_states_its_qualifier_and_reads_back(value, unit, qualifier):
    text = value_zh(value, unit, qualifier)
    words = {"exact": "", "over": "超过", "about": "约", "nearly": "近", "under": "不超过"}
    assert text.startswith(words[qualifier])
    assert abs(_read_back(text) - value) <= 1e-9 * value


# --- the curators' names, required by the manifest ------------------------------------------------------------

def test_every_seed_record_has_a_chinese_name(dataset):
    for table, fld in ((dataset.indicators, "name_zh"), (dataset.initiatives, "name_zh"),
                       (dataset.initiatives, "description_zh")):
        missing = table[~table[fld].map(lambda n: bool(HAN.search(n or "")))]
        assert missing.empty, (fld, list(missing["id"]))
    assert list(dataset.indicators.columns[:3]) == ["id", "name", "name_zh"]
    assert "description_zh" in INITIATIVE_FIELDS and "name_zh" in INDICATOR_FIELDS


def test_validate_names_the_file_and_record_missing_a_chinese_name(seeds_copy, capsys):
    path = seeds_copy / "records" / "xm-2021.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.startswith("  - id: xm21-trade-2021m1m2"))
    path.write_text(re.sub(r"(- id: xm21-trade-2021m1m2\n    name: [^\n]*\n)    name_zh: [^\n]*\n", r"\1", text),
                    encoding="utf-8")
    assert main(["validate", str(seeds_copy)]) == ExitCode.PROBLEMS
    err = capsys.readouterr().err
    assert f"xm-2021.yaml:{line}: xm21-trade-2021m1m2: name_zh: no name_zh" in err
    assert "1 problem(s) found." in err  # the record is still read: nothing else is reported


def test_validate_names_an_initiative_missing_its_chinese_description(seeds_copy, capsys):
    path = seeds_copy / "records" / "fj-digital-2024.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(s for s in text.splitlines(keepends=True) if s.startswith('    description_zh: "福建省发展和改革委员会、'
                                                                        '福建省数据管理局回应'))
    path.write_text(text.replace(line, ""), encoding="utf-8")
    assert main(["validate", str(seeds_copy)]) == ExitCode.PROBLEMS
    err = capsys.readouterr().err
    assert "dig24-convenient-fujian: description_zh: no description_zh" in err and "1 problem(s) found." in err


def test_a_blank_chinese_name_is_missing_too(seeds_copy, capsys):
    path = seeds_copy / "records" / "fj-digital-2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('name_zh: "数字中国建设峰会"', 'name_zh: "  "'), encoding="utf-8")
    assert main(["validate", str(seeds_copy)]) == ExitCode.PROBLEMS
    assert "dig24-digital-china-summit-2024: name_zh: no name_zh" in capsys.readouterr().err


def test_a_folder_whose_manifest_asks_for_no_translation_needs_none(tmp_path, capsys):
    root = write_mini_seeds(tmp_path / "seeds")  # the user's own records: English only
    assert main(["validate", str(root)]) == ExitCode.OK
    manifest = root / "sources.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("version: 1", "version: 1\ntranslations: [zh]"),
                        encoding="utf-8")
    assert main(["validate", str(root)]) == ExitCode.PROBLEMS
    assert "name_zh: no name_zh" in capsys.readouterr().err


def test_the_seeds_readme_says_the_chinese_names_are_the_projects_translation():
    readme = (ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    assert "name_zh" in readme and "translation" in readme[readme.index("name_zh"):][:600]


# --- search in Chinese ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("chinese, english", [
    ("厦门", "xiamen"), ("台湾", "taiwan"), ("两岸", "cross-strait"), ("数字经济", "digital economy"),
    ("地区生产总值", "gross regional product"),
])
@pytest.mark.parametrize("table", ["indicators", "initiatives"])
def test_a_chinese_search_finds_what_its_english_words_find(dataset, table, chinese, english):
    df = getattr(dataset, table)
    found = set(filter_records(df, search=chinese)["id"])
    assert set(filter_records(df, search=english)["id"]) <= found
    if table == "indicators" or chinese not in ("地区生产总值",):
        assert found


def test_xiamen_in_chinese_finds_every_record_of_the_region(dataset):
    for df in (dataset.indicators, dataset.initiatives):
        assert set(df[df["region"] == "Xiamen"]["id"]) <= set(filter_records(df, search="厦门")["id"])


def test_chinese_names_and_theme_words_are_searched(dataset):
    ind = dataset.indicators
    assert "gwr23-grp" in set(filter_records(ind, search="地区生产总值")["id"])
    assert set(filter_records(ind, search="一般公共预算")["id"]) >= {"gwr23-public-budget-revenue"}
    assert set(ind[ind["themes"].map(lambda ts: "taiwan" in ts)]["id"]) <= set(filter_records(ind, search="对台融合")["id"])
    assert "gwr23-straits-forum-15" in set(filter_records(dataset.initiatives, search="海峡论坛")["id"])


def test_typing_a_chinese_word_character_by_character_finds_its_english_words():
    df = pd.DataFrame({"id": ["a", "b"], "name": ["Ports of Xiamen", "Ports of Fuzhou"], "region": ["Fujian"] * 2,
                       "themes": [["trade"], ["trade"]]})
    index = RecordIndex(df)
    assert not index.mask(search="厦").any()  # the first keystroke: no row has 厦
    assert index.mask(search="厦门").tolist() == [True, False]  # the word stands for "xiamen": every row scanned
    assert index.mask(search="福州").tolist() == [False, True]


# --- briefing list --lang zh ---------------------------------------------------------------------------------

def test_list_in_chinese_as_a_table(capsys):
    assert main(["list", "indicators", "--search", "地区生产总值", "--lang", "zh"]) == ExitCode.OK
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header == ["编号", "名称", "数值", "时期", "地区", "类型", "主题", "来源"]
    line = next(s for s in out.splitlines() if s.split()[0] == "gwr23-grp")
    assert line.split()[1:7] == ["地区生产总值", "5.4万亿元", "2023年", "福建", "实际", "宏观经济"]


def test_list_initiatives_in_chinese(capsys):
    assert main(["list", "initiatives", "--search", "海峡论坛", "--lang", "zh"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "第十六届海峡论坛" in out and "计划中" in out and "对台融合" in out


def test_list_in_chinese_as_csv(capsys):
    assert main(["list", "indicators", "--region", "Xiamen", "--lang", "zh", "--format", "csv"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(INDICATOR_FIELDS)
    row = next(s for s in lines if s.startswith("xm21-trade-2021m1m2,"))
    assert row.startswith("xm21-trade-2021m1m2,厦门外贸进出口,厦门外贸进出口,foreign-trade-of-xiamen,贸易,厦门,2021年1—2月,实际")
    assert "1202.4亿元" in row and ",120240000000,CNY,exact," in row  # values (as stated: no ".0") and codes stay machine-readable


def test_json_keeps_its_english_fields_and_adds_chinese_ones(capsys):
    assert main(["list", "indicators", "--search", "gwr23-grp", "--format", "json"]) == ExitCode.OK
    english = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert main(["list", "indicators", "--search", "gwr23-grp", "--format", "json", "--lang", "zh"]) == ExitCode.OK
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    grp = rows["gwr23-grp"]
    assert list(grp) == [*INDICATOR_FIELDS, "display_zh", "period_zh", "region_zh", "kind_zh", "themes_zh"]
    assert {k: grp[k] for k in INDICATOR_FIELDS} == english["gwr23-grp"]
    assert (grp["display_zh"], grp["period_zh"], grp["region_zh"], grp["kind_zh"], grp["themes_zh"]) == (
        "5.4万亿元", "2023年", "福建", "实际", "宏观经济")
    assert main(["list", "initiatives", "--search", "海峡论坛", "--format", "json", "--lang", "zh"]) == ExitCode.OK
    forum = json.loads(capsys.readouterr().out)[0]
    assert list(forum)[-4:] == ["period_zh", "region_zh", "status_zh", "themes_zh"]


def test_localized_leaves_english_tables_alone(dataset):
    assert localized(dataset.indicators, "en") is dataset.indicators
    zh = localized(dataset.indicators, "zh")
    assert zh is not dataset.indicators and dataset.indicators["region"].iloc[0] == "Fujian"


def test_the_lang_argument_is_one_helper_other_commands_can_take():
    parser = argparse.ArgumentParser()
    add_lang_argument(parser, "the pack's words")
    assert parser.parse_args([]).lang == "en" and parser.parse_args(["--lang", "zh"]).lang == "zh"
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "fr"])
    assert header("name", "zh") == "名称" and header("name", "en") == "name"
