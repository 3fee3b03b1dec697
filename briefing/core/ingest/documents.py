"""Documents the user adds: the figures they accept become records exactly like the seeds', kept as a small
seed folder in the workspace and loaded through the same checks (quote in the document, value in the quote,
every other number of the document accounted for).

    <data dir>/documents/<doc id>/sources.yaml, documents/<file>.txt, records/<doc id>.yaml
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ..errors import DocumentError, Problem, WorkspaceError
from ..model.dataset import Dataset, check
from ..provenance.quotes import AccountedSpan, locate_quote, uncovered_numbers
from ..storage.folders import folder_id, new_folder, remove_folder
from ..storage.userdirs import data_dir
from .extract import Candidate, sentences

REJECTED = "rejected by the user when the document was added"
NOT_PROPOSED = "not taken as a figure when the document was added"


def documents_dir() -> Path:
    return data_dir() / "documents"


@dataclass
class NewDocument:
    text: str                  # plain text (from HTML: the readable text)
    file_name: str             # the file it came from
    title: str
    publisher: str
    date: str | None           # YYYY-MM-DD, or None when the document has no date
    period: str                # what period it reports on, e.g. 2024
    region: str

    @property
    def id(self) -> str:
        return folder_id("doc", self.file_name, self.text)


def record_from(c: Candidate, doc: NewDocument, n: int, name: str, themes: list[str], period: str | None = None,
                kind: str | None = None, region: str | None = None) -> dict:
    """An accepted candidate, with what the user set or edited, as a record of the document."""
    return {"id": f"{doc.id}-{n}", "name": name.strip(), "themes": themes, "region": region or doc.region,
            "period": period or c.period or doc.period, "kind": kind or c.kind, "measure": c.measure,
            "value": c.value, "unit": c.unit, "qualifier": c.qualifier, "quote": c.quote, "display": c.display}


def _uncounted(doc: NewDocument, records: list[dict], rejected: list[Candidate]) -> list[dict]:
    """The sentences holding numbers no accepted record accounts for, with why they are not figures."""
    covers = []
    for r in records:
        span = locate_quote(doc.text, r["quote"])
        if span:
            covers.append(AccountedSpan.for_record(span, r["name"], r["value"]))
    rejected_spans = {(c.start, c.end) for c in rejected}
    spans = sentences(doc.text)
    out: dict[tuple[int, int], dict] = {}
    for token in uncovered_numbers(doc.text, covers):
        span = next(((s, e) for s, e in spans if s <= token.start < e), (token.start, token.end))
        reason = REJECTED if span in rejected_spans else NOT_PROPOSED
        out.setdefault(span, {"text": doc.text[span[0]:span[1]], "reason": reason})
    return list(out.values())


def save_document(doc: NewDocument, records: list[dict], rejected: list[Candidate],
                  folder: Path | None = None) -> Path:
    """Write the document and its records, check them like the seeds, and keep them only if they pass (else
    DocumentError with every problem); WorkspaceError if it was added already or cannot be saved."""
    folder = folder or documents_dir()
    target = folder / doc.id
    if target.exists():
        raise WorkspaceError(Problem(doc.file_name, f"this document was added already as {doc.id}"))
    text_name = f"{doc.id}.txt"
    raw = doc.text.encode("utf-8")
    manifest = {"version": 1, "sources": [{
        "id": doc.id, "title": doc.title, "publisher": doc.publisher, "date": doc.date, "period": doc.period,
        "date_note": f"Added by the user on {date.today().isoformat()} from {doc.file_name}.",
        "region": doc.region, "language": "zh" if re.search(r"[\u4e00-\u9fff]", doc.text) else "en",
        "file": text_name, "sha256": hashlib.sha256(raw).hexdigest(),
        "regions": sorted({doc.region, *(r["region"] for r in records)})}]}
    content = {"source": doc.id, "indicators": records, "uncounted": _uncounted(doc, records, rejected)}
    try:
        with new_folder(target) as partial:
            (partial / "documents").mkdir()
            (partial / "records").mkdir()
            (partial / "documents" / text_name).write_bytes(raw)
            for path, data in ((partial / "sources.yaml", manifest),
                               (partial / "records" / f"{doc.id}.yaml", content)):
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
            _, problems = check(partial, titles_stated=False)  # the user's description
            if problems:  # named by the document the user added, not the temporary files
                raise DocumentError([Problem(doc.file_name, p.message, None, p.record, p.field) for p in problems])
    except OSError as e:
        raise WorkspaceError(Problem(str(folder), f"cannot save the document: {e.strerror or e}")) from None
    return target


def load_documents(folder: Path | None = None) -> tuple[list[Dataset], list[Problem]]:
    """Every added document that still passes the checks; the problems of those that do not."""
    folder = folder or documents_dir()
    out, problems = [], []
    for path in sorted(p for p in folder.glob("doc-*") if p.is_dir()) if folder.is_dir() else []:
        data, found = check(path, titles_stated=False)
        if data is None:
            problems.extend(found)
        else:
            out.append(data)
    return out, problems


def document_summary(data: Dataset) -> str:
    s = data.sources.iloc[0]
    return f"{s['id']}: {s['title']} ({s['publisher']}), {len(data.indicators)} figures"


def remove_document(doc_id: str, folder: Path | None = None) -> None:
    """WorkspaceError, like removing an import, for an unknown id or a folder that cannot be removed."""
    folder = folder or documents_dir()
    target = folder / doc_id
    if not (target / "sources.yaml").is_file():
        raise WorkspaceError(f"no added document {doc_id!r} in {folder}")
    try:
        remove_folder(target)
    except OSError as e:
        raise WorkspaceError(Problem(str(target), f"cannot remove: {e.strerror or e}")) from None
