"""Charts: what a chart shows, computed once for the screen and the PDF. kinds: the registry of chart kinds
(cheap to import); spec: the ChartSpec a renderer draws; one module per kind builds its spec (trend,
comparison, scorecard)."""
