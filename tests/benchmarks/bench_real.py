"""Real files in, trends out (issue 13): the World Bank download (266 economies × 64 years, about 17,000 cells)
imported through the whole `briefing import` command, its time and peak memory; then every province's 19-year GDP
(the NBS export) in the window, comparing all 31 regions, and the window's response to a filter change and to
switching the comparison's view (median and p95 ms). Prints a table and writes JSON.

    .venv/bin/python tests/benchmarks/bench_real.py [--runs 3] [--json build/bench-real.json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE.parent / "real_files"
WORLD_BANK = REAL / "API_NY.GDP.MKTP.CN_DS2_en_csv_v2_2001080.csv"
NBS = REAL / "nbs_fsnd_gdp_2006-2024_gbk.csv"


def import_command(path: Path, env: dict) -> dict:
    """One `briefing import` process: wall time and its peak RSS (it is the only child running)."""
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "briefing", "import", str(path)], env=env, capture_output=True,
                         text=True, check=True)
    seconds = time.perf_counter() - t
    figures = int(run.stdout.rsplit("\nImported ", 1)[1].split()[0])
    return {"seconds": seconds, "figures": figures}


def worker(rounds: int) -> None:
    """In a fresh process: the seeds with the NBS import, the window comparing every region, timed changes."""
    from PySide6.QtWidgets import QApplication

    from briefing.core.ingest.workspace import with_workspace
    from briefing.core.model.dataset import load
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import open_settings
    from briefing.resources import seeds_dir

    app = QApplication.instance() or QApplication([])
    data, problems = with_workspace(load(seeds_dir()))
    assert not problems, problems
    window = MainWindow(open_settings())
    window.resize(1366, 768)
    window.show()
    window.set_data(data)
    app.processEvents()
    table = window.tables["indicators"]
    row = next(r for r in range(window.proxies["indicators"].rowCount())
               if window.proxies["indicators"].index(r, 0).data(256) == "gwr23-grp")
    table.selectRow(row)
    window.show_chart("regions")
    picker = window.region_picker
    picker.set_regions(picker.choices.regions)  # all 31 provinces
    app.processEvents()

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        app.processEvents()
        return 1000 * (time.perf_counter() - t)

    samples: dict[str, list[float]] = {"filter change": [], "view switch": []}
    box = window.filters.theme_boxes["economy"]
    for _ in range(rounds):
        for _ in range(2):
            samples["filter change"].append(timed(box.click))
        for view in ("index", "growth", "levels"):
            samples["view switch"].append(timed(lambda v=view: picker.view.setCurrentIndex(picker.view.findData(v))))
    lines = len(window.charts["regions"].spec.series)
    print(json.dumps({"regions": lines, "indicators": len(data.indicators),
                      "latency": {k: {"median_ms": statistics.median(v),
                                      "p95_ms": sorted(v)[max(0, round(0.95 * len(v)) - 1)]}
                                  for k, v in samples.items()},
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=Path("build/bench-real.json"))
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker)
    imports = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = os.environ | {"BRIEFING_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen",
                                "BRIEFING_CONFIG_DIR": str(Path(tmp) / "config")}
            imports.append(import_command(WORLD_BANK, env))
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest of the import processes
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"BRIEFING_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen",
                            "BRIEFING_CONFIG_DIR": str(Path(tmp) / "config")}
        import_command(NBS, env)
        out = subprocess.run([sys.executable, __file__, "--worker", "5"], env=env, check=True, capture_output=True,
                             text=True).stdout
    window = json.loads(out.strip().splitlines()[-1])
    result = {"world_bank_import": {"seconds": statistics.median(i["seconds"] for i in imports),
                                    "figures": imports[0]["figures"], "peak_rss_mb": rss},
              "regions_window": window}
    wb = result["world_bank_import"]
    print(f"World Bank file, briefing import (whole command, median of {args.runs}): {wb['seconds']:.2f} s, "
          f"{wb['figures']:,} figures, peak RSS {wb['peak_rss_mb']:.0f} MB")
    print(f"window with the NBS export, comparing {window['regions']} regions ({window['indicators']} indicators; "
          f"peak RSS {window['rss_mb']:.0f} MB), median / p95 ms:")
    for k, v in window["latency"].items():
        print(f"  {k:<14} {v['median_ms']:7.1f} / {v['p95_ms']:7.1f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
