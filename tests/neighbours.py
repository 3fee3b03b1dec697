"""Gross regional product of Fujian and three neighbours, 2015–2024, as a long table imported through the real
importer into the test's workspace. The values are rounded, illustrative figures near the NBS ones: test data,
not for citation."""
from pathlib import Path

GRP = {  # 亿元 (100 million yuan), current prices
    "Fujian": (25980, 28519, 32182, 35804, 42395, 43904, 48810, 53110, 54355, 57761),
    "Zhejiang": (42886, 47251, 51768, 56197, 62352, 64613, 73516, 77715, 82553, 90131),
    "Guangdong": (72813, 80855, 89705, 97278, 107671, 110761, 124370, 129119, 135673, 141634),
    "Jiangsu": (70116, 77388, 85870, 92595, 99632, 102719, 116364, 122876, 128222, 137008),
}
YEARS = range(2015, 2025)


def long_csv(series: dict[str, tuple[float, ...]] = GRP, years=YEARS) -> str:
    rows = ["name,region,period,value,unit,theme"]
    rows += [f"Gross regional product,{region},{year},{value},亿元,economy"
             for region, values in series.items() for year, value in zip(years, values)]
    return "\n".join(rows) + "\n"


def import_table(dataset, folder: Path, text: str, name: str = "grp-neighbours.csv"):
    """The dataset with `text` imported (as a user would: read, reviewed against the data, saved)."""
    from briefing.core.ingest.readers import read_table
    from briefing.core.ingest.tables.mapping import guess_mapping
    from briefing.core.ingest.tables.review import StoredFigures, review
    from briefing.core.ingest.workspace import save_batch, with_workspace
    path = folder / name
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    save_batch(review(table, guess_mapping(table), StoredFigures.of(dataset)), path)
    data, problems = with_workspace(dataset)
    assert problems == []
    return data
