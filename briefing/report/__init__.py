"""PDF briefing packs with reportlab: Qt-free, so the command line and the window build the same file."""
