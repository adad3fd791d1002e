"""Counts shown in the status bar."""

from __future__ import annotations

import re
from typing import NamedTuple

# A word is a run of letters or digits, hyphens inside it allowed ("Mehrweg-Ladungsträger").
# The length rules (core/etiquette/kinds.py) count with this one too.
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


class TextStats(NamedTuple):
    words: int
    characters: int  # code points, as Python counts them


def text_stats(text: str) -> TextStats:
    # findall counts in C; a Python loop over finditer took 50 ms for 1 MB.
    return TextStats(words=len(WORD.findall(text)), characters=len(text))
