"""Searching in Chinese in the real window (offscreen, pytest-qt): the same index as the command line."""
from test_gui import open_window, visible_ids

from briefing.core.query.index import filter_records


def test_typing_chinese_in_the_search_box_finds_the_records_of_its_english_words(qtbot, dataset):
    window = open_window(qtbot, dataset)
    for chinese, english in (("厦门", "xiamen"), ("两岸", "cross-strait")):
        window.filters.search.setText(chinese)  # as an input method commits a word
        qtbot.waitUntil(lambda c=chinese: window.state.filters.search == c)
        for table in ("indicators", "initiatives"):
            shown = set(visible_ids(window, table))
            df = getattr(dataset, table)
            assert set(filter_records(df, search=english)["id"]) <= shown
            assert shown == set(filter_records(df, search=chinese)["id"])
    ind = dataset.indicators
    window.filters.search.setText("厦门")
    qtbot.waitUntil(lambda: window.state.filters.search == "厦门")
    assert set(ind[ind["region"] == "Xiamen"]["id"]) <= set(visible_ids(window))
    window.close()
