"""Load the seed folder into pandas DataFrames, checking every record's provenance on the way."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ValidationError

from ..errors import DataError, Problem, from_validation
from ..lexicon.numbers import format_value
from ..provenance.cite import inputs_phrase, internal_names
from ..provenance.manifest import date_problem, title_problem
from ..provenance.quotes import AccountedSpan, line_of, locate_quote, uncovered_numbers, value_problems
from ..storage.yamlfile import read_yaml
from . import records as schema
from .data import Dataset
from .derive import DeriveError, derive, derived_period, rounds_to

EXTRA_COLUMNS = ("note", "file", "line", "quote_start", "quote_end")


@dataclass
class _Loader:
    root: Path
    records_dir: Path
    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, dict] = field(default_factory=dict)
    initiatives: dict[str, dict] = field(default_factory=dict)
    derived: list[tuple[Path, dict, str]] = field(default_factory=list)
    covers: dict[str, list[AccountedSpan]] = field(default_factory=dict)
    titles_stated: bool = True  # the manifest's titles and dates are the documents' own (not a user's document)
    translations: tuple[str, ...] = ()  # the manifest's `translations`: every record must have name_<lang>

    def problem(self, file, message, line=None, record=None, field=None):
        self.problems.append(Problem(str(file), message, line, record, field))

    def validate(self, model: type[BaseModel], entry, file: Path, line=None):
        if not isinstance(entry, dict):
            self.problem(file, f"expected a mapping of fields, got {type(entry).__name__}", line)
            return None
        try:
            return model.model_validate(entry)
        except ValidationError as e:
            rid = entry.get("id") if isinstance(entry.get("id"), str) else None
            self.problems.extend(from_validation(e, file, getattr(entry, "line", line), rid))
            return None

    # --- the manifest and its documents ---------------------------------------------------------

    def read_manifest(self) -> None:
        path = self.root / "sources.yaml"
        try:
            data = read_yaml(path)
        except DataError as e:
            self.problems.extend(e.problems)
            return
        manifest = self.validate(schema.Manifest, data, path)
        if manifest is None:
            return
        self.translations = tuple(manifest.translations)
        for entry in data["sources"]:
            source = self.validate(schema.Source, entry, path)
            if source is None:
                continue
            if source.id in self.sources:
                self.problem(path, "duplicate source id", entry.line, source.id, "id")
                continue
            doc_path = self.root / "documents" / source.file
            try:
                raw = doc_path.read_bytes()
                self.documents[source.id] = raw.decode("utf-8")
            except (OSError, UnicodeDecodeError) as e:
                self.problem(path, f"cannot read document {doc_path}: {e}", entry.line, source.id, "file")
                continue
            if hashlib.sha256(raw).hexdigest() != source.sha256:
                self.problem(path, f"{source.file} is not the document the user supplied (checksum differs)",
                             entry.line, source.id, "sha256")
                del self.documents[source.id]  # not checked against: its records are reported as of no source
                continue
            if self.titles_stated and not self.states(path, entry.line, source, self.documents[source.id]):
                del self.documents[source.id]
                continue
            self.sources[source.id] = source.model_dump()
            self.covers[source.id] = []

    def states(self, path: Path, line, source, document: str) -> bool:
        """The document states the source's title (and its date, when the manifest gives one)."""
        found = [("title", title_problem(source.title, document)),
                 ("date", source.date and date_problem(source.date, document))]
        for fld, message in found:
            if message:
                self.problem(path, f"{source.file}: {message}", line, source.id, fld)
        return not any(message for _, message in found)

    # --- record files ---------------------------------------------------------------------------

    def read_records(self) -> None:
        files = sorted(self.records_dir.glob("*.yaml"))
        if not files:
            self.problem(self.records_dir, "no record files (*.yaml) in this folder")
        for path in files:
            try:
                data = read_yaml(path)
            except DataError as e:
                self.problems.extend(e.problems)
                continue
            top = self.validate(schema.RecordFile, data, path, 1)
            if top is None:
                continue
            if top.source not in self.sources:
                self.problem(path, f"unknown source {top.source!r} (see sources.yaml)", 1, field="source")
                continue
            # iterate the parsed lists, not the model's copies: they keep their line numbers
            for entry in data.get("indicators") or []:
                self.read_indicator(path, entry, top.source)
            for entry in data.get("initiatives") or []:
                self.read_initiative(path, entry, top.source)
            for entry in data.get("derived") or []:
                spec = self.validate(schema.Derived, entry, path)
                if spec is not None:
                    self.translated(path, entry, spec)
                    self.derived.append((path, entry, top.source))
            for entry in data.get("uncounted") or []:
                self.read_uncounted(path, entry, top.source)

    def _common(self, path: Path, entry: dict, record, source: str) -> dict | None:
        """Checks shared by indicators and initiatives; the row's provenance columns."""
        line, rid = entry.line, record.id
        ok = True
        if rid in self.indicators or rid in self.initiatives:
            self.problem(path, "duplicate id (ids are unique across all record files)", line, rid, "id")
            ok = False
        if record.region not in self.sources[source]["regions"]:
            allowed = ", ".join(self.sources[source]["regions"])
            self.problem(path, f"region {record.region!r} is not one this source speaks for ({allowed})",
                         line, rid, "region")
            ok = False
        span = locate_quote(self.documents[source], record.quote)
        if span is None:
            self.problem(path, f"quote does not occur in {self.sources[source]['file']}", line, rid, "quote")
            ok = False
        if not ok:
            return None
        return {"source": source, "source_file": self.sources[source]["file"], "file": str(path),
                "line": line, "quote_start": span[0], "quote_end": span[1]}

    def translated(self, path: Path, entry, rec) -> None:
        """The record has the name (an initiative also the description) in each language the manifest's
        `translations` require; a problem for each one missing (the record is still read: its other checks go on)."""
        texts = ("name", "description") if isinstance(rec, schema.Initiative) else ("name",)
        for fld in (f"{text}_{lang}" for lang in self.translations for text in texts):
            if not getattr(rec, fld).strip():
                self.problem(path, f"no {fld}: sources.yaml asks every record for its {fld.rsplit('_', 1)[0]} in "
                             "this language (the curators' translation)", entry.line, rec.id, fld)

    def read_indicator(self, path: Path, entry, source: str) -> None:
        rec = self.validate(schema.Indicator, entry, path)
        if rec is None:
            return
        self.translated(path, entry, rec)
        bad = value_problems(rec.value, rec.quote, rec.display, rec.qualifier)
        for fld, message in bad:
            self.problem(path, message, entry.line, rec.id, fld)
        row = self._common(path, entry, rec, source)
        if row is None or bad:
            return
        if rec.caution and rec.headline:
            self.problem(path, "a cautioned figure cannot be a headline", entry.line, rec.id, "headline")
            return
        self.indicators[rec.id] = {**rec.model_dump(), **row, "series": rec.series or schema.default_series(rec.name),
                                   "inputs": []}
        span = (row["quote_start"], row["quote_end"])
        self.covers[source].append(AccountedSpan.for_record(span, rec.name, rec.value))

    def read_initiative(self, path: Path, entry, source: str) -> None:
        rec = self.validate(schema.Initiative, entry, path)
        if rec is None:
            return
        self.translated(path, entry, rec)
        row = self._common(path, entry, rec, source)
        if row is not None:
            self.initiatives[rec.id] = {**rec.model_dump(), **row}
            self.covers[source].append(AccountedSpan.for_record((row["quote_start"], row["quote_end"]), rec.name))

    def read_uncounted(self, path: Path, entry, source: str) -> None:
        rec = self.validate(schema.Uncounted, entry, path)
        if rec is None:
            return
        span = locate_quote(self.documents[source], rec.text)
        if span is None:
            self.problem(path, f"uncounted text does not occur in {self.sources[source]['file']}",
                         entry.line, field="text")
        else:
            self.covers[source].append(AccountedSpan(*span, everything=True))

    # --- after all files ------------------------------------------------------------------------

    def compute_derived(self) -> None:
        """Derived values in the order their inputs allow (a derived value may sum derived ones)."""
        pending = [(path, entry, schema.Derived.model_validate(entry)) for path, entry, _source in self.derived]
        while pending:
            ready = [p for p in pending if all(i in self.indicators for i in p[2].inputs)]
            for path, entry, spec in ready or pending:
                self.compute_one(path, entry, spec)
            pending = [p for p in pending if p not in ready] if ready else []
        self.check_components()

    def compute_one(self, path: Path, entry: dict, spec: schema.Derived) -> None:
        if spec.id in self.indicators or spec.id in self.initiatives:
            self.problem(path, "duplicate id", entry.line, spec.id, "id")
            return
        missing = [i for i in spec.inputs if i not in self.indicators]
        if missing:
            self.problem(path, f"unknown input(s): {', '.join(missing)}", entry.line, spec.id, "inputs")
            return
        inputs = [self.indicators[i] for i in spec.inputs]
        try:
            result = derive(spec.method, inputs)
            period = derived_period(spec.method, inputs)
        except DeriveError as e:
            self.problem(path, str(e), entry.line, spec.id, "method")
            return
        if spec.period != period:
            self.problem(path, f"period {spec.period!r} should be {period!r} (from the inputs' period)",
                         entry.line, spec.id, "period")
            return
        first = inputs[0]
        self.indicators[spec.id] = {
            **{k: first[k] for k in ("themes", "region", "source", "source_file", "quote",
                                     "quote_start", "quote_end")},
            "id": spec.id, "name": spec.name, "name_zh": spec.name_zh, "series": spec.series or (
                first["series"] if spec.method == "prior_level_from_growth" else schema.default_series(spec.name)),
            "period": spec.period, "kind": "derived",
            "measure": result.measure, "value": result.value, "unit": result.unit, "qualifier": result.qualifier,
            "display": format_value(result.value, result.unit, result.qualifier, result.place),
            "place": result.place, "method": spec.method, "inputs": list(spec.inputs),
            "note": " ".join(filter(None, [
                f"Computed ({spec.method.replace('_', ' ')}) from {inputs_phrase(inputs)}.", spec.note])),
            "caution": " ".join(r["caution"] for r in inputs if r["caution"]), "headline": None,
            "file": str(path), "line": entry.line,
        }

    def check_components(self) -> None:
        """A prior level comes from the document's components, not from a rounded total of them."""
        rows = self.indicators.values()
        sums = [r for r in rows if r.get("method") == "sum"]
        for rec in [r for r in rows if r.get("method") == "prior_level_from_growth"]:
            total = self.indicators[rec["inputs"][0]]
            for s in sums:
                if (total["id"] not in s["inputs"] and all(s[k] == total[k] for k in ("period", "region", "unit",
                                                                                        "source"))
                        and rounds_to(s["value"], total)):
                    self.problem(rec["file"], f"{total['id']} is the rounded total of {' + '.join(s['inputs'])}: "
                                 "derive their prior levels and sum them", rec["line"], rec["id"], "inputs")

    def check_links(self) -> None:
        for rec in self.initiatives.values():
            for rid in rec["indicators"]:
                if rid not in self.indicators:
                    self.problem(rec["file"], f"unknown indicator {rid!r}", rec["line"], rec["id"], "indicators")

    def check_headlines(self) -> None:
        """A headline rank is given once per theme (a figure's rank is in its first theme)."""
        ranked: dict[tuple[str, int], str] = {}
        for rec in self.indicators.values():
            if rec.get("headline"):
                key = (rec["themes"][0], rec["headline"])
                if key in ranked:
                    self.problem(rec["file"], f"headline {key[1]} of theme {key[0]} is also {ranked[key]}'s",
                                 rec["line"], rec["id"], "headline")
                ranked.setdefault(key, rec["id"])

    def check_readable(self) -> None:
        """Notes and cautions are printed: they name figures and documents in words, never by id or file name."""
        internal = internal_names([*self.indicators, *self.initiatives, *self.sources],
                                  [s["file"] for s in self.sources.values()])
        for rec in [*self.indicators.values(), *self.initiatives.values()]:
            for fld in ("note", "caution"):
                found = internal.search(rec.get(fld) or "")
                if found:
                    self.problem(rec["file"], f"names {found.group()!r}, which a reader cannot look up: say it in "
                                 "words", rec["line"], rec["id"], fld)

    def check_coverage(self) -> None:
        for sid, document in self.documents.items():
            doc_file = self.root / "documents" / self.sources[sid]["file"]
            for token in uncovered_numbers(document, self.covers[sid]):
                context = " ".join(document[max(0, token.start - 40):token.end + 40].split())
                self.problem(doc_file, f"number {token.text!r} is in no record and not listed as uncounted: "
                             f"“…{context}…”", line_of(document, token.start))

    def dataset(self) -> Dataset:
        sources = pd.DataFrame(list(self.sources.values()), columns=[*schema.SOURCE_FIELDS, "regions"],
                               dtype=object)  # keeps an unknown date None, not NaN
        indicators = pd.DataFrame(list(self.indicators.values()),
                                  columns=[*schema.INDICATOR_FIELDS, *EXTRA_COLUMNS])
        initiatives = pd.DataFrame(list(self.initiatives.values()),
                                   columns=[*schema.INITIATIVE_FIELDS, *EXTRA_COLUMNS])
        indicators["value"] = indicators["value"].astype(float)
        indicators["headline"] = indicators["headline"].astype(object).where(indicators["headline"].notna(), None)
        digest = hashlib.sha256()
        for path in [self.root / "sources.yaml", *sorted(self.records_dir.glob("*.yaml"))]:
            digest.update(path.read_bytes())
        return Dataset(sources, indicators, initiatives, dict(self.documents), digest.hexdigest()[:12])


def check(root: Path, records_dir: Path | None = None, titles_stated: bool = True
          ) -> tuple[Dataset | None, list[Problem]]:
    """Read and check a seed folder; the dataset is None when any problem was found. A document the user added
    is described by the user (`titles_stated=False`): its title and date need not occur in it."""
    loader = _Loader(Path(root), Path(records_dir) if records_dir else Path(root) / "records",
                     titles_stated=titles_stated)
    loader.read_manifest()
    if loader.sources:
        loader.read_records()
        loader.compute_derived()
        loader.check_links()
        loader.check_headlines()
        loader.check_readable()
        loader.check_coverage()
    if loader.problems:
        return None, loader.problems
    return loader.dataset(), []


def load(root: Path, records_dir: Path | None = None) -> Dataset:
    """The checked dataset; raises DataError listing every problem."""
    data, problems = check(root, records_dir)
    if problems:
        raise DataError(problems)
    return data
