"""Importing a table again: a longer or corrected version replaces what it states again, more of its columns
extend it, and nothing has to be removed first."""
import json

import pytest

from briefing.core.ingest.readers import read_table
from briefing.core.ingest.tables.mapping import ColumnMapping, guess_mapping
from briefing.core.ingest.tables.review import StoredFigures, review
from briefing.core.ingest.workspace import earlier_imports, load_batches, save_batch, with_batches

HEADER = "name,period,value,unit,region,theme\n"
FIRST = HEADER + "Exports,2021,100,亿元,Fujian,trade\nExports,2022,110,亿元,Fujian,trade\n"
LONGER = HEADER + "Exports,2021,100,亿元,Fujian,trade\nExports,2022,112,亿元,Fujian,trade\n" \
                  "Exports,2023,120,亿元,Fujian,trade\n"


def import_file(path, dataset, mapping=None):
    """As the command line and the window do: review against the data without the earlier imports, then save."""
    table = read_table(path)
    mapping = mapping or guess_mapping(table)
    earlier = earlier_imports(table)
    data = with_batches(dataset, load_batches()[0])
    rev = review(table, mapping, StoredFigures.of(data, leaving_out=[b.id for b in earlier]))
    return rev, save_batch(rev, path, earlier=earlier)


def figures(dataset):
    merged = with_batches(dataset, load_batches()[0])
    rows = merged.indicators[merged.indicators["name"] == "Exports"]
    return sorted(zip(rows["period"], rows["value"] / 1e8, rows["id"]))


def test_a_longer_corrected_version_replaces_the_earlier_import(tmp_path, dataset):
    path = tmp_path / "exports.csv"
    path.write_text(FIRST)
    import_file(path, dataset)
    path.write_text(LONGER)
    rev, batch = import_file(path, dataset)
    assert [r.status for r in rev.rows] == ["new", "new", "new"]  # not repeats of the import it replaces
    assert [(p, v) for p, v, _ in figures(dataset)] == [("2021", 100), ("2022", 112), ("2023", 120)]
    assert [b.id for b in load_batches()[0]] == [batch.id]  # the earlier import is gone: all of it restated


def test_more_columns_of_the_same_file_extend_the_import(tmp_path, dataset):
    path = tmp_path / "trade.csv"
    path.write_text("name,period,exports,imports,unit,region,theme\n"
                    "Foreign trade,2022,110,90,亿元,Fujian,trade\nForeign trade,2023,120,95,亿元,Fujian,trade\n")
    exports = ColumnMapping(columns={"name": "name", "period": "period", "value": "exports", "unit": "unit",
                                     "region": "region", "theme": "theme"})
    import_file(path, dataset, exports)
    # the second column is another series: named so, as a user would with --set name=Imports or in the dialog
    second = ColumnMapping(columns={**{k: v for k, v in exports.columns.items() if k != "name"}, "value": "imports"},
                           defaults={"name": "Imports"})
    rev, batch = import_file(path, dataset, second)
    assert rev.counts()["new"] == 2
    merged = with_batches(dataset, load_batches()[0])
    mine = merged.indicators[merged.indicators["source"] == batch.id]
    assert sorted(zip(mine["name"], mine["period"], mine["value"] / 1e8)) == [
        ("Foreign trade", "2022", 110), ("Foreign trade", "2023", 120), ("Imports", "2022", 90),
        ("Imports", "2023", 95)]
    assert mine["id"].is_unique  # two figures of one row keep their own ids
    assert len(load_batches()[0]) == 1


def test_an_earlier_import_keeps_what_the_new_version_does_not_state(tmp_path, dataset):
    path = tmp_path / "exports.csv"
    path.write_text(FIRST)
    import_file(path, dataset)
    path.write_text(HEADER + "Exports,2022,111,亿元,Fujian,trade\n")
    import_file(path, dataset)
    assert [(p, v) for p, v, _ in figures(dataset)] == [("2021", 100), ("2022", 111)]
    assert len(load_batches()[0]) == 2  # the earlier one now holds 2021 only


def test_the_same_file_again_changes_nothing(tmp_path, dataset):
    path = tmp_path / "exports.csv"
    path.write_text(FIRST)
    _, first = import_file(path, dataset)
    before = figures(dataset)
    _, again = import_file(path, dataset)
    assert again.id == first.id and figures(dataset) == before
    with pytest.raises(Exception, match="imported already"):
        save_batch(review(read_table(path), guess_mapping(read_table(path))), path)  # without `earlier`


def test_the_nbs_export_joins_the_documents_series_and_shows_the_clash(tmp_path, dataset, capsys):
    from briefing.cli import main
    real = __import__("conftest").ROOT / "tests" / "real_files" / "nbs_fsnd_gdp_2006-2024_gbk.csv"
    assert main(["import", str(real), "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    fujian = [f for f in report["figures"] if f["region"] == "Fujian" and f["period"] == "2023"]
    assert fujian == [{"name": "Gross regional product", "region": "Fujian", "period": "2023",
                       "value": pytest.approx(54801.7e8), "unit": "CNY", "kind": "actual", "qualifier": "exact",
                       "themes": [], "display": "5.48 trillion yuan", "status": "clash", "row": 17,
                       "clash": "5.4 trillion yuan in Highlights of Fujian Provincial Government Work Report 2024 "
                                "(gwr23-grp)"}]
    assert (len(report["figures"]), report["missing"], report["problems"]) == (589, 0, [])
    assert report["note"].startswith("注：按照我国国民经济核算数据修订制度") and "数据来源：国家统计局" in report["note"]
    assert main(["import", str(real)]) == 0
    assert main(["import", str(real), "--set", "theme=economy"]) == 0  # again, with themes: no "remove it first"
    (batch,) = load_batches()[0]
    assert set(batch.frame()["themes"].map(tuple)) == {("economy",)} and len(batch) == 589


def test_a_data_package_is_kept_with_its_resource(tmp_path, dataset):
    from test_layouts import REAL, package
    descriptor = package(tmp_path)
    rev, batch = import_file(descriptor, dataset)
    assert len(batch) == rev.counts()["new"] > 10000
    kept = {p.name: p.read_bytes() for p in batch.folder.iterdir()}
    assert kept["datapackage.json"] == (REAL / "frictionless_datasets-gdp.datapackage.json").read_bytes()
    assert kept["gdp.csv"] == (REAL / "frictionless_datasets-gdp.csv").read_bytes()  # the figures' file, as it was


def test_an_import_and_an_added_document_load_together(tmp_path, dataset):
    from test_documents import PRESS

    from briefing.core.ingest.documents import NewDocument, record_from, save_document
    from briefing.core.ingest.extract import propose
    from briefing.core.ingest.workspace import with_workspace
    nbs = __import__("conftest").ROOT / "tests" / "real_files" / "nbs_fsnd_gdp_2006-2024_gbk.csv"
    import_file(nbs, dataset)
    doc = NewDocument(PRESS, "review.txt", "Xiamen trade review", "Xiamen Commerce Bureau", "2025-01-10", "2024",
                      "Xiamen")
    first = propose(PRESS)[0]
    save_document(doc, [record_from(first, doc, 1, "Foreign trade of Xiamen", ["trade"])], propose(PRESS)[1:])
    data, problems = with_workspace(dataset)
    assert problems == []
    notes = data.sources.set_index("id")["note"]
    assert notes.str.contains("数据来源：国家统计局").sum() == 1 and (notes == "").sum() == len(notes) - 1
