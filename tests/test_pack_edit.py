"""Pack edits (Qt-free): each returns a new pack and leaves the old one untouched; drafts round-trip."""
import json

import pytest

from briefing.core.pack import edit as pack_edit
from briefing.core.pack.model import Pack, PackError, load_draft, new_pack, save_draft


@pytest.fixture
def pack(dataset):
    return new_pack(dataset, ["trade", "ecology"])


def test_add_record_goes_to_its_themes_section_or_a_new_one(pack, dataset):
    inds = dataset.indicators
    eco = inds[inds["themes"].map(lambda t: "ecology" in t and "trade" not in t)]["id"].iloc[0]
    trimmed = pack_edit.remove_item(pack, 1, "indicators", pack.sections[1].indicators.index(eco))
    again, where = pack_edit.add_record(trimmed, dataset, "indicators", eco)
    assert where == 1 and again.sections[1].indicators[-1] == eco
    wellbeing_only = inds[inds["themes"].map(lambda t: t == ["wellbeing"])]["id"].iloc[0]
    grown, where = pack_edit.add_record(pack, dataset, "indicators", wellbeing_only)
    assert where == 2 and grown.themes == ["trade", "ecology", "wellbeing"]
    assert grown.sections[2].indicators == [wellbeing_only]
    assert pack.themes == ["trade", "ecology"]  # the old pack is untouched


def test_adding_an_item_twice_keeps_one(pack):
    first = pack.sections[0].indicators[0]
    assert pack_edit.add_item(pack, 0, "indicators", first) is pack


def test_move_and_remove_items_and_sections(pack):
    ids = pack.sections[0].indicators
    moved = pack_edit.move_item(pack, 0, "indicators", 0, +1)
    assert moved.sections[0].indicators[:2] == [ids[1], ids[0]]
    assert pack_edit.move_item(pack, 0, "indicators", 0, -1).sections[0].indicators == ids  # clamped at the top
    removed = pack_edit.remove_item(pack, 0, "indicators", 1)
    assert removed.sections[0].indicators == [ids[0], *ids[2:]]
    swapped = pack_edit.move_section(pack, 1, -1)
    assert swapped.themes == ["ecology", "trade"]
    assert pack_edit.remove_section(pack, 0).themes == ["ecology"]


def test_notes_and_cover_fields(pack):
    noted = pack_edit.set_notes(pack_edit.set_notes(pack, 0, "Ask about R&D <labs> 福建"), None, "For the visit")
    assert noted.sections[0].notes == "Ask about R&D <labs> 福建" and noted.notes == "For the visit"
    assert pack_edit.set_field(pack, "paper", "letter").paper == "letter"
    with pytest.raises(ValueError):
        pack_edit.set_field(pack, "paper", "a3")
    with pytest.raises(ValueError):
        pack_edit.set_field(pack, "sections", "x")


def test_item_labels_name_the_figure_value_and_chart(pack, dataset):
    row = dataset.indicators.set_index("id").loc[pack.sections[0].indicators[0]]
    label = pack_edit.item_label(dataset, "indicators", pack.sections[0].indicators[0])
    assert row["name"] in label and row["display"] in label and row["period"] in label
    assert pack_edit.item_label(dataset, "charts", "scorecard") == "Chart: Target vs actual"
    trend = next(c for c in pack.sections[0].charts if c.startswith("trend:"))
    assert pack_edit.item_label(dataset, "charts", trend).startswith("Trend: ")
    assert "no longer in the data" in pack_edit.item_label(dataset, "initiatives", "gone")


def test_a_draft_round_trips_and_a_broken_one_is_named(pack, dataset, tmp_path):
    path = save_draft(pack_edit.set_notes(pack, None, "typed 福建"), "/home/me/visit.json", tmp_path / "draft.json")
    restored, file, warnings = load_draft(path, dataset)
    assert restored.notes == "typed 福建" and file == "/home/me/visit.json" and warnings == []
    (tmp_path / "bad.json").write_text(json.dumps({"draft": 1, "file": None}))
    with pytest.raises(PackError, match="bad.json: not a draft file"):
        load_draft(tmp_path / "bad.json", dataset)
    assert isinstance(restored, Pack)
