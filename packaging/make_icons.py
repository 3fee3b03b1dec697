"""Render resources/icons/briefing.svg to the PNG sizes the window and the Linux desktop use, and to
briefing.ico (Windows) and briefing.icns (macOS) for the PyInstaller builds. Run after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(painter)
    painter.end()
    path = ICONS / f"briefing-{size}.png"
    image.save(str(path))
    return path


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (QImage painting needs one)
    svg = QSvgRenderer(str(ICONS / "briefing.svg"))
    pngs = {size: render(svg, size) for size in SIZES}
    largest = Image.open(pngs[512])
    largest.save(ICONS / "briefing.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "briefing.icns")
    print("\n".join(sorted(p.name for p in ICONS.iterdir())))


if __name__ == "__main__":
    main()
