"""Fujian briefing desk."""

__version__ = "0.1.0"  # the same as pyproject.toml's (a test compares them); part of the cache keys
