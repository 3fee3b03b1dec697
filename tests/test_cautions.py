"""Every printed number defensible: curators' cautions and headlines, citations in words (no ids or file names),
and a manifest whose titles and dates are the documents' own."""
import json
import os
import re
import shutil
import subprocess
import sys

import pypdf
import pytest
from conftest import MINI_RECORDS, SEEDS, write_mini_seeds
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel
from test_gui import click_record, open_window

from briefing.core.model.dataset import check
from briefing.core.pack.edit import add_record
from briefing.core.pack.model import new_pack
from briefing.core.provenance.cite import internal_names
from briefing.gui.table_model import CAUTION_MARK
from briefing.report.document import build_pdf
from briefing.report.flowables import styles
from briefing.report.parts import Context
from briefing.report.parts.summary import headlines

TAIWAN_TRADE = "gwr23-taiwan-trade"
CUT_OFF = re.compile(r"cut off|truncated|breaks off", re.IGNORECASE)


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> str:
    return squash("\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def internal(dataset):
    """Record and source ids, document file names and the manifest's name: never in printed text."""
    return internal_names([*dataset.indicators["id"], *dataset.initiatives["id"], *dataset.sources["id"]],
                          dataset.sources["file"])


# --- cautions ---------------------------------------------------------------------------------------------

def test_the_implausible_taiwan_trade_figure_and_every_cut_off_sentence_carry_a_caution(dataset):
    taiwan = dataset.record("indicators", TAIWAN_TRADE)
    assert "Chinese original" in taiwan["caution"] and taiwan["display"] == "more than 1.5 trillion yuan"
    for table in ("indicators", "initiatives"):
        df = getattr(dataset, table)
        names = df[df["name"].str.contains(CUT_OFF) | df["name"].str.contains("what happened")]
        assert names.empty, f"editor's remarks in names: {names['name'].tolist()}"
        remarked = df[(df["note"].fillna("") + " " + df.get("description", "")).str.contains(CUT_OFF)]
        uncautioned = remarked[remarked["caution"] == ""]
        assert uncautioned.empty, f"cut off, without a caution: {uncautioned['id'].tolist()}"
    unemployed = dataset.record("indicators", "gwr23-unemployed-people-truncated")
    assert unemployed["name"] == "Unemployed people" and "cut off" in unemployed["caution"]


def test_caution_and_headline_join_the_json_contract():
    done = subprocess.run([sys.executable, "-m", "briefing", "list", "indicators", "--format", "json"],
                          capture_output=True, text=True, timeout=120, check=True)
    rows = {r["id"]: r for r in json.loads(done.stdout)}
    assert "Chinese original" in rows[TAIWAN_TRADE]["caution"] and rows[TAIWAN_TRADE]["headline"] is None
    assert rows["gwr23-grp"]["caution"] == "" and rows["gwr23-grp"]["headline"] == 1


def test_a_cautioned_figure_is_left_out_of_a_new_pack_but_kept_when_added_by_hand(tmp_path, dataset):
    cautioned = set(dataset.indicators.loc[dataset.indicators["caution"] != "", "id"])
    assert TAIWAN_TRADE in cautioned
    pack = new_pack(dataset, ["taiwan"])
    assert not cautioned & set(pack.sections[0].indicators)
    pack, _ = add_record(pack, dataset, "indicators", TAIWAN_TRADE)
    assert TAIWAN_TRADE in pack.sections[0].indicators
    out = build_pdf(pack, dataset, tmp_path / "taiwan.pdf", invariant=True)
    text = pdf_text(out)
    sources = text.index("Sources Creating")  # the appendix's heading, then its first document
    key_figures = text[text.index("Key figures Table"):sources]
    caution = squash(dataset.record("indicators", TAIWAN_TRADE)["caution"])
    assert f"Two-way trade between Fujian and Taiwan Caution: {caution[:60]}" in key_figures  # beside the figure
    appendix = text[sources:]
    assert "Caution: " + caution[:60] in appendix
    summary = text[text.index("Executive summary Key messages"):text.index("Taiwan integration Key figures")]
    assert "Two-way trade" not in summary  # in the pack by hand, yet not a headline


def test_the_window_marks_a_cautioned_figure_and_shows_and_copies_its_caution(qtbot, dataset):
    window = open_window(qtbot, dataset)
    caution = dataset.record("indicators", TAIWAN_TRADE)["caution"]
    click_record(qtbot, window, TAIWAN_TRADE)
    proxy = window.proxies["indicators"]
    row = [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())].index(TAIWAN_TRADE)
    value = proxy.index(row, 1)
    assert value.data() == f"{CAUTION_MARK} more than 1.5 trillion yuan"
    assert value.data(Qt.ItemDataRole.ToolTipRole) == f"Caution: {caution}"
    assert "Caution:" in window.source.details.text() and "Chinese original" in window.source.details.text()
    copy = next(a for a in window.findChildren(QAction) if a.text() == "Copy Figure with Citation")
    copy.trigger()
    assert f"more than 1.5 trillion yuan. Caution: {caution} Source: " in QApplication.clipboard().text()


# --- headlines --------------------------------------------------------------------------------------------

def test_the_summary_shows_the_curators_headlines_in_rank_order_one_per_quantity(dataset, tmp_path):
    pack = new_pack(dataset)
    ctx = Context.of(pack, dataset, styles(), 400)
    picked = headlines(ctx)
    by_theme: dict[str, list[int]] = {}
    for theme, rid in picked:
        r = dataset.record("indicators", rid)
        assert r["themes"][0] == theme and not r["caution"]
        by_theme.setdefault(theme, []).append(r["headline"])
    assert set(by_theme) >= {"trade", "taiwan", "digital", "ecology", "economy"}
    assert all(ranks == sorted(ranks) and 2 <= len(ranks) <= 4 for ranks in by_theme.values())
    names = [(dataset.record("indicators", rid)["name"], dataset.record("indicators", rid)["region"])
             for _, rid in picked]
    assert len(names) == len(set(names))
    text = pdf_text(build_pdf(pack, dataset, tmp_path / "p.pdf", invariant=True))
    summary = text[text.index("Headline figures Table 1."):]
    assert summary.startswith("Headline figures Table 1. Headline figures by theme Theme Figure Value Region Period "
                              "Kind Ref. Trade Growth of imports and exports down 0.2% Fujian 2023 actual")
    assert "Macro economy Gross regional product 5.4 trillion yuan Fujian 2023 actual" in summary


@pytest.mark.parametrize("change, expected", [
    (("display: 5.4 trillion yuan\n", "display: 5.4 trillion yuan\n    headline: 1\n    caution: Check it.\n"),
     "grp-2023: headline: a cautioned figure cannot be a headline"),
    (("display: 5.4 trillion yuan\n", "display: 5.4 trillion yuan\n    headline: 1\n"),
     None),
    (("display: 5.4 trillion yuan\n", "display: 5.4 trillion yuan\n    headline: 0\n"),
     "grp-2023: headline: Input should be greater than or equal to 1"),
    (("display: 5.4 trillion yuan\n", "display: 5.4 trillion yuan\n    note: Compare grp-growth-2023.\n"),
     "grp-2023: note: names 'grp-growth-2023', which a reader cannot look up"),
])
def test_the_loader_checks_headlines_and_printed_notes(tmp_path, change, expected):
    data, problems = check(write_mini_seeds(tmp_path, MINI_RECORDS.replace(*change)))
    if expected is None:
        assert data is not None and data.record("indicators", "grp-2023")["headline"] == 1
    else:
        assert data is None and any(expected in str(p) for p in problems), problems


def test_a_headline_rank_is_given_once_per_theme(tmp_path):
    twice = MINI_RECORDS.replace("display: 5.4 trillion yuan\n", "display: 5.4 trillion yuan\n    headline: 1\n")
    twice = twice.replace("display: up 4.5%\n", "display: up 4.5%\n    headline: 1\n")
    assert twice.count("headline: 1") == 2
    _, problems = check(write_mini_seeds(tmp_path, twice))
    assert any("headline 1 of theme economy is also grp-2023's" in str(p) for p in problems), problems


# --- readable citations -----------------------------------------------------------------------------------

def test_the_exported_default_pack_prints_no_ids_file_names_or_manifest(tmp_path, dataset):
    out = tmp_path / "pack.pdf"
    done = subprocess.run([sys.executable, "-m", "briefing", "export", "--invariant", "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "BRIEFING_DATA_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert internal(dataset).findall(text) == []
    # a derived figure names its inputs, with their periods and reference numbers
    derived = dataset.indicators[dataset.indicators["kind"] == "derived"].iloc[0]
    inputs = [dataset.record("indicators", i) for i in derived["inputs"]]
    cited = re.search(rf"\[\d+\] {re.escape(derived['name'])}, {derived['period']}: computed from "
                      rf"{re.escape(inputs[0]['name'])}, {inputs[0]['period']} ?\[\d+\]", text)
    assert cited, "the derived figure's inputs are not named in Sources"


def test_window_labels_and_tooltips_name_no_ids_or_files(qtbot, dataset):
    window = open_window(qtbot, dataset)
    pattern = internal(dataset)
    derived = dataset.indicators.loc[dataset.indicators["kind"] == "derived", "id"].iloc[0]
    for rid in (derived, TAIWAN_TRADE, "gwr23-grp"):
        click_record(qtbot, window, rid)
        texts = [w.text() for w in window.findChildren(QLabel)] + [w.toolTip() for w in window.findChildren(QLabel)]
        assert pattern.findall(" ".join(texts)) == [], rid
        assert "Computed (" in window.source.details.text() or rid != derived
    model = window.proxies["indicators"]
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount()) for c in range(6)]
    assert pattern.findall(" ".join(tips)) == []


# --- the manifest -----------------------------------------------------------------------------------------

def manifest_problems(tmp_path, old: str, new: str) -> list[str]:
    seeds = shutil.copytree(SEEDS, tmp_path / "seeds")
    manifest = seeds / "sources.yaml"
    text = manifest.read_text(encoding="utf-8")
    assert text.count(old) == 1
    manifest.write_text(text.replace(old, new), encoding="utf-8")
    _, problems = check(seeds)
    return [str(p) for p in problems]


def test_a_changed_title_or_date_is_refused_naming_the_source(tmp_path):
    problems = manifest_problems(tmp_path, "Attract 31.9 Billion", "Attract 32.9 Billion")
    assert any(re.search(r"sources\.yaml:\d+: fj-digital-2024: title: 002_c8baed75cdc948a9\.txt: the title's words "
                         r"“Fujian Province's 50 Key Projects in Digital Economy Attract 32\.9", p) for p in problems)
    problems = manifest_problems(tmp_path / "d", 'date: "2021-04-15"', 'date: "2021-04-16"')
    assert any("xm-2021: date: 004_06588b2d32ebaf05.txt: the document does not state the date 2021-04-16" in p
               for p in problems)


def test_titles_compare_with_quotes_and_whitespace_normalised(tmp_path):
    # the document writes “Province’s” with a curly apostrophe; a line break in the title is a space
    assert manifest_problems(tmp_path, "Fujian Province's 50 Key Projects", "Fujian  Province’s\\n50 Key Projects") \
        == []
