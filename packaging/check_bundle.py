"""Launch the built bundle the way CI and users do, and measure it against the virtual environment.

    .venv/bin/python packaging/check_bundle.py [BUNDLE] [--runs 5] [--json build/bundle-check.json]

Checks (exit 1 naming the one that failed): `briefing gui --quit-when-ready` (and the windowed
`briefing-desk`'s, where built) exit 0 offscreen; `briefing export` exits 0 and writes a PDF that
pypdf parses, with the default pack's title on its cover. Then prints the bundle's size and its start-up
(launch to first paint and to ready, median of --runs) beside the same command from .venv, and the whole
process (launch to exit) of `gui --quit-when-ready` and of `export` for both, alternated, with the ratios to a
bare PySide6 window and to `python -c "import reportlab.platypus, pandas"` (the benchmarks' yardsticks, from
.venv). Both use a start-up cache in a temporary folder, filled by the first launch.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
from bench_gui import launch  # noqa: E402


def run(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    if proc.returncode != 0:
        sys.exit(f"FAILED (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")
    return proc


def smoke(bundle: Path, env: dict, out: Path) -> int:
    for program in ("briefing", "briefing-desk"):  # briefing-desk: Windows and macOS builds only
        if (bundle / program).exists() or program == "briefing":
            run([str(bundle / program), "gui", "--quit-when-ready"], env)
    run([str(bundle / "briefing"), "export", "-o", str(out)], env)
    reader = PdfReader(out)
    cover = reader.pages[0].extract_text()
    if "Fujian" not in cover:
        sys.exit(f"FAILED: {out}: the cover does not show the pack's title:\n{cover[:300]}")
    return len(reader.pages)


def size(bundle: Path) -> dict[str, int]:
    parts: dict[str, int] = {}
    for f in bundle.rglob("*"):
        if f.is_file() and not f.is_symlink():
            inside = f.relative_to(bundle).parts
            top = inside[1] if inside[0] == "_internal" else f"{f.name} (program and its Python modules)"
            parts[top] = parts.get(top, 0) + f.stat().st_size
    return parts


def startup(bundle: Path, env: dict, runs: int, out: Path) -> dict:
    venv = ROOT / ".venv" / "bin" / "briefing"
    python = str(ROOT / ".venv" / "bin" / "python")
    gui, export = ["gui", "--quit-when-ready", "--timings"], ["export", "-o", str(out)]
    commands = {"bundle": (gui, str(bundle / "briefing")), "venv": (gui, str(venv)),
                "bundle_export": (export, str(bundle / "briefing")), "venv_export": (export, str(venv)),
                "bare": ([str(ROOT / "tests" / "benchmarks" / "bare_window.py")], python),
                "reference": (["-c", "import reportlab.platypus, pandas"], python)}
    for args, program in commands.values():  # warm the file cache once for all, fill the start-up caches
        launch(args, env, program)
    marks: dict[str, list[dict]] = {who: [] for who in commands}
    for _ in range(runs):
        for who, (args, program) in commands.items():
            marks[who].append(launch(args, env, program))
    times = {f"{who}_{mark}_s": statistics.median(m[mark] for m in marks[who])
             for who in ("bundle", "venv") for mark in ("first-paint", "ready")}
    return times | {f"{who}_process_s": statistics.median(m["exit"] for m in ms) for who, ms in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "build" / "dist" / "fujian-briefing")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "bundle-check.json")
    args = parser.parse_args()
    temp = Path(tempfile.mkdtemp(prefix="bundle-check-"))
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "BRIEFING_CONFIG_DIR": str(temp / "config"),
                        "BRIEFING_DATA_DIR": str(temp / "data"), "BRIEFING_LOG_DIR": str(temp / "log"),
                        "BRIEFING_CACHE_DIR": str(temp / "cache")}
    pages = smoke(args.bundle, env, temp / "pack.pdf")
    print(f"OK: gui --quit-when-ready exits 0; export wrote {pages} pages that parse")

    parts = size(args.bundle)
    total = sum(parts.values())
    print(f"\nbundle {args.bundle}: {total / 2**20:.0f} MiB in all; largest parts:")
    for name, n in sorted(parts.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {n / 2**20:6.1f} MiB  {name}")

    times = startup(args.bundle, env, args.runs, temp / "timed.pdf")
    print(f"\nstart-up, median of {args.runs} (launch to first paint / to ready):")
    for who in ("bundle", "venv"):
        print(f"  {who:6}  {times[f'{who}_first-paint_s']:.3f} s / {times[f'{who}_ready_s']:.3f} s")
    print(f"  bundle / venv: {times['bundle_first-paint_s'] / times['venv_first-paint_s']:.2f}x / "
          f"{times['bundle_ready_s'] / times['venv_ready_s']:.2f}x")
    bare, reference = times["bare_process_s"], times["reference_process_s"]
    print(f"\nwhole process, launch to exit, median of {args.runs} (bare PySide6 window {bare:.3f} s; "
          f"python -c 'import reportlab.platypus, pandas' {reference:.3f} s):")
    for who in ("bundle", "venv"):
        gui, export = times[f"{who}_process_s"], times[f"{who}_export_process_s"]
        print(f"  {who:6}  gui --quit-when-ready {gui:.3f} s = {gui / bare:.2f}x the bare window; "
              f"export {export:.3f} s = {export / reference:.2f}x the imports")
    times |= {f"{who}_process_ratio": times[f"{who}_process_s"] / bare for who in ("bundle", "venv")}
    times |= {f"{who}_export_process_ratio": times[f"{who}_export_process_s"] / reference for who in ("bundle", "venv")}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"pdf_pages": pages, "size_bytes": total, "size_parts": parts, **times},
                                    indent=2))


if __name__ == "__main__":
    main()
