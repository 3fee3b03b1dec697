"""Candidate figures on real documents that are not seeds, against gold lists written by reading them.

    .venv/bin/python tests/benchmarks/bench_unseen.py [--json build/bench-unseen.json] [--misses]

unseen_docs/NAME.txt is a stored public page copied verbatim (its first line names its address and date, and is
not part of the document); NAME.gold.yaml lists every figure of it (a quote fragment holding the display, value in
base units, unit, period, measure, kind), written before the proposer was run on it. Documents marked
`set: held-out` were not looked at while the proposer was changed: they are scored apart.

A gold figure is FOUND when a candidate has its value (numbers.same_value) and a display overlapping the fragment.
A candidate is CORRECT when it finds some gold figure. Period, measure, unit and kind are over the found figures;
a candidate's period is what the review shows: its own, else the document's (guessed from the text and date, as
the review does). level and stock count as one measure (both state an amount; which one is the user's call)."""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from briefing.core.ingest.context import guess_context
from briefing.core.ingest.extract import Candidate, propose
from briefing.core.lexicon.numbers import same_value
from briefing.core.storage.yamlfile import read_yaml

HERE = Path(__file__).resolve().parent / "unseen_docs"
TARGETS = {"recall": 0.95, "precision": 0.9, "period": 0.9, "measure": 0.9}
AMOUNTS = {"level", "stock"}


def document(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n", 1)[1]


def _same_measure(a: str, b: str) -> bool:
    return a == b or {a, b} <= AMOUNTS


def score(text: str, gold: dict) -> dict:
    when = date.fromisoformat(str(gold["date"]))
    context = guess_context(text, when, gold.get("region"))
    candidates = propose(text, context)
    figures = []
    for g in gold["figures"]:
        at = text.find(g["quote"])
        if at < 0 or text.find(g["quote"], at + 1) >= 0:
            raise SystemExit(f"gold quote not found once: {g['quote']!r}")
        figures.append({**g, "start": at, "end": at + len(g["quote"])})

    def matches(c: Candidate, g: dict) -> bool:
        return same_value(c.value, float(g["value"])) and c.display_start < g["end"] and g["start"] < c.display_end

    found, agree, misses, wrong_fields = 0, dict.fromkeys(("unit", "period", "measure", "kind"), 0), [], []
    for g in figures:
        hits = [c for c in candidates if matches(c, g)]
        if not hits:
            misses.append(g["quote"])
            continue
        found += 1
        c = hits[0]
        got = {"unit": c.unit, "period": c.period or context.period, "measure": c.measure, "kind": c.kind}
        for field, value in got.items():
            ok = _same_measure(value, g[field]) if field == "measure" else value == str(g[field])
            agree[field] += ok
            if not ok:
                wrong_fields.append(f"{g['quote']!r}: {field} {value!r}, gold {g[field]!r}")
    wrong = [c for c in candidates if not any(matches(c, g) for g in figures)]
    return {"gold": len(figures), "candidates": len(candidates), "found": found, "correct": len(candidates) - len(wrong),
            **{f"{k}_agree": v for k, v in agree.items()}, "misses": misses, "wrong_fields": wrong_fields,
            "wrong_list": [f"{c.display!r} ({c.quote[:60]}…)" for c in wrong]}


def rates(row: dict) -> dict:
    div = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"recall": div(row["found"], row["gold"]), "precision": div(row["correct"], row["candidates"]),
            **{k: div(row[f"{k}_agree"], row["found"]) for k in ("period", "measure", "unit", "kind")}}


def evaluate() -> dict:
    per = {}
    for gold_path in sorted(HERE.glob("*.gold.yaml")):
        name = gold_path.name.removesuffix(".gold.yaml")
        gold = read_yaml(gold_path)
        per[name] = {"set": gold["set"], **score(document(HERE / f"{name}.txt"), gold)}
    out = {"documents": {k: {**v, **rates(v)} for k, v in per.items()}, "targets": TARGETS}
    for group in ("dev", "held-out"):
        rows = [v for v in per.values() if v["set"] == group]
        total = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
        out[group] = {**total, **rates(total), "documents": len(rows)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=Path("build/bench-unseen.json"))
    parser.add_argument("--misses", action="store_true", help="list missed figures, wrong candidates and fields")
    parser.add_argument("--only", choices=("dev", "held-out"), help="print only this set's documents")
    args = parser.parse_args()
    results = evaluate()
    print("Candidate figures vs gold lists of real documents that are not seeds "
          "(period/measure/unit/kind: agreement among found figures)")
    print(f"  {'document':<26} {'set':<8} {'gold':>4} {'cands':>5} {'found':>5} {'recall':>6} {'prec':>6} "
          f"{'period':>6} {'measure':>7} {'unit':>6} {'kind':>6}")
    rows = [(k, v) for k, v in results["documents"].items() if not args.only or v["set"] == args.only]
    for name, r in [*rows, *((g, {**results[g], "set": g}) for g in ("dev", "held-out"))]:
        print(f"  {name:<26} {r['set']:<8} {r['gold']:>4} {r['candidates']:>5} {r['found']:>5} {r['recall']:>6.3f} "
              f"{r['precision']:>6.3f} {r['period']:>6.3f} {r['measure']:>7.3f} {r['unit']:>6.3f} {r['kind']:>6.3f}")
        if args.misses and "misses" in r:
            for m in r["misses"]:
                print(f"      missed: {m!r}")
            for w in r["wrong_list"]:
                print(f"      wrong:  {w}")
            for w in r["wrong_fields"]:
                print(f"      field:  {w}")
    print("  targets: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
