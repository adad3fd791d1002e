"""What a message asks of the user: its questions and its requests, imperatives included.

A question ends in "?"; a request may end in a full stop ("Rufen Sie mich gern an.", "Schick
mir die Folien.", "Ich würde mich freuen, wenn Sie …"). Small talk ("Wie geht's dir?") and
the stock line "Ich freue mich auf Ihre Antwort" ask nothing a reply has to answer.
"""

from __future__ import annotations

import re

from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.language.sentences import Sentence, sentences

_SMALL_TALK = re.compile(
    rf"^(?:\W*{greeting_words(('informal', 'neutral'))}[^,!?]{{0,40}}[,!]\s*)?"
    r"(?:und\s+)?(?:wie geht(?:'?s| es)(?: (?:dir|ihnen|euch))?|alles (?:gut|klar|fit|okay)"
    r"(?: bei (?:dir|ihnen|euch))?|wie war (?:dein|ihr|euer) (?:wochenende|urlaub))\b[^?]{0,30}\?$",
    re.IGNORECASE,
)
_SIE_IMPERATIVE = re.compile(
    r"^(?:(?i:wenn|falls|sobald) [^,]{1,40},\s+)?(?:(?:gern|gerne|einfach|bitte|also"
    r"|dann)\s+)?(?!(?i:haben|seien|entschuldigen|verzeihen)\b)"
    r"[A-ZÄÖÜa-zäöüß][a-zäöüß]+en Sie\b"
)
_DU_IMPERATIVES = frozenset(
    [
        "schreib",
        "schreibe",
        "sag",
        "sage",
        "gib",
        "schick",
        "schicke",
        "meld",
        "melde",
        "ruf",
        "lass",
        "lasst",
        "komm",
        "schau",
        "guck",
        "nimm",
        "denk",
        "check",
        "antworte",
        "leite",
        "sende",
        "teile",
        "teil",
        "gebt",
        "meldet",
        "sagt",
        "schaut",
        "kommt",
        "probier",
        "probiere",
        "versuch",
        "frag",
        "ping",
        "erzähl",
        "erzähle",
        "überleg",
        "überlege",
        "bring",
        "nenn",
        "empfiehl",
        "trag",
        "klick",
        "buch",
        "wähl",
        "stell",
        "schreibt",
        "schickt",
        "ruft",
        "nehmt",
        "denkt",
        "bringt",
        "überlegt",
    ]
)
# "Legt gern los", "Meldet euch direkt", "Schreibt mir": the plural imperative of du.
_PLURAL_IMPERATIVE = re.compile(
    r"^\W*(?!(?:ist|gibt|geht|passt|klappt|steht|läuft|hat|wird|bleibt|fehlt|reicht|heißt|"
    r"gilt|liegt|sitzt)\b)[a-zäöüß]{2,}t "
    r"(?:gern|gerne|doch|mal|einfach|bitte|direkt|euch|mir|uns)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:bitte\b(?! schön| sehr)|(?:(?<![\w ])|(?<=^)|(?<=, )|(?<=und )|(?<=vielleicht )"
    r"|(?<=eventuell )|(?<=dann )|(?<=bitte )|(?<=ob ))"
    r"(?:könnten|würden|könnt|würdet|kannst|würdest|könntest"
    r"|magst|möchtest|hättest|hätten|wären|wärst) (?:sie|du|ihr)\b|(?:ich|wir) (?:würde|würden)"
    r" (?:mich|uns) (?:sehr |riesig |total )?freuen, wenn|(?:wäre|ist) es (?:möglich|machbar)"
    r"|wäre (?:schön|toll|super|klasse|prima|großartig|hilfreich|nett|gut)(?:, wenn|\W*$)|(?:ich"
    r"|wir) (?:wäre"
    r"|wären)"
    r" (?:ihnen|dir|euch) (?:sehr )?dankbar|(?:ich|wir) (?:bitte|bitten|möchte \w+ bitten)"
    r"|lassen sie (?:mich|uns)|lass (?:mich|uns)|gib (?:mir )?bescheid|geben sie (?:mir )?bescheid"
    r"|melden sie sich|meld(?:e)? dich|sagen sie (?:mir )?(?:gern|gerne|einfach)?\s*bescheid"
    r"|freue mich, wenn|würde mich (?:über \S+ (?:\S+ )?)?freuen, wenn)",
    re.IGNORECASE,
)
# "Ich freue mich auf Ihre Antwort": a closing line, no question to answer.
_STOCK = re.compile(
    r"^(?:ich freue mich|wir freuen uns|freue mich) (?:schon )?(?:sehr )?auf (?:ihre|deine|eure"
    r"|eine)"
    r" (?:\w+ )?(?:antwort|rückmeldung|nachricht|reaktion)\W*$"
    r"|^(?:vielen )?dank (?:im voraus|vorab)\W*$|^bei fragen\b",
    re.IGNORECASE,
)
# "Darf ich Ihnen Herrn Seidel vorstellen?" introduces; nobody answers it with yes or no.
_RHETORICAL = re.compile(
    r"^\W*darf ich (?:ihnen|dir|euch) (?!mich)(?:\S+ ){1,5}?vorstellen\W*$", re.IGNORECASE
)
_MAX_ASKS = 12


def _first_word(sentence: Sentence) -> str:
    words = [t.text for t in sentence.tokens if t.is_word]
    return words[0].casefold() if words else ""


def is_ask(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    if len(text) < 4 or _STOCK.search(text) or _SMALL_TALK.match(text) or _RHETORICAL.match(text):
        return False
    if text.endswith("?"):
        return True
    if (
        _SIE_IMPERATIVE.match(text)
        or _first_word(sentence) in _DU_IMPERATIVES
        or _PLURAL_IMPERATIVE.match(text)
    ):
        return True
    return bool(_REQUEST.search(text))


def find_asks(text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The sentences of ``text[start:end]`` that ask something, in order, each once."""
    found: list[str] = []
    for sentence in sentences(text, start, end):
        if is_ask(sentence) and sentence.text not in found:
            found.append(sentence.text)
            if len(found) >= _MAX_ASKS:
                break
    return tuple(found)
