"""`briefing remove-import ID`: an imported table or an added document out of the user's workspace."""
from __future__ import annotations

import re
import sys

from ..core.errors import BriefingError
from ..lazy import lazy
from .exit_codes import ExitCode

added_documents = lazy("..core.ingest.documents", __package__)
workspace = lazy("..core.ingest.workspace", __package__)


def register(sub) -> None:
    rm = sub.add_parser("remove-import", help="remove an imported table or an added document from your workspace")
    rm.add_argument("id", help="its id, as `briefing list imports` shows it (imp-… or doc-…)")
    rm.set_defaults(run=run)


def run(args) -> ExitCode:
    if not re.fullmatch(r"(imp|doc)-[a-z0-9-]+", args.id):
        print(f"error: {args.id!r} is not an import's id (see `briefing list imports`)", file=sys.stderr)
        return ExitCode.PROBLEMS
    try:
        (added_documents.remove_document if args.id.startswith("doc-") else workspace.remove_batch)(args.id)
    except BriefingError as e:
        print(f"error: {e}", file=sys.stderr)
        return ExitCode.PROBLEMS
    print(f"Removed {args.id}.")
    return ExitCode.OK
