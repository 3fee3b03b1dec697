"""Presentation mode: slides of a pack in its order (or of the filtered records), the keys clickers send, the black
screen, the light and dark looks, type large enough for the back of a room, and `briefing present`."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from test_gui import visible_ids

from briefing.cli import main, present
from briefing.cli.exit_codes import ExitCode
from briefing.core.charts.kinds import BY_ID, ChartInputs
from briefing.core.pack.model import Pack, Section, new_pack, save_pack
from briefing.core.pack.slides import CHART, FIGURE, INITIATIVE, TITLE, chart_parts, pack_slides
from briefing.core.query.filters import Filters
from briefing.gui.presentation import LOOKS, Presentation

PACK = Pack(title="Visit of the delegation", sections=[
    Section(theme="economy", indicators=["gwr24a-grp-growth-2024", "gwr23-grp", "gwr23-grp-growth"],
            charts=["scorecard", "trend:gwr23-grp-growth"],
            initiatives=["gwr24a-income-in-step-with-growth"], notes="Figures as of March 2024"),
    Section(theme="investment", indicators=["bizenv-fie-stock-2024"], initiatives=["bizenv-invest-in-fujian"]),
    Section(theme="taiwan", indicators=["gwr23-taiwan-trade"]),  # cautioned: added by hand
])
Key = Qt.Key


@pytest.fixture
def shown(qtbot, dataset):
    """A presentation of PACK at a projector's 1024x768."""
    p = Presentation(pack_slides(PACK, dataset))
    qtbot.addWidget(p)
    p.resize(1024, 768)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_a_pack_gives_a_slide_per_item_in_its_order(dataset):
    slides = pack_slides(PACK, dataset)
    assert [(s.kind, s.record_id or s.title) for s in slides] == [
        (TITLE, "Visit of the delegation"),
        (TITLE, "Macro economy"), (FIGURE, "gwr24a-grp-growth-2024"), (FIGURE, "gwr23-grp"),
        (FIGURE, "gwr23-grp-growth"),  # its trend and the one-bar target beside it are on the figures' slides
        (INITIATIVE, "gwr24a-income-in-step-with-growth"),
        (TITLE, "Investment"), (FIGURE, "bizenv-fie-stock-2024"), (INITIATIVE, "bizenv-invest-in-fujian"),
        (TITLE, "Taiwan integration"), (FIGURE, "gwr23-taiwan-trade")]
    section = slides[1]
    assert section.text == "Figures as of March 2024" and section.facts == "3 figures · 1 initiative"
    target, grp = slides[2], slides[3]
    assert target.value == "around 5.5%" and target.facts == "2024 · Fujian · target"
    assert grp.value == "5.4 trillion yuan" and grp.quote in dataset.documents["fj-gwr-2024"]
    assert grp.source == ("Source: Highlights of Fujian Provincial Government Work Report 2024, People's Government "
                          "of Fujian Province (2024-03-05)")
    assert grp.chart() is None and slides[4].chart() is not None  # one observation: no trend to show
    assert slides[7].value == "more than 75,000 enterprises"
    assert slides[-1].caution.startswith("Implausible as translated")
    initiative = slides[5]
    assert initiative.text == dataset.record("initiatives", initiative.record_id)["description"]


def test_a_derived_figure_cites_its_inputs_as_the_citation_does(dataset):
    slides = pack_slides(Pack(sections=[Section(theme="economy", indicators=["gwr23-public-budget-revenue-2022"])]),
                         dataset)
    assert slides[-1].value == "around 538 billion yuan" and slides[-1].facts.endswith("derived")
    assert "; computed from Total general public budget revenue (including the central government's share), 2023: " \
           "590.7 billion yuan and" in slides[-1].source


def test_a_long_bar_chart_goes_over_slides_on_one_value_axis(dataset):
    growth = dataset.indicators[(dataset.indicators["measure"] == "growth") & (dataset.indicators["kind"] == "actual")]
    spec = BY_ID["comparison"].build(ChartInputs(dataset, growth, "the figures"))
    n = len(spec.ticks)
    assert n >= 5
    parts = chart_parts(spec, rows=n - 2)  # two parts: as near the same size as can be
    assert [p.title for p in parts] == [f"{spec.title} (1 of 2)", f"{spec.title} (2 of 2)"]
    assert [len(p.ticks) for p in parts] == [-(-n // 2), n // 2]
    assert [label for p in parts for _, label in p.ticks] == [label for _, label in spec.ticks]  # in its order
    for p in parts:  # every bar in every part, those of the other part outside its rows: one value axis
        assert sorted(q.value for q in p.series[0].points) == sorted(q.value for q in spec.series[0].points)
        shown = [q for q in p.series[0].points if 0 <= q.x < len(p.ticks)]
        assert [q.x for q in shown] == [x for x, _ in p.ticks]
    assert chart_parts(spec) == [spec] if n <= 6 else len(chart_parts(spec)) > 1


def test_figure_slide_shows_value_qualifier_unit_period_region_kind_and_source(qtbot, shown):
    shown.go(2)
    labels = {name: label.text() for name, label in shown.labels.items()}
    assert labels["heading"] == "Growth of gross regional product"
    assert labels["value"] == "around 5.5%" and labels["facts"] == "2024 · Fujian · target"
    assert labels["quote"] == "“GRP growth of around 5.5%”" and labels["source"].startswith("Source: Highlights")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown.labels.values())
    shown.go(7)
    assert shown.labels["value"].text() == "more than 75,000 enterprises"
    shown.go(len(shown.slides) - 1)
    assert shown.labels["caution"].text().startswith("⚠ Caution: Implausible as translated")
    assert shown.labels["caution"].isVisible()


def test_the_figure_is_at_least_48_points_and_chart_labels_at_least_18(qtbot, shown, dataset):
    shown.go(4)  # growth of gross regional product, with its trend
    assert shown.labels["value"].font().pointSizeF() >= 48
    chart = shown.chart
    assert chart.isVisible() and chart.spec.kind == "trend" and len(chart.spec.series[0].points) > 1
    for axis in ("left", "bottom"):
        item = chart.plot.getAxis(axis)
        assert item.style["tickFont"].pointSizeF() >= 18
        assert float(item.labelStyle["font-size"].removesuffix("pt")) >= 18
    assert float(chart.legend.opts["labelTextSize"].removesuffix("pt")) >= 18
    bars = Presentation(pack_slides(new_pack(dataset, ["economy"]), dataset))  # growth rates compared: bars
    qtbot.addWidget(bars)
    bars.resize(1024, 768)
    bars.show()
    bars.go(next(i for i, s in enumerate(bars.slides) if s.kind == CHART))
    assert bars.chart.spec.kind == "bars" and bars.chart.isVisible()
    assert bars.chart.plot.getAxis("left").style["tickFont"].pointSizeF() >= 18


def test_a_larger_screen_gets_larger_type(qtbot, shown):
    shown.go(4)
    small = shown.labels["value"].font().pointSizeF()
    shown.resize(1920, 1080)
    assert shown.labels["value"].font().pointSizeF() > small
    assert shown.chart.plot.getAxis("bottom").style["tickFont"].pointSizeF() > 18


def test_nothing_is_cut_off_on_the_most_crowded_slides_at_1024x768(qtbot, shown, dataset):
    inds, inits = dataset.indicators, dataset.initiatives
    longest = [*inds.assign(n=inds["quote"].str.len() + inds["caution"].str.len() + inds["name"].str.len())
               .nlargest(3, "n")["id"]]
    wordy = [*inits.assign(n=inits["description"].str.len() + inits["caution"].str.len()).nlargest(3, "n")["id"]]
    shown.slides = pack_slides(Pack(sections=[Section(theme="economy", indicators=longest, initiatives=wordy)]),
                               dataset)
    shown._charts.clear()
    for i in range(len(shown.slides)):
        shown.go(i)
        parts = sorted((w.geometry() for w in (*shown.labels.values(), shown.counter, shown.chart)
                        if w.isVisible()), key=lambda r: r.top())
        assert all(r.top() >= 0 and r.bottom() < shown.height() and r.right() < shown.width() for r in parts)
        texts = [r for r in parts if r != shown.counter.geometry()]
        assert all(a.bottom() < b.top() for a, b in zip(texts, texts[1:])), shown.slide()  # no text over another
        assert shown.labels["value"].font().pointSizeF() >= 48


@pytest.mark.parametrize("key, expected", [(Key.Key_Right, 2), (Key.Key_PageDown, 2), (Key.Key_Space, 2),
                                           (Key.Key_Left, 0), (Key.Key_PageUp, 0), (Key.Key_Home, 0),
                                           (Key.Key_End, 10)])
def test_the_keys_clickers_send_move_between_slides(qtbot, shown, key, expected):
    shown.go(1)
    qtbot.keyClick(shown, key)
    assert shown.index == expected
    assert shown.counter.text() == f"{expected + 1} / 11"


def test_the_first_and_last_slides_stay_put_and_the_counter_follows(qtbot, shown):
    assert shown.counter.text() == "1 / 11"
    qtbot.keyClick(shown, Key.Key_Left)
    assert shown.index == 0
    for _ in range(20):
        qtbot.keyClick(shown, Key.Key_Space)
    assert shown.index == 10 and shown.counter.text() == "11 / 11"
    assert shown.counter.isVisible()


def test_b_blacks_the_screen_and_brings_it_back(qtbot, shown):
    shown.go(3)
    qtbot.keyClick(shown, Key.Key_B)
    assert shown.is_black() and shown.blank.geometry() == shown.rect()
    image = shown.grab().toImage()
    assert {image.pixelColor(x, y).name() for x in (5, 500, 1000) for y in (5, 400, 760)} == {"#000000"}
    qtbot.keyClick(shown, Key.Key_B)
    assert not shown.is_black()
    qtbot.keyClick(shown, Key.Key_B)
    qtbot.keyClick(shown, Key.Key_Right)  # the clicker's next: the slide comes back first, where it was
    assert not shown.is_black() and shown.index == 3


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c):
        ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_t_switches_between_a_light_and_a_dark_look_both_high_contrast(qtbot, shown):
    shown.go(len(shown.slides) - 1)  # with a caution
    looks = []
    for _ in range(2):
        background = shown.palette().color(QPalette.ColorRole.Window)
        looks.append((shown.look, background.name()))
        for name in ("heading", "value", "facts", "caution", "quote", "source"):
            colour = shown.labels[name].palette().color(QPalette.ColorRole.WindowText)
            assert _contrast(colour, background) >= 7, (shown.look, name)
        assert shown.chart.palette().color(QPalette.ColorRole.Base) == background  # the chart too
        qtbot.keyClick(shown, Key.Key_T)
    assert looks == [("light", LOOKS["light"].background), ("dark", LOOKS["dark"].background)]
    assert shown.look == "light"


def test_f5_presents_the_filtered_figures_and_esc_leaves_to_the_window(qtbot, window, dataset):
    action = window.actions_by_id["present"]
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action.shortcut().toString() == "F5" and action.text() == "Present" and action in view.actions()
    window.filters.set_filters(Filters(themes=("taiwan",)))
    action.trigger()
    p = window.presenter.presentation
    assert p is not None and p.isVisible() and p.isFullScreen()
    ids = [s.record_id for s in p.slides[1:]]
    assert ids == visible_ids(window) + visible_ids(window, "initiatives")  # the table's order, then initiatives
    assert "gwr23-taiwan-trade" in ids  # not in a new pack (cautioned), but the filters show it
    assert p.slides[0].text == "Taiwan integration"
    assert {s.kind for s in p.slides[1:]} == {FIGURE, INITIATIVE}
    qtbot.keyClick(p, Key.Key_Escape)
    assert window.presenter.presentation is None and not p.isVisible()
    assert window.state.filters == Filters(themes=("taiwan",))  # Esc left the presentation, not the filters


def test_f5_presents_the_open_pack_and_remembers_the_look(qtbot, window, dataset):
    window.pack.document.replace(PACK)
    window.presenter.start()
    p = window.presenter.presentation
    assert [s.record_id for s in p.slides] == [s.record_id for s in pack_slides(PACK, dataset)]
    p.set_look("dark")
    qtbot.keyClick(p, Key.Key_Escape)
    window.presenter.start()
    assert window.presenter.presentation.look == "dark"
    window.presenter.presentation.close()


def test_nothing_to_present_says_so(qtbot, window):
    window.filters.set_filters(Filters(search="no such words anywhere"))
    window.presenter.start()
    assert window.presenter.presentation is None
    assert window.statusBar().currentMessage().startswith("Nothing to present")


def test_present_with_a_bad_pack_file_names_it(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "sections": [\n', encoding="utf-8")
    assert main(["present", "--pack", str(bad)]) is ExitCode.CANNOT_RUN
    assert f"error: {bad}, line 2: not valid JSON" in capsys.readouterr().err
    assert main(["present", "--pack", str(tmp_path / "missing.json")]) is ExitCode.CANNOT_RUN
    assert f"error: {tmp_path / 'missing.json'}: cannot read" in capsys.readouterr().err
    gone = tmp_path / "gone.json"
    gone.write_text(json.dumps({"sections": [{"theme": "trade", "indicators": ["no-such-figure"]}]}), encoding="utf-8")
    assert main(["present", "--pack", str(gone)]) is ExitCode.CANNOT_RUN
    err = capsys.readouterr().err
    assert "no longer in the data" in err and f"error: {gone}: none of its figures" in err
    assert main(["present", "--theme", "tourism"]) is ExitCode.CANNOT_RUN
    assert "unknown theme tourism" in capsys.readouterr().err


def test_present_opens_the_window_straight_into_the_pack(qtbot, window, tmp_path, monkeypatch):
    path = save_pack(PACK, tmp_path / "visit.json")
    started = {}
    monkeypatch.setattr(present, "app", type("App", (), {"run": staticmethod(lambda **kw: started.update(kw) or 0)}))
    assert main(["present", "--pack", str(path), "--theme", "economy", "--theme", "taiwan"]) == 0
    started["on_ready"](window)  # what the window calls once its data is loaded and drawn
    p = window.presenter.presentation
    assert p.isFullScreen() and [s.title for s in p.slides if s.kind == TITLE][1:] == ["Macro economy",
                                                                                     "Taiwan integration"]
    assert window.pack.document.file == str(path) and window.pack.document.pack.title == "Visit of the delegation"
    qtbot.keyClick(p, Key.Key_Escape)
    assert window.presenter.presentation is None
