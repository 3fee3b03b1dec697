"""The records' schema and vocabulary, derived values and the loaded Dataset of seeds."""
