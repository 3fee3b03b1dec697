"""PDF briefing packs with reportlab: Qt-free, so the command line and the window build the same file.
document: the page layout and build_pdf; parts: what the pages hold, part by part (PARTS); flowables: their
building blocks; chart_drawing: a ChartSpec as vector graphics; fonts: the embedded fonts and text runs."""
