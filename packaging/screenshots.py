"""Take screenshots of the main views in a real window (run under Xvfb): `xvfb-run -s '-screen 0 1600x1000x24'
.venv/bin/python packaging/screenshots.py OUTDIR [en|zh] [WxH]` (the window's size, else nine tenths of the screen).
For looking at what we build, and the README's picture (3-trend-target at 1366x768 is resources/screenshot-main.png)."""
import os
import sys
import tempfile
from pathlib import Path

# a workspace of its own: the imported table and added document below never touch the user's
os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="shots-data-")
os.environ["BRIEFING_CONFIG_DIR"] = tempfile.mkdtemp(prefix="shots-config-")

from PySide6.QtCore import QTimer

from briefing.core.query.filters import Filters
from briefing.gui.app import run

out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
out.mkdir(parents=True, exist_ok=True)
size = next((tuple(int(n) for n in a.split("x")) for a in sys.argv[2:] if "x" in a), None)  # e.g. 1366x768


def shoot(window, steps):
    if not steps:
        sys.stdout.flush()
        os._exit(0)  # done: closing the window would ask about the unsaved pack (and a dialog may still be open)
        return
    name, action, *wait = steps[0]
    action(window)

    def save():
        dialogs = [getattr(window, "shot_dialog", None), window.pack.pdf.preview_dialog]
        target = next((d for d in dialogs if d is not None and d.isVisible()), window)
        target.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        shoot(window, steps[1:])

    QTimer.singleShot(wait[0] if wait else 400, save)


def select(window, record_id):
    proxy, table = window.proxies["indicators"], window.tables["indicators"]
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(0x0100) == record_id:
            table.selectRow(r)
            table.scrollTo(proxy.index(r, 0))


SAMPLE = Path(os.environ["BRIEFING_DATA_DIR"]) / "samples"
SAMPLE.mkdir()
(SAMPLE / "fujian-grp.csv").write_bytes(
    "指标,年份,数值,单位,地区,主题\nGross regional product,2020,\"43,903.89\",亿元,福建,经济\n"
    "Gross regional product,2021,\"48,810.36\",亿元,福建,经济\n"
    "Gross regional product,2022,\"53,109.85\",亿元,福建,经济\n"
    "Gross regional product,2023,56000,亿元,福建,经济\n外贸进出口,2023年,约19800,亿元,福建,贸易\n".encode("gb18030"))
(SAMPLE / "review.txt").write_text(
    "Xiamen trade review 2024\nIn 2024, Xiamen's foreign trade reached 930 billion yuan, an increase of 3.2%.\n"
    "The city is home to more than 1,200 cross-border e-commerce enterprises.\n", encoding="utf-8")


def import_dialog(w):
    from briefing.core.ingest.readers import read_table
    from briefing.gui.import_dialog import ImportDialog
    w.shot_dialog = ImportDialog(SAMPLE / "fujian-grp.csv", read_table(SAMPLE / "fujian-grp.csv"),
                                 w.state.data, w)
    w.shot_dialog.show()


def import_and_show_trend(w):
    w.shot_dialog.close()
    w.shot_dialog.accept()
    w.workspace.reload()
    w.filters.reset()
    select(w, "gwr23-grp")
    w.show_chart("trend")


def document_dialog(w):
    from briefing.core.ingest.readers import read_document
    from briefing.gui.document_dialog import DocumentDialog
    w.shot_dialog = DocumentDialog(SAMPLE / "review.txt", read_document(SAMPLE / "review.txt"), w)
    w.shot_dialog.show()


def accept_document(w):
    w.shot_dialog.fields["publisher"].setText("Xiamen Municipal Commerce Bureau")
    w.shot_dialog.accept()
    w.workspace.reload()
    select(w, f"{w.shot_dialog.saved.name}-1")


def manage_dialog(w):
    w.shot_dialog = w.workspace.manage_dialog()
    w.shot_dialog.show()


def import_error(w):
    """The message a file that cannot be read gives (shown without waiting, for the screenshot)."""
    from PySide6.QtWidgets import QMessageBox

    def show(parent, title, text):
        w.shot_dialog = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        w.shot_dialog.show()

    w.shot_dialog.close()
    (SAMPLE / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    QMessageBox.warning = show
    w.workspace.import_file(str(SAMPLE / "broken.xlsx"))


def neighbours(w, view="levels"):
    """Fujian among its neighbours: the NBS provincial export imported as it is, then Compare regions."""
    if view == "levels":
        from briefing.core.ingest.readers import read_table
        from briefing.gui.import_dialog import ImportDialog
        nbs = Path(__file__).resolve().parent.parent / "tests" / "real_files" / "nbs_fsnd_gdp_2006-2024_gbk.csv"
        dialog = ImportDialog(nbs, read_table(nbs), w.state.data, w)
        dialog.accept()
        w.workspace.reload()
        w.filters.reset()
        select(w, "gwr23-grp")
        w.show_chart("regions")
        w.region_picker.set_regions(("Fujian", "Zhejiang", "Guangdong", "Jiangsu", "Shanghai"))
    w.region_picker.view.setCurrentIndex(w.region_picker.view.findData(view))


STEPS = [
    ("1-trend-grp", lambda w: (w.filters.reset(), select(w, "gwr23-grp"), w.show_chart("trend"))),
    ("2-taiwan-search", lambda w: (w.filters.set_filters(Filters(themes=("taiwan",), search="Kinmen")),
                                  select(w, "gwr23-kinmen-water-supplied"))),
    ("3-trend-target", lambda w: (w.filters.reset(), select(w, "gwr23-grp-growth"), w.show_chart("trend"))),
    ("4-comparison", lambda w: (w.filters.set_filters(Filters(themes=("trade",))), w.show_chart("comparison"))),
    ("5-scorecard", lambda w: (w.filters.reset(), w.show_chart("scorecard"))),
    ("6-xiamen-trend", lambda w: (w.filters.set_filters(Filters(region="Xiamen")),
                                  select(w, "xm21-software-revenue-2020"), w.show_chart("trend"))),
    ("7-pack-panel", lambda w: (w.filters.set_filters(Filters(themes=("trade", "taiwan"))), w.pack.new(),
                                w.pack.panel.select(("item", 1, "indicators", 0)),
                                w.pack.panel.notes.setPlainText("Ask about cross-Strait R&D <labs> & 福建 pilots."))),
    ("8-pack-preview", lambda w: w.pack.pdf.preview(), 3000),
    ("9-import-review", lambda w: (w.pack.pdf.preview_dialog.close(), import_dialog(w))),
    ("10-trend-with-import", import_and_show_trend),
    ("11-add-document", document_dialog),
    ("12-added-document-figure", accept_document),
    ("13-your-data", manage_dialog),
    ("14-unreadable-table", import_error),
    ("15-neighbours", lambda w: (w.shot_dialog.close(), neighbours(w)), 800),
    ("16-neighbours-index", lambda w: neighbours(w, "index"), 800),
]

sys.exit(run(size=size, on_ready=lambda w: QTimer.singleShot(300, lambda: shoot(w, STEPS)),
             language=next((a for a in sys.argv[2:] if "x" not in a), None)))
