"""Find template remnants that must not reach the recipient: [Name], {datum}, XY."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERNS = (
    re.compile(r"\[[^\[\]\n]{1,60}\]"),  # [Name], [Ihr konkretes Anliegen]
    re.compile(r"\{[^{}\n]{1,40}\}"),  # {datum}
    re.compile(r"(?<![\w-])(?:XY|XYZ|XXX|NN)(?![\w-])"),  # "Herr XY", "am XXX"
)


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    text: str


def find_placeholders(text: str) -> list[Placeholder]:
    found = [
        Placeholder(m.start(), m.end(), m.group(0))
        for pattern in _PATTERNS
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda p: p.start)
