"""Python string indices (code points) and UTF-16 offsets, converted both ways.

Findings carry Python indices. Qt's text cursor and LanguageTool count UTF-16 code units,
where every character outside the Basic Multilingual Plane (most emoji) takes two.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units the text takes (what XING and LinkedIn count)."""
    return len(text) + len(_ASTRAL.findall(text))


def index_at_utf16(text: str, units: int) -> int:
    """The Python index where the first ``units`` UTF-16 units of the text end; a cut
    inside a surrogate pair rounds down."""
    return Utf16Map(text).from_utf16(units)


class Utf16Map:
    """Converts indices of one text. Cheap for texts without astral characters."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Python indices of the astral characters, in order; each adds one UTF-16 unit.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def to_utf16(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1)

    def from_utf16(self, offset: int) -> int:
        """The Python index of a UTF-16 offset; an offset inside a surrogate pair rounds down."""
        low, high = 0, len(self._astral)
        # Find how many astral characters lie before the Python index we are looking for.
        while low < high:
            mid = (low + high) // 2
            if self._astral[mid] + mid + 1 < offset:  # that character ends before offset
                low = mid + 1
            else:
                high = mid
        index = offset - low
        if low < len(self._astral) and self._astral[low] + low + 1 == offset:
            index = self._astral[low]  # inside the pair: round down to its start
        return max(0, min(index, self._length))
