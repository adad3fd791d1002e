"""The greeting and the person it names: is there one, is it too casual for Sie, and does
the body speak to someone else by name?

The greeting words come from resources/language/greetings.toml (core/language/greetings.py);
rules name these checks in place of a pattern ("@greeting", "@casual_greeting",
"@vocative_other_name"; see kinds.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from knigge_desktop.core.etiquette.parts import Span
from knigge_desktop.core.language.greetings import ANY_OPENING, greeting_words
from knigge_desktop.core.language.names import is_first_name

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.kinds import Text


@cache
def _any_greeting() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{greeting_words(ANY_OPENING)}")


@cache
def _casual() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<flag>{greeting_words(('casual',))})")


def has_greeting(t: Text, region: Span) -> bool:
    """Any greeting word in the greeting line, regional ones included ("Hoi Lara")."""
    return _any_greeting().search(t.text, region.start, region.end) is not None


def starts_lowercase(t: Text, region: Span) -> bool:
    """ "mal ganz ehrlich, wie macht ihr das …": the text goes on as after a greeting's comma,
    so the greeting was meant and is missing."""
    lines = t.parts.lines
    first = t.text[lines[0].start : lines[0].end] if lines else ""
    return first[:1].islower()


def casual_greeting(t: Text, region: Span) -> Iterator[tuple[int, int]]:
    """ "Hey", "Hoi", "Servus" in the greeting: too casual per Sie, unless it is a regional
    all-day greeting before a title and surname ("Servus Herr Gruber")."""
    for match in _casual().finditer(t.text, region.start, region.end):
        if _regional_before_title(t.text, match):
            continue
        yield match.span("flag")


@cache
def _formal_before_title() -> re.Pattern[str]:
    return re.compile(rf"{greeting_words(('formal_before_title',))}\s+(?:Frau|Herrn?)\s")


def _regional_before_title(text: str, match: re.Match[str]) -> bool:
    """ "Servus Frau Mag. Leitner": the region's greeting said per Sie, with the title."""
    return _formal_before_title().match(text, match.start("flag")) is not None


_TITLES = r"(?:(?:Dr\.|Prof\.|Mag\.(?:a)?|DI|Dipl\.-Ing\.)\s+)*"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_TITLED = re.compile(rf"\b(?:Frau|Herrn?)\s+{_TITLES}(?P<name>{_NAME})")
_WORD = re.compile(rf"\b{_NAME}\b")
# A vocative: a name set off by a comma and ending its clause – "… hilft Ihnen weiter, Frau
# Seidl.", "Gern rufe ich Sie an, Herr Wolters, sagen Sie …", "dafür, Nicole, die …".
_VOCATIVE = re.compile(
    rf",\s+(?:(?P<title>Frau|Herrn?)\s+{_TITLES})?(?P<name>{_NAME})\s*(?=[.!?,])"
)
# … or opening its sentence and followed by words to the reader or from the writer: "Frau
# Hofer, Sie hatten nach dem Keller gefragt", "Herr Kaminski, wir danken Ihnen" ("Herr
# Schneider, der …" speaks of him).
_OPENING_VOCATIVE = re.compile(
    rf"(?:^|(?<=[.!?:])\s+|(?<=\n))(?P<title>Frau|Herrn?)\s+{_TITLES}(?P<name>{_NAME}),\s+"
    r"(?:Sie|Ihnen|Ihr\w*|ich|wir|bitte|danke|vielen|können|könnten|haben|hatten|würden|"
    r"dürfen|darf|wären|hätten)\b",
    re.MULTILINE,
)
_LAST_WORD = re.compile(r"(\S+)$")
# The pronouns of address may stand before the comma ("… danke ich Ihnen, Frau Seidl.");
# any other capitalised word there is a noun the name explains: "meine Kollegin, Frau Weber,"
# or a list of people ("Anna, Tom, Lisa").
_PRONOUNS = frozenset({"Sie", "Ihnen", "Euch", "Dir", "Dich"})


def vocative_other_name(t: Text, region: Span) -> Iterator[tuple[int, int]]:
    """The body speaks to someone by name whom the greeting does not name: "Sehr geehrter
    Herr Brandl, … Ich hoffe, diese Auskunft hilft Ihnen weiter, Frau Seidl." Only like with
    like: a surname after Frau or Herr against the greeting's surnames, a first name against
    its first names; a third person ("Herr Schneider hat mir empfohlen") is no vocative."""
    greeting, parts = t.parts.greeting, t.parts
    if greeting is None or len(parts.lines) < 2:
        return
    first_line = parts.lines[0]
    line = t.text[first_line.start : first_line.end]
    surnames = {m.group("name") for m in _TITLED.finditer(line)}
    words = {m.group() for m in _WORD.finditer(line)}
    first_names = {w for w in words if is_first_name(w)}
    if not surnames and not first_names:
        return
    # The body: after the first line, before the closing formula (and never the last line,
    # where the writer signs).
    end = parts.closing.start if parts.closing else parts.lines[-1].start
    start = max(first_line.end, region.start)
    for match in _VOCATIVE.finditer(t.text, start, min(end, region.end)):
        before, opens = _word_before(t.text, match.start())
        if (
            before[:1].isupper()
            and before not in _PRONOUNS
            and not opens
            and not _spoken_to_reader(t.text, match.start())
        ):
            continue
        name = match.group("name")
        if match.group("title"):
            if surnames and name not in surnames and name not in words:
                yield match.span("name")
        elif first_names and is_first_name(name) and name not in words:
            yield match.span("name")
    if surnames:
        for match in _OPENING_VOCATIVE.finditer(t.text, start, min(end, region.end)):
            name = match.group("name")
            if name not in surnames and name not in words:
                yield match.span("name")


_POSSESSIVE_BEFORE_NOUN = re.compile(
    r"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|Ihre|Ihren|"
    r"Ihrem|Ihrer|sein|seine|seinen|ihre|ihren)\s+(?:\S+\s+)?\S+$"
)
_ADDRESS_IN_CLAUSE = re.compile(r"\b(?:Sie|Ihnen)\b")


def _spoken_to_reader(text: str, comma: int) -> bool:
    """A name after a noun is a vocative, not an apposition, when the clause before speaks
    to the reader and the noun is no one's ("Ich hoffe, Sie finden eine gute Vertretung,
    Herr Dr. Kastner, und …"); "ich empfehle Ihnen meine Kollegin, Frau Weber" explains."""
    start = max(text.rfind(c, 0, comma) for c in ".!?\n,")
    clause = text[start + 1 : comma]
    return bool(_ADDRESS_IN_CLAUSE.search(clause)) and not _POSSESSIVE_BEFORE_NOUN.search(clause)


def _word_before(text: str, comma: int) -> tuple[str, bool]:
    """The word before the comma, and whether it opens its sentence (then its capital says
    nothing about a noun)."""
    window = text[max(0, comma - 40) : comma]
    word = _LAST_WORD.search(window)
    if word is None:
        return "", True
    rest = window[: word.start()].rstrip(" \t")
    opens = rest[-1:] in {"\n", ".", "!", "?"} or (not rest and comma - 40 <= 0)
    return word.group(1).strip('„“"()'), opens
