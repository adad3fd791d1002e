"""Where a text says Sie and where it says du.

A regular expression alone cries wolf here: at the start of a sentence "Sie" may mean
"she" or "they" ("Sie hat mir von dir erzählt") and "Ihre" may mean "her". There only
"Ihnen" and a "Sie" followed by a plural verb count as formal. Every du-form is informal,
and so is "Ihr habt" (the informal plural), and a du-imperative ("Schreib mir gern").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_INFORMAL = re.compile(
    r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|en|em|er|es)?|[Ee]uch|[Ee]uer|[Ee]ure(?:n|m|r)?)\b"
)
_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_PLURAL_VERB = re.compile(
    r" (?:haben|sind|können|könnten|hätten|würden|wären|möchten|werden|wissen|dürfen|sollten|"
    r"müssen|wollen|kennen|arbeiten|leiten|schreiben|finden|erreichen|sehen|beschäftigen|"
    r"interessieren|planen|suchen|mögen|brauchen)\b"
)
_INFORMAL_PLURAL_VERB = re.compile(r" (?:habt|seid|könnt|wart|wollt|müsst|solltet|dürft)\b")
# Lowercase "ihr" is "her" as often as "you all"; with a plural verb in -t close by it is
# the informal plural: "was ihr erlebt habt", "wie geht ihr damit um".
_INFORMAL_IHR = re.compile(
    r"\bihr(?= (?:\w+ ){0,2}?(?:habt|seid|könnt|wart|wollt|müsst|solltet|dürft|macht|geht|"
    r"sucht|plant|braucht|wisst|kennt|arbeitet|nutzt|findet)\b)"
)


# A quotation on one line: a slogan, a title, someone else's words ("„Mach dein Ding“").
_QUOTED = re.compile(r"„[^“”\"\n]{1,120}[“”\"]|\"[^\"\n]{1,120}\"|»[^«\n]{1,120}«")


class Marker(NamedTuple):
    start: int
    end: int
    formal: bool


def _starts_sentence(text: str, index: int) -> bool:
    """True where German capitalises any word: at the start of a sentence."""
    window = text[max(0, index - 200) : index]
    stripped = window.rstrip(" \t\r\n\ufeff")
    if not stripped:
        return True
    gap, last = window[len(stripped) :], stripped[-1]
    if "\n" in gap:
        # A new line starts a sentence, except after a salutation ("Sehr geehrte Frau
        # Wagner,"): its first line continues that sentence, so "Ihr" there is formal.
        return last != ","
    return last in '.!?:"„“'


def address_markers(text: str) -> list[Marker]:
    found = [Marker(m.start(), m.end(), False) for m in _INFORMAL.finditer(text)]
    found += [Marker(m.start(), m.end(), False) for m in _INFORMAL_IHR.finditer(text)]
    # "Schreib mir gern", "Lass uns telefonieren": a du without a pronoun of address. The word
    # lists load on the first check, not when the window imports the context.
    from knigge_desktop.core.language.lexicon import lexicon

    for m in lexicon().du_imperative.finditer(text):
        verb = "verb" if m.group("verb") else "verb_e"
        found.append(Marker(m.start(verb), m.end(verb), False))
    for m in _FORMAL.finditer(text):
        word = m.group(0)
        mid_sentence = not _starts_sentence(text, m.start())
        sure_at_start = word == "Ihnen" or (word == "Sie" and _PLURAL_VERB.match(text, m.end()))
        if mid_sentence or sure_at_start:
            found.append(Marker(m.start(), m.end(), True))
        elif word == "Ihr" and _INFORMAL_PLURAL_VERB.match(text, m.end()):
            found.append(Marker(m.start(), m.end(), False))
    quoted = (
        [m.span() for m in _QUOTED.finditer(text)]
        if "„" in text or '"' in text or "»" in text
        else []
    )
    if quoted:
        # The quoted words address whoever the quote addressed, not the reader.
        found = [f for f in found if not any(s < f.start and f.end < e for s, e in quoted)]
    return sorted(found, key=lambda marker: marker.start)
