"""Malformed record files give one clear problem each: file, line, record id, field and what is wrong."""
import pytest
from conftest import MINI_RECORDS, write_mini_seeds

from briefing.core.model.dataset import check


def problems_for(tmp_path, records: str) -> list[str]:
    seeds = write_mini_seeds(tmp_path, records)
    data, problems = check(seeds)
    assert data is None
    return [str(p) for p in problems]


@pytest.mark.parametrize("change, expected", [
    (("value: 5400000000000", "value: 5.4 trillion"),
     "grp-2023: value: Input should be a valid number, unable to parse string as a number (got '5.4 trillion')"),
    (("themes: [economy]", "themes: [economics]"), "grp-2023: themes.0: Input should be 'trade', 'taiwan'"),
    (("kind: actual", "kind: estimate"), "grp-2023: kind: Input should be 'actual' or 'target' (got 'estimate')"),
    (("period: \"2023\"", "period: 2023/24"), "grp-2023: period: String should match pattern"),
    (("    qualifier: exact\n", "    qualifer: exact\n"), "grp-2023: qualifer: unknown field (a typo?)"),
    (("    unit: CNY\n", ""), "grp-2023: unit: Field required"),
    (("id: grp-growth-2023", "id: grp-2023"), "grp-2023: id: duplicate id"),
    (("inputs: [grp-2023, grp-growth-2023]", "inputs: [grp-2023, grp-2021]"),
     "grp-2022: inputs: unknown input(s): grp-2021"),
    (("inputs: [grp-2023, grp-growth-2023]", "inputs: [grp-growth-2023, grp-2023]"),
     "grp-2022: method: input grp-growth-2023 is a growth, expected level or stock or cumulative"),
    (("indicators: [enterprises-2023]", "indicators: [enterprises-2024]"),
     "products-to-world: indicators: unknown indicator 'enterprises-2024'"),
    (("source: mini", "source: maxi"), "mini.yaml:1: source: unknown source 'maxi' (see sources.yaml)"),
])
def test_field_problems_name_file_line_record_and_field(tmp_path, change, expected):
    problems = problems_for(tmp_path, MINI_RECORDS.replace(*change, 1))
    assert any(expected in p for p in problems), problems
    hit = next(p for p in problems if expected in p)
    assert "/records/mini.yaml:" in hit


def test_line_number_points_at_the_record(tmp_path):
    problems = problems_for(tmp_path, MINI_RECORDS.replace("value: 75000", "value: lots"))
    line = MINI_RECORDS.splitlines().index("  - id: enterprises-2023") + 1
    assert any(f"mini.yaml:{line}: enterprises-2023: value:" in p for p in problems), problems


@pytest.mark.parametrize("content, expected", [
    ("source: mini\nindicators:\n  - id: [unclosed\n", "mini.yaml:4: not valid YAML"),
    ("", "mini.yaml: the file is empty"),
    ("- just\n- a list\n", "mini.yaml:1: expected a mapping of fields, got list"),
    ("source: mini\nsource: mini\n", "mini.yaml:2: not valid YAML: duplicate key 'source'"),
    ("source: mini\nindicators: [1, 2]\n", "mini.yaml:1: indicators.0: Input should be a valid dictionary"),
])
def test_broken_files(tmp_path, content, expected):
    problems = problems_for(tmp_path, content)
    assert any(expected in p for p in problems), problems


def test_binary_file_is_not_utf8(tmp_path):
    seeds = write_mini_seeds(tmp_path)
    (seeds / "records" / "mini.yaml").write_bytes(b"source: mini\n\xff\xfe\x00garbage")
    _, problems = check(seeds)
    assert [str(p) for p in problems][0].endswith("mini.yaml: not UTF-8 text (byte 13): save it as UTF-8")


def test_missing_document_is_named(tmp_path):
    seeds = write_mini_seeds(tmp_path)
    (seeds / "documents" / "mini.txt").unlink()
    _, problems = check(seeds)
    assert any("sources.yaml" in str(p) and "mini: file: cannot read document" in str(p) for p in problems)
