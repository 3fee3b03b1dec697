"""Candidate figures against the curated seed records: recall and precision per document. Prints a table, writes JSON.

    .venv/bin/python tests/benchmarks/bench_extract.py [--json build/bench-extract.json] [--misses]

A curated record (kind actual or target; derived values are computed, not written) is FOUND when a candidate has
its value (numbers.same_value, base units) and a quote overlapping the record's quote in the document. A candidate
is CORRECT when it finds some record. Wrong candidates inside text the seeds list as `uncounted` (numbers that are
deliberately not figures) are counted separately. Unit, period and kind agreement are over the found records."""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from briefing.core.ingest.extract import Candidate, propose
from briefing.core.lexicon.numbers import same_value
from briefing.core.model.dataset import load
from briefing.core.provenance.quotes import locate_quote
from briefing.core.storage.yamlfile import read_yaml

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
TARGETS = {"recall": 0.85, "precision": 0.6}


def uncounted_spans(document: str, source: str) -> list[tuple[int, int]]:
    spans = []
    for path in sorted((SEEDS / "records").glob("*.yaml")):
        data = read_yaml(path)
        if data.get("source") == source:
            spans += [locate_quote(document, u["text"]) for u in data.get("uncounted") or []]
    return [s for s in spans if s]


def matches(c: Candidate, record: dict) -> bool:
    return same_value(c.value, record["value"]) and c.start < record["quote_end"] and record["quote_start"] < c.end


def score(document: str, records: list[dict], uncounted: list[tuple[int, int]]) -> dict:
    """Counts for one document; `misses` and `wrong` name what went astray."""
    t = time.perf_counter()
    candidates = propose(document)
    ms = 1000 * (time.perf_counter() - t)
    found, agree = 0, {"unit": 0, "period": 0, "kind": 0}
    misses = []
    for r in records:
        hits = [c for c in candidates if matches(c, r)]
        if not hits:
            misses.append(f"{r['display']} ({r['id']})")
            continue
        found += 1
        # prefer the candidate whose display lies inside the record's quote
        best = next((c for c in hits if r["quote_start"] <= c.display_start < r["quote_end"]), hits[0])
        agree["unit"] += best.unit == r["unit"]
        agree["period"] += best.period == r["period"]
        agree["kind"] += best.kind == r["kind"]
    wrong = [c for c in candidates if not any(matches(c, r) for r in records)]
    in_uncounted = [c for c in wrong if any(a <= c.display_start < b for a, b in uncounted)]
    return {"curated": len(records), "candidates": len(candidates), "found": found,
            "correct": len(candidates) - len(wrong), "wrong": len(wrong), "wrong_uncounted": len(in_uncounted),
            "unit_agree": agree["unit"], "period_agree": agree["period"], "kind_agree": agree["kind"],
            "ms": ms, "misses": misses,
            "wrong_list": [f"{c.display!r}{' (uncounted)' if c in in_uncounted else ''}" for c in wrong]}


def rates(row: dict) -> dict:
    div = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"recall": div(row["found"], row["curated"]), "precision": div(row["correct"], row["candidates"]),
            "unit_recall": div(row["unit_agree"], row["found"]),
            "period_recall": div(row["period_agree"], row["found"]),
            "kind_recall": div(row["kind_agree"], row["found"])}


def evaluate(data=None) -> dict:
    """Scores per source and overall (sums of the counts, rates recomputed)."""
    data = data or load(SEEDS)
    ind = data.indicators
    per = {}
    for source, document in data.documents.items():
        records = ind[(ind["source"] == source) & ind["kind"].isin(["actual", "target"])].to_dict("records")
        per[source] = score(document, records, uncounted_spans(document, source))
    total = {k: sum(r[k] for r in per.values()) for k in per[next(iter(per))] if k not in ("misses", "wrong_list")}
    return {"documents": {k: {**v, **rates(v)} for k, v in per.items()}, "overall": {**total, **rates(total)},
            "targets": TARGETS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=Path("build/bench-extract.json"))
    parser.add_argument("--misses", action="store_true", help="list missed records and wrong candidates")
    args = parser.parse_args()
    results = evaluate()
    head = (f"  {'document':<16} {'curated':>7} {'cands':>5} {'found':>5} {'wrong':>5} {'uncnt':>5} "
            f"{'recall':>6} {'prec':>6} {'unit':>6} {'period':>6} {'kind':>6} {'ms':>6}")
    print("Candidate figures vs curated seed records (uncnt: wrong candidates the seeds list as uncounted;\n"
          "unit/period/kind: agreement among found records)")
    print(head)
    for name, r in [*results["documents"].items(), ("overall", results["overall"])]:
        print(f"  {name:<16} {r['curated']:>7} {r['candidates']:>5} {r['found']:>5} {r['wrong']:>5} "
              f"{r['wrong_uncounted']:>5} {r['recall']:>6.3f} {r['precision']:>6.3f} {r['unit_recall']:>6.3f} "
              f"{r['period_recall']:>6.3f} {r['kind_recall']:>6.3f} {r['ms']:>6.1f}")
        if args.misses and name != "overall":
            for m in r["misses"]:
                print(f"      missed: {m}")
            for w in r["wrong_list"]:
                print(f"      wrong:  {w}")
    print(f"  targets: recall >= {TARGETS['recall']}, precision >= {TARGETS['precision']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"written {args.json}")


if __name__ == "__main__":
    main()
