"""Start-up and filter/search latency of the window: prints a table and writes JSON.

    .venv/bin/python tests/benchmarks/bench_gui.py [--runs 7] [--json build/bench-gui.json]

Start-up: each run launches `python -m briefing gui --quit-when-ready --timings` and the bare PySide6 window
(bare_window.py) as fresh processes, alternately, and times from the launch to the first paint (and to ready:
data loaded, first chart drawn, painted), and the whole process, from launch to exit. Ratios are app / bare,
medians over the runs. The app runs with its start-up cache in a temporary folder, filled by a first launch (as
on a laptop after the first start); a second series runs it with the cache off (a first start, or after any
change of the data).
The floor (stack_window.py): the bare window that then imports pandas and pyqtgraph and plots one line, as any
window on this stack must before its first chart; how far the 5x target lies from what the libraries cost alone.
Latency: in one process, the real window with the seed data; each filter change or keystroke is timed until
its handlers have run and the window has repainted what changed.
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
TARGETS = {"first_paint_ratio": 2.0, "ready_ratio": 5.0, "filter_ms": 16.0}


def cpu_seconds() -> float:
    """User and system CPU seconds of the children waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def launch(args: list[str], env: dict, program: str = sys.executable) -> dict[str, float]:
    """Seconds from launch to each 'NAME ... at EPOCH' line the process prints, to its exit, and the CPU seconds
    it used (less swayed than the wall clock by what else the machine runs)."""
    started, cpu = time.time(), cpu_seconds()
    out = subprocess.run([program, *args], env=env, capture_output=True, text=True, timeout=120, check=True)
    marks = {"exit": time.time() - started, "cpu": cpu_seconds() - cpu}  # the whole process
    for line in out.stdout.splitlines():
        name, _, at = line.partition(" at ")
        if at:
            marks[name.split()[0]] = float(at) - started
    return marks


def startup(runs: int) -> dict:
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        "BRIEFING_CONFIG_DIR": tempfile.mkdtemp(prefix="bench-config-"),
                        "BRIEFING_DATA_DIR": tempfile.mkdtemp(prefix="bench-data-"),
                        "BRIEFING_CACHE_DIR": tempfile.mkdtemp(prefix="bench-cache-")}
    cold = env | {"BRIEFING_CACHE": "off"}
    app_args = ["-m", "briefing", "gui", "--quit-when-ready", "--timings"]
    bare, app, uncached, stack = [], [], [], []
    launch([str(HERE / "bare_window.py")], env)  # warm the file cache once for both, and fill the app's cache
    launch(app_args, env)
    for _ in range(runs):
        bare.append(launch([str(HERE / "bare_window.py")], env))
        app.append(launch(app_args, env))
        uncached.append(launch(app_args, cold))
        stack.append(launch([str(HERE / "stack_window.py")], env))
    med = lambda marks, name: statistics.median(m[name] for m in marks)  # noqa: E731
    b, b_exit = med(bare, "first-paint"), med(bare, "exit")
    paint, ready, done = med(app, "first-paint"), med(app, "ready"), med(app, "exit")
    return {"runs": runs, "bare_first_paint_s": b, "app_first_paint_s": paint, "app_ready_s": ready,
            "first_paint_ratio": paint / b, "ready_ratio": ready / b,
            "bare_process_s": b_exit, "app_process_s": done, "process_ratio": done / b_exit,
            "uncached_ready_s": med(uncached, "ready"), "uncached_process_s": med(uncached, "exit"),
            "uncached_process_ratio": med(uncached, "exit") / b_exit,
            "stack_ready_s": med(stack, "ready"), "stack_process_s": med(stack, "exit"),
            "stack_process_ratio": med(stack, "exit") / b_exit,
            "bare_cpu_s": med(bare, "cpu"), "app_cpu_s": med(app, "cpu"), "uncached_cpu_s": med(uncached, "cpu"),
            "cpu_ratio": med(app, "cpu") / med(bare, "cpu"), "uncached_cpu_ratio": med(uncached, "cpu") / med(bare, "cpu")}


def latency(rounds: int, data=None, tabs=("trend", "comparison", "scorecard")) -> dict:
    """Per change and chart tab: median, p95 and max ms. `data`: the seeds unless given (bench_scale's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-config-")
    from PySide6.QtWidgets import QApplication

    from briefing.core.model.dataset import load
    from briefing.core.query.index import Filters
    from briefing.gui.main_window import MainWindow
    from briefing.gui.settings import open_settings
    from briefing.resources import seeds_dir

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_settings())
    window.show()
    window.set_data(data if data is not None else load(seeds_dir()))
    app.processEvents()

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        app.processEvents()  # the repaint it asked for happens here
        return 1000 * (time.perf_counter() - t)

    samples: dict[str, list[float]] = {}
    from briefing.core.charts.kinds import CHART_KINDS
    for tab, tab_name in enumerate(k.id for k in CHART_KINDS):  # all but the trend redraw on each change
        if tab_name not in tabs:
            continue
        window.chart_tabs.setCurrentIndex(tab)
        for change in ("theme", "facet", "keystroke", "clear"):
            samples[f"{change} / {tab_name}"] = []
        for _ in range(rounds):
            for theme in ("trade", "taiwan", "digital", "ecology"):
                samples[f"theme / {tab_name}"].append(timed(lambda t=theme: window.filters.theme_boxes[t].click()))
                samples[f"theme / {tab_name}"].append(timed(lambda t=theme: window.filters.theme_boxes[t].click()))
            kind = window.filters.kind
            samples[f"facet / {tab_name}"].append(timed(lambda k=kind: k.setCurrentIndex(k.findData("target"))))
            samples[f"facet / {tab_name}"].append(timed(lambda k=kind: k.setCurrentIndex(0)))
            for i in range(1, len("kinmen") + 1):
                samples[f"keystroke / {tab_name}"].append(timed(lambda i=i: window.filters.search.setText("kinmen"[:i])))
            samples[f"clear / {tab_name}"].append(timed(lambda: window.filters.set_filters(Filters())))
    window.close()
    result = {}
    for name, values in samples.items():
        values.sort()
        result[name] = {"n": len(values), "median_ms": statistics.median(values),
                        "p95_ms": values[int(0.95 * (len(values) - 1))], "max_ms": values[-1]}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=Path("build/bench-gui.json"))
    args = parser.parse_args()
    results = {"startup": startup(args.runs), "latency": latency(args.rounds), "targets": TARGETS}
    s = results["startup"]
    print(f"start-up, median of {s['runs']} runs (seconds from launch)")
    print(f"  bare PySide6 window first paint  {s['bare_first_paint_s']:.3f}")
    print(f"  app first paint                  {s['app_first_paint_s']:.3f}   ratio {s['first_paint_ratio']:.2f}"
          f"  (target <= {TARGETS['first_paint_ratio']})")
    print(f"  app ready                        {s['app_ready_s']:.3f}   ratio {s['ready_ratio']:.2f}"
          f"  (target <= {TARGETS['ready_ratio']})")
    print("whole process, launch to exit (the app: data loaded and checked, first chart drawn, painted, quit)")
    print(f"  bare PySide6 window              {s['bare_process_s']:.3f}")
    print(f"  app, start-up cache filled       {s['app_process_s']:.3f}   ratio {s['process_ratio']:.2f}"
          f"  (target <= {TARGETS['ready_ratio']})")
    print(f"  app, cache off (first start)     {s['uncached_process_s']:.3f}   ratio "
          f"{s['uncached_process_ratio']:.2f}")
    print(f"  floor: bare + pandas, pyqtgraph  {s['stack_process_s']:.3f}   ratio {s['stack_process_ratio']:.2f}"
          "  (stack_window.py: one line plotted)")
    print("CPU seconds of the whole process (user + system)")
    print(f"  bare {s['bare_cpu_s']:.3f}, app cached {s['app_cpu_s']:.3f} (ratio {s['cpu_ratio']:.2f}), "
          f"cache off {s['uncached_cpu_s']:.3f} (ratio {s['uncached_cpu_ratio']:.2f})")
    print(f"response to a change, ms (seed data; change / chart tab shown; target <= {TARGETS['filter_ms']:.0f})")
    print(f"  {'change':<24} {'n':>4} {'median':>8} {'p95':>8} {'max':>8}")
    for name, r in results["latency"].items():
        print(f"  {name:<24} {r['n']:>4} {r['median_ms']:>8.2f} {r['p95_ms']:>8.2f} {r['max_ms']:>8.2f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
