"""The fixed words shared by templates, checks, drafts and the command line (DESIGN.md)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    FIRST_CONTACT = "first_contact"
    CONTACT_REQUEST = "contact_request"
    FOLLOW_UP = "follow_up"
    DECLINE = "decline"
    REPLY = "reply"
    GROUP_POST = "group_post"


class Tone(StrEnum):
    FORMAL = "formal"  # Sie
    INFORMAL = "informal"  # du


class Platform(StrEnum):
    XING = "xing"
    LINKEDIN = "linkedin"
    EMAIL = "email"


KIND_LABELS: dict[Kind, str] = {
    Kind.FIRST_CONTACT: "Erstkontakt",
    Kind.CONTACT_REQUEST: "Kontaktanfrage",
    Kind.FOLLOW_UP: "Nachfassen",
    Kind.DECLINE: "Absage",
    Kind.REPLY: "Antwort",
    Kind.GROUP_POST: "Gruppenbeitrag",
}

TONE_LABELS: dict[Tone, str] = {Tone.FORMAL: "Sie (förmlich)", Tone.INFORMAL: "du (locker)"}

PLATFORM_LABELS: dict[Platform, str] = {
    Platform.XING: "XING",
    Platform.LINKEDIN: "LinkedIn",
    Platform.EMAIL: "E-Mail",
}


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind
