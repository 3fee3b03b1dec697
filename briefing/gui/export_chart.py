"""Save the on-screen chart (title, plot and source line) as PNG or SVG, never leaving half a file."""
from __future__ import annotations

import os
from pathlib import Path

from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from ..core.storage.atomic import write_atomic


def export_chart(chart, path: str | os.PathLike) -> Path:
    """Write `chart` to `path` (.svg or else PNG) through a temporary file moved into place."""
    return write_atomic(path, lambda tmp: _write_svg(chart, tmp) if str(path).lower().endswith(".svg")
                        else _write_png(chart, tmp))


def _write_png(chart, filename: str) -> None:
    exporter = ImageExporter(chart.ci)
    exporter.parameters()["width"] = max(1200, int(chart.width()))
    exporter.export(filename)


def _write_svg(chart, filename: str) -> None:
    """Render the chart's scene with Qt's SVG generator (pyqtgraph's SVGExporter cannot parse the paths
    Qt >= 6.10 writes: pyqtgraph issue #3485)."""
    rect = chart.ci.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(filename)
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(chart.spec.title if chart.spec else "Chart")
    painter = QPainter(generator)
    try:
        chart.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()
