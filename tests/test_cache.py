"""The start-up cache (core/storage/cache.py, core/ingest/checked.py): the checked dataset read back from it equals
the one checked from scratch, any change of an input (a document, a record file, the manifest, an import, the
checking code, the app's version) checks again, a damaged entry is ignored with a log line, `validate` never
uses it. Every other test runs with the cache off (conftest.py)."""
import gc
import logging
import os
import pickle
import shutil
import stat
import subprocess
import sys

import pypdf
import pytest
from conftest import ROOT
from pandas.testing import assert_frame_equal
from reportlab.pdfbase import ttfonts

import briefing
from briefing.core.errors import DataError
from briefing.core.ingest import checked
from briefing.core.model import dataset
from briefing.core.storage import cache
from briefing.core.storage.userdirs import cache_dir
from briefing.report import fonts
from briefing.resources import resource_path


@pytest.fixture
def cache_on(tmp_path, monkeypatch):
    """The cache on, in a temporary folder; counts the checks from scratch."""
    monkeypatch.delenv("BRIEFING_CACHE")
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    calls = []
    real = dataset.check

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)
    monkeypatch.setattr(dataset, "check", counted)
    return calls


def same(a, b) -> None:
    for table in ("sources", "indicators", "initiatives"):
        assert_frame_equal(getattr(a, table), getattr(b, table))
    assert a.documents == b.documents
    assert a.version == b.version


def test_the_tests_run_without_a_cache():
    assert cache_dir() is None


def test_a_cached_dataset_equals_the_one_checked_from_scratch(seeds_copy, cache_on):
    fresh = dataset.load(seeds_copy)
    cache_on.clear()
    first = checked.load(seeds_copy)
    assert len(cache_on) == 1 and (cache_dir() / "checked-dataset.cache").is_file()
    again = checked.load(seeds_copy)
    assert len(cache_on) == 1  # read back, not checked again
    for result in (first, again):
        seeds, merged, troubles = result
        same(seeds, fresh)
        same(merged, fresh)
        assert troubles == []
    assert len(fresh.indicators) > 100


def test_the_cache_is_the_users_alone(seeds_copy, cache_on):
    checked.load(seeds_copy)
    entry = cache_dir() / "checked-dataset.cache"
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir().stat().st_mode) == 0o700
    assert not [p for p in cache_dir().iterdir() if p != entry]  # no temporary file left behind


@pytest.mark.parametrize("change", ["document", "record", "manifest", "new record file"])
def test_any_change_of_the_seeds_checks_again(seeds_copy, cache_on, change):
    checked.load(seeds_copy)
    if change == "document":  # the checksum in the manifest no longer matches: a check must say so
        doc = next((seeds_copy / "documents").iterdir())
        doc.write_bytes(doc.read_bytes() + b"\nAn added line.\n")
    elif change == "record":  # a value no longer in its quote
        path = seeds_copy / "records" / "fj-gwr-2024-results-2023.yaml"
        text = path.read_text(encoding="utf-8")
        assert "value: 5400000000000" in text
        path.write_text(text.replace("value: 5400000000000", "value: 5500000000000", 1), encoding="utf-8")
    elif change == "manifest":
        path = seeds_copy / "sources.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    else:
        (seeds_copy / "records" / "zz-empty.yaml").write_text("source: nowhere\n", encoding="utf-8")
    if change == "manifest":
        checked.load(seeds_copy)  # still valid, but checked again
    else:
        with pytest.raises(DataError):
            checked.load(seeds_copy)
    assert len(cache_on) == 2


def test_a_folder_with_problems_is_never_cached(seeds_copy, cache_on):
    path = seeds_copy / "records" / "fj-gwr-2024-results-2023.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 5400000000000", "value: 5500000000000", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError):
            checked.load(seeds_copy)
    assert len(cache_on) == 2 and not (cache_dir() / "checked-dataset.cache").exists()


def test_a_change_of_the_workspace_checks_again(seeds_copy, cache_on, tmp_path):
    checked.load(seeds_copy)
    imports = tmp_path / "data" / "imports" / "imp-broken-00000000"
    imports.mkdir(parents=True)
    (imports / "batch.json").write_text("{not json", encoding="utf-8")
    _seeds, _merged, troubles = checked.load(seeds_copy)
    assert len(cache_on) == 2 and "cannot be read" in str(troubles[0])
    _seeds, _merged, again = checked.load(seeds_copy)  # the same workspace: from the cache, troubles too
    assert len(cache_on) == 2 and list(map(str, again)) == list(map(str, troubles))
    (imports / "batch.json").unlink()
    checked.load(seeds_copy)
    assert len(cache_on) == 3


def test_a_change_of_the_code_or_the_version_checks_again(seeds_copy, cache_on, monkeypatch):
    checked.load(seeds_copy)
    monkeypatch.setattr(checked, "__version__", briefing.__version__ + ".1")
    checked.load(seeds_copy)
    assert len(cache_on) == 2
    monkeypatch.setattr(cache, "code_version", lambda *args: "another checking code")
    checked.load(seeds_copy)
    assert len(cache_on) == 3


def test_the_code_version_follows_the_source(tmp_path, monkeypatch):
    package = tmp_path / "fake_checker"
    package.mkdir()
    (package / "__init__.py").write_text("RULE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = cache.code_version(("fake_checker",))
    (package / "__init__.py").write_text("RULE = 2\n")
    cache.code_version.cache_clear()
    assert cache.code_version(("fake_checker",)) != before
    cache.code_version.cache_clear()


@pytest.mark.parametrize("damage", [b"", b"garbage", "truncated", "other key"])
def test_a_damaged_entry_is_ignored_with_a_log_line_and_rebuilt(seeds_copy, cache_on, caplog, damage):
    fresh = checked.load(seeds_copy)
    entry = cache_dir() / "checked-dataset.cache"
    raw = entry.read_bytes()
    header, _, body = raw.partition(b"\n")
    if damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "other key":  # a valid pickle under another key: stale, not read
        entry.write_bytes(header[:-4] + b"0000\n" + body)
    else:
        entry.write_bytes(header + b"\n" + damage)
    with caplog.at_level(logging.DEBUG, logger="briefing.cache"):
        again = checked.load(seeds_copy)
    assert len(cache_on) == 2
    same(again[1], fresh[1])
    if damage != "other key":
        assert any("cannot be read and is rebuilt" in r.getMessage() and r.levelno == logging.WARNING
                   for r in caplog.records)
    assert checked.load(seeds_copy) and len(cache_on) == 2  # rebuilt: read back next time


def test_an_unwritable_cache_is_logged_not_fatal(seeds_copy, cache_on, monkeypatch, caplog, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    with caplog.at_level(logging.WARNING, logger="briefing.cache"):
        seeds, _merged, _ = checked.load(seeds_copy)
    assert len(seeds.indicators) > 100
    assert any("cannot be written" in r.getMessage() for r in caplog.records)


def test_an_entry_is_only_what_this_app_wrote(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFING_CACHE")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c"))
    cache.write("thing", "k1", {"a": [1, 2]})
    assert cache.read("thing", "k1") == {"a": [1, 2]}
    assert cache.read("thing", "k2") is None
    assert cache.read("other", "k1") is None
    assert pickle.loads((tmp_path / "c" / "thing.cache").read_bytes().partition(b"\n")[2]) == {"a": [1, 2]}


@pytest.mark.parametrize("collecting", [True, False])
def test_reading_an_entry_leaves_the_garbage_collector_as_it_was(tmp_path, monkeypatch, collecting):
    """An entry is unpickled with the collector paused; after a good or a damaged entry it is as before."""
    monkeypatch.delenv("BRIEFING_CACHE")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c"))
    cache.write("thing", "k1", {"a": [1, 2]})
    (tmp_path / "c" / "bad.cache").write_bytes(cache._header("bad", "k1") + b"\x80\x05garbage")
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert cache.read("thing", "k1") == {"a": [1, 2]}
        assert gc.isenabled() is collecting
        assert cache.read("bad", "k1") is None
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


def test_the_command_line_uses_the_cache_and_validate_does_not(tmp_path):
    env = os.environ | {"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    env.pop("BRIEFING_CACHE")
    run = lambda *args: subprocess.run([sys.executable, "-m", "briefing", *args], env=env, cwd=ROOT,  # noqa: E731
                                       capture_output=True, text=True, timeout=120)
    assert run("validate").returncode == 0
    assert not (tmp_path / "cache").exists()
    listed = run("list", "sources", "--format", "json")
    assert listed.returncode == 0 and (tmp_path / "cache" / "checked-dataset.cache").is_file()
    assert run("list", "sources", "--format", "json").stdout == listed.stdout


def test_a_changed_document_is_reported_not_a_crash(seeds_copy):
    """(Found while testing the cache: a document whose checksum differs made the coverage check raise.)"""
    doc = next((seeds_copy / "documents").iterdir())
    doc.write_bytes(doc.read_bytes() + b"\nAn added line.\n")
    data, problems = dataset.check(seeds_copy)
    assert data is None and any("checksum differs" in p.message for p in problems)


@pytest.fixture
def parses(monkeypatch):
    """Counts reportlab's parses of a TrueType file."""
    calls = []
    real = ttfonts.TTFontFile.extractInfo

    def counted(self, *args, **kwargs):
        calls.append(self.filename)
        return real(self, *args, **kwargs)
    monkeypatch.setattr(ttfonts.TTFontFile, "extractInfo", counted)
    return calls


def test_cached_fonts_equal_the_parsed_ones_and_follow_their_files(tmp_path, monkeypatch, parses):
    monkeypatch.delenv("BRIEFING_CACHE")
    shipped = {name: resource_path("resources", "fonts", file) for name, file in fonts.FILES.items()}
    copy = tmp_path / "fonts"
    copy.mkdir()
    for path in shipped.values():
        shutil.copyfile(path, copy / path.name)
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: copy / parts[-1])
    every = (fonts.SANS, fonts.BOLD, fonts.CJK)
    parsed = fonts._parsed_fonts(every, "fonts-under-test")
    assert len(parses) == 3
    again = fonts._parsed_fonts(every, "fonts-under-test")
    assert len(parses) == 3  # read back
    for a, b in zip(parsed, again):
        assert a.fontName == b.fontName and a.shapable == b.shapable and a._asciiReadable == b._asciiReadable
        fa, fb = vars(a.face), vars(b.face)
        assert fa.keys() == fb.keys()
        assert {k: v for k, v in fa.items() if k != "_pdfScale"} == {k: v for k, v in fb.items() if k != "_pdfScale"}
        assert fb["_pdfScale"](2048) == pytest.approx(fa["_pdfScale"](2048))
    sans = copy / "DejaVuSans.ttf"
    sans.write_bytes(sans.read_bytes() + b"\0\0\0\0")  # another file: parsed again
    fonts._parsed_fonts(every, "fonts-under-test")
    assert len(parses) == 6


def test_an_english_pack_never_parses_the_chinese_font_and_a_chinese_one_does(tmp_path):
    """The Chinese font is most of the parsing: it is registered when a text first has a character only it has."""
    code = ("import sys; from reportlab.pdfbase import pdfmetrics; from briefing.cli import main; "
            "main(sys.argv[1:]); print(sorted(pdfmetrics.getRegisteredFontNames()))")
    env = os.environ | {"BRIEFING_CACHE": "off", "PYTHONPATH": str(ROOT)}
    registered = {}
    for lang in ("en", "zh"):
        done = subprocess.run([sys.executable, "-c", code, "export", "--lang", lang, "-o", str(tmp_path / f"{lang}.pdf")],
                              env=env, capture_output=True, text=True, timeout=300, check=True)
        registered[lang] = done.stdout.splitlines()[-1]
    assert fonts.CJK not in registered["en"] and fonts.SANS in registered["en"]
    assert fonts.CJK in registered["zh"]
    assert not any("BriefCJK" in str(f) or "DroidSans" in str(f) for f in _fonts_used(tmp_path / "en.pdf"))
    assert any("DroidSans" in str(f) for f in _fonts_used(tmp_path / "zh.pdf"))


def _fonts_used(path) -> set:
    used = set()
    for page in pypdf.PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            used.add(font.get_object()["/BaseFont"])
    return used


@pytest.mark.parametrize("lang, fonts_kept", [
    ("en", {"parsed-fonts.cache"}),  # the Latin fonts (the name all three had: one entry replaces the other)
    ("zh", {"parsed-fonts.cache", "parsed-font-cjk.cache"})])
def test_a_pdf_with_cached_fonts_and_data_is_byte_identical(tmp_path, lang, fonts_kept):
    env = os.environ | {"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    outputs = []
    for cache_setting in ("off", "on", "on"):  # from scratch, filling the cache, from the cache
        run_env = env | {"BRIEFING_CACHE": cache_setting}
        out = tmp_path / f"pack-{len(outputs)}.pdf"
        done = subprocess.run([sys.executable, "-m", "briefing", "export", "--invariant", "--lang", lang, "-o",
                               str(out)], env=run_env, cwd=ROOT, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert {p.name for p in (tmp_path / "cache").iterdir()} == {"checked-dataset.cache", *fonts_kept}
    assert outputs[0] == outputs[1] == outputs[2]
