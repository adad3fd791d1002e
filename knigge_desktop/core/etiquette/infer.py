"""The message kind, guessed from the text when nobody said it (`check` without --kind).

Kind-specific rules (reason, ask, clear no, reference) are the most useful ones; skipping
them silently because the kind is unknown loses most of a check. The guess goes by what
each kind must say: a decline refuses, a follow-up refers back, a group post greets many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.vocabulary import Kind

_SIGNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.GROUP_POST,
        re.compile(
            rf"^\W*{greeting_words(('informal', 'neutral'))} (?:zusammen|in die runde|allerseits"
            r"|ihr lieben|mitglieder|alle)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.DECLINE,
        re.compile(
            r"\b(?:absag\w*|sage (?:\S+ ){0,3}?ab|kein(?:en)? (?:interesse|bedarf)|"
            r"zurückziehen|muss (?:ich |wir )?passen|leider (?:\S+ ){0,4}?(?:nicht|kein\w*)|"
            r"(?:dagegen|anders) entschieden|für (?:\S+ ){1,6}?entschieden|"
            r"(?:kann|können|werde) (?:\S+ ){0,5}?nicht (?:\S+ ){0,2}?(?:erfüllen|übernehmen|"
            r"kommen|kandidieren|annehmen|dabei sein|berücksichtigen)|"
            r"vielleicht (?:\S+ ){0,2}?später)",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.CONTACT_REQUEST,
        re.compile(
            r"\b(?:vernetz\w*|in kontakt (?:zu )?(?:bleiben|sein|kommen)|kontaktanfrage|"
            r"connecten|kontakt bleiben|wiederzufinden|hier (?:wieder)?zu (?:sehen|finden)|"
            r"(?:in|zu) (?:meinem|mein|unserem|unser) netzwerk|als kontakt (?:\S+ )?hinzu|"
            r"kontakt(?:e)? (?:\S+ )?hinzufügen|(?:meine|ihre|deine) bestätigung|"
            r"bleibe (?:\S+ ){0,3}?in kontakt|netzwerk (?:\S+ ){0,3}?(?:erweitern|ausbauen|"
            r"aus(?:bauen)?\b))",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.FOLLOW_UP,
        re.compile(
            r"\b(?:wie (?:\S+ ){0,3}?(?:besprochen|versprochen|vereinbart)|"
            r"komme (?:\S+ ){0,8}?zurück|in erinnerung (?:zu )?rufen|stand der dinge|"
            r"(?:wollte|möchte) mich (?:\S+ ){0,3}?(?:noch einmal|nochmal|nochmals|wieder) "
            r"(?:\S+ )?melden|(?:etwas|was) neues|erkundigen,? ob|gedanken gemacht|"
            r"(?:nach|zu|wegen|bezüglich) (?:unserem|unseres|unserer|unser|deiner|ihrer|deinem|"
            r"ihrem) (?:\S+ )?(?:gespräch|telefonat|treffen|termin|frage|angebot|anfrage)\w*|"
            r"(?:hatten sie|hattest du|sie hatten|du hattest|schrieben sie|hast du) (?:\S+ ){0,6}?"
            r"(?:zugesagt|geschrieben|erzählt|gesagt|mir)\b|(?:letzte|kurze) erinnerung|"
            r"zum (?:zweiten|dritten|wiederholten) mal|"
            r"knüpfe|nachfassen|noch einmal melden|erinnerung an|beworben|"
            r"hattest du angeboten|vor (?:zwei|drei|einer|\d+) wochen?|"
            r"(?:dank\w*|danke dir) (?:\S+ ){0,2}?für (?:das|den|die|ihren|ihre|deinen|deine) "
            r"(?:\S+ )?(?:gespräch|telefonat|treffen|kaffee|auftrag|bestellung|einladung|vortrag|"
            r"workshop|schnelle antwort|vorstellungsgespräch|abend|tipp|empfehlung|austausch|"
            r"führung|besuch|einblick|rat|hinweis|vermittlung|kontakt)|"
            r"uns (?:gestern|letzte woche) (?:\S+ ){0,6}?unterhalten|wie angekündigt|"
            r"(?:nur )?zur erinnerung|nachhaken|in erinnerung (?:zu )?bringen|neuigkeiten\?|"
            r"(?:meine|meiner|unsere) (?:letzte[nr]?|vorige[nr]?) (?:nachricht|mail|e-mail)|"
            r"bezugnehmend|ihre bestellung|(?:danke|dank) (?:dir |ihnen )?nochmal|nochmals|"
            r"lange nichts (?:gehört|voneinander)|wir hatten (?:im|letzte|vor|über)|"
            r"schön, dass wir uns|nachfragen|hake? (?:\S+ ){0,3}?nach\b|rückmeldung|"
            r"(?:eine |schon (?:\S+ )?)entscheidung|schon (?:was|etwas) entschieden|"
            r"wie sieht'?s aus|(?:meine[mnr]?|unsere[mnr]?) (?:nachricht|angebot|mail|anfrage) "
            r"(?:von|vom|aus)|(?:du hattest|sie hatten|sie fragten|du fragtest) (?:\S+ ){0,3}?"
            r"(?:gefragt|gebeten|nach))",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.REPLY,
        re.compile(
            r"\b(?:danke|dank) (?:\S+ ){0,2}?für (?:ihre|deine|eure|ihr|dein|die) "
            r"(?:\S+ )?(?:nachricht|anfrage|frage|mail|e-mail|interesse|worte|unterlagen)|"
            # "\w", not "\w+": the rest of the line follows anyway, and "\w+[^\n]*" tried
            # every split of a long first word before failing (quadratic).
            r"^\W*\w[^\n]*,\s*(?:gern|gerne|klar|hab|die folien|die angabe|danke|vielen dank)\b",
            re.IGNORECASE,
        ),
    ),
)


# Thanks for *their* request or message: an answer, even when it speaks of a contact request
# or of an earlier talk ("danke für deine Kontaktanfrage, ich nehme sie gern an").
_ANSWERS = re.compile(
    r"\b(?:danke|dank)\w* (?:\S+ ){0,2}?für (?:ihre|deine|eure|ihr|dein|euer) (?:\S+ ){0,2}?"
    r"(?:\w*anfrage|nachricht|rückmeldung|feedback|mail|e-mail|rückfrage)\w*",
    re.IGNORECASE,
)
# Bringing two people together is a first contact between them, whatever it refers back to.
_INTRODUCTION = re.compile(
    r"\b(?:dich|sie|euch) (?:\S+ ){0,4}?(?:bekannt machen|vorstellen)\b|\bsteht in kopie\b|"
    r"\b(?:setze|nehme) (?:\S+ ){0,3}?in (?:kopie|cc)\b",
    re.IGNORECASE,
)


def infer_kind(text: str, refusals: Sequence[re.Pattern[str] | str] = ()) -> Kind:
    """The first kind whose sign the text shows; a first contact otherwise. ``refusals``
    are the patterns of the rule that wants a clear no (DECLINE_NO_CLEAR_NO): a text that
    refuses is a decline, in the same words the rule accepts."""
    if _SIGNS[0][1].search(text):
        return Kind.GROUP_POST
    if any(isinstance(p, re.Pattern) and p.search(text) for p in refusals):
        return Kind.DECLINE
    if _SIGNS[1][1].search(text):
        return Kind.DECLINE
    if _INTRODUCTION.search(text):
        return Kind.FIRST_CONTACT
    if _ANSWERS.search(text):
        return Kind.REPLY
    for kind, sign in _SIGNS[2:]:
        if sign.search(text):
            return kind
    return Kind.FIRST_CONTACT
