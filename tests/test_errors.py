"""One error model: every error a user is shown is a BriefingError carrying Problems, its text naming the file."""
import json

import pytest

from briefing.core.errors import BriefingError, DataError, DocumentError, PackError, Problem, WorkspaceError
from briefing.core.ingest.documents import remove_document
from briefing.core.ingest.readers import TableError, read_table
from briefing.core.ingest.workspace import remove_batch
from briefing.core.pack.model import load_pack, new_pack, save_pack


@pytest.mark.parametrize("error", [DataError, TableError, DocumentError, WorkspaceError, PackError])
def test_each_kind_of_error_is_a_briefing_error_with_problems(error):
    e = error([Problem("a.yaml", "unknown field (a typo?)", 3, "fj-1", "valu"),
               Problem("b.json", "the file is empty")])
    assert isinstance(e, BriefingError)
    assert str(e) == "a.yaml:3: fj-1: valu: unknown field (a typo?)\nb.json: the file is empty"
    assert [p.file for p in e.problems] == ["a.yaml", "b.json"]


def test_one_problem_or_a_message_that_names_its_file_is_one_problem():
    assert PackError(Problem("p.json", "no such file")).problems == [Problem("p.json", "no such file")]
    e = TableError("t.csv: the file is empty")
    assert str(e) == "t.csv: the file is empty" and len(e.problems) == 1


def test_a_table_that_cannot_be_read_names_its_file_in_its_problem(tmp_path):
    (tmp_path / "t.csv").write_bytes(b"")
    with pytest.raises(BriefingError, match="t.csv: the file is empty") as e:
        read_table(tmp_path / "t.csv")
    assert "t.csv" in str(e.value.problems[0])


@pytest.mark.parametrize("remove, item_id", [(remove_batch, "imp-gone-12345678"), (remove_document, "doc-gone-1")])
def test_both_removers_refuse_an_unknown_id_with_the_same_error(tmp_path, remove, item_id):
    with pytest.raises(WorkspaceError, match=repr(item_id)):
        remove(item_id, tmp_path)


def test_pack_warnings_are_problems_naming_file_and_section(tmp_path, dataset):
    path = save_pack(new_pack(dataset, ["trade"]), tmp_path / "p.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["sections"][0]["charts"].append("pie")
    path.write_text(json.dumps(doc), encoding="utf-8")
    _, (warning,) = load_pack(path, dataset)
    assert warning == Problem(str(path), "chart 'pie' dropped", record="section 'trade'")
    assert str(warning) == f"{path}: section 'trade': chart 'pie' dropped"


def test_a_bad_pack_field_is_named_in_its_problem(tmp_path):
    (tmp_path / "p.json").write_text(json.dumps({"paper": "a3"}), encoding="utf-8")
    with pytest.raises(PackError) as e:
        load_pack(tmp_path / "p.json")
    (problem,) = e.value.problems
    assert problem.file == str(tmp_path / "p.json") and problem.field == "field paper"
