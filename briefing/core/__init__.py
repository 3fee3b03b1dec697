"""The Qt-free core: data, words, provenance, query, ingest, storage, charts and packs (one subpackage each)."""
