"""A user's table into indicator records: reading its cells (cells), mapping its columns to fields (mapping),
and reviewing every row against the figures already stored before anything is saved (review)."""
