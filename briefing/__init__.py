"""Fujian briefing desk: figures and initiatives from five source documents about Fujian and China's free trade
zones, each with its citation."""

__version__ = "0.1.0"  # the same as pyproject.toml's (a test compares them); part of the cache keys
