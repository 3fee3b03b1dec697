"""Every bad file of the corpus (tests/bad_inputs/) through the real command line, in a subprocess, in a
workspace that already holds the user's work (an import and a previously exported PDF): the command must fail
with a message that names the file and says what is wrong, never a traceback, and leave every existing file
exactly as it was (no stray temporary files either). Also: outputs that cannot be written."""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, write_mini_seeds

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
NOT_CORPUS = {"README.md", "make_binary_files.py"}
COMMAND = {"records": "validate", "tables": "import", "packs": "export"}

# corpus file -> what stderr must say about it (a regular expression, case-insensitive), on a line that also
# names the file. The README in bad_inputs/ says what is wrong with each one.
EXPECTED = {
    "records/bad_indentation.yaml": r":7: not valid YAML",
    "records/binary.yaml": r"not UTF-8 text",
    "records/deeply_nested.yaml": r"nest|not valid YAML",
    "records/deeply_nested_unclosed.yaml": r"nest|not valid YAML",
    "records/duplicate_key.yaml": r":11: not valid YAML: duplicate key 'value'",
    "records/empty.yaml": r"empty",
    "records/huge_value_10e30.yaml": r"grp-2023: value: 1e\+30 is not written in the quote",
    "records/huge_value_1e400.yaml": r"grp-2023: value: .*finite",
    "records/latin1.yaml": r"not UTF-8 text",
    "records/truncated.yaml": r":13: not valid YAML",
    "records/unknown_field.yaml": r"grp-2023: sauce: unknown field",
    "records/utf16.yaml": r"not UTF-8 text",
    "records/wrong_types.yaml": r"grp-2023: value: Input should be a valid number",
    "tables/binary.csv": r"binary data, not a CSV file",
    "tables/binary.xlsx": r"not a readable \.xlsx workbook",
    "tables/empty.csv": r"the file is empty",
    "tables/empty.xlsx": r"the file is empty",
    "tables/empty_sheet.xlsx": r"no rows",
    "tables/latin1.csv": r"UTF-8|GB18030|encoding|Latin",
    "tables/missing_columns.csv": r"period: no column chosen",
    "tables/truncated.csv": r"(row|line) 3",
    "tables/truncated.xlsx": r"not a readable \.xlsx workbook",
    "tables/utf16.csv": r"UTF-16",
    "packs/binary.json": r"not a pack file \(not UTF-8 text\)",
    "packs/deeply_nested.json": r"nest|not valid JSON",
    "packs/empty.json": r"empty",
    "packs/future_version.json": r"newer version of the app \(pack version 99",
    "packs/malformed.json": r"line 5: not valid JSON",
    "packs/unknown_records.json": r"no-such-figure-2019.* no longer in the data",
    "packs/wrong_types.json": r"field paper",
}

GOOD_TABLE = ("name,period,value,unit,region,theme\n"
              "Robustness test series,2021,12.5,billion yuan,Fujian,economy\n"
              "Robustness test series,2022,13.75,billion yuan,Fujian,economy\n")
TEMPORARY = re.compile(r"\.part|\.partial|\.tmp$|~$")


def corpus_files() -> list[str]:
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
                  if p.is_file() and p.name not in NOT_CORPUS and "__pycache__" not in p.parts)


def run_cli(*args, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          errors="replace", env=env, cwd=cwd, timeout=180)


def cli_env(ws: Path) -> dict[str, str]:
    env = dict(os.environ, BRIEFING_DATA_DIR=str(ws / "data"), BRIEFING_CONFIG_DIR=str(ws / "config"),
               BRIEFING_LOG_DIR=str(ws.parent / f"{ws.name}-logs"), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def snapshot(folder: Path) -> dict[str, str]:
    """Every file (its SHA-256) and folder under `folder`."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A workspace with the user's earlier work: one imported table and one exported PDF."""
    ws = tmp_path_factory.mktemp("template") / "ws"
    (ws / "input").mkdir(parents=True)
    (ws / "out").mkdir()
    (ws / "input" / "yearbook.csv").write_text(GOOD_TABLE, encoding="utf-8")
    env = cli_env(ws)
    done = run_cli("import", ws / "input" / "yearbook.csv", env=env, cwd=ws)
    assert done.returncode == 0, done.stderr
    done = run_cli("export", "--theme", "economy", "-o", ws / "out" / "briefing.pdf", env=env, cwd=ws)
    assert done.returncode == 0, done.stderr
    assert (ws / "out" / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert len(list((ws / "data" / "imports").glob("imp-yearbook-*/batch.json"))) == 1
    return ws


@pytest.fixture
def workspace(template, tmp_path) -> Path:
    return Path(shutil.copytree(template, tmp_path / "ws"))


def test_corpus_is_described_and_every_file_has_an_expectation():
    files = corpus_files()
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert sorted(EXPECTED) == files, "EXPECTED and the files in tests/bad_inputs differ"
    undescribed = [f for f in files if f"`{f}`" not in readme]
    assert not undescribed, f"not described in tests/bad_inputs/README.md: {undescribed}"
    assert all(f.split("/")[0] in COMMAND for f in files)


@pytest.mark.parametrize("name", corpus_files())
def test_a_bad_file_is_refused_with_a_message_and_changes_nothing(name, workspace):
    kind = name.split("/")[0]
    source = CORPUS / name
    original = source.read_bytes()
    if kind == "records":  # a seed folder whose record file is replaced by the bad one
        seeds = write_mini_seeds(workspace / "seeds")
        (seeds / "records" / "mini.yaml").unlink()
        bad = seeds / "records" / source.name
        shutil.copyfile(source, bad)
        args = ["validate", seeds]
    else:
        bad = workspace / "input" / source.name
        shutil.copyfile(source, bad)
        args = (["import", bad] if kind == "tables"
                else ["export", "--pack", bad, "-o", workspace / "out" / "briefing.pdf"])
    before = snapshot(workspace)

    done = run_cli(*args, env=cli_env(workspace), cwd=workspace)

    after = snapshot(workspace)
    command = f"briefing {' '.join(map(str, args))}"
    failures = []
    if done.returncode == 0:
        failures.append("exit code 0 for a bad file")
    if done.returncode < 0:
        failures.append(f"killed by signal {-done.returncode} (a crash, no message)")
    for stream, text in (("stdout", done.stdout), ("stderr", done.stderr)):
        if "Traceback" in text:
            failures.append(f"a traceback on {stream}")
    # the lines naming the file, the file's path and name blanked out: the message must say what is wrong itself
    lines = [line.replace(str(bad), "FILE").replace(bad.name, "FILE")
             for line in done.stderr.splitlines() if bad.name in line]
    if not lines:
        failures.append(f"stderr never names {bad.name}")
    elif not any(re.search(EXPECTED[name], line, re.IGNORECASE) for line in lines):
        failures.append(f"no stderr line naming {bad.name} matches {EXPECTED[name]!r}")
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    if changed:
        failures.append(f"existing files changed: {changed}")
    if before.keys() - after.keys():
        failures.append(f"existing files removed: {sorted(before.keys() - after.keys())}")
    if after.keys() - before.keys():
        failures.append(f"new files or folders: {sorted(after.keys() - before.keys())}")
    stray = [k for k in after if TEMPORARY.search(Path(k).name)]
    if stray:
        failures.append(f"temporary files left: {stray}")
    if source.read_bytes() != original:
        failures.append("the corpus file itself was changed")
    assert not failures, (f"{command}\nexit {done.returncode}\n" + "\n".join(f"- {f}" for f in failures)
                          + f"\n--- stdout ---\n{done.stdout[-2000:]}\n--- stderr ---\n{done.stderr[-3000:]}")


def test_a_pack_with_some_unknown_records_still_exports_the_rest(workspace):
    """The documented "keeps what it can": a warning naming the file and record, the other records printed."""
    pack = workspace / "input" / "visit.json"
    pack.write_text('{"version": 1, "title": "Visit", "themes": ["economy"], "sections": [{"theme": "economy", '
                    '"indicators": ["gwr23-grp", "no-such-figure-2019"]}]}', encoding="utf-8")
    out = workspace / "out" / "visit.pdf"
    done = run_cli("export", "--pack", pack, "-o", out, env=cli_env(workspace), cwd=workspace)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert any("visit.json" in line and "no-such-figure-2019" in line for line in done.stderr.splitlines())
    import pypdf
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "5.4 trillion yuan" in text


# --- outputs that cannot be written ---------------------------------------------------------------

def unwritable_cases(ws: Path) -> dict[str, tuple[Path, str]]:
    """name -> (output path, what the message must say)."""
    blocker = ws / "out" / "notes.txt"  # a regular file where a folder is expected
    return {
        "parent is a file": (blocker / "pack.pdf", r"not a (folder|directory)|cannot write"),
        "inside /proc": (Path("/proc/briefing-robustness.pdf"), r"cannot write"),
        "an existing folder": (ws / "out", r"cannot write|is a (folder|directory)"),
    }


@pytest.mark.parametrize("case", ["parent is a file", "inside /proc", "an existing folder"])
def test_an_unwritable_output_is_a_clear_error_and_changes_nothing(case, workspace):
    (workspace / "out" / "notes.txt").write_text("the user's notes\n", encoding="utf-8")
    out, expected = unwritable_cases(workspace)[case]
    before = snapshot(workspace)
    done = run_cli("export", "--theme", "trade", "-o", out, env=cli_env(workspace), cwd=workspace)
    after = snapshot(workspace)
    assert done.returncode != 0, (case, done.stdout)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    line = next((line for line in done.stderr.splitlines() if str(out) in line), None)
    assert line is not None, f"stderr does not name {out}: {done.stderr}"
    assert re.search(expected, line.replace(str(out), "OUT"), re.IGNORECASE), \
        f"{case}: {line!r} does not match {expected!r}"
    assert "does not exist" not in line or not out.parent.exists(), f"{case}: says a path that exists does not: {line!r}"
    assert after == before, "the workspace changed"
    assert not Path("/proc/briefing-robustness.pdf").exists()


REFUSING_EXPORT = """
import builtins, errno, os, sys
from briefing.cli import main

folder = os.path.realpath(sys.argv[1])  # the system refuses every write into it, as in a read-only folder
def refused(path):
    if os.path.dirname(os.path.realpath(path)) == folder:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
real_open, real_os_open, real_replace, real_rename = builtins.open, os.open, os.replace, os.rename
def os_open(path, flags, mode=0o777, *, dir_fd=None):
    if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC):
        refused(path)
    return real_os_open(path, flags, mode, dir_fd=dir_fd)
def open_(file, mode="r", *args, **kwargs):
    if isinstance(file, (str, bytes, os.PathLike)) and set(mode) & set("wax+"):
        refused(file)
    return real_open(file, mode, *args, **kwargs)
def replace(src, dst, **kw):
    refused(dst)
    return real_replace(src, dst, **kw)
def rename(src, dst, **kw):
    refused(dst)
    return real_rename(src, dst, **kw)
os.open, builtins.open, os.replace, os.rename = os_open, open_, replace, rename
sys.exit(main(sys.argv[2:]))
"""


@contextlib.contextmanager
def read_only_folder(folder: Path, how: str):
    """`folder` holding old.pdf, made read-only: by the file system (a read-only tmpfs mounted over it as root,
    whom chmod does not stop; chmod otherwise), or by the system refusing each write ("refused")."""
    folder.mkdir()
    mounted = how == "read-only" and os.geteuid() == 0
    if mounted:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
        if done.returncode:  # a container without the right to mount: the "refused" case still runs
            pytest.skip(f"root here may not mount a read-only file system: {done.stderr.decode().strip()}")
    try:
        (folder / "old.pdf").write_bytes(b"%PDF-old")
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        elif how == "read-only":
            folder.chmod(0o555)
        yield
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)
        else:
            folder.chmod(0o755)


@pytest.mark.parametrize("how", ["read-only", "refused"])
def test_a_read_only_folder_is_a_clear_error(workspace, how):
    folder = workspace / "locked"
    with read_only_folder(folder, how):
        args = ["export", "--theme", "trade", "-o", str(folder / "old.pdf")]
        cmd = [sys.executable, "-c", REFUSING_EXPORT, str(folder), *args] if how == "refused" else \
            [sys.executable, "-m", "briefing", *args]
        done = subprocess.run(cmd, capture_output=True, text=True, env=cli_env(workspace), cwd=workspace,
                              timeout=180)
        assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
        assert re.search(r"old\.pdf: cannot write: (Permission denied|Read-only file system)", done.stderr), \
            done.stderr
        assert [p.name for p in folder.iterdir()] == ["old.pdf"]
        assert (folder / "old.pdf").read_bytes() == b"%PDF-old"
