"""What a check knows about the message: kind, tone, platform and recipient.

Anything missing is None; tone is then inferred from the text, and rules that need the
rest are skipped rather than guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from knigge_desktop.core.etiquette.address import Marker, address_markers
from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

if TYPE_CHECKING:  # core/reply reads with this module's infer_tone: no import at run time
    from knigge_desktop.core.reply.model import ReadMessage

# "Sehr geehrte …", or any greeting that names Frau or Herr, speaks formally.
_FORMAL_GREETING = re.compile(
    rf"^\W*(?:{greeting_words(('formal',))}|[^,\n]{{0,30}}\b(?:Frau|Herr) [A-ZÄÖÜ])"
)
_TITLES = ("Prof. Dr.", "Prof.", "Dr.")


class CheckContext(NamedTuple):
    kind: Kind | None = None
    tone: Tone | None = None
    platform: Platform | None = None
    recipient: Recipient | None = None
    sender: str | None = None  # the sender's name from the fields: a name, and the fix
    received: ReadMessage | None = None  # the message this one replies to (core/reply)

    def with_inferred_tone(self, text: str, markers: list[Marker] | None = None) -> CheckContext:
        if self.tone is not None:
            return self
        return self._replace(tone=infer_tone(text, markers))


def infer_tone(text: str, markers: list[Marker] | None = None) -> Tone | None:
    """Formal or informal by the pronouns, a formal greeting tipping a tie; None if unclear."""
    if markers is None:
        markers = address_markers(text)
    formal = sum(1 for m in markers if m.formal)
    informal = len(markers) - formal
    if _FORMAL_GREETING.match(text):
        formal += 1
    if formal > informal:
        return Tone.FORMAL
    if informal > formal:
        return Tone.INFORMAL
    return None


def parse_recipient(name: str) -> Recipient:
    """'Frau Dr. Anna Wagner', 'Herr Albrecht' or 'Alex Weber' as a Recipient."""
    words = name.split()
    gender = Gender.NONE
    if words and words[0] in ("Frau", "Herr"):
        gender = Gender.FRAU if words[0] == "Frau" else Gender.HERR
        words = words[1:]
    rest = " ".join(words)
    title = ""
    for candidate in _TITLES:
        if rest.startswith(candidate + " "):
            title, rest = candidate, rest[len(candidate) + 1 :]
            break
    parts = rest.split()
    if not parts:
        return Recipient(gender, title)
    if len(parts) == 1:
        # One name: with Frau/Herr it is the surname, alone it is how the person is greeted.
        if gender is Gender.NONE:
            return Recipient(gender, title, first_name=parts[0])
        return Recipient(gender, title, last_name=parts[0])
    return Recipient(gender, title, first_name=" ".join(parts[:-1]), last_name=parts[-1])
