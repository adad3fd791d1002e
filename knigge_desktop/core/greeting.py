"""Build a correct German salutation from how the recipient wants to be addressed.

"Sehr geehrte Frau Dr. Wagner," / "Sehr geehrter Herr Prof. Albrecht," /
"Guten Tag Alex Weber," (no gender) / "Hallo Anna," (du).

Without gender the address needs the first name: "Guten Tag Wagner," is wrong German. When
only the last name is known the greeting asks for it, "Guten Tag [Vorname] Wagner,", like
every empty required field: the name typed stays visible, the gap cannot be missed, and the
checks flag the placeholder. needs_first_name() tells the command line to say so.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.shown_chars import title_text


class Gender(StrEnum):
    FRAU = "frau"
    HERR = "herr"
    NONE = "none"  # addressed without gender: "Guten Tag Alex Weber"


class GreetingStyle(StrEnum):
    SEHR_GEEHRT = "sehr_geehrt"  # formal letter style
    GUTEN_TAG = "guten_tag"  # formal, a little warmer; the only form without gender
    HALLO = "hallo"  # informal
    LIEBE = "liebe"  # informal, warmer: "Liebe Anna," / "Lieber Max,"


FIRST_NAME_PLACEHOLDER = "[Vorname]"
NAME_PLACEHOLDER = "[Name]"  # the greeting's gap while no name is known


class Recipient(NamedTuple):
    gender: Gender = Gender.NONE
    title: str = ""  # "Dr.", "Prof.", "Prof. Dr." or empty
    first_name: str = ""
    last_name: str = ""


def _formal_name(r: Recipient, *, with_first_name: bool) -> str:
    parts = [r.title.strip()]
    if with_first_name:
        parts.append(r.first_name.strip())
    parts.append(r.last_name.strip())
    return " ".join(p for p in parts if p)


def build_greeting(r: Recipient, style: GreetingStyle, placeholder: str = NAME_PLACEHOLDER) -> str:
    """The salutation line, ending in a comma. Missing names show ``placeholder``."""
    if style in (GreetingStyle.HALLO, GreetingStyle.LIEBE):
        name = r.first_name.strip() or r.last_name.strip() or placeholder
        if style is GreetingStyle.HALLO:
            return f"Hallo {name},"
        # "Lieber" for a man, "Liebe" otherwise: without gender the neutral form is safer.
        word = "Lieber" if r.gender is Gender.HERR else "Liebe"
        return f"{word} {name},"

    if r.gender is Gender.NONE:
        # Without gender the full name carries the address; "Sehr geehrte*r" would need a
        # gender, so both formal styles become "Guten Tag".
        if needs_first_name(r, style):
            r = r._replace(first_name=FIRST_NAME_PLACEHOLDER)
        name = _formal_name(r, with_first_name=True) or placeholder
        return f"Guten Tag {name},"

    name = _formal_name(r, with_first_name=False)
    if not r.last_name.strip():
        name = f"{name} {placeholder}".strip()
    noun = "Frau" if r.gender is Gender.FRAU else "Herr"
    if style is GreetingStyle.GUTEN_TAG:
        return f"Guten Tag {noun} {name},"
    adjective = "Sehr geehrte" if r.gender is Gender.FRAU else "Sehr geehrter"
    return f"{adjective} {noun} {name},"


def greets_by_gender(style: GreetingStyle) -> bool:
    """Whether the gender changes the greeting's words: "Hallo Anna," is the same for
    everyone, so a form of that style has nothing to fill its Frau/Herr with."""
    return style is not GreetingStyle.HALLO


def needs_first_name(r: Recipient, style: GreetingStyle) -> bool:
    """Whether the greeting lacks the first name to address the person by name: formal,
    without gender, last name known ("Guten Tag Wagner," is no German form)."""
    formal = style in (GreetingStyle.SEHR_GEEHRT, GreetingStyle.GUTEN_TAG)
    return (
        formal
        and r.gender is Gender.NONE
        and not r.first_name.strip()
        and bool(r.last_name.strip())
    )


# Who a hand-written message is addressed to, read off its first line: "Sehr geehrter Herr
# Dr. Müller," gives "Herr Dr. Müller", "Hallo Anna," gives "Anna". Only for a draft's
# automatic title, so it stays small and cheap (it runs on every keystroke).
@cache
def _addressee() -> re.Pattern[str]:
    words = greeting_words(("formal", "neutral", "regional", "informal"))
    return re.compile(
        rf"^\s*(?i:{words})\s+"
        r"(?P<who>(?:(?:Frau|Herr|Herrn)\s+)?(?:(?:Dr|Prof|Dipl)\.[\w.-]*\s+)*"
        r"[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)?)\s*[,!\n]"
    )


_NOT_A_NAME = {"frau", "herr", "herrn", "zusammen", "team", "alle", "leute", "kollegen"}


def addressee_in(text: str) -> str:
    """The name the greeting of `text` uses, or "" (no greeting, or one without a name)."""
    match = _addressee().match(text[:200])
    if match is None:
        return ""
    who = title_text(match.group("who"))  # it names the draft: no controls in a title
    return "" if not who or who.split()[-1].casefold() in _NOT_A_NAME else who
