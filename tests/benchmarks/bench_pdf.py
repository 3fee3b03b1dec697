"""PDF export time: the default pack and a pack of about 200 pages. Prints a table and writes JSON.

    .venv/bin/python tests/benchmarks/bench_pdf.py [--runs 5] [--json build/bench-pdf.json]

Times build_pdf (story, layout, charts, writing the file), in one process after the data is loaded and the
fonts are registered, median of the runs; and the whole `briefing export -o pack.pdf` process (launch to exit)
against `python -c "import reportlab.platypus, pandas"`, alternately, median of --process-runs (the export with
its start-up cache filled by a first run, and with the cache off). The floor of the whole process: the reference
(importing the libraries) plus reportlab's layout and writing of the default pack's pages alone (_Doc.build, the
story already made), which no export of these pages can skip."""
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

import pypdf

from briefing.core.model.dataset import load
from briefing.core.pack.model import new_pack
from briefing.report import document
from briefing.report.document import build_pdf
from briefing.report.fonts import register
from briefing.resources import seeds_dir

TARGETS = {"default_pack_s": 1.5, "large_pack_ms_per_page": 15.0, "export_process_ratio": 2.0}
REFERENCE = [sys.executable, "-c", "import reportlab.platypus, pandas"]


def timed(pack, data, out: Path, runs: int) -> tuple[float, int]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        build_pdf(pack, data, out, invariant=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(pypdf.PdfReader(out).pages)


def layout_alone(pack, data, out: Path, runs: int) -> float:
    """Median seconds of reportlab's build (layout and writing) within build_pdf, the story made before it."""
    inherited, times = document._Doc.build, []

    def build(doc, *args, **kw):
        t = time.perf_counter()
        inherited(doc, *args, **kw)
        times.append(time.perf_counter() - t)

    document._Doc.build = build
    try:
        timed(pack, data, out, runs)
    finally:
        document._Doc.build = inherited
    return statistics.median(times)


def whole_process(runs: int) -> dict:
    """Seconds from launch to exit: the reference, `briefing export` with the cache filled and with it off."""
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"BRIEFING_CONFIG_DIR": f"{tmp}/config", "BRIEFING_DATA_DIR": f"{tmp}/data",
                            "BRIEFING_CACHE_DIR": f"{tmp}/cache"}
        export = [sys.executable, "-m", "briefing", "export", "-o", f"{tmp}/pack.pdf"]
        commands = {"reference": (REFERENCE, env), "export": (export, env),
                    "export_uncached": (export, env | {"BRIEFING_CACHE": "off"})}
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}  # user + system seconds of each run
        for command, run_env in commands.values():  # warm the file cache, fill the app's cache
            subprocess.run(command, env=run_env, check=True, capture_output=True, timeout=300)
        for _ in range(runs):
            for name, (command, run_env) in commands.items():
                t, used = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(command, env=run_env, check=True, capture_output=True, timeout=300)
                times[name].append(time.perf_counter() - t)
                now = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
    medians = {f"{name}_s": statistics.median(values) for name, values in times.items()}
    cpus = {f"{name}_cpu_s": statistics.median(values) for name, values in cpu.items()}
    return {"runs": runs, **medians, "export_process_ratio": medians["export_s"] / medians["reference_s"],
            "uncached_process_ratio": medians["export_uncached_s"] / medians["reference_s"], **cpus,
            "export_cpu_ratio": cpus["export_cpu_s"] / cpus["reference_cpu_s"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--process-runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=Path("build/bench-pdf.json"))
    args = parser.parse_args()
    data = load(seeds_dir())
    register()
    default = new_pack(data)
    large = default.model_copy(update={"sections": default.sections * 4})  # every theme four times over: over 200 pages
    with tempfile.TemporaryDirectory() as tmp:
        timed(default, data, Path(tmp) / "warm.pdf", 1)
        d_time, d_pages = timed(default, data, Path(tmp) / "default.pdf", args.runs)
        l_time, l_pages = timed(large, data, Path(tmp) / "large.pdf", args.runs)
        layout = layout_alone(default, data, Path(tmp) / "layout.pdf", args.runs)
    results = {"default_pack": {"seconds": d_time, "pages": d_pages, "ms_per_page": 1000 * d_time / d_pages},
               "large_pack": {"seconds": l_time, "pages": l_pages, "ms_per_page": 1000 * l_time / l_pages},
               "layout_alone_s": layout, "process": whole_process(args.process_runs), "targets": TARGETS}
    p = results["process"]
    p["floor_s"] = p["reference_s"] + layout
    p["floor_ratio"] = p["floor_s"] / p["reference_s"]
    print(f"PDF export, median of {args.runs} runs")
    print(f"  {'pack':<10} {'pages':>6} {'seconds':>8} {'ms/page':>8}")
    for name in ("default_pack", "large_pack"):
        r = results[name]
        print(f"  {name:<10} {r['pages']:>6} {r['seconds']:>8.2f} {r['ms_per_page']:>8.1f}")
    print(f"  targets: default pack <= {TARGETS['default_pack_s']} s, "
          f"<= {TARGETS['large_pack_ms_per_page']} ms per page at about 200 pages")
    print(f"  of the default pack, reportlab's layout and writing alone: {layout:.2f} s")
    print(f"whole process, launch to exit, median of {p['runs']} alternated runs")
    print(f"  python -c 'import reportlab.platypus, pandas'  {p['reference_s']:.3f} s")
    print(f"  briefing export, start-up cache filled         {p['export_s']:.3f} s   ratio "
          f"{p['export_process_ratio']:.2f}  (target <= {TARGETS['export_process_ratio']})")
    print(f"  briefing export, cache off                     {p['export_uncached_s']:.3f} s   ratio "
          f"{p['uncached_process_ratio']:.2f}")
    print(f"  floor: the reference + the layout alone         {p['floor_s']:.3f} s   ratio "
          f"{p['floor_ratio']:.2f}")
    print(f"  CPU seconds (user + system): reference {p['reference_cpu_s']:.3f}, export {p['export_cpu_s']:.3f} "
          f"(ratio {p['export_cpu_ratio']:.2f}), cache off {p['export_uncached_cpu_s']:.3f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
