"""The command line: the JSON contract scripts rely on, filters, and errors without tracebacks."""
import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from briefing.cli import COMMANDS, main, parser
from briefing.cli.exit_codes import ExitCode
from briefing.core.model import vocab


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("what, fields", [
    ("indicators", vocab.INDICATOR_FIELDS), ("initiatives", vocab.INITIATIVE_FIELDS), ("sources", vocab.SOURCE_FIELDS)])
def test_json_contract_has_exactly_the_documented_fields(capsys, what, fields):
    code, out, _ = run(capsys, "list", what, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all(list(row) == list(fields) for row in rows)


def test_json_indicator_values_are_typed(capsys):
    _, out, _ = run(capsys, "list", "indicators", "--format", "json", "--search", "gross regional product")
    rows = {r["id"]: r for r in json.loads(out)}
    grp = rows["gwr23-grp"]
    assert grp["value"] == 5_400_000_000_000 and grp["unit"] == "CNY" and grp["period"] == "2023"
    assert grp["source"] == "fj-gwr-2024" and grp["source_file"] == "001_0bfd14b0a0b3d03d.txt"
    assert grp["themes"] == ["economy"] and grp["inputs"] == []
    _, out, _ = run(capsys, "list", "indicators", "--format", "json", "--search", "budget revenue")
    derived = [r for r in json.loads(out) if r["kind"] == "derived"]
    assert derived and all(len(r["inputs"]) == 2 for r in derived)


@pytest.mark.parametrize("theme", vocab.MAIN_THEMES)
def test_theme_filter_keeps_only_that_theme(capsys, theme):
    _, out, _ = run(capsys, "list", "indicators", "--theme", theme, "--format", "json")
    rows = json.loads(out)
    assert len(rows) >= 5
    assert all(theme in r["themes"] for r in rows)


def test_region_and_search_filters(capsys):
    _, out, _ = run(capsys, "list", "indicators", "--region", "xiamen", "--format", "json")
    rows = json.loads(out)
    assert rows and {r["region"] for r in rows} == {"Xiamen"}
    _, out, _ = run(capsys, "list", "initiatives", "--search", "STRAITS FORUM", "--format", "json")
    names = [r["name"] for r in json.loads(out)]
    assert any("16th Straits Forum" in n for n in names)


def test_table_and_csv(capsys):
    code, out, _ = run(capsys, "list", "indicators", "--theme", "taiwan")
    assert code == 0 and "Kinmen" in out and "display" in out.splitlines()[0]
    code, out, _ = run(capsys, "list", "sources", "--format", "csv")
    assert out.splitlines()[0] == ",".join(vocab.SOURCE_FIELDS) and len(out.splitlines()) == 6
    code, out, _ = run(capsys, "list", "indicators", "--search", "no such text anywhere")
    assert code == 0 and out.strip() == "No indicators match."


def test_validate_reports_every_problem_and_exits_1(capsys, tmp_path):
    from conftest import MINI_RECORDS, write_mini_seeds
    seeds = write_mini_seeds(tmp_path, MINI_RECORDS.replace("value: 4.5", "value: 4.6").replace(
        "kind: actual", "kind: guess", 1))
    code, out, err = run(capsys, "validate", str(seeds))
    assert code == 1 and out == ""
    assert "grp-2023: kind: Input should be 'actual' or 'target'" in err
    assert "grp-growth-2023: value: 4.6 is not written in the quote" in err
    assert err.strip().endswith("problem(s) found.")


def test_validate_a_record_folder_and_the_shipped_seeds(capsys, mini_seeds):
    code, out, _ = run(capsys, "validate", str(mini_seeds / "records"))
    assert code == 0 and out.startswith("OK: 1 sources, 4 indicators (1 derived), 1 initiatives")
    code, out, _ = run(capsys, "validate")
    assert code == 0 and "5 sources" in out


def test_errors_are_messages_not_tracebacks(tmp_path):
    bad = tmp_path / "records"
    bad.mkdir()
    (bad / "x.yaml").write_bytes(b"\x00\x01binary")
    cases = {("validate", str(bad)): "x.yaml: not valid YAML",
             ("validate", str(tmp_path / "missing")): "missing: no such folder",
             ("list", "indicators", "--theme", "sport"): "invalid choice: 'sport'",
             ("list", "indicators", "--data", str(bad)): "x.yaml: not valid YAML"}
    for args, message in cases.items():
        proc = subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True,
                              cwd=ROOT)
        assert proc.returncode != 0, args
        assert "Traceback" not in proc.stderr and message in proc.stderr, (args, proc.stderr)


def test_exit_codes_are_named_and_keep_their_numbers(capsys, tmp_path):
    assert [(c.name, int(c)) for c in ExitCode] == [("OK", 0), ("PROBLEMS", 1), ("CANNOT_RUN", 2)]
    assert main(["validate", str(tmp_path / "missing")]) is ExitCode.PROBLEMS
    assert main(["remove-import", "imp-gone-12345678"]) is ExitCode.PROBLEMS
    assert main(["export", "--theme", "tourism", "-o", str(tmp_path / "p.pdf")]) is ExitCode.CANNOT_RUN
    assert "unknown theme tourism" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["list", "sources"], ["gui"], ["export", "-o", "p.pdf"], ["import", "t.csv"],
                                  ["remove-import", "imp-x"], ["validate"]])
def test_each_command_is_handled_by_its_own_module(args):
    handler = parser().parse_args(args).run
    assert handler.__module__ in {c.__name__ for c in COMMANDS}
    assert handler.__module__.rsplit(".", 1)[1] == {"list": "listing", "import": "importing",
                                                    "remove-import": "remove"}.get(args[0], args[0])


def _documented_fields() -> dict[str, list[str]]:
    """The fields README's JSON contract lists per table (what is in parentheses explains, and is left out)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("`--format json` prints a list of records with exactly these fields:", 1)[1].split("\n\n")[1]
    out = {}
    for bullet in re.split(r"\n- ", "\n" + section)[1:]:
        what, text = bullet.split(":", 1)
        while re.search(r"\([^()]*\)", text):
            text = re.sub(r"\([^()]*\)", "", text)
        out[what.strip()] = re.findall(r"`([a-z0-9_]+)`", text)
    return out


def test_readme_documents_exactly_the_json_contract():
    assert _documented_fields() == {"indicators": list(vocab.INDICATOR_FIELDS),
                                    "initiatives": list(vocab.INITIATIVE_FIELDS), "sources": list(vocab.SOURCE_FIELDS)}
    assert "name_zh" in vocab.INDICATOR_FIELDS and "description_zh" in vocab.INITIATIVE_FIELDS
