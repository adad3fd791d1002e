"""When is a rule sure of a hit? Readings named in a rule's ``sure_when`` (kinds.py).

A pattern finds a word; whether the word does what the rule is about depends on the
sentence around it. "Nur bis Freitag gibt es 20 % Rabatt" presses the reader; "Der Antrag
kann noch bis zum 15. Mai gestellt werden" informs, and "Die Geschäftsleute regen 30
Gratisminuten an" reports. A hit without such a reading is shown as a hint, not counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knigge_desktop.core.language.sentences import sentences
from knigge_desktop.core.vocabulary import Platform

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.kinds import Text

# The writer offers: "wir", "unser Angebot", "ich biete", "bei uns".
_WRITER = re.compile(r"(?i)\b(?:wir|uns|unser\w*|ich|mein\w*|mir)\b")
# The reader is asked or offered to: the pronouns, not a possessive ("Ihr Vermieter" is a
# third person). "Sie" and "Ihnen" are the reader only capitalised.
_READER = re.compile(r"\b(?:Sie|Ihnen|du|dich|dir|euch|Du|Dich|Dir|Euch)\b")
_PRICE = re.compile(r"(?i)\d\s?(?:€|euro\b|eur\b|chf\b|%|prozent\b)|(?:€|chf)\s?\d")
# Urgency to act: "jetzt", "sofort", "schnell", "nicht lange überlegen", an exclamation.
_URGE = re.compile(r"(?i)\b(?:jetzt|sofort|schnell|zugreifen|zuschlagen|nicht lange)\b|!")
# The offer itself: "Der Einführungspreis gilt nur noch bis Freitag", "Die Plätze sind begrenzt".
_OFFER = re.compile(
    r"(?i)(?:preis|angebot|rabatt|aktion|prämie|bonus|tarif|konditionen|plätze|tickets)"
)
# Reported or quoted: someone else says, reports, complains, suggests it.
_REPORTED = re.compile(
    r"(?i)\b(?:sagte\w*|sagten|berichte\w*|erzählte\w*|schrieben|schreiben sie|schrieb|"
    r"meinte\w*|erwähnte\w*|beanstandet\w*|kritisiert\w*|bemängelt\w*|fürchte\w*|"
    r"beklagt\w*|laut|zufolge|nach auskunft|regen|regte\w*|wünsche?n sich|wünscht sich)\b"
)
_WINDOW = 600  # characters either side of a hit: longer than any sentence worth reading
_QUOTES = (("„", "“"), ("»", "«"), ('"', '"'))


def _clause_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence holding the span, cut at ";" (two statements), and the span in it. Read
    in a window around the span, so a hit in a 1 MB paste costs what one in a letter does."""
    window_start, window_end = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    for sentence in sentences(text, window_start, window_end):
        if sentence.start <= start < sentence.end:
            rel_start, rel_end = start - sentence.start, end - sentence.start
            begin = sentence.text.rfind(";", 0, rel_start) + 1
            stop = sentence.text.find(";", rel_end)
            stop = len(sentence.text) if stop < 0 else stop
            return sentence.text[begin:stop], rel_start - begin, rel_end - begin
    return text[start:end], 0, end - start


def _quoted(clause: str, start: int) -> bool:
    return any(
        clause.rfind(left, 0, start) > clause.rfind(right, 0, start)
        if left != right
        else clause.count(left, 0, start) % 2 == 1
        for left, right in _QUOTES
    )


def is_sales_push(t: Text, start: int, end: int) -> bool:
    """A sales word or deadline presses the reader when its clause is the writer's offer or
    speaks to the reader, names a price or the offer, or urges to act – and is not reported
    or quoted."""
    clause, rel_start, _ = _clause_around(t.text, start, end)
    if _REPORTED.search(clause) or _quoted(clause, rel_start):
        return False
    if _explains_a_no(clause):
        return False
    return any(p.search(clause) for p in (_WRITER, _READER, _PRICE, _URGE, _OFFER))


# "Leider können wir Ihnen keine Praktikumsstelle anbieten, da alle Plätze bereits vergeben
# sind": the sentence withholds something from the reader.
# ("Kein Risiko für Sie" is the sales line itself: "kein" alone withholds nothing.)
_WITHHOLDS = re.compile(r"(?i)\b(?:leider|bedauer\w*|nicht mehr|kein\w* (?:\S+ )?mehr)\b")


def _explains_a_no(clause: str) -> bool:
    """Scarcity or a date as the reason for a no: the sentence withholds what the reader
    wanted ("leider", "keine Plätze mehr") and urges nothing and names no price. A full
    course or a taken place then explains a refusal; it does not press to buy."""
    return (
        _WITHHOLDS.search(clause) is not None
        and _URGE.search(clause) is None
        and _PRICE.search(clause) is None
    )


# What makes a reminder a reproach and not a plain fact ("da ich noch nichts von Ihnen gehört
# habe", "ich melde mich erneut"): regret, counting, insisting, or the reader accused.
_POINTED = re.compile(
    r"(?i)\b(?:leider|bis heute|bis jetzt|immer noch|noch immer|weiterhin|schon wieder|"
    r"wiederholt\w*|mehrfach|mehrmals|zweimal|dreimal|zum (?:wiederholten|zweiten|dritten) mal|"
    r"obwohl|trotz\w*|unbeantwortet|ohne antwort)\b|!|"
    r"\b(?:sie haben|du hast|ihr habt|haben sie|hast du|habt ihr)\b[^.!?]{0,400}\b(?:nicht|nie)\b"
)


def reproach_is_pointed(t: Text, start: int, end: int) -> bool:
    """A reminder reproaches when its clause regrets, counts or insists ("bis heute keine
    Antwort", "zum dritten Mal"), or accuses the reader ("Sie haben nicht geantwortet")."""
    clause, _, _ = _clause_around(t.text, start, end)
    return _POINTED.search(clause) is not None


_EMOJI = re.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<![\w:])[:;]-?[)(DPp](?!\w)"
)


def emoji_is_sure(t: Text, start: int, end: int) -> bool:
    """On LinkedIn one emoji in a formal message is common and labelled fine by writers who
    use it ("… viele Ideen gegeben 👏"); several, or any in an e-mail or on XING, is sure."""
    if t.context.platform is not Platform.LINKEDIN:
        return True
    first = _EMOJI.search(t.text)
    return first is not None and _EMOJI.search(t.text, first.end()) is not None


# Words after which "…" holds the place of a missing word: "Ihr Vortrag über … hat mich",
# "Hallo …,", "am … um … Uhr".
_SLOT_BEFORE = frozenset({
    "über", "zu", "zum", "zur", "von", "vom", "bei", "beim", "für", "mit", "an", "am", "auf",
    "in", "im", "aus", "nach", "um", "der", "die", "das", "den", "dem", "des", "ein", "eine",
    "einen", "einem", "einer", "ihr", "ihre", "ihren", "ihrem", "dein", "deine", "deinen",
    "herr", "frau", "hallo", "liebe", "lieber", "guten", "tag", "sehr", "geehrte", "geehrter",
})  # fmt: skip
_WORD_BEFORE = re.compile(r"(\w+)[ \t]*$")


def placeholder_is_sure(t: Text, start: int, end: int) -> bool:
    """Brackets, "XXX", "TODO" are placeholders wherever they stand. An ellipsis is one only
    in a slot – at the start of a line, before a comma or full stop, or after a word that
    needs one more ("über …") – and a pause elsewhere: "auf der Hannover Messe … du wolltest"."""
    flagged = t.text[start:end]
    if flagged not in {"…", "..."}:
        return True
    line_start = t.text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(t.text, line_start, start)
    after = t.text[end : end + 2].lstrip(" ")[:1]
    return (
        before is None
        or after in {",", ".", ":", ";", ""}
        or (before.group(1).casefold() in _SLOT_BEFORE)
    )
