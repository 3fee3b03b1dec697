"""Briefing packs: the pack file, its defaults and its edits."""
