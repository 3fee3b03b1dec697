"""The import limits (issue 21): time and peak memory (RSS) of the whole command, `briefing import FILE
--dry-run` or `briefing export --pack FILE`, each in a fresh process, for a long CSV just at the row limit, a wide
CSV just at the cell limit (refused: more figures than an import may have), and the refusals: a CSV over the
size limit, a zip bomb (a 200 KB workbook whose sheet unzips to 200 MB) and a pack naming 100,000 records.
Prints a table and writes JSON.

    .venv/bin/python tests/benchmarks/bench_limits.py [--json build/bench-limits.json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from bench_scale import generate  # noqa: E402
from test_limits import zip_bomb  # noqa: E402

from briefing.core.ingest.readers import limits  # noqa: E402
from briefing.core.pack.model import MAX_PACK_ITEMS  # noqa: E402

TARGETS = {"at_limit_rss_mb": 1000.0, "refusal_s": 5.0, "refusal_rss_mb": 500.0}


def wide(path: Path) -> None:
    """Rows of 100 years, as many as make MAX_CELLS cells."""
    years = range(1925, 2025)
    per_row = len(years) + 2
    with path.open("w", encoding="utf-8") as f:
        f.write("name,unit," + ",".join(map(str, years)) + "\n")
        for i in range(limits.MAX_CELLS // per_row - 1):
            f.write(f"Series {i},billion yuan," + ",".join(f"{(i * y) % 997 + 0.5}" for y in years) + "\n")


def oversized(path: Path) -> None:
    generate(path, 10)
    with path.open("r+b") as f:
        f.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: as large as refused, nothing written


def big_pack(path: Path) -> None:
    path.write_text(json.dumps({"sections": [{"theme": "trade", "indicators": [f"x-{i}" for i in range(100_000)]}]}))


IMPORT = ["import", "--dry-run"]
CASES = {  # name: (make the file, the command's arguments before the file, its file name, at a limit or refused)
    f"long CSV, {limits.MAX_ROWS - 1:,} rows (at the limit)": (
        lambda p: generate(p, limits.MAX_ROWS - 1), IMPORT, "long.csv", "at limit"),
    f"wide CSV, {limits.MAX_CELLS:,} cells (refused: figures)": (wide, IMPORT, "wide.csv", "at limit"),
    f"CSV over {limits.MAX_FILE_BYTES // 2**20} MB (refused)": (oversized, IMPORT, "big.csv", "refused"),
    "zip bomb, 200 MB sheet (refused)": (lambda p: zip_bomb(p, 200 * 2**20), IMPORT, "bomb.xlsx", "refused"),
    f"pack of 100,000 records (refused, limit {MAX_PACK_ITEMS:,})": (
        big_pack, ["export", "-o", "out.pdf", "--pack"], "pack.json", "refused"),
}


def measure(name: str, make, command: list[str], file: str, kind: str) -> dict:
    """In a fresh process, so that RUSAGE_CHILDREN is this command's alone."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / file
        make(path)
        size = path.stat().st_size
        env = os.environ | {"BRIEFING_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen",
                            "BRIEFING_CONFIG_DIR": str(Path(tmp) / "config")}
        command = [c if c != "out.pdf" else str(Path(tmp) / c) for c in command]
        out = subprocess.run([sys.executable, __file__, "--worker", *command, str(path)], env=env, check=True,
                             capture_output=True, text=True).stdout
    return {"case": name, "kind": kind, "bytes": size, **json.loads(out)}


def worker(argv: list[str]) -> None:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing", *argv], capture_output=True, text=True)
    print(json.dumps({"seconds": time.perf_counter() - start, "exit": done.returncode,
                      "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "said": (done.stderr.strip() or done.stdout.strip()).splitlines()[-1][:200]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=Path("build/bench-limits.json"))
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker)
    rows = [measure(name, *case) for name, case in CASES.items()]
    print(f"limits: {limits.MAX_FILE_BYTES // 2**20} MB a file, {limits.MAX_ROWS:,} rows and figures, "
          f"{limits.MAX_CELLS:,} cells, {limits.MAX_UNZIPPED_BYTES // 2**20} MB unzipped (a part at most "
          f"{limits.MAX_ZIP_RATIO}x its zipped size), {MAX_PACK_ITEMS:,} items a pack")
    print(f"  {'case':<44} {'s':>6} {'RSS MB':>7} {'exit':>4}  said")
    for r in rows:
        print(f"  {r['case']:<44} {r['seconds']:>6.1f} {r['rss_mb']:>7.0f} {r['exit']:>4}  {r['said'][:70]}")
    print(f"targets: at the limit <= {TARGETS['at_limit_rss_mb']:.0f} MB; refused in <= {TARGETS['refusal_s']:.0f} s "
          f"and <= {TARGETS['refusal_rss_mb']:.0f} MB")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"cases": rows, "targets": TARGETS}, indent=2))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
