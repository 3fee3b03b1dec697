"""Take screenshots of the main views in a real window (run under Xvfb): `xvfb-run -s '-screen 0 1600x1000x24'
.venv/bin/python packaging/screenshots.py OUTDIR`. For looking at what we build, and the README's picture."""
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing.core.query import Filters
from briefing.gui.app import run

out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
out.mkdir(parents=True, exist_ok=True)


def shoot(window, steps):
    if not steps:
        QApplication.quit()
        return
    name, action, *wait = steps[0]
    action(window)

    def save():
        dialog = window.pack.preview_dialog
        target = dialog if dialog is not None and dialog.isVisible() else window
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


STEPS = [
    ("1-trend-grp", lambda w: (w.filters.reset(), select(w, "gwr23-grp"), w.show_trend())),
    ("2-taiwan-search", lambda w: (w.filters.set_filters(Filters(themes=("taiwan",), search="Kinmen")),
                                  select(w, "gwr23-kinmen-water-supplied"))),
    ("3-trend-target", lambda w: (w.filters.reset(), select(w, "gwr23-grp-growth"), w.show_trend())),
    ("4-comparison", lambda w: (w.filters.set_filters(Filters(themes=("trade",))), w.show_comparison())),
    ("5-scorecard", lambda w: (w.filters.reset(), w.show_scorecard())),
    ("6-xiamen-trend", lambda w: (w.filters.set_filters(Filters(region="Xiamen")), select(w, "xm21-software-revenue-2020"),
                                  w.show_trend())),
    ("7-pack-panel", lambda w: (w.filters.set_filters(Filters(themes=("trade", "taiwan"))), w.pack.new(),
                                w.pack.panel.select(("item", 1, "indicators", 0)),
                                w.pack.panel.notes.setPlainText("Ask about cross-Strait R&D <labs> & 福建 pilots."))),
    ("8-pack-preview", lambda w: w.pack.preview(), 3000),
]

sys.exit(run(on_ready=lambda w: QTimer.singleShot(300, lambda: shoot(w, STEPS))))
