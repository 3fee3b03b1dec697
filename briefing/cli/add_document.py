"""`briefing add-document FILE`: the figures the window's Add Document proposes, for scripts; with --accept the
chosen ones are saved as the document's records, checked like the seeds'."""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from ..core.errors import BriefingError
from ..core.model.vocab import THEMES
from ..lazy import lazy
from .exit_codes import ExitCode
from .terminal import cannot_read, say

# what proposing and saving need, loaded when the command runs (the window's start registers every command)
context_of = lazy("..core.ingest.context", __package__)
documents = lazy("..core.ingest.documents", __package__)
extract = lazy("..core.ingest.extract", __package__)
readers = lazy("..core.ingest.readers", __package__)
records_schema = lazy("..core.model.records", __package__)
stated = lazy("..core.model.stated", __package__)

FIGURE_FIELDS = ("value", "unit", "period", "measure", "qualifier", "kind", "name", "display", "quote")


def register(sub) -> None:
    cmd = sub.add_parser("add-document", help="propose the figures of a text or HTML document; keep those accepted",
                         description="Proposes every figure of the document, as the window's Add Document does, "
                         "with relative periods ('the first half of this year') read against its date. Nothing is "
                         "saved without --accept; what is accepted is checked like the seed records.")
    cmd.add_argument("file", type=Path)
    cmd.add_argument("--date", help="the document's date, YYYY-MM-DD (default: guessed from its dateline)")
    cmd.add_argument("--region", help="what its figures are about (default: the region it names most)")
    cmd.add_argument("--period", help="the period it reports on (default: the first it states)")
    cmd.add_argument("--title", help="default: its first line")
    cmd.add_argument("--publisher", help="who published it (needed to save)")
    cmd.add_argument("--theme", choices=list(THEMES), default="economy", help="the theme of its figures")
    cmd.add_argument("--accept", metavar="all|N,N,...", help="save these proposals (numbers as listed), or all")
    cmd.add_argument("--dry-run", action="store_true", help="list the proposals only, save nothing")
    cmd.add_argument("--format", choices=("text", "json"), default="text",
                     help="json: one object with the document's date, region, period and its figures")
    cmd.set_defaults(run=run)


def _chosen(accept: str, count: int) -> list[int] | str:
    """The 1-based numbers --accept names, or why it cannot be read."""
    if accept.strip().lower() == "all":
        return list(range(1, count + 1))
    if not re.fullmatch(r"\s*\d+(?:\s*,\s*\d+)*\s*", accept):
        return f"--accept {accept!r}: expected 'all' or numbers such as 1,3,4"
    numbers = sorted({int(n) for n in accept.split(",")})
    wrong = [n for n in numbers if not 1 <= n <= count]
    return f"--accept: no proposal {wrong[0]} (there are {count})" if wrong else numbers


def _error(message: str) -> ExitCode:
    say(f"error: {message}", file=sys.stderr)
    return ExitCode.CANNOT_RUN


def run(args) -> ExitCode:
    if why := cannot_read(args.file):
        return _error(f"{args.file}: cannot read: {why}")
    try:
        when = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        return _error(f"--date {args.date!r}: expected YYYY-MM-DD")
    if args.period and not records_schema.PERIOD_RE.match(args.period):
        return _error(f"--period {args.period!r}: expected a period such as 2024, 2024-Q1, 2024-01/2024-06")
    try:
        text = readers.read_document(args.file)
    except BriefingError as e:
        return _error(str(e))
    context = context_of.guess_context(text, when, args.region)
    candidates = extract.propose(text, context)
    period = args.period or context.period
    if args.format == "json":
        figures = [{"n": n, **{f: getattr(c, f) for f in FIGURE_FIELDS}} for n, c in enumerate(candidates, 1)]
        for f in figures:  # a value stated without decimals is an integer (102, not 102.0)
            f["value"] = stated.value_number(f)
        print(json.dumps({"file": str(args.file), "date": context.date and context.date.isoformat(),
                     "region": context.region, "period": period, "figures": figures}, ensure_ascii=False, indent=1))
    else:
        say(f"{args.file}: dated {context.date or 'unknown'}, region {context.region or 'unknown'}, "
            f"reports on {period or 'unknown'}; {len(candidates)} figures proposed")
        for n, c in enumerate(candidates, 1):
            say(f"{n:>3}. {c.display}  [{c.measure}, {c.unit}, {c.period or period}, {c.kind}]  {c.name}")
    if args.dry_run:
        return ExitCode.OK
    if not args.accept:
        say("Nothing saved: pass --accept all (or numbers), or --dry-run to only look.", file=sys.stderr)
        return ExitCode.OK
    chosen = _chosen(args.accept, len(candidates))
    if isinstance(chosen, str):
        return _error(chosen)
    missing = [name for name, value in (("--publisher", args.publisher), ("--region", context.region),
                                        ("--period", period)) if not value]
    if missing:
        return _error(f"to save, give {', '.join(missing)} (not found in the document)")
    title = args.title or next((ln.strip() for ln in text.splitlines() if ln.strip()), args.file.stem)[:120]
    doc = documents.NewDocument(text, args.file.name, title, args.publisher, context.date and context.date.isoformat(),
                      period, context.region)
    records = [documents.record_from(candidates[n - 1], doc, n, candidates[n - 1].name, [args.theme]) for n in chosen]
    rejected = [c for n, c in enumerate(candidates, 1) if n not in chosen]
    folder = documents.save_document(doc, records, rejected)  # BriefingError: every problem printed by cli.main
    say(f"Added {args.file.name} as {doc.id} with {len(records)} figures ({folder}).",
        file=sys.stderr if args.format == "json" else sys.stdout)
    return ExitCode.OK
