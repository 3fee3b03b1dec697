"""Every record's quote and value are checked against its document on load."""
import re

import pytest
from conftest import MINI_RECORDS, SEEDS, write_mini_seeds

from briefing.core.model.dataset import check, load


def messages(problems):
    return [str(p) for p in problems]


def test_mini_seeds_load_with_derived_value(mini_seeds):
    data = load(mini_seeds)
    derived = data.indicators.set_index("id").loc["grp-2022"]
    assert derived["kind"] == "derived"
    assert derived["value"] == 5.2e12  # 5.4 trillion / 1.045, to the two significant figures of 5.4
    assert derived["inputs"] == ["grp-2023", "grp-growth-2023"]
    assert derived["qualifier"] == "about"
    assert derived["display"] == "around 5.2 trillion yuan"


def test_shipped_seeds_pass_every_check():
    data, problems = check(SEEDS)
    assert problems == []
    assert set(data.sources["id"]) == {"fj-bizenv", "fj-gwr-2024", "fj-digital-2024", "ftz-2023q1", "xm-2021"}
    # every figure of every document is a record
    assert len(data.indicators) > 150 and len(data.initiatives) > 150


def test_shipped_documents_are_the_users_files_byte_for_byte():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for original in shared.glob("*.txt"):
        assert (SEEDS / "documents" / original.name).read_bytes() == original.read_bytes()


def test_tampered_quote_is_caught(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace(
        "quote: Tax hit 5.4 trillion yuan, an increase of 4.5%.\n    display: 5.4",
        "quote: Tax hit 5.6 trillion yuan, an increase of 4.5%.\n    display: 5.4", 1))
    _, problems = check(seeds)
    assert any(re.search(r"mini\.yaml:\d+: grp-2023: quote: quote does not occur in mini\.txt", m)
               for m in messages(problems)), messages(problems)


def test_tampered_number_is_caught(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("value: 5400000000000", "value: 5500000000000"))
    _, problems = check(seeds)
    assert any("grp-2023: value: 5.5e+12 is not written in the quote" in m for m in messages(problems))


def test_whitespace_differences_in_a_quote_are_tolerated(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace(
        "quote: By the end of 2023, more than 75,000", "quote: \"By the end of\\n  2023,   more than 75,000"
    ).replace("had been established\n", "had been established\"\n"))
    data = load(seeds)
    assert "enterprises-2023" in set(data.indicators["id"])


def test_dropped_qualifier_in_display_is_caught(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("display: more than 75,000 enterprises",
                                                            "display: 75,000 enterprises"))
    _, problems = check(seeds)
    assert any("enterprises-2023: display: does not state the qualifier 'over'" in m for m in messages(problems))


def test_a_number_no_record_accounts_for_is_reported_with_its_line(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("  - text: Review of 2023\n    reason: heading\n", ""))
    _, problems = check(seeds)
    assert messages(problems) == [
        f"{seeds / 'documents' / 'mini.txt'}:1: number '2023' is in no record and not listed as uncounted: "
        "“…Review of 2023 Tax hit 5.4 trillion yuan, an increase…”"]


def test_region_outside_the_sources_scope_is_rejected(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("region: Fujian", "region: China", 1))
    _, problems = check(seeds)
    assert any("grp-2023: region: region 'China' is not one this source speaks for (Fujian)" in m
               for m in messages(problems))


def test_changed_document_fails_its_checksum(mini_seeds):
    doc = mini_seeds / "documents" / "mini.txt"
    doc.write_text(doc.read_text().replace("4.5%", "4.6%"))
    _, problems = check(mini_seeds)
    assert any("mini.txt is not the document the user supplied" in m for m in messages(problems))


def test_national_and_xiamen_figures_are_never_labelled_fujian():
    data = load(SEEDS)
    regions = data.indicators.groupby("source")["region"].agg(set)
    assert "Fujian" not in regions["ftz-2023q1"]
    assert "Fujian" not in regions["xm-2021"]
