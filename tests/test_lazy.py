"""Modules loaded on first use (briefing.lazy): nothing is imported until an attribute is read."""
import sys

from briefing.lazy import lazy


def test_a_lazy_module_loads_on_first_use_only(tmp_path, monkeypatch):
    (tmp_path / "heavy_thing.py").write_text("LOADED = True\ndef answer():\n    return 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "heavy_thing", raising=False)
    heavy = lazy("heavy_thing")
    assert "heavy_thing" not in sys.modules
    assert heavy.answer() == 42
    assert sys.modules["heavy_thing"].LOADED


def test_a_relative_name_resolves_against_its_package():
    quotes = lazy(".provenance.quotes", "briefing.core")
    assert quotes.locate_quote("GRP grew 5.5%.", "grew 5.5%") == (4, 13)
