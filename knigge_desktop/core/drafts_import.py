"""Drafts read from an export file: every value checked before it reaches the database.

A value of the wrong type (``"fields": {"reason": ["x"]}``) once got in and then made every
save of that draft fail. Each draft of a file is judged on its own: a bad one is skipped
with its reason, the others are imported.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.datafile import (
    MAX_IMPORT_BYTES,
    Invalid,
    json_of_bytes,
    kind_of_value,
    read_bytes,
    shown_value,
)
from knigge_desktop.core.drafts import (
    MAX_MESSAGE_CHARS,
    MAX_RECEIVED_CHARS,
    Draft,
    kind_of,
    platform_of,
)
from knigge_desktop.core.loaded import Loaded
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.vocabulary import Kind, Platform

MAX_DRAFTS = 100_000  # per import; the entries beyond are counted, not read
MAX_CLOCK_AHEAD = timedelta(days=1)  # a later "updated" is taken as now (a clock set wrong)
# An export of what the app holds imports again: the editor takes a paste up to
# MAX_MESSAGE_CHARS, and typing may go on beyond; a field box has no limit of its own.
MAX_TEXT_CHARS = 5 * MAX_MESSAGE_CHARS
MAX_FIELDS = 500
MAX_NAME_CHARS = 200  # field names, template ids, kinds
MAX_VALUE_CHARS = MAX_MESSAGE_CHARS
MAX_TITLE_CHARS = 1_000
MAX_IGNORED = 10_000  # ignored findings of one draft


class NotAnExport(Invalid):
    """A readable JSON file that holds no list of drafts."""


def read_export(path: Path) -> list[Any]:
    """The items of an export file (``drafts export``), read with the limits of every file:
    Invalid when it cannot be read, NotAnExport when it is no list. Each item is judged
    later, on its own (drafts_from_export)."""
    return export_items(read_bytes(path, MAX_IMPORT_BYTES))


def export_items(data: bytes) -> list[Any]:
    """The items of an export's bytes (a file, or stdin for ``drafts import -``)."""
    items = json_of_bytes(data, lone_surrogates=True)
    if not isinstance(items, list):
        raise NotAnExport(Message(QT_TRANSLATE_NOOP("core", "keine Liste von Entwürfen")), 1)
    return items


def drafts_from_export(items: list[Any]) -> Loaded[Draft, Message]:
    """The drafts an export describes (at most MAX_DRAFTS), and why each other item was
    skipped ("Entwurf 3: …")."""
    loaded: Loaded[Draft, Message] = Loaded()
    for number, item in enumerate(items[:MAX_DRAFTS], start=1):
        draft = draft_from_export(item, number)
        if isinstance(draft, Message):
            loaded.problems.append(draft)
        else:
            loaded.items.append(draft)
    return loaded


# The report names this many skipped drafts, then how many more there are.
MAX_REASONS_SHOWN = 10


class ImportReport(NamedTuple):
    imported: int
    duplicates: int  # already stored: skipped without a word
    rejected: tuple[Message, ...]  # why each bad draft was skipped ("Entwurf 3: …")
    not_read: int = 0  # entries beyond MAX_DRAFTS, not looked at
    restored: int = 0  # identical to a deleted draft: that one is back from the trash

    def shown_reasons(self) -> tuple[tuple[Message, ...], int]:
        """The reasons to list, and how many more were skipped beyond them."""
        shown = self.rejected[:MAX_REASONS_SHOWN]
        return shown, len(self.rejected) - len(shown)

    def summary(self) -> str:
        """What happened, in German, for the command line: the counts on the first line,
        then each skipped draft with its reason. The window words its own in its language
        with Qt's plural forms (services/drafts_service.py)."""
        counts = [_german_count(self.imported, "Entwurf eingelesen", "Entwürfe eingelesen")]
        if self.restored:
            counts.append(f"{self.restored} aus dem Papierkorb zurückgeholt")
        if self.rejected:
            counts.append(f"{len(self.rejected)} übersprungen")
        counts.append(_german_count(self.duplicates, "war schon da", "waren schon da"))
        lines = [", ".join(counts) + "."]
        if self.not_read:
            lines.append(not_read_line(self.not_read))
        shown, more = self.shown_reasons()
        lines += [f"  {reason}" for reason in shown]
        if more:
            lines.append(f"  und {_german_count(more, 'weiterer', 'weitere')}")
        return "\n".join(lines)


def not_read_line(count: int) -> Message:
    """That entries past the limit were not looked at, and the limit."""
    return Message(
        QT_TRANSLATE_NOOP(
            "core", "Weitere Einträge nicht gelesen: {count} (höchstens {limit} je Import)."
        ),
        count=count,
        limit=f"{MAX_DRAFTS:,}".replace(",", "."),
    )


def _german_count(number: int, one: str, other: str) -> str:
    return f"{number} {one if number == 1 else other}"


def draft_from_export(item: object, number: int) -> Draft | Message:
    """The draft an export entry describes, or why it cannot be imported (``number``
    counts from 1, as the user would count the drafts in the file). Every key is checked
    against its type and closed set; keys an older export lacks take the old meaning
    (a title given is the user's, the text counts as edited by hand)."""
    if not isinstance(item, dict):
        return _reason(number, Message(QT_TRANSLATE_NOOP("core", "kein Entwurf")))
    why = _problem(item)
    if why is not None:
        return _reason(number, why)
    title = item.get("title") or ""
    renamed = item.get("renamed")
    edited = item.get("text_edited")
    return Draft(
        template=item.get("template") or "",
        kind=kind_of(item.get("kind") or ""),  # "" (none) stays None
        fields=dict(item.get("fields") or {}),
        text=item["text"],
        title=title.strip(),  # null: the title follows the recipient again
        renamed=bool(title.strip()) if renamed is None else renamed and bool(title.strip()),
        text_edited=True if edited is None else edited,
        platform=platform_of(item.get("platform") or ""),
        ignored=list(item.get("ignored") or []),
        created=_timestamp(item.get("created")) or "",
        updated=_timestamp(item.get("updated")) or "",
        # Exports before schema 6 have none; null says the same: no received message.
        received=item.get("received") or "",
    )


# Text keys of an export and how long each may be. Null is the same as a missing key for
# these (a title of null follows the recipient), not for "template" and "kind".
_NULLABLE = frozenset({"title", "platform", "received", "created", "updated"})
_TEXT_LIMITS = {
    "title": MAX_TITLE_CHARS,
    "template": MAX_NAME_CHARS,
    "kind": MAX_NAME_CHARS,
    "platform": MAX_NAME_CHARS,
    "received": MAX_RECEIVED_CHARS,
    "created": 64,
    "updated": 64,
}
_FLAGS = ("renamed", "text_edited")
_KINDS = tuple(kind.value for kind in Kind)
_PLATFORMS = tuple(platform.value for platform in Platform)
_TEMPLATE_ID = re.compile(r"[a-z][a-z0-9_]*")  # as core/templates/loader.py allows


def _problem(item: dict[str, Any]) -> Message | None:
    """Why an export entry is no draft, in words that name the key and what is wrong."""
    text = item.get("text")
    if text is None:
        return Message(QT_TRANSLATE_NOOP("core", "der Text fehlt"))
    why = _text_problem("text", text, MAX_TEXT_CHARS)
    for key, limit in _TEXT_LIMITS.items():
        present = key in item and not (item[key] is None and key in _NULLABLE)
        if why is None and present:
            why = _text_problem(key, item[key], limit)
    if why is not None:
        return why
    for key in _FLAGS:
        value = item.get(key)
        if value is not None and not isinstance(value, bool):
            return Message(
                QT_TRANSLATE_NOOP("core", "„{key}“ muss true oder false sein, nicht {kind}"),
                key=key,
                kind=kind_of_value(value),
            )
    kind, platform = item.get("kind") or "", item.get("platform") or ""
    if kind and kind not in _KINDS:
        return _not_in_set(QT_TRANSLATE_NOOP("core", "die Art"), kind, _KINDS)
    if platform and platform not in _PLATFORMS:
        return _not_in_set(QT_TRANSLATE_NOOP("core", "die Plattform"), platform, _PLATFORMS)
    template = item.get("template") or ""
    if template and not _TEMPLATE_ID.fullmatch(template):
        return Message(
            QT_TRANSLATE_NOOP(
                "core", "die Vorlagen-ID „{value}“ ist ungültig: nur Kleinbuchstaben, Ziffern, _"
            ),
            value=shown_value(template),
        )
    for key in ("created", "updated"):
        if item.get(key) is not None and _timestamp(item[key]) is None:
            return Message(
                QT_TRANSLATE_NOOP("core", "„{key}“ ist kein Datum (ISO 8601): „{value}“"),
                key=key,
                value=shown_value(item[key]),
            )
    return _fields_problem(item.get("fields")) or _ignored_problem(item.get("ignored"))


def _text_problem(key: str, value: Any, limit: int) -> Message | None:
    if not isinstance(value, str):
        return Message(
            QT_TRANSLATE_NOOP("core", "„{key}“ muss ein Text sein, nicht {kind}"),
            key=key,
            kind=_kind_of(value),
        )
    if len(value) > limit:
        return Message(
            QT_TRANSLATE_NOOP("core", "„{key}“ ist zu lang ({n} Zeichen, höchstens {limit})"),
            key=key,
            n=len(value),
            limit=limit,
        )
    if not _is_text(value, limit):
        return Message(
            QT_TRANSLATE_NOOP("core", "„{key}“ enthält ungültige Zeichen (halbe UTF-16-Paare)"),
            key=key,
        )
    return None


def _fields_problem(fields: Any) -> Message | None:
    if fields is None:
        return None
    if not isinstance(fields, dict):
        return Message(
            QT_TRANSLATE_NOOP("core", "„fields“ muss eine Tabelle sein, nicht {kind}"),
            kind=_kind_of(fields),
        )
    if len(fields) > MAX_FIELDS:
        return Message(
            QT_TRANSLATE_NOOP("core", "zu viele Felder ({n}, höchstens {limit})"),
            n=len(fields),
            limit=MAX_FIELDS,
        )
    for name, value in fields.items():
        if not _is_text(name, MAX_NAME_CHARS):
            return Message(QT_TRANSLATE_NOOP("core", "ein Feldname ist kein Text oder zu lang"))
        if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            return Message(
                QT_TRANSLATE_NOOP("core", "das Feld „{name}“ ist zu lang (höchstens {limit})"),
                name=shown_value(name),
                limit=MAX_VALUE_CHARS,
            )
        if not (isinstance(value, bool) or _is_text(value, MAX_VALUE_CHARS)):
            return Message(
                QT_TRANSLATE_NOOP("core", "das Feld „{name}“ ist weder Text noch Ja/Nein"),
                name=shown_value(name),
            )
    return None


def _ignored_problem(ignored: Any) -> Message | None:
    """The ignored findings: a list of texts (``rule:flagged words``)."""
    if ignored is None:
        return None
    if not (
        isinstance(ignored, list)
        and len(ignored) <= MAX_IGNORED
        and all(_is_text(key, MAX_VALUE_CHARS) for key in ignored)
    ):
        return Message(
            QT_TRANSLATE_NOOP(
                "core", "„ignored“ muss eine Liste von höchstens {limit} Texten sein"
            ),
            limit=MAX_IGNORED,
        )
    return None


def _not_in_set(what: str, value: str, allowed: tuple[str, ...]) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("core", "{what} „{value}“ gibt es nicht (möglich: {allowed})"),
        what=Message(what),
        value=shown_value(value),
        allowed=", ".join(allowed),
    )


def _kind_of(value: Any) -> Message:
    """What a JSON value is, in words; JSON's null too."""
    if value is None:
        return Message(QT_TRANSLATE_NOOP("core", "leer (null)"))
    return kind_of_value(value)


def _is_text(value: Any, limit: int) -> bool:
    """A str SQLite can store (no lone surrogates such as "\\ud800") and not too long."""
    if not isinstance(value, str) or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _timestamp(value: Any) -> str | None:
    """An ISO time as the store writes it (UTC), or None if it is none."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):  # 0001-01-01T00:00+05:00 lies before year 1 in UTC
        return None
    current = datetime.now(UTC)
    if moment > current + MAX_CLOCK_AHEAD:
        # A date in the future would keep the draft on top of the list for ever.
        moment = current
    return moment.isoformat(timespec="microseconds")


def _reason(number: int, why: Message) -> Message:
    return Message(QT_TRANSLATE_NOOP("core", "Entwurf {number}: {why}"), number=number, why=why)
