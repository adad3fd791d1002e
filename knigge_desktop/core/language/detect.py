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


def looks_foreign(text: str, sample: int = 4_000, *, minimum_words: int = 12) -> bool:
    """True for a text of some length with hardly a German or English function word
    (Turkish, Polish …): a German message of twelve words has an "ich", "und" or "Grüße"."""
    lex = lexicon()
    words = [w.lower() for w in _WORD.findall(text[:sample])]  # casefold: ß → ss
    if len(words) < minimum_words:
        return False
    known = sum(1 for w in words if w in lex.german_words or w in lex.english_words)
    return known * 15 < len(words)  # at most a stray "i" or "die" in a long text
