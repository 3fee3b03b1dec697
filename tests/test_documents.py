"""Adding a document: proposed figures accepted, edited or rejected become records checked like the seeds'."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_gui import visible_ids

from briefing.core.errors import DocumentError, WorkspaceError
from briefing.core.ingest.documents import (
    NOT_PROPOSED,
    REJECTED,
    NewDocument,
    documents_dir,
    load_documents,
    record_from,
    remove_document,
    save_document,
)
from briefing.core.ingest.extract import propose
from briefing.core.ingest.readers import read_document
from briefing.core.ingest.workspace import with_workspace
from briefing.core.provenance.cite import citation
from briefing.gui.document_dialog import ACCEPT, NAME, THEMES_COL, DocumentDialog

PRESS = ("Xiamen trade review 2024\n"
         "In 2024, Xiamen's foreign trade reached 930 billion yuan, an increase of 3.2%.\n"
         "The city is home to more than 1,200 cross-border e-commerce enterprises.\n"
         "Phase 2 of the port opened on 12 May.\n")
HTML = ("<html><head><style>p{}</style></head><body><h1>Review</h1>"
        "<p>In 2024, Xiamen&rsquo;s foreign trade reached 930 billion yuan, an increase of 3.2%.</p></body></html>")


def new_doc(text=PRESS, name="review.txt"):
    return NewDocument(text, name, "Xiamen trade review 2024", "Xiamen Municipal Commerce Bureau", "2025-01-20",
                       "2024", "Xiamen")


def test_accepted_figures_become_checked_records_and_rejected_ones_are_noted(dataset):
    doc = new_doc()
    trade, growth, firms = propose(PRESS)
    assert (trade.value, trade.unit, growth.measure, firms.qualifier) == (9.3e11, "CNY", "growth", "over")
    records = [record_from(trade, doc, 1, "Foreign trade", ["trade"]),
               record_from(growth, doc, 2, "Growth of foreign trade", ["trade"])]
    folder = save_document(doc, records, [firms])
    assert folder == documents_dir() / doc.id
    (added,), problems = load_documents()
    assert problems == [] and added.indicators["id"].tolist() == [f"{doc.id}-1", f"{doc.id}-2"]
    assert added.indicators["period"].tolist() == ["2024", "2024"]
    saved = (folder / "records" / f"{doc.id}.yaml").read_text(encoding="utf-8")
    assert f"reason: {REJECTED}" in saved and f"reason: {NOT_PROPOSED}" in saved  # 1,200 firms; "Phase 2"

    merged, _ = with_workspace(dataset)
    row = merged.indicators.set_index("id").loc[f"{doc.id}-1"].to_dict()
    assert citation(row, merged.source_map[doc.id]) == (
        "Foreign trade (Xiamen, 2024): 930 billion yuan. Source: Xiamen trade review 2024, Xiamen Municipal "
        "Commerce Bureau (2025-01-20): “In 2024, Xiamen's foreign trade reached 930 billion yuan, an increase of "
        "3.2%.”")
    with pytest.raises(WorkspaceError) as again:
        save_document(doc, records, [])
    assert again.value.problems[0].message == f"this document was added already as {doc.id}"
    remove_document(doc.id)
    assert load_documents() == ([], []) and with_workspace(dataset)[0].indicators.shape == dataset.indicators.shape


@pytest.mark.parametrize("source", ["fj-gwr-2024", "xm-2021", "ftz-2023q1"])
def test_every_candidate_of_a_seed_document_passes_the_seed_checks(dataset, source):
    text = dataset.documents[source]
    doc = NewDocument(text, f"{source}.txt", "A copy", "Tests", None, "2024", "Fujian")
    candidates = propose(text)
    records = [record_from(c, doc, i, c.name or "figure", ["economy"]) for i, c in enumerate(candidates, 1)]
    folder = save_document(doc, records, [])
    assert folder is not None
    (added,), _ = load_documents()
    assert len(added.indicators) == len(candidates)


def test_a_record_that_does_not_state_its_value_is_refused_and_nothing_saved():
    doc = new_doc()
    record = record_from(propose(PRESS)[0], doc, 1, "Foreign trade", ["trade"])
    record["display"] = "a lot of trade"
    with pytest.raises(DocumentError) as refused:
        save_document(doc, [record], [])
    problems = refused.value.problems
    assert any(p.field == "display" and "does not state the value" in p.message
                                  for p in problems)
    assert {p.file for p in problems} == {"review.txt"}  # the user's document, not a temporary file
    assert not documents_dir().exists() or not any(documents_dir().iterdir())  # no half-written folder


def test_a_changed_document_is_left_out_with_a_message(dataset):
    doc = new_doc()
    folder = save_document(doc, [record_from(propose(PRESS)[0], doc, 1, "Foreign trade", ["trade"])], [])
    (folder / "documents" / f"{doc.id}.txt").write_text(PRESS.replace("930", "990"), encoding="utf-8")
    merged, problems = with_workspace(dataset)
    assert len(merged.indicators) == len(dataset.indicators)
    assert any("checksum differs" in p.message for p in problems)


def test_reading_text_and_html_documents(tmp_path):
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    assert read_document(tmp_path / "a.html") == ("Review\nIn 2024, Xiamen’s foreign trade reached 930 billion yuan, "
                                                  "an increase of 3.2%.")
    (tmp_path / "b.txt").write_bytes("2023年，全省进出口总额 3,000 亿元。".encode("gb18030"))
    assert read_document(tmp_path / "b.txt").startswith("2023年")
    for name, content, message in (("c.txt", b"\x00\x01binary", "binary data"),
                                   ("d.html", b"<html><script>x</script></html>", "no text"),
                                   ("e.txt", b"\xff\xfe\xfd\xfc", "neither UTF-8 nor GB18030"),
                                   ("f.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
                                    "a .pdf document cannot be read: save it as text")):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(DocumentError, match=message):
            read_document(tmp_path / name)


def test_add_document_in_the_window(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "review.txt").write_text(PRESS, encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))

    def steps(dialog):
        table = dialog.table
        assert table.rowCount() == 3
        dialog.fields["publisher"].setText("Xiamen Municipal Commerce Bureau")
        dialog.fields["period"].setText("2024")
        dialog.fields["region"].setText("Xiamen")
        table.item(2, ACCEPT).setCheckState(Qt.CheckState.Unchecked)  # reject the third
        table.item(0, NAME).setText("")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # refused: a name is missing
        assert dialog.saved is None and "row 1 (930 billion yuan): give the indicator a name" in warnings[-1]
        table.item(0, NAME).setText("Foreign trade")
        table.item(1, NAME).setText("Growth of foreign trade")
        table.item(1, THEMES_COL).setText("贸易, taiwan")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(DocumentDialog, "exec", lambda self: steps(self) or self.result())
    window.workspace.add_document_file(str(tmp_path / "review.txt"))
    (added,), _ = load_documents()
    doc_id = added.sources["id"].iloc[0]
    assert [f"{doc_id}-1", f"{doc_id}-2"] == [i for i in visible_ids(window) if i.startswith(doc_id)]
    themes = window.state.data.indicators.set_index("id").loc[f"{doc_id}-2", "themes"]
    assert themes == ["trade", "taiwan"]
    assert "Added review.txt" in window.statusBar().currentMessage()
