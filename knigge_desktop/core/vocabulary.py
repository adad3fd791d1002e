"""The fixed words shared by templates, checks, drafts and the command line
(docs/ARCHITECTURE.md)."""

from __future__ import annotations

from enum import StrEnum

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP


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


# Labels are marked for Qt's translation tools; the window translates them with context
# "vocabulary" (ui/i18n.py).
KIND_LABELS: dict[Kind, str] = {
    Kind.FIRST_CONTACT: QT_TRANSLATE_NOOP("vocabulary", "Erstkontakt"),
    Kind.CONTACT_REQUEST: QT_TRANSLATE_NOOP("vocabulary", "Kontaktanfrage"),
    Kind.FOLLOW_UP: QT_TRANSLATE_NOOP("vocabulary", "Nachfassen"),
    Kind.DECLINE: QT_TRANSLATE_NOOP("vocabulary", "Absage"),
    Kind.REPLY: QT_TRANSLATE_NOOP("vocabulary", "Antwort"),
    Kind.GROUP_POST: QT_TRANSLATE_NOOP("vocabulary", "Gruppenbeitrag"),
}

TONE_LABELS: dict[Tone, str] = {
    Tone.FORMAL: QT_TRANSLATE_NOOP("vocabulary", "Sie (förmlich)"),
    Tone.INFORMAL: QT_TRANSLATE_NOOP("vocabulary", "du (locker)"),
}

PLATFORM_LABELS: dict[Platform, str] = {
    Platform.XING: "XING",
    Platform.LINKEDIN: "LinkedIn",
    Platform.EMAIL: QT_TRANSLATE_NOOP("vocabulary", "E-Mail"),
}


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind
