"""Derived values under the rules of seeds/README.md: every derived value of the seeds re-derived from its
inputs (value, qualifier, printed display), the loader refusing what the rules forbid, and the rules' properties
over generated inputs."""
from __future__ import annotations

import math
from fractions import Fraction

import pytest
from conftest import MINI_RECORDS, SEEDS, write_mini_seeds
from hypothesis import given
from hypothesis import strategies as st
from test_properties import FAST, shipped

from briefing.core.lexicon.numbers import format_value, written_in
from briefing.core.lexicon.words import QUALIFIER_STATED
from briefing.core.model.dataset import check
from briefing.core.model.derive import DeriveError, derive, is_real_growth, prior_period, written_place

# id -> (value, qualifier, display): the Measure of issue 14, the table of the README
SEEDS_DERIVED = {
    "bizenv-silk-road-maritime-routes-2024": (23, "exact", "23 routes"),                 # 10 + 13
    "bizenv-innovative-measures-taiwan-share-2024": (24, "exact", "24%"),               # 6 of 25
    "gwr23-public-budget-revenue-2022": (538.0e9, "about", "around 538 billion yuan"),  # 590.7 / 1.098
    "gwr23-local-budget-revenue-2022": (333.7e9, "about", "around 333.7 billion yuan"),  # 359.1 / 1.076
    "gwr23-high-tech-enterprises-2022": (8800, "over", "more than 8,800 enterprises"),  # over 12,000 / 1.35
    "ftz23-exports-2022q1": (732.6e9, "about", "around 732.6 billion yuan"),            # 794.9 / 1.085
    "ftz23-imports-2022q1": (985.1e9, "about", "around 985.1 billion yuan"),            # 1036.3 / 1.052
    "ftz23-trade-2022q1": (1717.7e9, "about", "around 1.7177 trillion yuan"),           # 732.6 + 985.1
    "ftz23-fdi-2022q1": (58.9e9, "about", "around 58.9 billion yuan"),                  # 71.9 / 1.221
    "ftz23-trade-sum-2023q1": (1831.2e9, "exact", "1.8312 trillion yuan"),              # 794.9 + 1036.3
    "xm21-ic-2019": (23.8e9, "about", "around 23.8 billion yuan"),                      # 26.56 / 1.116
    "xm21-software-revenue-2019": (173.3e9, "about", "around 173.3 billion yuan"),      # 197.26 / 1.138
    "xm21-trade-2020m1m2": (90.0e9, "about", "around 90 billion yuan"),                 # 120.24 / 1.336
    "xm21-fdi-2020m1m2": (3.07e9, "about", "around 3.07 billion yuan"),                 # 3.39 / 1.105
}


def exact_result(method: str, inputs: list[dict]) -> Fraction:
    """The method's arithmetic on the inputs' values, without rounding."""
    values = [Fraction(str(r["value"])) for r in inputs]
    if method == "prior_level_from_growth":
        return values[0] / (1 + values[1] / 100)
    if method == "sum":
        return sum(values, Fraction(0))
    return 100 * values[0] / values[1]


def method_of(record: dict, indicators) -> str:
    inputs = indicators.loc[record["inputs"]]
    if (inputs["measure"] == "growth").any():
        return "prior_level_from_growth"
    return "share" if record["unit"] == "%" else "sum"


def test_every_derived_value_of_the_seeds_is_re_derived_under_the_rules():
    inds = shipped().indicators.set_index("id", drop=False)
    derived = inds[inds["kind"] == "derived"]
    assert sorted(derived.index) == sorted(SEEDS_DERIVED)
    for rid, (value, qualifier, display) in SEEDS_DERIVED.items():
        rec = derived.loc[rid]
        assert (rec["value"], rec["qualifier"], rec["display"]) == pytest.approx((value, qualifier, display)), rid
        exact = exact_result(method_of(rec, inds), [inds.loc[i] for i in rec["inputs"]])
        unit = Fraction(10) ** written_place(value, display, rec["unit"])  # of the last digit printed
        if qualifier == "over":  # a lower bound rounds down
            assert exact - unit < Fraction(value) <= exact, rid
        else:  # rounded to the nearest, never another number
            assert abs(Fraction(value) - exact) <= unit / 2, rid
        if qualifier == "exact":
            assert Fraction(value) == exact, rid


def test_the_seeds_print_no_current_price_level_from_a_real_growth_rate():
    inds = shipped().indicators.set_index("id", drop=False)
    for rec in inds[inds["kind"] == "derived"].itertuples():
        assert not any(is_real_growth(inds.loc[i, "name"]) for i in rec.inputs if inds.loc[i, "measure"] == "growth")
    assert "gwr23-grp-2022" not in inds.index


# --- the loader refuses what the rules forbid ----------------------------------------------------

def problems_for(tmp_path, records: str) -> list[str]:
    _, problems = check(write_mini_seeds(tmp_path / "seeds", records))
    return [str(p) for p in problems]


def test_a_level_from_a_real_growth_rate_is_refused_naming_file_line_and_record(tmp_path):
    real = MINI_RECORDS.replace("name: Growth of tax revenue", "name: Growth of gross regional product")
    line = real.splitlines().index("  - id: grp-2022") + 1
    assert problems_for(tmp_path, real) == [
        f"{tmp_path}/seeds/records/mini.yaml:{line}: grp-2022: method: grp-growth-2023 is a real growth rate "
        "(at constant prices) and grp-2023 a level at current prices: the prior level is not the level divided "
        "by the growth"]


def test_a_derived_period_must_be_the_one_its_inputs_speak_for(tmp_path):
    wrong = MINI_RECORDS.replace('inputs: [grp-2023, grp-growth-2023]\n    period: "2022"',
                                 'inputs: [grp-2023, grp-growth-2023]\n    period: "2021"')
    assert any("grp-2022: period: period '2021' should be '2022'" in p for p in problems_for(tmp_path, wrong))


TOTAL, EXPORTS, IMPORTS = ("Trade was 1.8 trillion yuan, up 6.6%.", "Exports were 794.9 billion yuan, up 8.5%.",
                           "Imports were 1036.3 billion yuan, up 5.2%.")


def figure(rid, measure, value, unit, quote):
    return (f"  - {{id: {rid}, name: {rid.replace('-', ' ').capitalize()} figure, themes: [trade], region: Fujian, period: '2023', kind: actual, "
            f"measure: {measure}, value: {value}, unit: '{unit}', qualifier: exact, quote: '{quote}', "
            f"display: '{format_value(value, unit, place=-1 if unit == '%' else 8)}'}}\n")


def components_records(trade_from: str) -> str:
    return ("source: mini\nindicators:\n"
            + figure("trade", "level", 1.8e12, "CNY", TOTAL) + figure("trade-growth", "growth", 6.6, "%", TOTAL)
            + figure("exports", "level", 794.9e9, "CNY", EXPORTS)
            + figure("exports-growth", "growth", 8.5, "%", EXPORTS)
            + figure("imports", "level", 1036.3e9, "CNY", IMPORTS)
            + figure("imports-growth", "growth", 5.2, "%", IMPORTS)
            + "derived:\n"
            + f"  - {{id: trade-2022, name: Trade, {trade_from}, period: '2022'}}\n"
            + "  - {id: trade-sum, name: Exports plus imports, method: sum, inputs: [exports, imports], period: '2023'}\n"
            + "  - {id: exports-2022, name: Exports, method: prior_level_from_growth, inputs: [exports, exports-growth], period: '2022'}\n"
            + "  - {id: imports-2022, name: Imports, method: prior_level_from_growth, inputs: [imports, imports-growth], period: '2022'}\n"
            + "uncounted:\n  - {text: 'A small test document, 2024-03-05', reason: the title and date}\n")


@pytest.mark.parametrize("trade_from, refused", [
    ("method: prior_level_from_growth, inputs: [trade, trade-growth]", True),
    ("method: sum, inputs: [exports-2022, imports-2022]", False),
])
def test_a_prior_level_comes_from_the_components_not_their_rounded_total(tmp_path, trade_from, refused):
    seeds = write_mini_seeds(tmp_path / "seeds", components_records(trade_from),
                             " ".join([TOTAL, EXPORTS, IMPORTS, "A small test document, 2024-03-05."]))
    data, problems = check(seeds)
    messages = [str(p) for p in problems]
    assert messages == ([f"{seeds}/records/mini.yaml:10: trade-2022: inputs: trade is the rounded total of "
                         "exports + imports: derive their prior levels and sum them"] if refused else [])
    if not refused:  # a derived value summed from derived ones, whatever their order in the file
        trade = data.indicators.set_index("id").loc["trade-2022"]
        assert (trade["value"], trade["display"]) == (1717.7e9, "around 1.7177 trillion yuan")


# --- the rules over generated inputs ---------------------------------------------------------------

def rec(rid, value, unit="CNY", qualifier="exact", measure="level", quote=None, name="Revenue"):
    return {"id": rid, "name": name, "kind": "actual", "period": "2023", "region": "Fujian", "measure": measure,
            "value": value, "unit": unit, "qualifier": qualifier,
            "quote": quote if quote is not None else format_value(value, unit)}


levels = st.integers(10, 99_999).map(lambda n: n * 10**7)  # 100 million to a trillion yuan, to 0.01 billion
growths = st.integers(-500, 5000).map(lambda n: n / 10)    # -50.0% to 500.0%
counts = st.integers(0, 10_000)


@FAST
@given(levels, growths, st.sampled_from(["exact", "about", "over", "under"]))
def test_a_prior_level_keeps_bounds_and_the_inputs_precision(level, growth, qualifier):
    result = derive("prior_level_from_growth", [rec("l", level, qualifier=qualifier),
                                                rec("g", growth, "%", measure="growth", name="Growth of revenue")])
    exact = Fraction(level) / (1 + Fraction(str(growth)) / 100)
    assert result.qualifier == ("about" if qualifier == "exact" else qualifier)
    if qualifier == "over":
        assert result.value <= exact
    if qualifier == "under":
        assert result.value >= exact
    # significant figures: the level's as written (0.01 billion at most), the factor's (1.045 from 4.5%)
    level_figures = len(str(level // 10**7).rstrip("0"))
    factor = 1 + growth / 100
    factor_figures = math.floor(math.log10(factor)) + 3 + (0 if float(growth).is_integer() else 1)
    digits = str(round(abs(result.value) / 10**result.place)).rstrip("0")
    assert len(digits) <= min(level_figures, factor_figures)
    assert written_in(result.value, format_value(result.value, result.unit, result.qualifier, result.place))


@FAST
@given(st.lists(counts, min_size=2, max_size=5))
def test_exact_arithmetic_on_exact_counts_is_exact(parts):
    total = derive("sum", [rec(f"r{i}", n, "routes") for i, n in enumerate(parts)])
    assert (total.value, total.qualifier) == (sum(parts), "exact")
    assert format_value(total.value, total.unit, total.qualifier, total.place) == f"{sum(parts):,} routes"


@FAST
@given(counts, st.integers(1, 10_000))
def test_a_share_of_counts_is_exact_only_when_nothing_is_rounded_away(part, whole):
    share = derive("share", [rec("p", part, "measures"), rec("w", whole, "measures")])
    exact = Fraction(100 * part, whole)
    assert (share.qualifier == "exact") == (Fraction(repr(share.value)) == exact)  # the decimal it prints
    display = format_value(share.value, "%", share.qualifier, share.place)
    assert display.startswith(QUALIFIER_STATED.get(share.qualifier, "")) and written_in(share.value, display)


@FAST
@given(levels, levels, st.sampled_from(["over", "under", "about"]), st.sampled_from(["over", "under", "about"]))
def test_a_bound_stays_a_bound_or_the_derivation_is_refused(a, b, qa, qb):
    inputs = [rec("a", a, qualifier=qa), rec("b", b, qualifier=qb)]
    if qa != qb:  # an estimate and a bound, or bounds on both sides
        with pytest.raises(DeriveError, match="neither a bound nor an estimate"):
            derive("sum", inputs)
    else:
        assert derive("sum", inputs).qualifier == qa


@pytest.mark.parametrize("name, real", [
    ("Growth of gross regional product", True), ("Growth of GDP", True), ("Growth of industrial value added", True),
    ("Growth of the output of the digital economy", True), ("Nominal growth of GRP", False),
    ("Growth of general public budget revenue", False), ("Growth of exports", False),
])
def test_real_growth_rates_are_known_by_name(name, real):
    assert is_real_growth(name) == real


def test_prior_periods_step_back_a_year():
    assert [prior_period(p) for p in ("2023", "2023-Q1", "2021-01/2021-02")] == ["2022", "2022-Q1",
                                                                                 "2020-01/2020-02"]


def test_the_shipped_seeds_load():
    assert check(SEEDS)[1] == []
