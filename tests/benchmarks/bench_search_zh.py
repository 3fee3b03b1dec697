"""Search in Chinese and English: building the record index and each keystroke's search, on the seed data and on
the seeds repeated to 100,000 rows; prints a table (milliseconds, median of the runs). The window's own response
(repaint included) is bench_gui.py's."""
from __future__ import annotations

import argparse
import statistics
import time

import pandas as pd

from briefing.core.model.dataset import load
from briefing.core.query.index import RecordIndex
from briefing.resources import seeds_dir

WORDS = ("xiamen", "厦门", "taiwan", "台湾", "两岸", "数字经济", "地区生产总值")


def ms(action) -> float:
    t = time.perf_counter()
    action()
    return 1000 * (time.perf_counter() - t)


def bench(df: pd.DataFrame, runs: int) -> dict[str, float]:
    out = {"index build": statistics.median(ms(lambda: RecordIndex(df)) for _ in range(runs))}
    for word in WORDS:
        samples = []
        for _ in range(runs):
            index = RecordIndex(df)
            samples += [ms(lambda x=index, typed=word[:i]: x.mask(search=typed)) for i in range(1, len(word) + 1)]
        out[f"keystroke {word}"] = statistics.median(samples)
        out[f"keystroke {word} max"] = max(samples)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="seed data only")
    args = parser.parse_args()
    data = load(seeds_dir())
    tables = {"seed indicators": data.indicators, "seed initiatives": data.initiatives}
    if not args.quick:
        tables["100,000 rows"] = pd.concat([data.indicators] * (100_000 // len(data.indicators) + 1),
                                           ignore_index=True).head(100_000)
    for name, df in tables.items():
        print(f"{name} ({len(df):,} rows), ms")
        for what, value in bench(df, args.runs if len(df) < 10_000 else 1).items():
            print(f"  {what:<28} {value:8.2f}")


if __name__ == "__main__":
    main()
