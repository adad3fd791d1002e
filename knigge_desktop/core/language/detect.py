"""Is a message German at all? The Knigge rules read German; an English message gets only
the rules that do not depend on the language (placeholders, length, loud punctuation)."""

from __future__ import annotations

import re

from knigge_desktop.core.language.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+")


def looks_english(text: str, sample: int = 4_000, *, minimum: int = 5) -> bool:
    """True when English function words clearly outnumber German ones (at least
    ``minimum`` of them)."""
    lex = lexicon()
    words = [w.casefold() for w in _WORD.findall(text[:sample])]
    english = sum(1 for w in words if w in lex.english_words)
    german = sum(1 for w in words if w in lex.german_words)
    return english >= minimum and english > 2 * german
