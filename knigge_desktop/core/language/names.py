"""Person names: in a signature line, and in the body ("Petra Schubert hat mir …").

A name is a first name from the list, or a "First Last" pair of capitalised words none of
which names an organisation ("Ihr Recruiting-Team" is no one), or a title with a surname
("Frau Dr. Jung", "Herr Brandes"). German capitalises every noun, so a capital letter
alone proves nothing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.sentences import tokens_of

_ADDRESSED = re.compile(
    r"\b(?:Frau|Herr|Herrn)\s+(?:(?:Prof\.|Dr\.|Dipl\.-Ing\.)\s+)*[A-ZÄÖÜ][\w'’-]+"
)
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# "Die Organisatoren", "Unser Vertrieb": an article or "our" starts no one's name.
_NOT_A_NAME_START = frozenset({"die", "der", "das", "ein", "eine", "unser", "unsere", "euer"})
# "unsere gemeinsame Bekannte Friederike Lau", "Ihr Kollege Brandes": a relation, then a name.
_RELATED = re.compile(
    r"\b(?:Bekannte[rn]?|Kolleg(?:e|in|en)|Kontakt|Freund(?:in)?|Chef(?:in)?|Mentor(?:in)?|"
    r"Geschäftspartner(?:in)?|Kommiliton(?:e|in)|Professor(?:in)?|Betreuer(?:in)?)\s+[A-ZÄÖÜ][\w'’-]+"
)


_WHERE_FROM = re.compile(r"\s(?:vom|aus dem|aus der|im|bei)\s")
# A signature line that names a team or an organisation, no person: "Ihr Beratungsteam".
_TEAM_LINE_WORDS = re.compile(r"[\w-]+")


def is_team_line(line: str) -> bool:
    """ "Ihr Beratungsteam Stallbau", "Das Orga-Team": a team signs, no one in person."""
    words = _TEAM_LINE_WORDS.findall(line)
    suffixes = lexicon().not_name_suffixes
    return any(w.casefold().endswith(suffixes) for w in words) and not any(
        is_first_name(w) for w in words
    )


def is_first_name(word: str) -> bool:
    return word in lexicon().first_names or word.split("-")[0] in lexicon().first_names


def _is_org_word(word: str) -> bool:
    lex = lexicon()
    folded = word.casefold().rstrip(".,")
    return folded in lex.not_name_words or any(folded.endswith(s) for s in lex.not_name_suffixes)


def is_name_line(line: str, *, after_closing: bool) -> bool:
    """True if ``line`` is someone's name: "Jonas", "Dr. Anna Wagner", "Ihr Jonas Becker",
    "J. Becker". A single unknown word counts only right after a closing formula."""
    lex = lexicon()
    # "Robin (they/them)", "Jonas | Becker Transport", "Anna Wagner, M.A.": the name is
    # what comes before the brackets, the bar or the comma.
    line = re.sub(r"\([^)]*\)", " ", line)
    # "Lotta 🌻": an emoji after the name is decoration, not part of it.
    line = "".join(
        " " if unicodedata.category(c) in {"So", "Sk", "Cf"} or c == "\ufe0f" else c for c in line
    )
    line = re.split(r"\s[|·•]\s|,", line.strip().strip(",;:–- "), maxsplit=1)[0]
    line = line.strip().strip(",;:–- ")
    # "Jessica vom Hufglück-Team", "Ole aus dem Vertrieb": a first name, then where from.
    head = _WHERE_FROM.split(line, maxsplit=1)[0]
    if head != line and any(is_first_name(w) for w in head.split()):
        line = head
    if not line or len(line) > 80 or re.search(r"[0-9@/?!:]|https?", line):
        return False
    words = [t.text for t in tokens_of(line) if t.text not in {",", "&"}]
    # "Dipl.-Ing. Katrin Oswald", "Dr.-Ing. …": the tokenizer splits a title at its hyphen.
    while words and (
        words[0].casefold() in lex.name_lead_words or words[0] in {"-", "–", "—", "."}
    ):
        words = words[1:]
    words = [w for w in words if w.casefold() not in lex.name_particles]
    if not words or len(words) > 4 or words[0].casefold() in _NOT_A_NAME_START:
        return False
    if len(words) == 1 and words[0].islower() and is_first_name(words[0].capitalize()):
        return True  # "lg maja": who types all in lower case signs so as well
    if any(not w[:1].isupper() or _is_org_word(w) for w in words):
        return False
    if any(is_first_name(w) for w in words):
        return True
    if _INITIAL.match(words[0]) and len(words) >= 2:
        return True
    return len(words) >= 2 or after_closing


# "Kathi Meister meinte, …", "Ole Brandt hat mir geraten": a sentence that opens with two
# capitalised words and a verb of telling names a person, whatever the first-name list knows.
_NAME_THEN_TELLING = re.compile(
    r"^[\W]*(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) [A-ZÄÖÜ][\w'’-]+ "
    r"(?:meinte|sagte|erzählte|empfahl|riet|schrieb|hat mir|hatte mir|hat uns|gab mir|verwies)\b"
)


# "Jana aus unserem Coworking hat mir …", "Timo hat mir geraten": a first name alone names a
# person when where they are from or what they did follows.
_AFTER_A_FIRST_NAME = frozenset(
    {"aus", "vom", "von", "bei", "hat", "hatte", "meinte", "sagte", "erzählte", "empfahl", "riet"}
)


_OPENING_PAIR = re.compile(
    r"^[\W]*(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) [A-ZÄÖÜ][a-zäöüß][\w'’-]*\b"
)


def named_person_tells(sentence: str) -> bool:
    """A named person as the subject of a verb of telling: the sentence opens with a first
    and a surname and, before its first comma, a telling verb follows whatever stands
    between ("Annina Caflisch von der Swiss Fashion Association hat mir geraten, …",
    "Wendelin Strobl gab mir Ihren Namen"). A capitalised pair that is an organisation or
    starts with an article ("Die Messe …") is no one."""
    opening = _OPENING_PAIR.match(sentence)
    if opening is None or opening.group("first").casefold() in _NOT_A_NAME_START:
        return False
    if any(_is_org_word(w) for w in opening.group().split()):
        return False
    clause = sentence[opening.end() :].split(",", 1)[0]
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", clause)][:10]
    return any(w in lexicon().telling_verbs for w in words)


def mentions_person(sentence: str) -> bool:
    """A named third person: "Petra Schubert", "Frau Dr. Jung", "Ihr Kollege Herr Brandes"."""
    if _ADDRESSED.search(sentence) or _RELATED.search(sentence):
        return True
    opening = _NAME_THEN_TELLING.match(sentence)
    if opening and opening.group("first").casefold() not in _NOT_A_NAME_START:
        return True
    if named_person_tells(sentence):
        return True
    tokens = [t.text for t in tokens_of(sentence)]
    return any(
        is_first_name(a) and ((b[:1].isupper() and b.isalpha()) or b in _AFTER_A_FIRST_NAME)
        for a, b in itertools.pairwise(tokens)
    )
