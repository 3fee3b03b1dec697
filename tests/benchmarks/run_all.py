"""`make bench`: run every benchmark (each a script of its own), then print one table of the measures that
have targets and write them all to build/bench.json.

    .venv/bin/python tests/benchmarks/run_all.py [--quick]    (--quick: fewer runs, for a look, not a report)
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE.parent.parent / "build"
BENCHES = {  # name: (script, arguments, arguments with --quick)
    "gui": ("bench_gui.py", ["--runs", "7", "--rounds", "5"], ["--runs", "3", "--rounds", "2"]),
    "pdf": ("bench_pdf.py", ["--runs", "3", "--process-runs", "7"], ["--runs", "1", "--process-runs", "3"]),
    "scale": ("bench_scale.py", [], ["--sizes", "1000", "100000"]),
    "extract": ("bench_extract.py", [], []),
    "unseen": ("bench_unseen.py", [], []),
    "real": ("bench_real.py", ["--runs", "3"], ["--runs", "1"]),
    "limits": ("bench_limits.py", [], []),
}


def run(name: str, quick: bool) -> dict:
    script, args, quick_args = BENCHES[name]
    out = BUILD / f"bench-{name}.json"
    subprocess.run([sys.executable, str(HERE / script), *(quick_args if quick else args), "--json", str(out)],
                   check=True)
    return json.loads(out.read_text())


def rows(r: dict) -> list[tuple[str, float, float, str]]:
    """(measure, result, target, unit); a lower result is better except for recall and precision."""
    s, pdf, extract, unseen = r["gui"]["startup"], r["pdf"], r["extract"]["overall"], r["unseen"]
    limits = {kind: [c for c in r["limits"]["cases"] if c["kind"] == kind] for kind in ("at limit", "refused")}
    big = max(r["scale"]["sizes"], key=lambda x: x["observations"])
    worst = lambda lat, what: max(v["median_ms"] for k, v in lat.items() if k.startswith(what))  # noqa: E731
    n = f"{big['observations']:,}"
    return [
        ("first paint / bare window (launch to paint)", s["first_paint_ratio"], 2.0, "x"),
        ("ready / bare window (launch to ready mark)", s["ready_ratio"], 5.0, "x"),
        ("ready / bare window (whole process, cached)", s["process_ratio"], 5.0, "x"),
        ("ready / bare window (whole process, cache off)", s["uncached_process_ratio"], 5.0, "x"),
        ("ready / bare window (CPU seconds, cached)", s["cpu_ratio"], 5.0, "x"),
        ("filter change, seed data (worst tab)", worst(r["gui"]["latency"], "theme"), 16.0, "ms"),
        ("keystroke, seed data (worst tab)", worst(r["gui"]["latency"], "keystroke"), 16.0, "ms"),
        (f"filter change, {n} observations", worst(big["latency"], "theme"), 50.0, "ms"),
        (f"keystroke, {n} observations", worst(big["latency"], "keystroke"), 50.0, "ms"),
        (f"peak RSS, {n} observations", big["rss_mb"], 300.0, "MB"),
        (f"PDF, default pack ({pdf['default_pack']['pages']} pages)", pdf["default_pack"]["seconds"], 1.5, "s"),
        (f"PDF, large pack ({pdf['large_pack']['pages']} pages), per page", pdf["large_pack"]["ms_per_page"],
         15.0, "ms"),
        ("export / import reportlab+pandas (whole process)", pdf["process"]["export_process_ratio"], 2.0, "x"),
        ("export, cache off / import reportlab+pandas", pdf["process"]["uncached_process_ratio"], 2.0, "x"),
        ("export / import reportlab+pandas (CPU seconds)", pdf["process"]["export_cpu_ratio"], 2.0, "x"),
        ("proposed figures: recall", extract["recall"], 0.85, ""),
        ("proposed figures: precision", extract["precision"], 0.6, ""),
        *((f"proposed figures, unseen {group} docs: {m}", unseen[group][m], target, "")
          for group in ("dev", "held-out") for m, target in unseen["targets"].items()),
        ("import at the row or cell limit: peak RSS", max(c["rss_mb"] for c in limits["at limit"]), 1000.0, "MB"),
        ("too large an import or pack: refused in", max(c["seconds"] for c in limits["refused"]), 5.0, "s"),
        ("too large an import or pack: peak RSS", max(c["rss_mb"] for c in limits["refused"]), 500.0, "MB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    results = {name: run(name, args.quick) for name in BENCHES}
    print(f"\n{'measure':<48} {'result':>10} {'target':>10}  ")
    table = []
    for measure, value, target, unit in rows(results):
        higher_is_better = measure.startswith("proposed")
        met = value >= target if higher_is_better else value <= target
        bound = ">=" if higher_is_better else "<="
        print(f"{measure:<48} {value:>9.3g}{unit:<1} {bound} {target:>5g}{unit:<2} {'met' if met else 'MISSED'}")
        table.append({"measure": measure, "result": value, "target": target, "unit": unit, "met": met})
    p = results["pdf"]["process"]
    print(f"\nfloors (what the libraries cost alone, the same ratios): a bare window that imports pandas and "
          f"pyqtgraph and plots one line {results['gui']['startup']['stack_process_ratio']:.2f}x (target 5x); "
          f"the reference import plus reportlab's layout of the default pack {p['floor_ratio']:.2f}x (target 2x)")
    print("\nscaling with imported observations (window, trend tab; median ms):")
    print(f"  {'obs':>8} {'import s':>9} {'load s':>7} {'RSS MB':>7} {'filter':>7} {'keystroke':>9}")
    for size in results["scale"]["sizes"]:
        lat = size["latency"]
        print(f"  {size['observations']:>8,} {size['import_s']:>9.2f} {size['load_s']:>7.2f} {size['rss_mb']:>7.0f} "
              f"{lat['theme / trend']['median_ms']:>7.1f} {lat['keystroke / trend']['median_ms']:>9.1f}")
    real = results["real"]
    wb, regions = real["world_bank_import"], real["regions_window"]
    print(f"\nreal files: the World Bank download through `briefing import`: {wb['seconds']:.2f} s, "
          f"{wb['figures']:,} figures, peak RSS {wb['peak_rss_mb']:.0f} MB; the window comparing "
          f"{regions['regions']} provinces (NBS): filter change {regions['latency']['filter change']['median_ms']:.0f} "
          f"ms, view switch {regions['latency']['view switch']['median_ms']:.0f} ms (median)")
    print("\nimport limits (the whole command; seconds, peak RSS MB):")
    for case in results["limits"]["cases"]:
        print(f"  {case['case']:<48} {case['seconds']:>6.1f} s {case['rss_mb']:>6.0f} MB")
    BUILD.mkdir(exist_ok=True)
    (BUILD / "bench.json").write_text(json.dumps({
        "when": datetime.now(UTC).isoformat(timespec="seconds"), "machine": platform.platform(),
        "python": platform.python_version(), "quick": args.quick, "summary": table, "results": results},
        indent=2))
    print(f"\nwritten {BUILD / 'bench.json'}")


if __name__ == "__main__":
    main()
