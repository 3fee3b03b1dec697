"""Where a figure stands in its document: quotes located, values checked against them, citations."""
