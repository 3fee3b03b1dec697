"""Sentences of documents the proposer was not written on: relative periods against the document's date,
growth, changes, gaps, multiples and index values, lists with 'respectively', currencies, and numbers that are
names or thresholds, not figures."""
from datetime import date

import pytest

from briefing.core.ingest.context import DocumentContext, guess_context, guess_date, guess_region
from briefing.core.ingest.extract import propose
from briefing.core.ingest.periods import period_of

JULY_2019 = DocumentContext(date(2019, 7, 26), "Fuzhou")


def one(sentence, context=JULY_2019, **expected):
    [c] = propose(sentence, context)
    assert {k: getattr(c, k) for k in expected} == {k: pytest.approx(v) if isinstance(v, float) else v
                                                    for k, v in expected.items()}
    return c


@pytest.mark.parametrize("phrase, period", [
    ("in the first half of this year", "2019-01/2019-06"),
    ("in the first half of 2018", "2018-01/2018-06"),
    ("in H1", "2019-01/2019-06"),
    ("in the first three quarters", "2018-01/2018-09"),  # not over by the date: the year before
    ("from January to June this year", "2019-01/2019-06"),
    ("from January to October 2020", "2020-01/2020-10"),
    ("in Jan.-Sept. last year", "2018-01/2018-09"),
    ("in the first quarter", "2019-Q1"),
    ("in Q2 2017", "2017-Q2"),
    ("in the first two months of the year", "2019-01/2019-02"),
    ("in June", "2019-06"),
    ("last year", "2018"),
    ("this year", "2019"),
    ("by the end of last year", "2018"),
    ("in the past ten years", "2009/2018"),
    ("over the past decade", "2009/2018"),
])
def test_a_relative_period_is_resolved_against_the_documents_date(phrase, period):
    one(f"Exports reached 120 billion yuan {phrase}.", period=period)
    assert period_of(f"Exports reached 120 billion yuan {phrase}.", date(2019, 7, 26)) == period


def test_without_a_date_a_relative_period_is_not_guessed():
    assert period_of("Exports grew 5% in the first half of this year") is None
    assert period_of("Exports grew 5% in the first half of 2019") == "2019-01/2019-06"


def test_a_comparison_base_is_not_the_period():
    workers, growth = propose("Workers numbered 2.59 million, 9.8 percent higher than the same period last year.",
                              DocumentContext(date(2019, 7, 26), None, "2019"))
    assert (workers.unit, workers.value, workers.period) == ("workers", 2.59e6, "2019")
    assert (growth.measure, growth.value, growth.period) == ("growth", 9.8, "2019")
    one("Catering revenue rose by an increase of 0.9 percentage points over that in the January-to-August period.",
        context=DocumentContext(date(2022, 10, 27), None, "2022-01/2022-09"), period="2022-01/2022-09",
        measure="change_pp")


def test_each_figure_takes_the_period_of_its_own_clause_and_a_base_year_makes_a_range():
    gdp, usd, growth = propose("GDP reached 4.88 trillion yuan (about 709.3 billion U.S. dollars) in 2021, with an "
                               "average annual growth of 8.1 percent in the past ten years.",
                               DocumentContext(date(2022, 8, 31)))
    assert (gdp.period, usd.period, growth.period) == ("2021", "2021", "2012/2021")
    trade, up = propose("Foreign trade totaled 1.84 trillion yuan in 2021, up 87.4 percent from the figure in 2012.")
    assert (trade.period, up.period, up.measure) == ("2021", "2012/2021", "growth")


def test_a_sentence_stating_no_period_reports_on_the_one_stated_last():
    text = ("In the first half of this year, exports grew 5.1 percent.\n"
            "During the same period, imports reached 20 billion yuan.\n"
            "Services rose 3 percent.")
    assert [c.period for c in propose(text, JULY_2019)] == ["2019-01/2019-06"] * 3


@pytest.mark.parametrize("sentence, value, measure", [
    ("Sales of new energy vehicles soared by 203.6 percent.", 203.6, "growth"),
    ("Output was 9.8 percent higher than the same period last year.", 9.8, "growth"),
    ("GDP stood at 352 billion, a yearly uptick of 8.5 percent.", 8.5, "growth"),
    ("Foreign capital surged 19.2 percent year-on-year.", 19.2, "growth"),
    ("Output grew 0.4 percentage points faster than the provincial average.", 0.4, "gap_pp"),
    ("Growth accelerated by 0.6 percentage points from the first quarter.", 0.6, "change_pp"),
    ("Research spending rose 2.1 times in the period.", 2.1, "multiple"),
    ("The urbanization rate reached 69.7 percent.", 69.7, "share"),
    ("Energy consumption per unit of GDP decreased 30.8 percent.", -30.8, "growth"),
])
def test_the_measure_is_read_from_the_words_around_the_number(sentence, value, measure):
    c = one(sentence, value=value, measure=measure)
    assert c.unit == {"gap_pp": "pp", "change_pp": "pp", "multiple": "times"}.get(measure, "%")


def test_a_list_with_respectively_gives_one_figure_per_item_each_with_its_own_subject():
    s = ("Among them, the Hainan, Fujian, and Shanghai pilot free trade zones grew significantly, with actual "
         "utilization of foreign capital increasing by 49.8%, 46.5%, and 39.4% year-on-year respectively.")
    found = propose(s, JULY_2019)
    assert [(c.value, c.measure) for c in found] == [(49.8, "growth"), (46.5, "growth"), (39.4, "growth")]
    assert [c.name.split("(")[-1] for c in found] == ["Hainan pilot free trade zones)",
                                                      "Fujian pilot free trade zones)",
                                                      "Shanghai pilot free trade zones)"]
    retail, investment = propose("The growth of industrial output stood at 8.6 percent, while the figure for retail "
                                 "sales and investment in fixed assets were 11.3 percent and 7.2 percent, "
                                 "respectively.", JULY_2019)[1:]
    assert (retail.measure, investment.measure) == ("growth", "growth")
    assert (retail.name, investment.name) == ("Growth of retail sales", "Growth of investment in fixed assets")


def test_a_unit_written_once_for_a_list_applies_to_each_number():
    fujian, nation = propose("Investment rose 10.2 percent, 5.2 and 2.7 percentage points higher than that of "
                             "Fujian province and the nation, respectively.", JULY_2019)[1:]
    assert [(c.value, c.unit, c.measure) for c in (fujian, nation)] == [(5.2, "pp", "gap_pp"), (2.7, "pp", "gap_pp")]


def test_a_count_without_a_unit_word_takes_the_unit_of_its_subject():
    total, change, growth = propose("There was a total of 2.5949 million workers, up 232,100, 9.8 percent higher "
                                    "than the same period last year.", JULY_2019)
    assert (total.unit, change.value, change.unit, change.measure) == ("workers", 232100, "workers", "change")
    farms, fall = propose("There were 5,000 farms, down 120.", JULY_2019)
    assert (fall.unit, fall.measure, fall.value, fall.display) == ("farms", "change", -120, "down 120")
    index, confidence = propose("The business operations index and business confidence index were 130.7 and 130.3 "
                                "respectively.", JULY_2019)
    assert [(c.value, c.unit, c.measure) for c in (index, confidence)] == [(130.7, "index", "level"),
                                                                           (130.3, "index", "level")]


@pytest.mark.parametrize("written, value", [
    ("709.3 billion U.S. dollars", 709.3e9), ("US$18.9 billion", 18.9e9), ("USD 4.49 billion", 4.49e9),
    ("$52.66 billion", 52.66e9), ("4.49 billion US dollars", 4.49e9)])
def test_dollars_are_read_however_written(written, value):
    one(f"Exports reached {written} in 2021.", unit="USD", value=value)


@pytest.mark.parametrize("written, value", [
    ("RMB 131.01 billion", 131.01e9), ("RMB1.8 trillion", 1.8e12), ("3.8 trillion yuan", 3.8e12),
    ("CNY20 billion", 20e9), ("12 billion renminbi", 12e9)])
def test_yuan_are_read_however_written(written, value):
    one(f"Investment reached {written} in 2021.", unit="CNY", value=value)


def test_ordinals_names_and_definition_thresholds_are_not_proposed():
    assert [c.display for c in propose("The first 18 pilot free trade zones actually utilized foreign investment of "
                                       "RMB 131.01 billion.", JULY_2019)] == ["RMB 131.01 billion"]
    assert [c.value for c in propose("Output of industries above designated size – those with annual revenue of "
                                     "20 million yuan ($2.79 million) or more – grew by 4.9 percent.")] == [4.9]
    assert [c.value for c in propose("The index for companies with annual revenue more than 20 million yuan ($2.9 "
                                     "million) was 130.7.")] == [130.7]
    assert [c.value for c in propose("Fuzhou is one of the first 14 coastal cities to open up; exports rose "
                                     "3 percent.")] == [3]


def test_the_date_and_region_are_guessed_from_the_dateline_and_the_text():
    text = ("Xiamen prospers in 2022\nchinadaily.com.cn| Updated: February 1, 2023\n"
            "In 2022, Xiamen's GDP reached 780.27 billion yuan, and Fujian's grew too. Xiamen led.")
    assert guess_date(text) == date(2023, 2, 1) and guess_region(text) == "Xiamen"
    assert guess_date("FUZHOU, Aug. 30 (Xinhua) -- 08:57, August 31, 2022") == date(2022, 8, 31)
    assert guess_date("Updated: 2019-07-26") == date(2019, 7, 26) and guess_date("no date here") is None
    context = guess_context(text)
    assert (context.date, context.region, context.period) == (date(2023, 2, 1), "Xiamen", "2022")
    assert guess_context(text, date(2024, 1, 1), "Fujian").region == "Fujian"  # what the user gives wins


@pytest.mark.parametrize("sentence, value, unit", [
    ("Tourists reached 1.2 million in 2023.", 1.2e6, "tourists"),
    ("Overseas visitors totaled 35,000 last year.", 35000, "visitors"),
])
def test_a_count_of_the_subject_takes_its_noun_as_the_unit(sentence, value, unit):
    one(sentence, value=value, unit=unit, measure="level")
    assert propose("Exports reached 12 in 2023.") == []  # a bare small number is not taken as a count
