"""The reader's cue lists (resources/language/lexicon.toml, keys ``reply.*``), compiled once.

Each cue is one regular expression for something a message does: offers a product, nudges
after no answer, gives an opinion, asks to come to an occasion. kind.py counts them.

Most lists find nothing in most messages, so each list has a gate: all its cues in one
alternation, matched on the lower-cased text without IGNORECASE (several times faster in
Python's re). Only when the gate finds something are the cues counted one by one. The gate
may find more than the cues (a case-sensitive part is relaxed in it), never less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knigge_desktop.core.datafile import read_toml
from knigge_desktop.core.resources import resource_dir


@dataclass(frozen=True)
class CueList:
    patterns: tuple[re.Pattern[str], ...]
    gate: re.Pattern[str]

    @classmethod
    def compile(cls, sources: list[str]) -> CueList:
        patterns = tuple(re.compile(p, re.IGNORECASE) for p in sources)
        # "(?-i:[A-ZÄÖÜ])" cannot match lower-cased text; in the gate it matches any case.
        relaxed = "|".join(f"(?:{p.replace('(?-i:', '(?i:')})" for p in sources)
        return cls(patterns, re.compile(relaxed or r"(?!)"))


@dataclass(frozen=True)
class ReplyCues:
    offer_acts: CueList
    nudges: CueList
    opinions: CueList
    uses_users_work: CueList
    users_decisions: CueList
    invite_acts: CueList
    occasions: CueList
    question_marks: CueList
    announcements: CueList
    introduce_acts: CueList
    connect_acts: CueList
    stay_in_touch: CueList
    self_intros: CueList
    acknowledgements: CueList
    english_sales: CueList
    english_first_contact: CueList


@cache
def reply_cues() -> ReplyCues:
    data, _ = read_toml(resource_dir("language") / "lexicon.toml")
    section: dict[str, list[str]] = data["reply"]
    compiled = {key: CueList.compile(section[key]) for key in ReplyCues.__dataclass_fields__}
    return ReplyCues(**compiled)


def count(cues: CueList, text: str) -> int:
    """How many of the cues occur in ``text`` (each at most once)."""
    if not cues.gate.search(text.lower()):
        return 0
    return sum(1 for p in cues.patterns if p.search(text))


def occurrences(cues: CueList, text: str) -> int:
    """How often the cues occur in ``text``: "zu voll und zu laut" is two."""
    if not cues.gate.search(text.lower()):
        return 0
    return sum(1 for p in cues.patterns for _ in p.finditer(text))
