"""Chart specifications: what a chart shows, computed once for the screen and the PDF."""
