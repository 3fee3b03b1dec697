"""What the user chose to see (Filters) and the index that finds those rows."""
