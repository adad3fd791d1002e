"""Sie or du: the pronouns first (core/etiquette/context.infer_tone), then greeting, signing
and closing, which say it when no pronoun does ("Hallo Anna, … LG Jonas")."""

from __future__ import annotations

import re

from knigge_desktop.core.etiquette.context import infer_tone
from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.vocabulary import Tone

_FORMAL_GREETING = re.compile(
    rf"^\W*(?:{greeting_words(('formal',))}"
    rf"|{greeting_words(('neutral', 'regional', 'informal'))} (?:frau|herr)\b)",
    re.IGNORECASE,
)
_INFORMAL_GREETING = re.compile(
    rf"^\W*{greeting_words(('informal', 'rare', 'before_a_name'))}\s+(?!frau\b|herr\b"
    r"|zusammen\b)[A-ZÄÖÜ]\w*\s*[,!]",
    re.IGNORECASE,
)
_INFORMAL_CLOSING = re.compile(
    r"^(?:lg|vg|bg|liebe grüße|bis (?:bald|dann|später|morgen)|cheers|ciao|tschüss?|servus)\b",
    re.IGNORECASE | re.MULTILINE,
)
_FORMAL_CLOSING = re.compile(r"^mit freundlichen grüßen\b", re.IGNORECASE | re.MULTILINE)


# "Habt ihr …", "Könnt ihr …": the informal plural at the start of a question.
_INFORMAL_PLURAL = re.compile(r"\b(?:habt|seid|könnt|wollt|müsst|wisst|kennt|macht) ihr\b", re.I)


def tone_of(body: str, signed_by: str = "") -> Tone | None:
    tone = infer_tone(body)
    if tone is not None or not body.strip():
        return tone
    if signed_by in ("Dein", "Deine", "Euer", "Eure"):
        return Tone.INFORMAL
    if signed_by in ("Ihr", "Ihre"):
        return Tone.FORMAL
    if _FORMAL_GREETING.match(body):
        return Tone.FORMAL
    if _FORMAL_CLOSING.search(body):
        return Tone.FORMAL
    if _INFORMAL_GREETING.match(body) or _INFORMAL_CLOSING.search(body):
        return Tone.INFORMAL
    if _INFORMAL_PLURAL.search(body):
        return Tone.INFORMAL
    return None
