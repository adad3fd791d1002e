"""Who wrote the message: names from the places a sender is named, as a Recipient.

The places, most trusted first: the notification headline, the mail's own From header, the
name under the closing, a self-introduction ("mein Name ist Anna Wagner"). One may give the
first name only ("Anna" under the closing) and another the full name: they are merged when
the first names agree. Frau/Herr and titles are taken when written; the gender of a first
name only when the name is (almost) never given to the other gender (lexicon lists).
"""

from __future__ import annotations

import re

from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.names import is_first_name

# How titles are written in the recipient field: the forms core/greeting.py builds with.
# Each doctorate counts ("Dr. Dr. Hans Weber", "Dr. rer. nat. Dr. med."): the greeting
# names them all.
_TITLE = re.compile(
    r"^(?:(?P<prof>Prof\.|Professor(?:in)?)\s*)?(?:(?:PD|apl\.)\s*)?"
    r"(?P<dr>(?:Dr(?:\.|(?=\s))(?:[\s-]*(?:-?Ing|rer|nat|med|phil|jur|oec|pol|h\.\s?c|dent|vet"
    r"|habil|sc|techn)\.?)*\s*){1,3})?\s*"
)
_DOCTORATE = re.compile(r"\bDr\b")
_NOT_TITLE_LEADS = re.compile(
    r"^(?:(?:i\.\s?A\.|i\.\s?V\.|ppa\.|pp\.|Dipl\.-?\w*\.?|M\.\s?A\.|B\.\s?Sc\.|Mag\.|"
    r"Ihr|Ihre|Dein|Deine|Euer|Eure|Von|From)\s+)+",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(
    r"\b(?:mein Name ist|ich heiße|ich bin|hier (?:ist|schreibt))\s+"
    r"(?P<name>(?:(?:Frau|Herr|Dr\.|Prof\.)\s+)*[A-ZÄÖÜ][\w'’-]+(?:\s+(?:von|van|de|zu"
    r"|der)?\s*[A-ZÄÖÜ][\w'’-]+)?)"
)
_PARTICLES = frozenset(
    {"von", "van", "de", "zu", "der", "den", "del", "da", "di", "vom", "zur", "ten", "ter"}
)


def _title_of(words: str) -> tuple[str, str]:
    match = _TITLE.match(words)
    if match is None or not (match.group("prof") or match.group("dr")):
        return "", words
    doctorates = len(_DOCTORATE.findall(match.group("dr") or ""))
    title = " ".join(["Prof."] * bool(match.group("prof")) + ["Dr."] * doctorates)
    return title, words[match.end() :]


def parse_name(text: str) -> Recipient:
    """ "Frau Dr. Anna Wagner", "Ihr Jonas Becker", "Prof. Dr.-Ing. Katrin von Berg, M.A."
    as a Recipient; a single word is a first name unless Frau/Herr stand before it."""
    name = re.sub(r"\([^)]*\)", " ", text)
    name = re.split(r"\s[|·•–]\s|,|\s/\s", name.strip(), maxsplit=1)[0].strip(" .:-")
    name = _NOT_TITLE_LEADS.sub("", name)
    gender = Gender.NONE
    addressed = re.match(r"^(Frau|Herr|Herrn)\s+", name)
    if addressed:
        gender = Gender.FRAU if addressed.group(1) == "Frau" else Gender.HERR
        name = name[addressed.end() :]
    title, name = _title_of(name)
    words = [w for w in name.split() if re.match(r"^[A-ZÄÖÜa-zäöüß][\w'’.-]*$", w)]
    words = [w.rstrip(".") if len(w) > 2 else w for w in words]
    if not words or len(words) > 4:
        return Recipient(gender, title)
    if len(words) == 1:
        if gender is Gender.NONE and is_first_name(words[0].capitalize()):
            first = words[0] if words[0][0].isupper() else words[0].capitalize()
            return Recipient(gender_of(first), title, first_name=first)
        if gender is Gender.NONE and not title:
            return Recipient(Gender.NONE, "", first_name=words[0])
        return Recipient(gender, title, last_name=words[0])
    # The surname starts at its particle: "Katrin von Berg", "Jan de Vries".
    split = len(words) - 1
    while split > 1 and words[split - 1].casefold() in _PARTICLES:
        split -= 1
    first, last = " ".join(words[:split]), " ".join(words[split:])
    if gender is Gender.NONE:
        gender = gender_of(first)
    return Recipient(gender, title, first_name=first, last_name=last)


def gender_of(first_name: str) -> Gender:
    """Frau or Herr by a first name whose gender is clear; NONE for Kim, Alex, Andrea."""
    lex = lexicon()
    head = first_name.split()[0].split("-")[0] if first_name.split() else ""
    if head in lex.female_names and head not in lex.male_names:
        return Gender.FRAU
    if head in lex.male_names and head not in lex.female_names:
        return Gender.HERR
    return Gender.NONE


def introduced_name(text: str) -> str:
    """The name in "mein Name ist Anna Wagner" / "ich bin Jonas Becker von …", or ""."""
    for match in _INTRODUCED.finditer(text[:2_000]):
        name = match.group("name")
        first = name.split()[0]
        if name.startswith(("Frau", "Herr", "Dr.", "Prof.")) or is_first_name(first):
            return name
    return ""


def merge(names: list[Recipient]) -> Recipient:
    """The most complete of the names that agree with the first one found."""
    found = [n for n in names if n.first_name or n.last_name]
    if not found:
        return Recipient()
    best = found[0]
    for other in found[1:]:
        same_first = (
            not best.first_name or not other.first_name or _same(best.first_name, other.first_name)
        )
        same_last = (
            not best.last_name or not other.last_name or _same(best.last_name, other.last_name)
        )
        if not (same_first and same_last):
            continue
        best = Recipient(
            best.gender if best.gender is not Gender.NONE else other.gender,
            best.title or other.title,
            best.first_name or other.first_name,
            best.last_name or other.last_name,
        )
    return best


def fuller_name(sender: Recipient, others: list[Recipient]) -> Recipient:
    """The sender's name completed from the names in the thread's older messages: "Petra"
    today, "Petra Hoffmann" last week. Only a name that agrees with what the newest message
    says counts (the user's own messages are in the history too), and only when it agrees
    on the first name, or on the surname when the newest gave only that."""
    if not (sender.first_name or sender.last_name):
        return sender  # nothing to agree with: the history's names may be anyone's
    for other in others:
        if sender.first_name and sender.last_name and sender.title:
            break
        first_agrees = bool(sender.first_name and other.first_name) and _same(
            sender.first_name, other.first_name
        )
        last_agrees = bool(sender.last_name and other.last_name) and _same(
            sender.last_name, other.last_name
        )
        if not (first_agrees or last_agrees):
            continue
        if sender.first_name and other.first_name and not first_agrees:
            continue
        if sender.last_name and other.last_name and not last_agrees:
            continue
        sender = merge([sender, other])
    return sender


def _same(a: str, b: str) -> bool:
    return (
        a.casefold() == b.casefold()
        or a.casefold().startswith(b.casefold().rstrip("."))
        or b.casefold().startswith(a.casefold().rstrip("."))
    )
