"""Reading a message the user received, offline, to start the reply.

PROVISIONAL (branch replyui): a tiny stand-in for the reader the branch ``reader`` builds,
with the same interface, so the window can be built and tested against it. It reads only
what is unambiguous (a "… möchte sich mit Ihnen vernetzen" notification, a name under a
closing). The real reader replaces this file at merge; model.py and fitting.py are
already the reader's own.
"""

from __future__ import annotations

import re

from knigge_desktop.core.etiquette.context import infer_tone, parse_recipient
from knigge_desktop.core.greeting import Recipient
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.reply.fitting import fitting_templates
from knigge_desktop.core.reply.model import ReadMessage
from knigge_desktop.core.vocabulary import Platform, ReceivedKind

__all__ = ["ReadMessage", "fitting_templates", "read_message"]

_NAME = r"(?:(?:Frau|Herr)\s+)?(?:(?:Prof\.|Dr\.)\s+)*[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)?"
_REQUEST = re.compile(rf"^\s*(?P<name>{_NAME})\s+möchte sich mit (?:Ihnen|dir) vernetzen", re.M)
_CLOSING = re.compile(
    rf"^\s*(?:Viele|Beste|Liebe|Freundliche|Herzliche)?\s*Grüße\s*,?\s*\n\s*(?P<name>{_NAME})\s*$",
    re.M | re.I,
)


def read_message(text: str) -> ReadMessage:
    body = text.strip()
    found = _REQUEST.search(body) or _CLOSING.search(body)
    sender = parse_recipient(found.group("name")) if found else Recipient()
    lowered = body.casefold()
    if "vernetzen" in lowered or "kontaktanfrage" in lowered:
        kind = ReceivedKind.CONTACT_REQUEST
    elif "angebot" in lowered or "unsere lösung" in lowered:
        kind = ReceivedKind.SALES_PITCH
    elif "?" in body:
        kind = ReceivedKind.QUESTION
    else:
        kind = ReceivedKind.OTHER
    platform = next((p for p in (Platform.XING, Platform.LINKEDIN) if p.value in lowered), None)
    asks = tuple(s.strip() for s in re.findall(r"[^.!?\n]+\?", body))
    unread = () if found else (Message(QT_TRANSLATE_NOOP("core", "Absender nicht erkannt.")),)
    return ReadMessage(
        text=body,
        sender=sender,
        tone=infer_tone(body) if body else None,
        platform=platform,
        kind=kind,
        asks=asks,
        unread=unread,
    )
