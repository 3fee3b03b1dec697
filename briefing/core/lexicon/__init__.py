"""The words around figures (qualifiers, scale words, units, themes, regions) per language, and reading and
writing numbers."""
