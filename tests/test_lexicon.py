"""One lexicon: every word of every language's module is understood the same way by every reader (the number
reader, the importer, the proposer, the provenance checks and the display), and no reader keeps its own copy."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from briefing.core.ingest.extract import propose
from briefing.core.ingest.tables.cells import (
    parse_kind,
    parse_qualifier,
    parse_themes,
    parse_unit,
    parse_value,
    split_qualifier,
)
from briefing.core.lexicon import en, words, zh
from briefing.core.lexicon.numbers import find_numbers, format_value
from briefing.core.provenance.quotes import value_problems

LANGUAGES = {"en": en, "zh": zh}
CORE = Path(__file__).resolve().parents[1] / "briefing" / "core"


def each(kind: str):
    """(language, key, word) for every word of a kind, in every language."""
    return [pytest.param(name, key, word, id=f"{name}-{key}-{word}") for name, language in LANGUAGES.items()
            for key, ws in getattr(language, kind).items() for word in ws]


@pytest.mark.parametrize("language,qualifier,word", each("QUALIFIERS_BEFORE"))
def test_a_qualifier_before_a_number_reads_alike_everywhere(language, qualifier, word):
    sentence = (f"In 2023, the province's exports were {word} 120 billion yuan." if language == "en"
                else f"2023年全省出口{word}120亿元。")
    [candidate] = propose(sentence)
    assert candidate.qualifier == qualifier
    cell = f"{word} 1,200" if language == "en" else f"{word}1200"
    number, stated = split_qualifier(cell)
    assert (number, parse_qualifier(stated), parse_qualifier(word)) == ("1,200" if language == "en" else "1200",
                                                                        qualifier, qualifier)
    assert not value_problems(candidate.value, sentence, candidate.display, qualifier)


@pytest.mark.parametrize("language,qualifier,word", each("QUALIFIERS_AFTER"))
def test_a_qualifier_after_a_number_reads_alike_everywhere(language, qualifier, word):
    sentence = f"2023年全省出口120亿元{word}。"
    [candidate] = propose(sentence)
    assert (candidate.qualifier, candidate.display) == (qualifier, f"120亿元{word}")
    assert split_qualifier(f"1200{word}") == ("1200", qualifier)
    assert parse_qualifier(word) == qualifier
    assert not value_problems(candidate.value, sentence, candidate.display, qualifier)


@pytest.mark.parametrize("qualifier", ["over", "about", "nearly", "under"])
def test_the_display_states_a_qualifier_with_one_of_its_words(qualifier):
    display = format_value(5.5, "%", qualifier)
    assert display.startswith(words.QUALIFIER_STATED[qualifier] + " ")
    assert not value_problems(5.5, "5.5%", display, qualifier)
    assert value_problems(5.5, "5.5%", "5.5%", qualifier)  # a display without the word misses the qualifier


@pytest.mark.parametrize("language,word,factor", [pytest.param(n, w, f, id=f"{n}-{w}") for n, lang in
                                                  LANGUAGES.items() for w, f in lang.SCALES.items()])
def test_a_scale_word_scales_in_text_in_a_unit_and_in_a_cell(language, word, factor):
    text = f"3 {word}" if language == "en" else f"3{word}"
    if word != "hundred":  # "hundred" alone only scales a number word ("One hundred")
        assert [t.values for t in find_numbers(text)] == [(3, 3 * factor)]
    assert parse_unit(f"{word} yuan" if language == "en" else f"{word}元") == (factor, "CNY")
    if language == "zh":
        assert parse_value(text) == 3 * factor


@pytest.mark.parametrize("language,word,factor", [pytest.param(n, w, f, id=f"{n}-{w}") for n, lang in
                                                  LANGUAGES.items() for w, f in lang.UNIT_SCALES.items()])
def test_a_scale_word_of_units_scales_in_a_unit(language, word, factor):
    assert parse_unit(f"USD {word}" if language == "en" else f"{word}美元") == (factor, "USD")


def test_the_display_scales_with_scale_words_the_readers_know():
    for factor, word in words.SCALE_NAMES.items():
        assert words.SCALES[word] == factor
        assert format_value(2.5 * factor, "CNY") == f"2.5 {word} {words.UNIT_NAMES['CNY']}"
    assert list(words.SCALE_NAMES) == sorted(words.SCALE_NAMES, reverse=True)  # the largest fits first


@pytest.mark.parametrize("language,written", [pytest.param(n, w, id=f"{n}-{w}") for n, lang in LANGUAGES.items()
                                              for w in lang.UNITS])
def test_a_unit_word_reads_as_its_unit(language, written):
    assert parse_unit(written) == LANGUAGES[language].UNITS[written]


@pytest.mark.parametrize("language,unit,word", each("UNITS_AFTER"))
def test_a_unit_after_a_number_reads_alike_in_a_text_and_a_table(language, unit, word):
    sentence = f"In 2023, output reached 12 {word}." if language == "en" else f"2023年产量达到12{word}。"
    assert [c.unit for c in propose(sentence)] == [unit]
    assert parse_unit(word) == (1, unit)


@pytest.mark.parametrize("language,unit,word", each("CURRENCIES_BEFORE"))
def test_a_currency_before_a_number_reads_alike_in_a_text_and_a_table(language, unit, word):
    [candidate] = propose(f"In 2023, output reached {word} 12 billion.")
    assert (candidate.unit, candidate.value, candidate.display) == (unit, 12e9, f"{word} 12 billion")
    assert parse_unit(f"{word} billion") == (1e9, unit)


@pytest.mark.parametrize("language,word", [pytest.param(n, w, id=f"{n}-{w}") for n, lang in LANGUAGES.items()
                                           for w in lang.PLAN_WORDS])
def test_a_plan_word_makes_a_target(language, word):
    sentence = f"In 2025, exports {word} reach 120 billion yuan." if language == "en" else f"2025年出口{word}达到120亿元。"
    assert [c.kind for c in propose(sentence)] == ["target"]
    assert [c.kind for c in propose(sentence.replace(word, "did"))] == ["actual"]


@pytest.mark.parametrize("language,theme,word", each("THEME_WORDS"))
def test_a_theme_word_reads_as_its_theme(language, theme, word):
    assert parse_themes(word) == [theme]


@pytest.mark.parametrize("language,kind,word", each("KINDS"))
def test_a_kind_word_reads_as_its_kind(language, kind, word):
    assert parse_kind(word) == kind


def test_the_theme_labels_are_the_records_themes():
    from briefing.core.model.vocab import MAIN_THEMES, THEMES
    assert THEMES is words.THEMES and set(MAIN_THEMES) <= set(THEMES)
    assert all(parse_themes(label) == [key] for key, label in THEMES.items())


def test_every_language_has_every_kind_of_word():
    kinds = {name for name in vars(en) if name.isupper()}
    assert kinds == {name for name in vars(zh) if name.isupper()}
    for kind in kinds:
        assert hasattr(words, kind), f"lexicon.words has no merged view of {kind}"


def _literals(path: Path) -> str:
    """The string literals of a module, without its docstrings and comments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return "\n".join(node.value for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs)


@pytest.mark.parametrize("word", ["左右", "以上", "大约", "将近", "approximately", "no less than", "fewer than",
                                  "trillion", "万亿", "千亿", "百分比", "百分点", "人民币", "renminbi", "hectares",
                                  "对外贸易", "福建省", "实绩", "力争", "aiming", "n/a", "Taiwan integration", "rate of", "declining", "billion",
                                  "US dollars", "percentage points"])
def test_words_are_kept_only_in_the_lexicon(word):
    """A word in a reader's code is a second copy that drifts apart from the lexicon's."""
    modules = [p for p in CORE.rglob("*.py") if p.parent.name != "lexicon"]
    holders = [p.relative_to(CORE).as_posix() for p in modules if word in _literals(p)]
    assert not holders, f"{word!r} is written in {holders}; keep it in briefing/core/lexicon/"
