"""Save the on-screen chart (title, plot and source line) as PNG or SVG, never leaving half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pyqtgraph.exporters import ImageExporter, SVGExporter


def export_chart(chart, path: str | os.PathLike) -> Path:
    """Write `chart` to `path` (.svg or else PNG) through a temporary file renamed into place."""
    path = Path(path)
    exporter = (SVGExporter if path.suffix.lower() == ".svg" else ImageExporter)(chart.ci)
    if isinstance(exporter, ImageExporter):
        exporter.parameters()["width"] = max(1200, int(chart.width()))
    fd, tmp = tempfile.mkstemp(suffix=path.suffix or ".png", dir=path.parent)
    os.close(fd)
    try:
        exporter.export(tmp)
        if not os.path.getsize(tmp):
            raise OSError(f"the exporter wrote nothing to {tmp}")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
