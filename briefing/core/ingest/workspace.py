"""The user's workspace: imported tables kept beside (never inside) the shipped seeds, and merged with them.

    <data dir>/imports/<batch id>/batch.json   the source, the mapping used and the table as text
    <data dir>/imports/<batch id>/figures.csv  the figures, with their row and their place in that text
    <data dir>/imports/<batch id>/<file>       the imported file (and a data package's resource), byte for byte

A batch is written whole or not at all (core.folders), so a crash leaves no half-written import."""
from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ...lazy import lazy
from ..errors import Problem, WorkspaceError
from ..model.dataset import Dataset
from ..model.records import default_series
from ..storage.atomic import write_atomic
from ..storage.folders import new_folder, remove_folder
from ..storage.userdirs import data_dir
from .workspace_files import fingerprint, imports_dir, workspace_folders  # noqa: F401 - the workspace's API

tables_review = lazy(".tables.review", __package__)
added_documents = lazy(".documents", __package__)

if TYPE_CHECKING:  # reviewing a table is needed only to save one
    from .readers import Table
    from .tables.review import Review

BATCH_FILE = "batch.json"
FORMAT = 1


STORED = ("name", "themes", "region", "period", "kind", "measure", "value", "unit", "qualifier", "display", "note",
          "line", "quote_start", "quote_end")  # per figure; the id, source and quote follow from these
REPEATED = ("name", "themes", "region", "period", "kind", "measure", "unit", "qualifier", "note")  # few values
FIGURES_FILE = "figures.csv"


@dataclass
class Batch:
    id: str
    source: dict           # the row of the sources table that cites it
    figures: pd.DataFrame  # STORED columns; the repeated ones categorical: 100,000 rows share a few strings
    text: str              # the table as text: each figure's quote is a line of it
    mapping: dict
    folder: Path

    def __len__(self) -> int:
        return len(self.figures)

    @property
    def records(self) -> list[dict]:
        return self.frame().to_dict("records")

    @property
    def summary(self) -> str:
        return f"{self.id}: {self.source['title']}, {len(self)} figures, imported {self.source['date']}"

    def frame(self) -> pd.DataFrame:
        """The batch's figures as indicator rows."""
        f = self.figures
        df = pd.DataFrame({c: f[c].astype(object) for c in REPEATED if c != "themes"})  # shared strings
        lists = [t.split(";") if t else [] for t in f["themes"].cat.categories]  # "": imported unthemed
        df["themes"] = [lists[i] for i in f["themes"].cat.codes]
        for c in ("value", "display", "line", "quote_start", "quote_end"):
            df[c] = f[c].to_numpy()
        df["id"] = _row_ids(self.id, df["line"])
        df["quote"] = [self.text[a:b] for a, b in zip(df["quote_start"], df["quote_end"])]
        df["source"], df["source_file"], df["file"] = self.id, self.source["file"], str(self.folder)
        df["inputs"] = [[]] * len(df)
        df["caution"], df["headline"], df["name_zh"] = "", None, ""  # curators' fields: an import has none
        return df


def _row_ids(batch_id: str, lines) -> list[str]:
    """A figure's id names its row: imp-…-r12, then imp-…-r12-2 for a second figure of that row."""
    seen: Counter = Counter()
    ids = []
    for n in lines:
        seen[n] += 1
        ids.append(f"{batch_id}-r{n}" if seen[n] == 1 else f"{batch_id}-r{n}-{seen[n]}")
    return ids


def _read_figures(path: Path) -> pd.DataFrame:
    dtypes = {c: str for c in (*REPEATED, "display")} | {"value": float, "line": int, "quote_start": int,
                                                          "quote_end": int}
    figures = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_filter=False)
    if set(figures.columns) != set(STORED):
        raise ValueError(f"{path.name} has columns {', '.join(figures.columns)}")
    return figures.astype({c: "category" for c in REPEATED})  # text categories: "2023" stays a period


def save_batch(rev: Review, original: Path, folder: Path | None = None, today: date | None = None,
               earlier: list[Batch] = ()) -> Batch:
    """Keep the reviewed rows that are new or clash (not repeats, not problems) as a batch. `earlier`: imports of
    the same table (earlier_imports) that this one updates: each keeps only the figures this one does not state
    again (a longer or corrected version replaces, more of its columns extend), and goes when none is left."""
    folder = folder or imports_dir()
    target = folder / rev.batch_id
    same = next((b for b in earlier if b.id == rev.batch_id), None)  # the same file, other columns chosen
    if target.exists() and same is None:
        raise WorkspaceError(Problem(rev.table.file, f"imported already as {rev.batch_id}; remove that import first"))
    source = tables_review.batch_source(rev, today or date.today())
    rows = rev.to_import
    figures = pd.DataFrame({k: [r.record[k] for r in rows] for k in STORED[:-3]})
    figures["themes"] = figures["themes"].map(";".join)
    figures["line"] = [r.row for r in rows]
    figures["quote_start"], figures["quote_end"] = [r.span[0] for r in rows], [r.span[1] for r in rows]
    restated = set(_keys(figures))
    if same is not None:
        figures = pd.concat([_not_in(same.figures, restated).astype(object), figures], ignore_index=True)
    batch = {"format": FORMAT, "source": source, "mapping": rev.mapping.model_dump(), "text": rev.table.text}
    try:
        with new_folder(target, replace=same is not None) as partial:
            for kept in (original, *rev.table.also_read):  # the files as they were, byte for byte
                shutil.copyfile(kept, partial / Path(kept).name)
            figures.to_csv(partial / FIGURES_FILE, index=False)
            (partial / BATCH_FILE).write_text(json.dumps(batch, ensure_ascii=False), encoding="utf-8")
        for old in earlier:
            if old is not same:
                _keep_only(old, _not_in(old.figures, restated))
    except OSError as e:
        raise WorkspaceError(Problem(str(folder), f"cannot save the import: {e.strerror or e}")) from None
    return Batch(rev.batch_id, source, _read_figures(target / FIGURES_FILE), rev.table.text, batch["mapping"],
                 target)


def earlier_imports(table: Table, folder: Path | None = None) -> list[Batch]:
    """The imports of this table (the same file and sheet) before: a new version of it updates them."""
    title = tables_review.source_title(table)
    return [b for b in load_batches(folder)[0] if b.source.get("title") == title]


def _keys(figures: pd.DataFrame):
    """What makes two figures the same statement: series, period and kind."""
    return zip(*(figures[c].astype(str).str.casefold() for c in ("name", "region", "unit", "period", "kind")))


def _not_in(figures: pd.DataFrame, restated: set) -> pd.DataFrame:
    return figures[[k not in restated for k in _keys(figures)]]


def _keep_only(batch: Batch, figures: pd.DataFrame) -> None:
    """The earlier import with only `figures` left (written whole), or removed when none is left."""
    if figures.empty:
        remove_folder(batch.folder)
    elif len(figures) < len(batch.figures):
        write_atomic(batch.folder / FIGURES_FILE, lambda tmp: figures.to_csv(tmp, index=False))


def load_batches(folder: Path | None = None) -> tuple[list[Batch], list[Problem]]:
    """Every saved batch; an unreadable one is reported (and left where it is), not fatal."""
    folder = folder or imports_dir()
    batches, problems = [], []
    for path in sorted(folder.glob(f"imp-*/{BATCH_FILE}")) if folder.is_dir() else []:  # not .partial, .removed
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, this version reads {FORMAT}")
            figures = _read_figures(path.parent / FIGURES_FILE)
            batches.append(Batch(path.parent.name, data["source"], figures, data["text"], data["mapping"],
                                 path.parent))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, pd.errors.ParserError) as e:
            problems.append(Problem(str(path), f"this import cannot be read and is left out: {e}"))
    return batches, problems


def remove_batch(batch_id: str, folder: Path | None = None) -> None:
    """WorkspaceError, like removing a document, for an unknown id or a folder that cannot be removed."""
    folder = folder or imports_dir()
    target = folder / batch_id
    if not (target / BATCH_FILE).is_file():
        raise WorkspaceError(f"no import {batch_id!r} in {folder}")
    try:
        remove_folder(target)
    except OSError as e:
        raise WorkspaceError(Problem(str(target), f"cannot remove: {e.strerror or e}")) from None


def with_workspace(data: Dataset) -> tuple[Dataset, list[Problem]]:
    """The seed dataset with every readable import and added document; the problems of those left out."""
    batches, problems = load_batches()
    data = with_batches(data, batches)
    if any((data_dir() / "documents").glob("doc-*")):  # the proposer's regexes load only for users with documents
        documents, more = added_documents.load_documents()
        for doc in documents:
            data = merge(data, doc)
        problems += more
    return data, problems


def merge(data: Dataset, other: Dataset) -> Dataset:
    """Both datasets in one (their ids do not overlap: an added document's ids start with its own id)."""
    def both(name: str) -> pd.DataFrame:
        first = getattr(data, name)
        return pd.concat([first, getattr(other, name).reindex(columns=first.columns, fill_value="")],
                         ignore_index=True)  # (an import's sources have a note column, a document's not)
    return Dataset(both("sources"), both("indicators"), both("initiatives"), {**data.documents, **other.documents},
                   f"{data.version}+{other.version[:6]}")


def _in_series(figures: pd.DataFrame, known: pd.DataFrame) -> pd.DataFrame:
    """Imported figures in the series of the seed figures whose name they take (the review joined the names)."""
    named = dict(zip(known["name"], known["series"]))
    series = {n: named.get(n) or default_series(n) for n in figures["name"].unique()}
    return figures.assign(series=figures["name"].map(series))


def with_batches(data: Dataset, batches: list[Batch]) -> Dataset:
    """The seed dataset with the imported figures added (each batch a source whose document is its table)."""
    if not batches:
        return data
    frames = [_in_series(b.frame(), data.indicators)[data.indicators.columns] for b in batches]
    indicators = pd.concat([data.indicators, *frames], ignore_index=True)
    indicators["value"] = indicators["value"].astype(float)
    sources = pd.concat([data.sources, pd.DataFrame([b.source for b in batches], dtype=object)],
                        ignore_index=True)
    extra = ["note"] if "note" in sources and "note" not in data.sources else []  # a table's footnotes, sources
    documents = {**data.documents, **{b.id: b.text for b in batches}}
    version = data.version + "+" + hashlib.sha256(" ".join(b.id for b in batches).encode()).hexdigest()[:6]
    if "note" in sources:
        sources["note"] = sources["note"].fillna("")
    return Dataset(sources[[*data.sources.columns, *extra]], indicators, data.initiatives, documents, version)

