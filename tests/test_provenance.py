"""Every record's quote and value are checked against its document on load."""
import hashlib
import re

import pytest
import yaml
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


# the digests of the five files as the user supplied them (../shared/seeds, 2026-11): the manifest must not drift
USERS_FILES = {
    "000_761a07bd6b876885.txt": "07f3b4138e5aef8ca95e876b45d4a9d6dd9b2a67ef082158c048af592fc0d77a",
    "001_0bfd14b0a0b3d03d.txt": "8bcaf0c59b9c0d804020187c56781a0826a69096f1888ad1a03ca406cb6c5b99",
    "002_c8baed75cdc948a9.txt": "032c35e3ae977b9cf3e11a06c5828395092be51c844d29caac3a5e0fe2acef1e",
    "003_c1e19b16a8446bfa.txt": "5795a87a2371aae362a20c57d5de3922741f26136bdd9a93023b096003abebea",
    "004_06588b2d32ebaf05.txt": "9c7b59825ac0d7b6ef0b75ef988d14c9aa6653af2362adf18d5e5597c4a69b09",
}


def test_shipped_documents_are_the_users_files_byte_for_byte():
    manifest = yaml.safe_load((SEEDS / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    assert {s["file"]: s["sha256"] for s in manifest} == USERS_FILES
    assert sorted(p.name for p in (SEEDS / "documents").iterdir()) == sorted(USERS_FILES)
    for name, digest in USERS_FILES.items():
        assert hashlib.sha256((SEEDS / "documents" / name).read_bytes()).hexdigest() == digest, name
    shared = SEEDS.parent.parent / "shared" / "seeds"  # the user's own copies, where a checkout has them beside it
    for original in shared.glob("*.txt") if shared.is_dir() else ():
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


def test_a_quote_that_lacks_its_number_is_caught_though_the_display_has_it(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace(
        "quote: Tax hit 5.4 trillion yuan, an increase of 4.5%.\n    display: 5.4",
        "quote: an increase of 4.5%.\n    display: 5.4", 1))
    _, problems = check(seeds)
    assert any(re.search(r"mini\.yaml:\d+: grp-2023: value: 5\.4e\+12 is not written in the quote", m)
               for m in messages(problems)), messages(problems)


def test_a_value_at_the_wrong_scale_is_caught(tmp_path):
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("value: 5400000000000", "value: 5400000000"))
    _, problems = check(seeds)
    assert any("grp-2023: value: 5.4e+09 is not written in the quote" in m for m in messages(problems))


@pytest.mark.parametrize("changed", [
    "Tax hit 5.4 Trillion yuan, an increase of 4.5%.",   # case
    "Tax hit 5.4 trillion yuan; an increase of 4.5%.",   # punctuation
    "Tax hit 5.4 trillion yuan, an increase of 4.5 %.",  # a space inside the figure
])
def test_a_quote_differing_from_its_document_in_a_non_digit_way_is_caught(tmp_path, changed):
    old = "quote: Tax hit 5.4 trillion yuan, an increase of 4.5%.\n    display: 5.4"
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace(old, f"quote: {changed}\n    display: 5.4", 1))
    _, problems = check(seeds)
    assert any(re.search(r"mini\.yaml:\d+: grp-2023: quote: quote does not occur in mini\.txt", m)
               for m in messages(problems)), messages(problems)


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
