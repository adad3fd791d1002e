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


class Situation(StrEnum):
    """How the gallery groups templates: the user's situation, not the message kind."""

    WRITE_FIRST = "write_first"  # Ich schreibe zuerst
    REPLY = "reply"  # Ich antworte
    DECLINE = "decline"  # Ich sage ab
    FOLLOW_UP = "follow_up"  # Ich fasse nach


# A template that does not name its situation gets the one of its kind.
SITUATION_OF_KIND: dict[Kind, Situation] = {
    Kind.FIRST_CONTACT: Situation.WRITE_FIRST,
    Kind.CONTACT_REQUEST: Situation.WRITE_FIRST,
    Kind.GROUP_POST: Situation.WRITE_FIRST,
    Kind.REPLY: Situation.REPLY,
    Kind.DECLINE: Situation.DECLINE,
    Kind.FOLLOW_UP: Situation.FOLLOW_UP,
}


class ReceivedKind(StrEnum):
    """What a message someone sent the user is (core/reply reads it); templates name the
    kinds they answer with ``answers = [...]``."""

    CONTACT_REQUEST = "contact_request"
    FIRST_CONTACT = "first_contact"
    SALES_PITCH = "sales_pitch"
    QUESTION = "question"
    FEEDBACK = "feedback"
    INVITATION = "invitation"
    INTRODUCTION = "introduction"  # someone introduces the user to a third person
    THANKS = "thanks"
    OTHER = "other"


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

SITUATION_LABELS: dict[Situation, str] = {
    Situation.WRITE_FIRST: QT_TRANSLATE_NOOP("vocabulary", "Ich schreibe zuerst"),
    Situation.REPLY: QT_TRANSLATE_NOOP("vocabulary", "Ich antworte"),
    Situation.DECLINE: QT_TRANSLATE_NOOP("vocabulary", "Ich sage ab"),
    Situation.FOLLOW_UP: QT_TRANSLATE_NOOP("vocabulary", "Ich fasse nach"),
}

RECEIVED_KIND_LABELS: dict[ReceivedKind, str] = {
    ReceivedKind.CONTACT_REQUEST: QT_TRANSLATE_NOOP("vocabulary", "Kontaktanfrage"),
    ReceivedKind.FIRST_CONTACT: QT_TRANSLATE_NOOP("vocabulary", "Erstkontakt"),
    ReceivedKind.SALES_PITCH: QT_TRANSLATE_NOOP("vocabulary", "Verkaufsangebot"),
    ReceivedKind.QUESTION: QT_TRANSLATE_NOOP("vocabulary", "Frage"),
    ReceivedKind.FEEDBACK: QT_TRANSLATE_NOOP("vocabulary", "Rückmeldung"),
    ReceivedKind.INVITATION: QT_TRANSLATE_NOOP("vocabulary", "Einladung"),
    ReceivedKind.INTRODUCTION: QT_TRANSLATE_NOOP("vocabulary", "Vorstellung durch Dritte"),
    ReceivedKind.THANKS: QT_TRANSLATE_NOOP("vocabulary", "Dank"),
    ReceivedKind.OTHER: QT_TRANSLATE_NOOP("vocabulary", "Sonstiges"),
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


def kind_label(kind: Kind | str | None) -> str:
    """The kind's name; "" for None (a kind this version does not know)."""
    if kind is None:
        return ""
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind
