"""Drafts read from an export file: every value checked before it reaches the database.

A value of the wrong type (``"fields": {"reason": ["x"]}``) once got in and then made every
save of that draft fail. Each draft of a file is judged on its own: a bad one is skipped
with its reason, the others are imported.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.datafile import (
    MAX_IMPORT_BYTES,
    Invalid,
    json_of_bytes,
    read_bytes,
    shown_value,
)
from knigge_desktop.core.drafts import MAX_RECEIVED_CHARS, Draft, kind_of
from knigge_desktop.core.loaded import Loaded
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

MAX_DRAFTS = 100_000  # per import; the entries beyond are counted, not read
MAX_CLOCK_AHEAD = timedelta(days=1)  # a later "updated" is taken as now (a clock set wrong)
MAX_TEXT_CHARS = 5_000_000  # the editor's own limit for one message is far below
MAX_FIELDS = 500
MAX_NAME_CHARS = 200  # field names, template ids, kinds
MAX_VALUE_CHARS = 100_000
MAX_TITLE_CHARS = 1_000


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

    def shown_reasons(self) -> tuple[tuple[Message, ...], int]:
        """The reasons to list, and how many more were skipped beyond them."""
        shown = self.rejected[:MAX_REASONS_SHOWN]
        return shown, len(self.rejected) - len(shown)

    def summary(self) -> str:
        """What happened, in German, for the command line: the counts on the first line,
        then each skipped draft with its reason. The window words its own in its language
        with Qt's plural forms (services/drafts_service.py)."""
        counts = [_german_count(self.imported, "Entwurf eingelesen", "Entwürfe eingelesen")]
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
    counts from 1, as the user would count the drafts in the file)."""
    if not isinstance(item, dict):
        return _reason(number, QT_TRANSLATE_NOOP("core", "kein Entwurf"))
    text = item.get("text")
    if not _is_text(text, MAX_TEXT_CHARS):
        return _reason(number, QT_TRANSLATE_NOOP("core", "der Text fehlt oder ist zu lang"))
    title = item.get("title")
    if title is not None and not _is_text(title, MAX_TITLE_CHARS):
        return _reason(number, QT_TRANSLATE_NOOP("core", "der Titel ist kein Text"))
    template, kind = item.get("template", ""), item.get("kind", "")
    if not (_is_text(template, MAX_NAME_CHARS) and _is_text(kind, MAX_NAME_CHARS)):
        return _reason(number, QT_TRANSLATE_NOOP("core", "Vorlage oder Art ist kein Text"))
    fields = item.get("fields", {})
    if not isinstance(fields, dict) or len(fields) > MAX_FIELDS:
        return _reason(number, QT_TRANSLATE_NOOP("core", "die Felder sind keine Zuordnung"))
    for name, value in fields.items():
        if not _is_text(name, MAX_NAME_CHARS):
            return _reason(number, QT_TRANSLATE_NOOP("core", "ein Feldname ist kein Text"))
        if not (isinstance(value, bool) or _is_text(value, MAX_VALUE_CHARS)):
            return _field_reason(number, name)
    # Exports before schema 6 have none; null says the same: no received message.
    received = item.get("received") or ""
    if not _is_text(received, MAX_RECEIVED_CHARS):
        return _reason(
            number, QT_TRANSLATE_NOOP("core", "die erhaltene Nachricht ist kein Text oder zu lang")
        )
    updated = item.get("updated")
    if updated is not None and _timestamp(updated) is None:
        return _reason(number, QT_TRANSLATE_NOOP("core", "das Datum ist ungültig"))
    return Draft(
        template=template,
        kind=kind_of(kind),  # one this version does not know: None, the text is kept
        fields=dict(fields),
        text=text,  # type: ignore[arg-type]  # checked by _is_text
        title=(title or "").strip(),  # null: the title follows the recipient again
        renamed=bool(title and title.strip()),
        text_edited=True,
        updated=_timestamp(updated) or "",
        received=received,
    )


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


def _reason(number: int, why: str) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("core", "Entwurf {number}: {why}"),
        number=number,
        why=Message(why),
    )


def _field_reason(number: int, name: str) -> Message:
    why = Message(
        QT_TRANSLATE_NOOP("core", "das Feld „{name}“ ist weder Text noch Ja/Nein"),
        name=shown_value(name),
    )
    return Message(QT_TRANSLATE_NOOP("core", "Entwurf {number}: {why}"), number=number, why=why)
