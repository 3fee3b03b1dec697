"""`briefing add-document FILE`: the window's proposals for scripts, saved only when accepted, checked like seeds."""
import json

import pytest

from briefing.cli import main
from briefing.cli.exit_codes import ExitCode
from briefing.core.ingest.documents import documents_dir, load_documents
from briefing.core.model.dataset import check

ARTICLE = ("Fuzhou's economy expands in H1\n"
           "chinadaily.com.cn | Updated: 2019-07-26\n"
           "Fuzhou's gross domestic product (GDP) stood at 352.85 billion yuan ($52.66 billion) in the first half of "
           "this year, a yearly uptick of 8.5 percent, 0.4 percentage points faster than the provincial average.\n"
           "Industrial companies with annual revenue of more than 20 million yuan saw their output grow 8.6 percent.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "fuzhou-h1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_proposal_with_its_period_read_against_the_dateline(capsys, article):
    code, out, _ = run(capsys, "add-document", article, "--dry-run", "--format", "json")
    result = json.loads(out)
    assert code == ExitCode.OK
    assert (result["date"], result["region"], result["period"]) == ("2019-07-26", "Fuzhou", "2019-01/2019-06")
    figures = result["figures"]
    assert [(f["value"], f["unit"], f["measure"]) for f in figures] == [
        (352.85e9, "CNY", "level"), (52.66e9, "USD", "level"), (8.5, "%", "growth"), (0.4, "pp", "gap_pp"),
        (8.6, "%", "growth")]  # not the threshold of the definition
    assert {f["period"] for f in figures} == {"2019-01/2019-06"}
    assert all(set(f) == {"n", "value", "unit", "period", "measure", "qualifier", "kind", "name", "display",
                          "quote"} for f in figures)
    assert all(f["display"] in f["quote"] and f["quote"] in ARTICLE for f in figures)


def test_a_date_given_wins_over_the_dateline(capsys, article):
    _, out, _ = run(capsys, "add-document", article, "--dry-run", "--format", "json", "--date", "2021-08-01",
                    "--region", "Fujian")
    result = json.loads(out)
    assert (result["region"], result["figures"][0]["period"]) == ("Fujian", "2021-01/2021-06")


def test_dry_run_writes_nothing(capsys, article):
    code, out, _ = run(capsys, "add-document", article, "--dry-run", "--accept", "all", "--publisher", "China Daily")
    assert code == ExitCode.OK and "5 figures proposed" in out
    assert not documents_dir().exists() or not any(documents_dir().iterdir())


def test_accepted_proposals_are_saved_and_load_like_the_seeds(capsys, article):
    code, out, err = run(capsys, "add-document", article, "--accept", "1,3,4", "--publisher", "China Daily",
                         "--theme", "economy")
    assert code == ExitCode.OK, err
    (added,), problems = load_documents()
    assert problems == []
    ind = added.indicators
    assert ind["value"].tolist() == [352.85e9, 8.5, 0.4]
    assert ind["period"].tolist() == ["2019-01/2019-06"] * 3 and set(ind["region"]) == {"Fuzhou"}
    assert ind["measure"].tolist() == ["level", "growth", "gap_pp"]
    folder = documents_dir() / added.sources.iloc[0]["id"]
    data, found = check(folder, titles_stated=False)
    assert data is not None and found == []
    saved = (folder / "records" / f"{folder.name}.yaml").read_text(encoding="utf-8")
    assert "rejected by the user" in saved  # the $52.66 billion and 8.6 percent not accepted
    code, _, err = run(capsys, "add-document", article, "--accept", "all", "--publisher", "China Daily")
    assert code == ExitCode.PROBLEMS and "added already" in err


@pytest.mark.parametrize("args, message", [
    (["--accept", "7"], "no proposal 7 (there are 5)"),
    (["--accept", "one"], "expected 'all' or numbers"),
    (["--accept", "all"], "give --publisher"),
    (["--date", "26/07/2019"], "expected YYYY-MM-DD"),
    (["--period", "H1 2019"], "expected a period"),
])
def test_a_wrong_option_is_one_line_and_saves_nothing(capsys, article, args, message):
    publisher = [] if "--publisher" in message else ["--publisher", "China Daily"]
    code, _, err = run(capsys, "add-document", article, *args, *publisher)
    assert code == ExitCode.CANNOT_RUN and message in err and "Traceback" not in err
    assert not documents_dir().exists() or not any(documents_dir().iterdir())


def test_without_accept_nothing_is_saved(capsys, article):
    code, _, err = run(capsys, "add-document", article, "--publisher", "China Daily")
    assert code == ExitCode.OK and "Nothing saved" in err
    assert not documents_dir().exists() or not any(documents_dir().iterdir())


def test_an_unreadable_file_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "add-document", tmp_path / "missing.txt", "--dry-run")
    assert code == ExitCode.CANNOT_RUN and "missing.txt" in err and "Traceback" not in err
