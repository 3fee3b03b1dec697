"""Each check the app promises, against the one-line bug that would break it: quotes verbatim, values in their
quotes at their scale, qualifiers in displays, repeat versus clash at the rounding edge, writes renamed into place.
Fast and Qt-free: `make mutate` runs these against every mutant of the modules they check."""
import os
from pathlib import Path

import pytest

from briefing.core.ingest.tables.agreement import agrees
from briefing.core.lexicon import numbers
from briefing.core.lexicon.numbers import find_numbers, format_value, same_value, written_in
from briefing.core.provenance.cite import citation, inputs_phrase, internal_names
from briefing.core.provenance.manifest import date_problem, normalised, title_problem
from briefing.core.provenance.quotes import AccountedSpan, line_of, locate_quote, uncovered_numbers, value_problems
from briefing.core.storage import atomic
from briefing.core.storage.atomic import write_atomic

DOC = "Review of 2023\nTax hit 5.4 trillion yuan, an increase of 4.5%.\nMore than 75,000 firms, “the Plan”.\n"


# --- the quote stands verbatim in its document ------------------------------------------------------------

def test_a_quote_is_found_where_it_stands():
    quote = "Tax hit 5.4 trillion yuan, an increase of 4.5%."
    start = DOC.index(quote)
    assert locate_quote(DOC, quote) == (start, start + len(quote))


def test_only_whitespace_may_differ():
    start = DOC.index("Review")
    assert locate_quote(DOC, "Review  of\n2023 Tax") == (start, DOC.index(" hit"))
    assert locate_quote(DOC, "  Tax hit 5.4 ") == (DOC.index("Tax"), DOC.index(" trillion"))
    assert locate_quote(DOC, "Tax hit 5.4 ") == (DOC.index("Tax"), DOC.index(" trillion"))  # stands as typed too


def test_a_quote_stated_twice_is_the_first():
    assert locate_quote("Up 5%. Up 5%.", "Up 5%.") == (0, 6)


@pytest.mark.parametrize("quote", [
    "Tax hit 5.4 Trillion yuan",         # case
    "Tax hit 5.4 trillion yuan an",      # a comma dropped
    "Tax hit 5,4 trillion yuan",         # the number written otherwise, same digits
    "an increase of 4.5 %",              # a space the document does not have
    "Tax hit 5.4 trillion yuan.",        # punctuation added
    "More than 75,000 firms, \"the Plan\"",  # straight quotes for curly ones
    "Tax hit 5.4 trillion yuan, an increase of 4.5%.\nMore than 75,000 firms, “the Plan”. And more",
    "", "   \n",
])
def test_a_quote_differing_in_anything_but_whitespace_is_not_found(quote):
    assert locate_quote(DOC, quote) is None


# --- the value is written in the quote, the display states value and qualifier ------------------------------

def test_a_quote_that_lacks_its_number_is_refused_even_when_the_display_has_it():
    problems = value_problems(5.4e12, "an increase of 4.5%.", "5.4 trillion yuan", "exact")
    assert problems == [("value", "5.4e+12 is not written in the quote in any form")]


def test_a_display_that_lacks_the_number_is_refused_even_when_the_quote_has_it():
    problems = value_problems(5.4e12, "Tax hit 5.4 trillion yuan", "5.5 trillion yuan", "exact")
    assert problems == [("display", "does not state the value 5.4e+12")]


def test_a_value_in_quote_and_display_has_no_problem():
    assert value_problems(75000, "more than 75,000 firms", "More than 75,000 enterprises", "over") == []
    assert value_problems(-3.2, "fell by 3.2%", "-3.2%", "exact") == []  # a fall: its magnitude is written


@pytest.mark.parametrize("value,quote", [
    (5.4e9, "Tax hit 5.4 trillion yuan"),   # the scale word misread
    (5.4e11, "Tax hit 5.4 trillion yuan"),
    (5.4e12, "Tax hit 5.4 billion yuan"),
    (1.2e8, "增长1.2万"),
    (54.0, "Tax hit 5.4 trillion yuan"),
])
def test_a_value_at_another_scale_is_not_written_in_the_quote(value, quote):
    assert not written_in(value, quote)
    assert ("value", f"{value:g} is not written in the quote in any form") in value_problems(value, quote, quote, "exact")


@pytest.mark.parametrize("qualifier,kept,dropped", [
    ("over", "more than 75,000 firms", "75,000 firms"),
    ("about", "around 75,000 firms", "75,000 firms"),
    ("nearly", "Nearly 75,000 firms", "75,000 firms"),
    ("under", "under 75,000 firms", "75,000 firms"),
])
def test_a_display_must_keep_its_qualifier(qualifier, kept, dropped):
    assert value_problems(75000, "75,000 firms", kept, qualifier) == []
    assert value_problems(75000, "75,000 firms", dropped, qualifier) == [
        ("display", f"does not state the qualifier '{qualifier}'")]


def test_an_exact_figure_needs_no_qualifier():
    assert value_problems(75000, "75,000 firms", "75,000 firms", "exact") == []


# --- numbers read with their scale ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,values", [
    ("5.4 trillion yuan", [(5.4, 5.4e12)]),
    ("75,000 enterprises", [(75000.0,)]),
    ("an increase of 4.5%", [(4.5,)]),
    ("增长4.5%，达1.2万亿元", [(4.5,), (1.2, 1.2e12)]),
    ("7.5万人", [(7.5, 7.5e4)]),
    ("$18.42 billion", [(18.42, 18.42e9)]),
    ("One hundred", [(1.0, 100.0)]),
    ("hundred", []),  # "hundred" alone only scales what precedes it
    ("hundred and two", [(2.0,)]),
    ("fifty billion and one", [(50.0, 5e10), (1.0,)]),
    ("the 3rd and 21st", [(3.0,), (21.0,)]),
    ("x2023 v1_0 A4", []),  # glued to letters: not figures
    ("3 billions", [(3.0,)]),
])
def test_numbers_are_read_with_their_scale(text, values):
    assert [t.values for t in find_numbers(text)] == values


def test_number_tokens_keep_where_and_how_they_are_written():
    (t,) = find_numbers("the third 2,500 Trillion")[1:]
    assert (t.start, t.end, t.text, t.number, t.scale, t.is_word, t.is_ordinal) == (
        10, 24, "2,500 Trillion", 2500.0, 1e12, False, False)
    (w,) = find_numbers("the third")
    assert (w.start, w.end, w.text, w.number, w.is_word, w.is_ordinal) == (4, 9, "third", 3.0, True, True)
    (b,) = find_numbers("two billion")
    assert (b.text, b.is_ordinal) == ("two billion", False)
    (o,) = find_numbers("the 3rd")
    assert (o.text, o.number, o.is_ordinal) == ("3rd", 3.0, True)


@pytest.mark.parametrize("text,year", [("2023", True), ("1900", True), ("2100", True), ("1899", False),
                                       ("2101", False), ("2,023", False), ("2023.0", False), ("2023 billion", False),
                                       ("two thousand", False)])
def test_a_year_is_four_plain_digits_between_1900_and_2100(text, year):
    assert find_numbers(text)[0].looks_like_year is year


@pytest.mark.parametrize("text,loose", [("one", True), ("One", True), ("first", True), ("two", False),
                                        ("one billion", False), ("1", False), ("second", False)])
def test_only_a_lone_one_or_first_is_loose(text, loose):
    assert find_numbers(text)[0].loose is loose


def test_same_value_is_equality_up_to_float_noise_and_sign():
    assert same_value(0.1 + 0.2, 0.3) and same_value(-3.2, 3.2) and same_value(0.0, 1e-10)
    assert not same_value(5.4e12, 5.4e12 + 1e4) and not same_value(4.5, 4.51) and not same_value(0.0, 1e-8)


@pytest.mark.parametrize("args,shown", [
    ((5.4e12, "CNY"), "5.4 trillion yuan"),
    ((75000, "enterprises", "over"), "more than 75,000 enterprises"),
    ((5.5, "%", "about"), "around 5.5%"),
    ((3.4, "pp"), "3.4 percentage points"),
    ((3, "rank"), "No. 3"),
    ((8888.89, "enterprises"), "8,889 enterprises"),
    ((1.23e6, "people", "nearly"), "nearly 1.23 million people"),
    ((1.7177e12, "CNY", "exact", 8), "1.7177 trillion yuan"),
    ((5.38e11, "CNY", "about", 9), "around 538 billion yuan"),
    ((999999.0, "tonnes"), "999,999 tonnes"),
    ((1e6, "tonnes"), "1 million tonnes"),
    ((1e9, "tonnes"), "1 billion tonnes"),
    ((2.5, "%", "under"), "under 2.5%"),
    ((-0.001, "%"), "0%"),
    ((1234.5, "km"), "1,234.5 km"),
    ((1500000.25, "%", "exact", 0), "1,500,000%"),   # a percentage is never scaled to "1.5 million%"
    ((1500000.25, "pp", "exact", 0), "1,500,000 percentage points"),
    ((5.384e11, "CNY", "about", 9), "around 538 billion yuan"),
    ((4.567, "%", "exact", -1), "4.6%"),
    ((2.6, "rank"), "No. 3"),
])
def test_values_are_stated_as_a_briefing_does(args, shown):
    assert format_value(*args) == shown


def test_plain_scaled_and_counted():
    assert numbers.plain(1234.5) == "1,234.5" and numbers.plain(5.0) == "5" and numbers.plain(1200) == "1,200"
    assert numbers.plain(0.125, 3) == "0.125" and numbers.plain(0.5, 0) == "0" and numbers.plain(1.234) == "1.23"
    assert numbers.plain(-0.001) == "0" and numbers.plain(0) == "0" and numbers.plain(-1.5) == "-1.5"
    assert numbers.scaled(5.4e12) == (5.4, "trillion") and numbers.scaled(75000) == (75000, "")
    assert numbers.counted(1, "figure") == "1 figure" and numbers.counted(1200, "figure") == "1,200 figures"
    assert numbers.is_counted("enterprises") and not numbers.is_counted("km2") and not numbers.is_counted("CNY")


# --- repeat or clash: an imported figure agrees with a stated one only within the stated rounding -------------

@pytest.mark.parametrize("stated,new", [
    (5.4e12, 5.4e12), (5.4e12, 5.4355e12), (5.4e12, 5.449e12), (5.4e12, 5.351e12),
    (4.5, 4.5), (4.5, 4.549), (4.5, 4.451), (-3.2, -3.24),
    (75000, 75000.4), (1.7177e12, 1.71774e12), (0.1 + 0.2, 0.3), (2.675, 2.675 * (1 + 3e-16)), (-0.2, -0.2),
])
def test_a_figure_within_the_stated_rounding_is_a_repeat(stated, new):
    assert agrees(stated, new)


@pytest.mark.parametrize("stated,new", [
    (5.4e12, 4.6e12), (5.4e12, 5.46e12), (5.4e12, 5.34e12), (5.4e12, 5.5e12), (5.4e12, 5.4e11),
    (4.5, 4.1), (4.5, 4.56), (4.5, 4.44), (4.5, 4.6), (-3.2, 3.2),
    (75000, 75001), (75000, 75000.6), (1.7177e12, 1.7178e12), (8.5, 9.0), (-0.2, 0.2),
])
def test_a_figure_past_the_stated_rounding_is_a_clash(stated, new):
    assert not agrees(stated, new)


# --- files are renamed into place whole ----------------------------------------------------------------------

def test_the_new_file_is_renamed_over_the_old_one_never_copied_into_it(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old " * 1000)
    target.chmod(0o640)
    with open(target, "rb") as reader:  # a viewer holding the old pack keeps the whole old pack
        before = os.fstat(reader.fileno()).st_ino
        write_atomic(target, lambda tmp: Path(tmp).write_bytes(b"new " * 2000))
        assert reader.read() == b"old " * 1000
    assert target.read_bytes() == b"new " * 2000 and target.stat().st_ino != before
    assert target.stat().st_mode & 0o7777 == 0o640  # the replaced file's permissions are kept
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_the_writer_gets_a_temporary_file_beside_the_target_with_its_suffix(tmp_path):
    seen = []
    assert write_atomic(str(tmp_path / "visit.json"), lambda tmp: (seen.append(tmp), Path(tmp).write_text("{}"))) \
        == tmp_path / "visit.json"
    (tmp,) = seen
    assert Path(tmp).parent == tmp_path and Path(tmp).name.startswith(".visit.") and tmp.endswith(".part.json")
    assert not Path(tmp).exists()


def test_the_data_is_on_disk_before_the_rename(tmp_path, monkeypatch):
    steps = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (steps.append(("fsync", os.fstat(fd).st_size)), real_fsync(fd)))
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (steps.append(("replace", Path(b).name)), real_replace(a, b)))
    write_atomic(tmp_path / "a.txt", lambda tmp: Path(tmp).write_text("12345"))
    assert steps == [("fsync", 5), ("replace", "a.txt")]


def test_writing_nothing_is_a_failure_that_keeps_the_previous_file(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("previous")
    with pytest.raises(OSError, match="nothing was written to"):
        write_atomic(target, lambda tmp: None)
    assert target.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_folder_is_never_replaced(tmp_path):
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(OSError, match="is not a regular file"):
        write_atomic(tmp_path / "a.pdf", lambda tmp: Path(tmp).write_text("x"))
    assert (tmp_path / "a.pdf").is_dir() and [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


@pytest.mark.parametrize("umask,mode", [(0o027, 0o640), (0o022, 0o644), (0, 0o666)])
def test_a_new_file_gets_the_umask_mode(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        assert write_atomic(tmp_path / "a", lambda tmp: Path(tmp).write_text("x")).stat().st_mode & 0o7777 == mode
        assert os.umask(umask) == umask  # the umask was put back
    finally:
        os.umask(old)


# --- the manifest's title and date stand in the document -----------------------------------------------------

def test_a_title_matches_across_quotes_case_and_spacing():
    doc = "Highlights of  the ‘Work’ Report\n2024-03-05"
    assert title_problem("highlights of the 'Work' report", doc) is None
    assert title_problem("[Fujian:] Highlights of the 'Work' Report — ", doc) is None
    assert normalised(" A\n “B”  ‛c′ ") == "a \"b\" 'c'"


def test_a_title_the_document_does_not_state_is_named():
    assert title_problem("Highlights of the Work Report 2025", "Highlights of the Work Report 2024") == (
        "the title's words “Highlights of the Work Report 2025” do not occur in the document (a title the curators "
        "supplied goes in square brackets)")
    assert title_problem("[Supplied] Other: Report", "Report") is not None
    assert title_problem("XI Forum", "the I Forum") is not None  # only spaces and punctuation are trimmed


@pytest.mark.parametrize("doc", ["on 2024-03-05.", "5 March 2024", "March 5, 2024", "on March 5th", "05 March",
                                 "the 5th march"])
def test_a_date_is_found_in_any_of_its_forms(doc):
    assert date_problem("2024-03-05", doc) is None


@pytest.mark.parametrize("doc", ["2024-03-06", "15 March 2024", "March 15", "April 5, 2024", "March 55", "2024-03-0"])
def test_a_date_the_document_does_not_state_is_refused(doc):
    assert date_problem("2024-03-05", doc) == (
        "the document does not state the date 2024-03-05 (as 2024-03-05, 5 March 2024 or March 5)")


# --- every number is accounted for -----------------------------------------------------------------------------

def test_a_number_outside_every_record_is_uncovered():
    doc = "Tax hit 5.4 trillion yuan, up 4.5% in 2023. One of 12 cities. Next, 7 more."
    span = (0, doc.index(" in 2023") + len(" in 2023."))
    covers = [AccountedSpan.for_record(span, "Tax", 5.4e12), AccountedSpan.for_record(span, "Tax growth", 4.5)]
    assert [t.text for t in uncovered_numbers(doc, covers)] == ["12", "7"]
    everything = AccountedSpan(doc.index("Next"), len(doc), everything=True)
    assert [t.text for t in uncovered_numbers(doc, [*covers, everything])] == ["12"]
    named = AccountedSpan.for_record((doc.index("One"), doc.index(" Next")), "Cities (12)")
    assert named.values == (12.0,) and uncovered_numbers(doc, [*covers, everything, named]) == []
    assert [t.text for t in uncovered_numbers("In 2023.", [])] == ["2023"]  # a year outside a quote counts
    assert line_of("a\nb\nc", 4) == 3 and line_of("a", 0) == 1 and line_of("\nb", 1) == 2


# --- citations name things in words ------------------------------------------------------------------------------

SOURCE = {"title": "Work Report", "publisher": "Fujian", "date": "2024-03-05", "period": "2023"}
ROW = {"name": "GRP", "region": "Fujian", "period": "2023", "kind": "actual", "display": "5.4 trillion yuan",
       "quote": "GRP hit 5.4 trillion yuan.", "caution": None}


def test_a_citation_states_figure_source_and_quote():
    assert citation(ROW, SOURCE) == ("GRP (Fujian, 2023): 5.4 trillion yuan. Source: Work Report, Fujian "
                                     "(2024-03-05): “GRP hit 5.4 trillion yuan.”")
    target = {**ROW, "kind": "target", "caution": "Rounded."}
    assert citation(target, {**SOURCE, "date": None}) == (
        "GRP (Fujian, 2023 (target)): 5.4 trillion yuan. Caution: Rounded. Source: Work Report, Fujian "
        "(undated; period 2023 inferred): “GRP hit 5.4 trillion yuan.”")


def test_a_derived_citation_names_its_inputs():
    derived = {**ROW, "kind": "derived", "note": "Computed from two figures."}
    assert citation(derived, SOURCE).startswith("GRP (Fujian, 2023 (derived)): 5.4 trillion yuan. Source:")
    inputs = [ROW, {**ROW, "name": "Growth", "display": "4.5%"}]
    assert citation(derived, SOURCE, inputs).endswith(
        "(2024-03-05); computed from GRP, 2023: 5.4 trillion yuan and Growth, 2023: 4.5%.")
    assert citation(derived, SOURCE).endswith("(2024-03-05). Computed from two figures.")
    assert inputs_phrase(inputs[:1]) == "GRP, 2023"
    assert inputs_phrase([*inputs, ROW], lambda r: " [1]") == "GRP, 2023 [1], Growth, 2023 [1] and GRP, 2023 [1]"
    initiative = {"name": "Plan", "region": "Fujian", "period": "2024", "status": "planned",
                  "description": "A plan.", "quote": "A plan."}
    assert citation(initiative, SOURCE) == "Plan (Fujian, 2024, planned): A plan. Source: Work Report, Fujian " \
                                           "(2024-03-05): “A plan.”"


def test_internal_names_match_whole_ids_only():
    names = internal_names(["grp-2023", "grp"], ["001.txt"])
    assert names.findall("see grp-2023, grp, 001.txt and sources.yaml") == ["grp-2023", "grp", "001.txt",
                                                                           "sources.yaml"]
    assert internal_names(["001"], ["001.txt"]).findall("see 001.txt") == ["001.txt"]  # the longest first
    assert names.search("grp-2023x") is None and names.search("a-grp") is None and names.search("xgrp") is None
