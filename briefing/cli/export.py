"""`briefing export [-o OUT.pdf] [--data OUT.xlsx|OUT.csv] [--html OUT.html] [--pack FILE]`: a briefing pack as PDF,
its data (every figure with its citation and quote) as a workbook or CSV, and an accessible HTML companion; one
pack, resolved once, written to each file asked for (at least one)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import BriefingError
from ..lazy import lazy
from .exit_codes import ExitCode
from .language import PACK_LANGS, add_lang_argument
from .loading import load_with_workspace
from .terminal import cannot_read, cannot_write

packs = lazy("..core.pack.model", __package__)
pdf = lazy("..report.document", __package__)
pack_data = lazy("..report.pack_data", __package__)  # openpyxl: only for --data
pack_html = lazy("..report.pack_html", __package__)


def add_pack_arguments(parser) -> None:
    """--pack FILE and --theme THEME: which pack (export and present read them alike, with pack_of)."""
    parser.add_argument("--pack", type=Path, help="a pack file saved by the app (JSON)")
    parser.add_argument("--theme", action="append", default=[], metavar="THEME",
                        help="a section for this theme (repeatable); default: every theme with records")


def register(sub) -> None:
    ex = sub.add_parser("export", help="write a briefing pack as PDF, its data as XLSX or CSV, or as HTML "
                                       "(no --pack: every theme, every figure)")
    add_pack_arguments(ex)
    ex.add_argument("--title", help="the pack's title")
    ex.add_argument("--note", help="a note for the whole pack")
    ex.add_argument("--paper", choices=("a4", "letter"), help="paper size (default a4, or the pack's)")
    ex.add_argument("--invariant", action="store_true",
                    help="byte-identical output for identical input (no creation date or random ids)")
    add_lang_argument(ex, "en+zh: English with each Chinese name under the English one, for mixed delegations; "
                          "default: the pack's language (en for a new pack)", choices=PACK_LANGS)
    ex.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="the PDF briefing pack")
    ex.add_argument("--data", type=Path, metavar="OUT.xlsx|OUT.csv",
                    help="every figure of the pack with its citation and quote: a workbook (a sheet per section and "
                         "Sources) or one CSV file (UTF-8), by the suffix")
    ex.add_argument("--html", type=Path, metavar="OUT.html",
                    help="the same pack as one self-contained web page, for screen readers and e-mail")
    ex.add_argument("--seeds", type=Path, help=argparse.SUPPRESS)  # another seed folder, for tests
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


def load_pack(args, seeds):
    """(data, pack) for --pack/--theme (pack_of), or None once a one-line error says why the file cannot be
    read or used (export and present alike)."""
    why = args.pack and cannot_read(args.pack)
    if why:
        print(f"error: {args.pack}: cannot read: {why}", file=sys.stderr)
        return None
    data = load_with_workspace(seeds)
    try:
        return data, pack_of(args, data)
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def has_records(pack) -> bool:
    return any(getattr(s, kind) for s in pack.sections for kind in ("indicators", "initiatives"))


def _outputs(args) -> list[tuple[str, Path]]:
    return [(kind, path) for kind, path in (("pdf", args.output), ("data", args.data), ("html", args.html)) if path]


def run(args) -> ExitCode:
    outputs = _outputs(args)
    if not outputs:
        print("error: nothing to write: give -o OUT.pdf, --data OUT.xlsx (or OUT.csv) or --html OUT.html",
              file=sys.stderr)
        return ExitCode.CANNOT_RUN
    if len({str(p.absolute()) for _, p in outputs}) < len(outputs):
        print("error: each output needs a file of its own", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    if args.data and Path(args.data).suffix.lower() not in (".xlsx", ".csv"):
        print(f"error: {args.data}: the pack's data is written as .xlsx or .csv: name the file so", file=sys.stderr)
        return ExitCode.CANNOT_RUN
    loaded = load_pack(args, args.seeds)
    if loaded is None:
        return ExitCode.CANNOT_RUN
    data, pack = loaded
    updates = {k: v for k, v in (("title", args.title), ("notes", args.note), ("paper", args.paper),
                                 ("language", args.lang)) if v}
    pack = pack.model_copy(update=updates)
    for _, path in outputs:
        why = cannot_write(path)
        if why:
            print(f"error: {path}: cannot write: {why}", file=sys.stderr)
            return ExitCode.CANNOT_RUN
    if args.pack and not has_records(pack):
        print(f"error: {args.pack}: none of its figures or initiatives is in the data; nothing to export",
              file=sys.stderr)
        return ExitCode.CANNOT_RUN
    figures = sum(len(s.indicators) for s in pack.sections)
    sections = f"{len(pack.sections)} section" + "s" * (len(pack.sections) != 1)
    for kind, path in outputs:
        try:
            if kind == "pdf":
                pdf.build_pdf(pack, data, path, invariant=args.invariant,
                              warn=lambda text: print(f"warning: {text}", file=sys.stderr))
                print(f"{path}: {len(pack.sections)} sections")
            elif kind == "data":
                pack_data.write_data(pack, data, path)
                print(f"{path}: {figures} figure{'s' * (figures != 1)} in {sections}, with their sources")
            else:
                pack_html.write_html(pack, data, path)
                print(f"{path}: {sections}")
        except BriefingError as e:  # the data and HTML writers name the file
            print(f"error: {e}", file=sys.stderr)
            return ExitCode.CANNOT_RUN
        except (OSError, ValueError) as e:  # ValueError: a name the OS cannot take (checked above; the last resort)
            print(f"error: {path}: cannot write: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
            return ExitCode.CANNOT_RUN
    return ExitCode.OK
