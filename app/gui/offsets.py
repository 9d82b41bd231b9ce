"""Translating between Python string offsets and Qt text positions.

The store and the analysis count code points (Python `str` indices); Qt counts UTF-16 units.
They agree until a chapter holds a character outside the Basic Multilingual Plane (an emoji,
some CJK), after which every later Qt position is shifted by one per such character.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Maps offsets of one text both ways; free (identity) when the text has no astral chars."""

    def __init__(self, text: str) -> None:
        # Code point indices of characters that take two UTF-16 units.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # The same characters' Qt positions, for the reverse direction.
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Qt position of Python index `index`."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def to_py(self, position: int) -> int:
        """Python index of Qt position `position`."""
        if not self._astral:
            return position
        # Astral characters whose two units both lie before `position` shift it by one each.
        return position - bisect_left(self._astral_qt, position - 1)
