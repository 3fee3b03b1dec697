import hashlib
import shutil
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from test_gui import open_window

from briefing.gui import i18n

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def unzoomed(qapp):
    """The test starts and ends at the platform's font size (the window's zoom changes the application's font)."""
    font = qapp.font()
    yield
    qapp.setFont(font)


@pytest.fixture
def window(qtbot, dataset, monkeypatch):
    """The main window on the seed data. pytest-qt closes the windows before fixtures end: an unsaved pack is
    discarded then, not asked about."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return open_window(qtbot, dataset)


@pytest.fixture
def chinese(qapp):
    """The interface in Chinese for the test (ours and Qt's translators: yielded), English again after it."""
    translators = i18n.install_translators(qapp, "zh")
    yield translators
    i18n.install_translators(qapp, "en")


SEEDS = ROOT / "seeds"

MINI_DOC = ("Review of 2023\n"
            "Tax hit 5.4 trillion yuan, an increase of 4.5%.\n"
            "By the end of 2023, more than 75,000 enterprises had been established, with R&D <labs> \"Fujian Products to the World\".\n"
            "A small test document, 2024-03-05\n")  # the manifest's title and date, which the loader checks

MINI_RECORDS = """\
source: mini
indicators:
  - id: grp-2023
    name: Tax revenue
    themes: [economy]
    region: Fujian
    period: "2023"
    kind: actual
    measure: level
    value: 5400000000000
    unit: CNY
    qualifier: exact
    quote: Tax hit 5.4 trillion yuan, an increase of 4.5%.
    display: 5.4 trillion yuan
  - id: grp-growth-2023
    name: Growth of tax revenue
    themes: [economy]
    region: Fujian
    period: "2023"
    kind: actual
    measure: growth
    value: 4.5
    unit: "%"
    qualifier: exact
    quote: Tax hit 5.4 trillion yuan, an increase of 4.5%.
    display: up 4.5%
  - id: enterprises-2023
    name: Enterprises established
    themes: [investment, trade]
    region: Fujian
    period: "2023"
    kind: actual
    measure: stock
    value: 75000
    unit: enterprises
    qualifier: over
    quote: By the end of 2023, more than 75,000 enterprises had been established
    display: more than 75,000 enterprises
initiatives:
  - id: products-to-world
    name: Fujian Products to the World
    themes: [trade]
    region: Fujian
    status: ongoing
    period: "2023"
    description: Helps enterprises expand their markets.
    quote: "\\"Fujian Products to the World\\""
    indicators: [enterprises-2023]
derived:
  - id: grp-2022
    name: Tax revenue
    method: prior_level_from_growth
    inputs: [grp-2023, grp-growth-2023]
    period: "2022"
uncounted:
  - text: Review of 2023
    reason: heading
  - text: A small test document, 2024-03-05
    reason: the title and date
"""


def write_mini_seeds(root: Path, records: str = MINI_RECORDS, document: str = MINI_DOC) -> Path:
    """A complete, valid seed folder with one small document: tests tamper with a copy of it."""
    (root / "documents").mkdir(parents=True)
    (root / "records").mkdir()
    raw = document.encode()
    (root / "documents" / "mini.txt").write_bytes(raw)
    (root / "sources.yaml").write_text(textwrap.dedent(f"""\
        version: 1
        sources:
          - id: mini
            title: A small test document
            publisher: Tests
            date: "2024-03-05"
            period: "2023"
            date_note: Stated in the document.
            region: Fujian
            language: en
            file: mini.txt
            sha256: {hashlib.sha256(raw).hexdigest()}
            regions: [Fujian]
        """), encoding="utf-8")
    (root / "records" / "mini.yaml").write_text(records, encoding="utf-8")
    return root


@pytest.fixture
def mini_seeds(tmp_path) -> Path:
    return write_mini_seeds(tmp_path / "seeds")


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A copy of the shipped seeds to tamper with."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture(scope="session")
def dataset():
    """The shipped dataset, loaded once (tests must not modify it)."""
    from briefing.core.model.dataset import load
    return load(SEEDS)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch) -> Path:
    """Settings (QSettings) and user data (autosaved drafts) go to a temporary folder, never the user's; nothing
    is cached (every test checks the data from scratch; tests/test_cache.py turns the cache on in a temporary
    folder)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(folder))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return folder
