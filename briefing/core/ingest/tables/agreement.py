"""Whether an imported figure repeats one already stored or clashes with it: equal, or rounding to it as stated."""
from __future__ import annotations

from ...lexicon.numbers import plain, scaled
from ...lexicon.words import SCALES


def agrees(stated: float, new: float) -> bool:
    """`new` is `stated` or rounds to it as stated (54,355 亿元 agrees with "5.4 trillion yuan"). Signed: a fall
    of 0.2% is no rise of 0.2% (an equal value, float noise included, rounds to it too)."""
    number, word = scaled(stated)
    decimals = len(plain(number, 6).partition(".")[2])
    factor = SCALES[word] if word else 1.0
    return round(new / factor, decimals) == round(number, decimals)
