"""`briefing export -o OUT.pdf [--pack FILE]`: a briefing pack as PDF."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import BriefingError
from ..lazy import lazy
from .exit_codes import ExitCode
from .loading import load_with_workspace
from .terminal import cannot_read, cannot_write

packs = lazy("..core.pack.model", __package__)
pdf = lazy("..report.document", __package__)


def register(sub) -> None:
    ex = sub.add_parser("export", help="write a briefing pack as PDF (no --pack: every theme, every figure)")
    ex.add_argument("--pack", type=Path, help="a pack file saved by the app (JSON)")
    ex.add_argument("--theme", action="append", default=[], metavar="THEME",
                    help="a section for this theme (repeatable); default: every theme with records")
    ex.add_argument("--title", help="the pack's title")
    ex.add_argument("--note", help="a note for the whole pack")
    ex.add_argument("--paper", choices=("a4", "letter"), help="paper size (default a4, or the pack's)")
    ex.add_argument("--invariant", action="store_true",
                    help="byte-identical output for identical input (no creation date or random ids)")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    ex.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ex.set_defaults(run=run)


def pack_of(args, data):
    """The pack `--pack FILE` names (its warnings printed), kept to the `--theme`s given; without --pack, a new pack
    of those themes (default every theme). BriefingError for a file or a theme that cannot be used."""
    if not args.pack:
        return packs.new_pack(data, args.theme)
    pack, warnings = packs.load_pack(args.pack, data)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.theme:
        keep = set(args.theme)
        pack = pack.model_copy(update={"sections": [s for s in pack.sections if s.theme in keep],
                                       "themes": [t for t in pack.themes if t in keep]})
    return pack


def has_records(pack) -> bool:
    return any(getattr(s, kind) for s in pack.sections for kind in ("indicators", "initiatives"))


def run(args) -> ExitCode:
    why = args.pack and cannot_read(args.pack)
    if why:
        print(f"error: {args.pack}: cannot read: {why}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    data = load_with_workspace(args.data)
    try:
        pack = pack_of(args, data)
        updates = {k: v for k, v in (("title", args.title), ("notes", args.note), ("paper", args.paper)) if v}
        pack = pack.model_copy(update=updates)
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    why = cannot_write(args.output)
    if why:
        print(f"error: {args.output}: cannot write: {why}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    if args.pack and not has_records(pack):
        print(f"error: {args.pack}: none of its figures or initiatives is in the data; nothing to export",
              file=sys.stderr)
        return ExitCode.CANNOT_RUN
    try:
        pdf.build_pdf(pack, data, args.output, invariant=args.invariant,
                      warn=lambda text: print(f"warning: {text}", file=sys.stderr))
    except (OSError, ValueError) as e:  # ValueError: a name the OS cannot take (checked above; the last resort)
        print(f"error: {args.output}: cannot write: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    print(f"{args.output}: {len(pack.sections)} sections")
    return ExitCode.OK
