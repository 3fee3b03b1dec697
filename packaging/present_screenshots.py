"""Screenshots of presentation mode (run under Xvfb at the screen size to look at):
`xvfb-run -a -s '-screen 0 1024x768x24' .venv/bin/python packaging/present_screenshots.py OUTDIR [en|zh|en+zh]`.
A figure slide, one with a caution, a chart slide, an initiative slide and a title slide of a pack of the trade and
economy themes, in the light and the dark look; `--readme` saves the README's picture instead. en and zh: the
interface's language (default: the setting); en+zh: an en+zh pack (English, the Chinese names under the English ones)
in an English window."""
import os
import sys
import tempfile
from pathlib import Path

os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="shots-data-")
os.environ["BRIEFING_CONFIG_DIR"] = tempfile.mkdtemp(prefix="shots-config-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing.core.lexicon.display_zh import themes_zh
from briefing.core.model.vocab import THEMES
from briefing.core.pack import edit
from briefing.core.pack.model import new_pack
from briefing.gui.app import run

readme = "--readme" in sys.argv
language = next((a for a in sys.argv[2:] if a in ("en", "zh", "en+zh")), None)  # default: the setting's
out = Path(next((a for a in sys.argv[1:] if not a.startswith("--") and a != language), "screenshots"))
pack_language = "en+zh" if language == "en+zh" else "en"
language = "en" if language == "en+zh" else language  # the interface's
out.mkdir(parents=True, exist_ok=True)
WANTED = {  # name -> the slide to show: a record's id, a chart item or a section's theme
    "figure": "gwr23-grp-growth", "caution": "gwr23-taiwan-trade", "derived": "gwr23-public-budget-revenue-2022",
    "chart": "target", "initiative": "gwr24a-taiwan-compatriots-education", "title": "taiwan",  # a theme
}


def start(window) -> None:
    data = window.state.data
    pack = new_pack(data, ["economy", "taiwan", "trade"]).model_copy(update={"language": pack_language})
    pack = edit.add_record(pack, data, "indicators", "gwr23-taiwan-trade", None)[0]  # cautioned: added by hand
    window.presenter.present_pack(pack)
    presentation = window.presenter.presentation
    slides = presentation.slides
    at = {}
    for i, s in enumerate(slides):
        for name, key in WANTED.items():
            theme = s.kind == "title" and s.title in (THEMES.get(key), themes_zh([key]))
            if name not in at and (s.record_id == key or theme
                                   or (s.kind == "chart" and key in s.title.lower())
                                   or (s.kind == "chart" and key == "target" and s.title.startswith("目标"))):
                at[name] = i
    bars = [i for i, s in enumerate(slides) if s.kind == "chart" and s.chart().kind == "bars"]
    at["bars"] = max(bars, key=lambda i: len(slides[i].chart().ticks))  # the most bars
    at["cover"] = 0
    shots = [("screenshot-present", at["figure"], "light")] if readme else \
        [(f"{name}-{look}", i, look) for look in ("light", "dark") for name, i in at.items()]

    def shoot(rest) -> None:
        if not rest:
            QApplication.quit()
            return
        name, index, look = rest[0]
        presentation.set_look(look)
        presentation.go(index)

        def save() -> None:
            path = out / f"{name}.png"
            presentation.grab().save(str(path))
            print(path, presentation.width(), presentation.height())
            shoot(rest[1:])
        QTimer.singleShot(300, save)
    QTimer.singleShot(500, lambda: shoot(shots))


sys.exit(run(on_ready=start, language=language))
