"""File → Import Table… and Imported Tables… driven offscreen: the review dialog, the window's data after an
import, a file that cannot be read, removing an import."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QMessageBox, QPushButton
from test_gui import click_record, visible_ids

from briefing.core.ingest.workspace import load_batches
from briefing.gui.import_dialog import ImportDialog

TABLE = ("Indicator,Year,Value,Unit,Region\n"
         "Gross regional product,2021,\"4,881.04\",billion yuan,Fujian\n"
         "Gross regional product,2022,\"5,310.99\",billion yuan,Fujian\n"
         "Gross regional product,2020,n/a,billion yuan,Fujian\n")


def drive(monkeypatch, cls, steps):
    """Run `steps(dialog)` instead of the dialog's modal loop; its result is what exec() returns."""
    monkeypatch.setattr(cls, "exec", lambda self: steps(self) or self.result())


def review_rows(dialog):
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_import_reviews_every_row_then_lengthens_the_trend(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "grp.csv").write_text(TABLE, encoding="utf-8")
    seen = {}

    def steps(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["before"] = (ok.isEnabled(), dialog.summary.text())  # no theme column: imported unthemed, or give one
        dialog.defaults["theme"].setText("economy")
        dialog.run_review()
        seen["rows"] = review_rows(dialog)
        seen["button"] = ok.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    drive(monkeypatch, ImportDialog, steps)
    window.workspace.import_file(str(tmp_path / "grp.csv"))

    assert seen["before"][0] is True and "2 figures without a theme" in seen["before"][1]
    assert seen["rows"] == [  # row 4's n/a is a missing value: counted, not a problem (issue 13)
        ["2", "new", "Gross regional product", "2021", "4.88 trillion yuan", "Fujian", ""],
        ["3", "new", "Gross regional product", "2022", "5.31 trillion yuan", "Fujian", ""],
    ]
    assert seen["button"] == "Import 2 figures" and "1 missing value (skipped)" in seen["before"][1]
    (batch,) = load_batches()[0]
    assert "Imported 2 figures from grp.csv" in window.statusBar().currentMessage()
    assert f"{batch.id}-r2" in visible_ids(window) and f"{batch.id}-r3" in visible_ids(window)
    click_record(qtbot, window, "gwr23-grp")
    points = window.charts["trend"].spec.series[0].points
    assert [p.period for p in points if p.kind == "actual"] == ["2021", "2022", "2023"]
    click_record(qtbot, window, f"{batch.id}-r2")  # the source pane shows the table with the row
    assert "Gross regional product,2021" in window.source.text.toPlainText()
    assert "grp.csv (imported table)" in window.source.details.text()


def test_a_clash_is_marked_in_the_review(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "clash.csv").write_text("name,period,value,unit,region,theme\n"
                                        "Gross regional product,2023,5.9,trillion yuan,Fujian,economy\n")
    seen = {}
    drive(monkeypatch, ImportDialog, lambda d: seen.update(rows=review_rows(d), summary=d.summary.text()))
    window.workspace.import_file(str(tmp_path / "clash.csv"))
    (row,) = seen["rows"]
    assert row[1] == "clash" and row[6] == ("differs from 5.4 trillion yuan in Highlights of Fujian Provincial "
                                            "Government Work Report 2024 (gwr23-grp)")
    assert seen["summary"].startswith("0 new, 1 clashing")
    assert load_batches() == ([], [])  # closed without importing: nothing saved


def test_an_unreadable_file_says_why_and_imports_nothing(window, tmp_path, monkeypatch):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 truncated")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.workspace.import_file(str(tmp_path / "broken.xlsx"))
    assert len(shown) == 1 and "broken.xlsx: not a readable .xlsx workbook" in shown[0]
    assert "Nothing was saved" in shown[0] and load_batches() == ([], [])


def test_removing_an_import_takes_its_figures_out_of_the_data_and_the_pack(qtbot, window, tmp_path, monkeypatch):
    from briefing.cli import main
    (tmp_path / "grp.csv").write_text(TABLE.replace("Region\n", "Region,Theme\n").replace("Fujian\n", "Fujian,trade\n"))
    assert main(["import", str(tmp_path / "grp.csv"), "--skip-invalid"]) == 0
    window.workspace.reload()
    (batch,) = load_batches()[0]
    click_record(qtbot, window, f"{batch.id}-r2")
    window.pack.new()
    window.actions_by_id["add-to-pack"].trigger()
    assert any(f"{batch.id}-r2" in s.indicators for s in window.pack.document.pack.sections)

    def steps(dialog):
        listing = dialog.findChild(QListWidget, "imports-list")
        assert listing.count() == 1 and batch.id in listing.item(0).text()
        listing.setCurrentRow(0)
        dialog.findChild(QPushButton, "imports-remove").click()
        assert listing.count() == 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    drive(monkeypatch, QDialog, steps)
    window.workspace.manage()
    assert load_batches() == ([], [])
    assert not any(i.startswith(batch.id) for i in window.state.data.indicators["id"])
    assert not any(f"{batch.id}-r2" in s.indicators for s in window.pack.document.pack.sections)
    assert (tmp_path / "grp.csv").exists()  # the user's own file is not touched


def test_importing_a_longer_version_in_the_window_updates_the_import(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "grp.csv"
    path.write_text(TABLE, encoding="utf-8")
    summaries = []

    def steps(dialog):
        summaries.append(dialog.summary.text())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    drive(monkeypatch, ImportDialog, steps)
    window.workspace.import_file(str(path))
    (first,) = load_batches()[0]
    path.write_text(TABLE.replace("2020,n/a", "2020,\"4,390.36\""), encoding="utf-8")  # the missing year filled
    window.workspace.import_file(str(path))
    assert f"Updates your earlier import {first.id}" in summaries[1] and "3 new" in summaries[1]
    (batch,) = load_batches()[0]  # one import, of three figures: the earlier one is replaced
    assert len(batch) == 3 and batch.id != first.id
    assert first.id not in " ".join(visible_ids(window)) and f"{batch.id}-r4" in visible_ids(window)
