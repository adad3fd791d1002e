"""The words that open a salutation (resources/language/greetings.toml), defined once.

A pattern that looks for a greeting takes the groups it needs and builds the rest around
them: ``rf"^\\W*{greeting_words(SALUTATION)}\\s+(?P<name>…)"``. The file is small and read
on first use, so the draft title (on every keystroke) costs nothing at start-up.
"""

from __future__ import annotations

import re
from functools import cache

from knigge_desktop.core.datafile import read_toml
from knigge_desktop.core.resources import resource_dir

GROUPS = (
    "formal",
    "neutral",
    "regional",
    "informal",
    "rare",
    "english",
    "before_a_name",
    "many",
    "casual",
    "formal_before_title",
)

# The greetings a German draft opens with; the checks look for these.
SALUTATION = ("formal", "neutral", "informal")
# What a person may open a message with, German or English: the reader of a received one,
# and the checks when they ask whether a draft has a greeting at all (GREETING_MISSING).
ANY_OPENING = ("formal", "neutral", "regional", "informal", "rare", "english")


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    data, _ = read_toml(resource_dir("language") / "greetings.toml")
    groups: dict[str, tuple[str, ...]] = {}
    for name in GROUPS:
        words = data.get(name)
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"greetings.toml: {name} must be a list of words")
        groups[name] = tuple(words)
    return groups


def words_of(*groups: str) -> tuple[str, ...]:
    """The words of ``groups``, each once, in the file's order."""
    table = _groups()
    return tuple(dict.fromkeys(word for group in groups for word in table[group]))


@cache
def greeting_words(groups: tuple[str, ...]) -> str:
    """A regular expression for any word of ``groups``: a non-capturing group, longest word
    first (so "Lieber" is not read as "Liebe"), a space matching any run of white space,
    ending where the word ends. Case as the file writes it; add ``(?i:…)`` or re.I."""
    ordered = sorted(words_of(*groups), key=len, reverse=True)
    alternation = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    return rf"(?:{alternation})\b"
