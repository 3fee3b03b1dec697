"""The Add Document window asks the document's date and region (guessed from its dateline and text) and reads
its relative periods against the date the user confirms."""
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QTableWidget

from briefing.gui.document_dialog import PERIOD, DocumentDialog

TEXT = ("Xiamen's economy in H1\nUpdated: 2022-07-28\n"
        "In the first half of this year, Xiamen's GDP reached 366.319 billion yuan, up 5.4 percent year-on-year.\n")


def test_the_guessed_date_and_region_are_shown_and_a_new_date_reads_the_periods_again(qtbot):
    dialog = DocumentDialog(Path("xiamen-h1.txt"), TEXT)
    qtbot.addWidget(dialog)
    date, region = (dialog.findChild(QLineEdit, name) for name in ("doc-date", "doc-region"))
    period = dialog.findChild(QLineEdit, "doc-period")
    table = dialog.findChild(QTableWidget, "doc-candidates")
    assert (date.text(), region.text(), period.text()) == ("2022-07-28", "Xiamen", "2022-01/2022-06")
    assert [table.item(r, PERIOD).text() for r in range(table.rowCount())] == ["2022-01/2022-06"] * 2
    date.setText("2023-08-01")
    date.editingFinished.emit()
    assert [table.item(r, PERIOD).text() for r in range(table.rowCount())] == ["2023-01/2023-06"] * 2
    doc = dialog.document()
    assert (doc.date, doc.region, doc.period) == ("2023-08-01", "Xiamen", "2023-01/2023-06")
