"""XING and LinkedIn notification mails: who wrote, which platform, and the message inside.

A notification wraps the personal message in lines of its own: a headline ("Anna Wagner
hat Ihnen eine Nachricht gesendet"), the sender's job line, buttons ("Antworten",
"Kontaktanfrage bestätigen") and a footer (unsubscribe, company address). Only the headline
and the footer tell us anything; all of it goes, the personal message stays.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from knigge_desktop.core.vocabulary import Platform

_NAME = r"(?P<name>[A-ZÄÖÜ][^\n,:;!?]{1,60}?)"
_HEADLINES: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), asks_to_connect)
    for pattern, asks_to_connect in (
        (
            rf"^{_NAME} hat (?:Ihnen|dir) (?:eine|1) (?:neue )?Nachricht (?:gesendet|geschickt)",
            False,
        ),
        (
            rf"^(?:Sie haben|Du hast) (?:eine )?neue Nachricht von {_NAME}"
            r"(?:\s+(?:auf|bei|über) (?:XING|LinkedIn))?\s*[.:]?$",
            False,
        ),
        (rf"^(?:Neue )?Nachricht von {_NAME}\s*(?:auf (?:XING|LinkedIn))?\s*:?$", False),
        (rf"^(?:Neue )?Nachricht (?:auf|bei|über) (?:XING|LinkedIn) von {_NAME}\s*:?$", False),
        (rf"^{_NAME} hat (?:auf )?(?:Ihre|deine) Nachricht (?:beantwortet|geantwortet)", False),
        (rf"^{_NAME} hat (?:Ihnen|dir) geantwortet", False),
        (
            rf"^{_NAME} möchte (?:sich )?(?:mit (?:Ihnen|dir) )?(?:(?:auf|bei|über) (?:XING"
            rf"|LinkedIn) )?(?:gerne? )?(?:vernetzen|verbinden|in Kontakt"
            r" treten|Ihr Kontakt werden|dein Kontakt werden)",
            True,
        ),
        (rf"^{_NAME} möchte (?:Sie|dich) als Kontakt hinzufügen", True),
        (
            rf"^{_NAME} hat (?:Sie|dich) zu einer (?:Unterhaltung|Gruppenunterhaltung) hinzugefügt",
            False,
        ),
        (rf"^{_NAME} (?:wants to connect|would like to connect)", True),
        (rf"^{_NAME} (?:sent you a message|has sent you a message)", False),
        (rf"^{_NAME} hat (?:Ihnen|dir) eine Kontaktanfrage (?:gesendet|geschickt)", True),
        (rf"^(?:Neue )?Kontaktanfrage von {_NAME}\s*:?$", True),
        (rf"^{_NAME} hat (?:Sie|dich) eingeladen, sich (?:\w+ ){{0,3}}?zu vernetzen", True),
        (rf"^Einladung (?:zum Vernetzen )?von {_NAME}\s*:?$", True),
        (rf"^{_NAME} hat (?:Ihnen|dir) eine Einladung (?:gesendet|geschickt)", True),
        (rf"^{_NAME} lädt (?:Sie|dich|euch) ein\b", False),
    )
)
# Button and footer lines of a notification, never part of a personal message.
_BUTTON = re.compile(
    r"^(?:Antworten|Jetzt antworten|Nachricht (?:beantworten|anzeigen|lesen|ansehen)|Zur Nachricht"
    r"|Zum Profil|Profil (?:ansehen|anzeigen|besuchen)|Annehmen|Ablehnen|Ignorieren|Bestätigen"
    r"|Akzeptieren|Vernetzen|Kontaktanfrage (?:bestätigen|annehmen|ablehnen|ansehen|beantworten)"
    r"|Einladung (?:annehmen|ansehen|ablehnen)|Alle (?:Nachrichten|Einladungen) anzeigen"
    r"|Mehr anzeigen|Abmelden|Abbestellen|Hilfe|Impressum|Datenschutz\w*|Nutzungsbedingungen"
    r"|AGB|Einstellungen|Jetzt ansehen|Mehr erfahren|Weiter|Accept|Reply|View profile"
    r"|View message|Unsubscribe|Help)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"(?:Sie erhalten (?:diese|Benachrichtigungs)|Du erhältst (?:diese|Benachrichtigungs)"
    r"|Diese (?:E-Mail|Nachricht|Benachrichtigung) wurde an|E-Mail-Einstellungen"
    r"|Benachrichtigungen? (?:verwalten|ändern|abbestellen)|abbestellen|abmelden|©"
    r"|\(c\) \d{4}|LinkedIn Corporation|LinkedIn Ireland|Unlimited Company|New Work SE"
    r"|XING SE|Dammtorstr|Wilton Place|Dublin 2|(?<!\d)\d+ gemeinsame Kontakte?"
    r"|gemeinsame Kontakte:"
    r"|Mitglied seit|Diese E-Mail ist für|This email was intended for|You are receiving"
    r"|Nicht mehr erhalten|Premium-Mitglied|ProBusiness|Learn why we included this)",
    re.IGNORECASE,
)
_BRAND = re.compile(r"\b(XING|Xing|LinkedIn|Linkedin|New Work SE)(?:\b|(?=-))")
# "hier auf XING", "über LinkedIn": the message itself says where it was written.
_HERE_ON = re.compile(
    r"\b(?:hier (?:auf|bei|in|über)|über|via|per) (?P<brand>XING|Xing|LinkedIn|Linkedin)\b"
)
# The sender's job line right under the headline: "Vertriebsleiterin bei Muster GmbH".
_JOB_LINE = re.compile(r"^[^.!?]{2,90}(?:\sbei\s|\sat\s|\s\|\s|\s@\s|\s·\s)[^!?]{2,90}$")
# A line that starts in lower case or runs on after a full stop is the message, not a job
# line: "nochmals Dank für Ihren Vortrag bei unserem Frühstück. Viele Gäste haben …".
_SENTENCE_LINE = re.compile(r"^[a-zäöüß]|[a-zäöüß]{2}\.\s+[A-ZÄÖÜ]\w*\s+\w+\s+\w+")
# "Gesendet von XING", "Sent from LinkedIn": the app's line under a message, not its sender.
_SENT_VIA = re.compile(
    r"^[^\S\n]*(?:Gesendet|Verschickt|Geschickt|Sent)\s+(?:von|über|via|mit|aus|from|with)\s+"
    r"(?:der\s+|the\s+)?(?P<brand>XING|Xing|LinkedIn|Linkedin)(?:[- ]?App)?[^\S\n]*\.?[^\S\n]*$",
    re.MULTILINE,
)
# When LinkedIn says a message came: "14:32", "gestern", "vor 2 Tagen", "3.11.", "Mo".
_STAMP = (
    r"\d{1,2}:\d{2}|gestern|heute|vor \d+ \w+|\d{1,2}\.\s?\d{1,2}\."
    r"|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
)
# "Lena Fischer · 14:32" above the message, "· 2. Grad" after the job: LinkedIn's layout,
# as is its German footer "Diese E-Mail ist für … bestimmt".
_LINKEDIN_LAYOUT = re.compile(
    rf"·\s*(?:{_STAMP})(?=\s*$)"
    r"|·\s*[123]\.\s*Grad\b|^Diese E-Mail ist für .{2,60} bestimmt"
    r"|^Profil von .{2,40} ansehen$",
    re.IGNORECASE | re.MULTILINE,
)
# The platform's own lines around the personal message: "Persönliche Nachricht von …:",
# "Neue Kontaktanfrage auf XING", its greeting of the user "Hallo Jana Petersen,".
_PLATFORM_LINE = re.compile(
    r"^(?:Persönliche Nachricht(?: von [^:]{2,60})?|Nachricht von [^:]{2,60}"
    r"|Neue (?:Kontaktanfrage|Nachricht|Einladung)"
    r"(?: auf| bei)? (?:XING|LinkedIn))\s*:?\s*$",
    re.IGNORECASE,
)
_SENDER_TIME = re.compile(rf"^[^\n·]{{2,60}}\s·\s(?:{_STAMP})\s*$")
# XING's headline; LinkedIn writes "… hat Ihnen eine Nachricht gesendet".
_XING_HEADLINE = re.compile(r"^Sie haben eine neue Nachricht von ", re.IGNORECASE)
_LINKEDIN_HEADLINE = re.compile(
    r"\bhat (?:Ihnen|dir) eine (?:neue )?Nachricht gesendet\b|\b(?:wants|would like) to connect\b"
)
_QUOTE_MARKS = "„“”\"»«‚‘’'"


class Unwrapped(NamedTuple):
    text: str
    sender: str  # the name in the headline, or ""
    platform: Platform | None
    asks_to_connect: bool  # the headline is a contact request
    wrapped: bool  # a notification was found and removed


def _platform_of(text: str) -> Platform | None:
    # New Work SE runs XING and signs its mails with its own name.
    found = {m.group(1).casefold().replace("new work se", "xing") for m in _BRAND.finditer(text)}
    if found == {"xing"}:
        return Platform.XING
    if found == {"linkedin"}:
        return Platform.LINKEDIN
    return None


def platform_said_in(text: str) -> Platform | None:
    """The platform the message itself names: "hier auf XING", "in der XING-Gruppe",
    "auf LinkedIn gesehen"; None when it names none or both."""
    match = _HERE_ON.search(text)
    if match is not None:
        return Platform.XING if match.group("brand").casefold() == "xing" else Platform.LINKEDIN
    return _platform_of(text)


def unwrap(text: str) -> Unwrapped:
    lines = text.split("\n")
    sender = ""
    asks_to_connect = False
    headline_at = -1
    for index, line in enumerate(lines[:40]):
        stripped = line.strip()
        for pattern, connects in _HEADLINES:
            match = pattern.match(stripped)
            if match:
                sender, asks_to_connect, headline_at = match.group("name").strip(), connects, index
                break
        if headline_at >= 0:
            break

    removed: list[str] = []
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        right_after_headline = headline_at >= 0 and 0 < index - headline_at <= 4
        if (
            index == headline_at
            or (stripped and _BUTTON.match(stripped) and len(stripped.split()) <= 6)
            or (stripped and _FOOTER.search(stripped))
            or (
                right_after_headline
                and _JOB_LINE.match(stripped)
                and not _SENTENCE_LINE.search(stripped)
            )
            or _SENDER_TIME.match(stripped)
            or _PLATFORM_LINE.match(stripped)
            or (
                headline_at >= 0
                and index < headline_at
                and re.match(r"^(?:Hallo|Guten Tag) [^,]{2,60},$", stripped)
            )
            or (headline_at >= 0 and _LINKEDIN_LAYOUT.search(stripped))
            or (headline_at >= 0 and stripped.casefold() in {sender.casefold(), "xing", "linkedin"})
        ):
            removed.append(line)
            continue
        kept.append(line)

    layout = _LINKEDIN_LAYOUT.search(text)
    wrapped = headline_at >= 0 or len(removed) >= 2 or bool(layout)
    if not wrapped:
        return Unwrapped(text, "", None, False, False)
    body = "\n".join(kept).strip()
    # The personal message often stands in quotation marks inside the notification.
    if len(body) > 2 and body[0] in _QUOTE_MARKS and body.rstrip()[-1] in _QUOTE_MARKS:
        body = body[1:].rstrip()[:-1].strip()
    platform = _platform_of("\n".join(removed)) or _platform_of(text)
    if platform is None and layout:
        platform = Platform.LINKEDIN
    if platform is None and headline_at >= 0 and _XING_HEADLINE.match(lines[headline_at].strip()):
        platform = Platform.XING
    if platform is None and headline_at >= 0 and _LINKEDIN_HEADLINE.search(lines[headline_at]):
        platform = Platform.LINKEDIN
    return Unwrapped(body, sender, platform, asks_to_connect, True)


def sent_via(text: str) -> tuple[str, Platform | None]:
    """The text without the app's "Gesendet von XING" lines, and the platform they name."""
    found = {m.group("brand").casefold() for m in _SENT_VIA.finditer(text)}
    if not found:
        return text, None
    platform = None
    if found == {"xing"}:
        platform = Platform.XING
    elif found == {"linkedin"}:
        platform = Platform.LINKEDIN
    return _SENT_VIA.sub("", text), platform
