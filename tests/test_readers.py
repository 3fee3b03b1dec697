"""The reader registry: a file goes to the reader registered for its suffix, the file dialog and the help list
every registered kind, and a new reader is one module plus one line in READERS."""
import sys
import types

import pytest

from briefing.core.ingest import readers
from briefing.core.ingest.readers import READERS, Reader, Table, TableError, read_table


def test_each_suffix_has_one_reader_and_the_dialog_offers_it():
    suffixes = [s for r in READERS for s in r.suffixes]
    assert len(suffixes) == len(set(suffixes))
    filter_ = readers.dialog_filter()
    for r in READERS:
        assert f"{r.name} ({' '.join('*' + s for s in r.suffixes)})" in filter_
        assert all(s in readers.file_kinds() for s in r.suffixes)
    assert filter_.endswith(";;All files (*)")


def test_a_registered_reader_reads_its_kind(tmp_path, monkeypatch):
    def read(path, raw, sheet):
        return Table(path.name, ["name"], [[raw.decode()]], [2], raw.decode(), [(0, len(raw))])
    monkeypatch.setitem(sys.modules, "briefing.core.ingest.readers.fake", types.SimpleNamespace(read=read))
    monkeypatch.setattr(readers, "READERS", (*READERS, Reader("Fake table", (".fake",), "fake")))
    (tmp_path / "a.fake").write_text("hello")
    assert read_table(tmp_path / "a.fake").rows == [["hello"]]
    assert "Fake table (*.fake)" in readers.dialog_filter()


def test_an_unregistered_suffix_is_read_as_text_and_refused_when_it_is_not(tmp_path):
    (tmp_path / "figures.dat").write_text("name,value\nGRP,1\n")
    assert read_table(tmp_path / "figures.dat").columns == ["name", "value"]
    (tmp_path / "blob.dat").write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    with pytest.raises(TableError, match=r"blob\.dat: this is a spreadsheet or archive, not text"):
        read_table(tmp_path / "blob.dat")


def test_the_workbook_reader_loads_only_for_workbooks(tmp_path):
    (tmp_path / "t.csv").write_text("name,value\nGRP,1\n")
    sys.modules.pop("briefing.core.ingest.readers.spreadsheet", None)
    read_table(tmp_path / "t.csv")
    assert "briefing.core.ingest.readers.spreadsheet" not in sys.modules


def test_documents_go_to_their_reader_by_suffix_or_by_how_they_start(tmp_path):
    (tmp_path / "page.htm").write_text("<p>Trade rose <b>5%</b>.</p><script>x=1</script>")
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><body><p>Exports grew 3%.</p></body></html>")
    (tmp_path / "note.txt").write_text("Imports <fell> 2%.")
    assert readers.read_document(tmp_path / "page.htm").strip() == "Trade rose 5%."
    assert readers.read_document(tmp_path / "page.txt").strip() == "Exports grew 3%."
    assert readers.read_document(tmp_path / "note.txt") == "Imports <fell> 2%."
    assert readers.dialog_filter(readers.DOCUMENT_READERS, "Documents").startswith("Documents (*.txt *.md *.html *.htm)")
