"""What the reader found in a message the user received (core/reply/reader.py reads it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.messages import Message
from knigge_desktop.core.vocabulary import Platform, ReceivedKind, Tone

# The version of the JSON shape of `read --format json` (README, "Reading a message").
JSON_SHAPE_VERSION = 1


@dataclass(frozen=True)
class ReadMessage:
    """The newest message of a pasted text, as read, and what could not be read."""

    text: str  # quoted history, signature blocks, HTML and notification wrappers removed
    sender: Recipient = field(default_factory=Recipient)  # becomes the reply's recipient
    tone: Tone | None = None
    platform: Platform | None = None
    kind: ReceivedKind = ReceivedKind.OTHER
    # What the message is as well, by its frame: a pitch sent as a XING contact request is
    # still a request to connect, which the user may accept or decline besides the pitch.
    also_kinds: tuple[ReceivedKind, ...] = ()
    asks: tuple[str, ...] = ()  # questions and requests, each one sentence of `text`
    unread: tuple[Message, ...] = ()  # German notes on what could not be read

    def reply_values(self) -> dict[str, str]:
        """Field values for a reply template: only what was read, nothing guessed."""
        values: dict[str, str] = {}
        if self.sender.gender is not Gender.NONE:
            values["recipient_gender"] = self.sender.gender.value
        elif self.sender.first_name and self.sender.last_name:
            # Both names known and no Frau/Herr: the greeting without gender is right.
            values["recipient_gender"] = Gender.NONE.value
        if self.sender.title:
            values["recipient_title"] = self.sender.title
        if self.sender.first_name:
            values["recipient_first_name"] = self.sender.first_name
        if self.sender.last_name:
            values["recipient_last_name"] = self.sender.last_name
        return values

    def to_json(self) -> dict[str, object]:
        """The stable shape of `read --format json` (README documents it)."""
        return {
            "version": JSON_SHAPE_VERSION,
            "sender": {
                "gender": self.sender.gender.value,
                "title": self.sender.title,
                "first_name": self.sender.first_name,
                "last_name": self.sender.last_name,
            },
            "tone": self.tone.value if self.tone else None,
            "platform": self.platform.value if self.platform else None,
            "kind": self.kind.value,
            "also_kinds": [kind.value for kind in self.also_kinds],
            "asks": list(self.asks),
            "unread": [str(note) for note in self.unread],
            "reply_values": self.reply_values(),
            "text": self.text,
        }
