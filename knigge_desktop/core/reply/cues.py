"""The reader's cue lists (resources/language/lexicon.toml, keys ``reply.*``), compiled once.

Each cue is one regular expression for something a message does: offers a product, nudges
after no answer, gives an opinion, asks to come to an occasion. kind.py counts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knigge_desktop.core.datafile import read_toml
from knigge_desktop.core.resources import resource_dir


@dataclass(frozen=True)
class ReplyCues:
    offer_acts: tuple[re.Pattern[str], ...]
    nudges: tuple[re.Pattern[str], ...]
    opinions: tuple[re.Pattern[str], ...]
    users_decisions: tuple[re.Pattern[str], ...]
    invite_acts: tuple[re.Pattern[str], ...]
    occasions: tuple[re.Pattern[str], ...]
    question_marks: tuple[re.Pattern[str], ...]
    announcements: tuple[re.Pattern[str], ...]
    introduce_acts: tuple[re.Pattern[str], ...]
    self_intros: tuple[re.Pattern[str], ...]
    acknowledgements: tuple[re.Pattern[str], ...]
    english_sales: tuple[re.Pattern[str], ...]
    english_first_contact: tuple[re.Pattern[str], ...]


@cache
def reply_cues() -> ReplyCues:
    data, _ = read_toml(resource_dir("language") / "lexicon.toml")
    section: dict[str, list[str]] = data["reply"]
    compiled = {
        key: tuple(re.compile(p, re.IGNORECASE) for p in section[key])
        for key in ReplyCues.__dataclass_fields__
    }
    return ReplyCues(**compiled)


def count(patterns: tuple[re.Pattern[str], ...], text: str) -> int:
    """How many of ``patterns`` occur in ``text`` (each at most once)."""
    return sum(1 for p in patterns if p.search(text))


def occurrences(patterns: tuple[re.Pattern[str], ...], text: str) -> int:
    """How often ``patterns`` occur in ``text``: "zu voll und zu laut" is two."""
    return sum(1 for p in patterns for _ in p.finditer(text))
