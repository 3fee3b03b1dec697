"""How the costs grow with imported data. For 1,000, 10,000 and 100,000 generated observations, each imported
through the real `briefing import` path into a fresh workspace: the import's time, loading the seeds with the
workspace, the window's peak memory (RSS) with the data loaded, and its response to filter changes and search
keystrokes (trend tab; median and p95). Prints a table and writes JSON.

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--json build/bench-scale.json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BRIEFING = Path(sys.executable).parent / "briefing"
TARGETS = {"filter_ms_100k": 50.0, "rss_mb_100k": 300.0}
THEMES = ("trade", "taiwan", "digital", "ecology", "economy")


def generate(path: Path, n: int) -> None:
    """n observations: series of 50 years (1975-2024), in two regions and five themes; fixed seed."""
    rng = random.Random(n)
    with path.open("w", encoding="utf-8") as f:
        f.write("name,period,value,unit,region,theme\n")
        for i in range(n):
            series, year = divmod(i, 50)
            f.write(f"Generated series {series},{1975 + year},{rng.uniform(1, 1e4):.2f},billion yuan,"
                    f"{('Fujian', 'Xiamen')[series % 2]},{THEMES[series % len(THEMES)]}\n")


def worker() -> None:
    """In a fresh process: load seeds and workspace, open the window, time changes, report peak RSS."""
    sys.path.insert(0, str(HERE))
    from bench_gui import latency

    from briefing.core.ingest.workspace import with_workspace
    from briefing.core.model.dataset import load
    from briefing.resources import seeds_dir
    t = time.perf_counter()
    data, problems = with_workspace(load(seeds_dir()))
    load_s = time.perf_counter() - t
    assert not problems, problems
    lat = latency(3, data, tabs=("trend",))
    print(json.dumps({"indicators": len(data.indicators), "load_s": load_s, "latency": lat,
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"BRIEFING_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen",
                            "BRIEFING_CONFIG_DIR": str(Path(tmp) / "config")}
        table = Path(tmp) / f"generated-{n}.csv"
        generate(table, n)
        t = time.perf_counter()
        subprocess.run([str(BRIEFING), "import", str(table)], env=env, check=True, capture_output=True)
        import_s = time.perf_counter() - t
        out = subprocess.run([sys.executable, __file__, "--worker"], env=env, check=True, capture_output=True,
                             text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return {"observations": n, "import_s": import_s, **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--json", type=Path, default=Path("build/bench-scale.json"))
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker()
    rows = [measure(n) for n in args.sizes]
    print("imported observations: import (CLI, whole process), load (seeds + workspace), window peak RSS,")
    print("response of the window (trend tab), median / p95 ms")
    print(f"  {'obs':>7} {'import s':>9} {'load s':>7} {'RSS MB':>7} {'theme':>13} {'facet':>13} {'keystroke':>13}")
    for r in rows:
        lat = {k.split(" / ")[0]: v for k, v in r["latency"].items()}
        cells = [f"{lat[c]['median_ms']:5.1f} /{lat[c]['p95_ms']:6.1f}" for c in ("theme", "facet", "keystroke")]
        print(f"  {r['observations']:>7} {r['import_s']:>9.2f} {r['load_s']:>7.2f} {r['rss_mb']:>7.0f} "
              + " ".join(f"{c:>13}" for c in cells))
    print(f"targets at 100k: filter and search <= {TARGETS['filter_ms_100k']:.0f} ms, RSS <= "
          f"{TARGETS['rss_mb_100k']:.0f} MB")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"sizes": rows, "targets": TARGETS}, indent=2))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
