"""Replying to a received message: what the window reads, offers and starts.

The user pastes a message (ui/reply_dialog.py); this service makes it readable (HTML from a
browser becomes text, control characters go, a huge paste keeps its beginning), reads it
with core/reply off the UI thread and a moment after the last keystroke, and says which
templates fit and with which field values a reply starts. The window only shows this.
"""

from __future__ import annotations

import contextlib
import html
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from knigge_desktop.core.drafts import MAX_RECEIVED_CHARS
from knigge_desktop.core.greeting import greets_by_gender
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP
from knigge_desktop.core.reply import ReadMessage, fitting_templates, read_message
from knigge_desktop.core.templates import FieldValue, Template
from knigge_desktop.core.templates.render import RECIPIENT_GENDER, coerce
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, Platform
from knigge_desktop.services.core_text import translated

READ_LIMIT = 20_000  # characters read: far more than any message, and quick to read
READ_DELAY_MS = 250  # after the last keystroke in the paste box
MAX_OFFERED = 6  # templates offered as buttons, best first
_REMEMBERED = 4  # readings kept for received_read: the open draft's and the pane's

_HTML = re.compile(r"<(?:html|body|div|p|br|span|table|a\s)[^>]*>", re.IGNORECASE)
_BLOCK_END = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReplyService", text)


def _number(n: int) -> str:
    """20.000 in German, 20,000 in English: the window's locale (ui/i18n.py sets it)."""
    return QLocale().toString(n)


@dataclass(frozen=True)
class Prepared:
    """A pasted text made fit to keep and to read, and what was done to it."""

    kept: str  # stored with the draft (at most MAX_RECEIVED_CHARS)
    to_read: str  # what the reader sees (at most READ_LIMIT)
    notes: tuple[str, ...]  # in the window's language


def prepare(pasted: str) -> Prepared:
    """HTML to text, no control characters or lone surrogates, long texts cut; each step
    named in ``notes`` so the user knows what was read."""
    notes: list[str] = []
    text = pasted[: MAX_RECEIVED_CHARS * 4]  # far beyond the limits below; the rest is cut
    text_is_whole = len(text) == len(pasted)  # else the note names the paste's own length
    if _HTML.search(text[:READ_LIMIT]):
        text = _INVISIBLE.sub("", text)
        text = html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", text)))
        text = re.sub(r"[ \t]+\n", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text)
        notes.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "ReplyService", "HTML erkannt: gelesen wird nur der Text, ohne Auszeichnungen."
                )
            )
        )
    cleaned = _CONTROL.sub("", text).encode("utf-8", "replace").decode("utf-8")
    if cleaned != text and not notes:
        notes.append(_tr(QT_TRANSLATE_NOOP("ReplyService", "Steuerzeichen wurden entfernt.")))
    text = cleaned.strip()
    if len(text) > READ_LIMIT:
        notes.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "ReplyService",
                    "Die Nachricht ist sehr lang ({n} Zeichen): gelesen werden die ersten "
                    "{limit} Zeichen.",
                )
            ).format(
                n=_number(len(text) if text_is_whole else len(pasted)), limit=_number(READ_LIMIT)
            )
        )
    if len(text) > MAX_RECEIVED_CHARS:
        notes.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "ReplyService", "Mit dem Entwurf gespeichert werden die ersten {limit} Zeichen."
                )
            ).format(limit=_number(MAX_RECEIVED_CHARS))
        )
    return Prepared(text[:MAX_RECEIVED_CHARS], text[:READ_LIMIT], tuple(notes))


@dataclass(frozen=True)
class Reading:
    """A pasted text, read: what the window shows and what a click on a template starts."""

    pasted: str  # as the paste box held it when reading began
    prepared: Prepared
    read: ReadMessage | None  # None when there was nothing to read
    templates: tuple[Template, ...]  # the fitting ones, best first

    @property
    def empty(self) -> bool:
        return self.read is None

    def notes(self) -> list[str]:
        """What the user should know: the preparation's notes, then the reader's."""
        if self.read is None:
            return [
                _tr(
                    QT_TRANSLATE_NOOP(
                        "ReplyService",
                        "Die eingefügte Nachricht ist leer: es gibt nichts zu lesen.",
                    )
                )
            ]
        return [*self.prepared.notes, *(translated(note) for note in self.read.unread)]


@dataclass(frozen=True)
class ReplyStart:
    """A new draft answering a received message: template, field values, the message."""

    template_id: str
    values: dict[str, FieldValue]
    received: str
    platform: Platform | None = None  # where the message came from, if it said


def read_pasted(pasted: str, templates: Sequence[Template]) -> Reading:
    """Read a pasted text now (the command line, a click before the live reading came)."""
    prepared = prepare(pasted)
    if not prepared.to_read:
        return Reading(pasted, prepared, None, ())
    read = read_message(prepared.to_read)
    fitting = tuple(fitting_templates(read, templates))
    return Reading(pasted, prepared, read, fitting)


def reply_values(read: ReadMessage, template: Template) -> dict[str, FieldValue]:
    """The values read that the template has fields for, each as its field takes it; a
    value a field does not allow (a title that is no choice) is left for the user."""
    values: dict[str, FieldValue] = {}
    for name, raw in read.reply_values().items():
        field = template.field(name)
        if field is None:
            continue
        if name == RECIPIENT_GENDER and not greets_by_gender(template.greeting_style):
            # "Hallo Lena," per du: a "Frau" read from the message changes no word, and in
            # the form's "Anrede" it would read as the formal address.
            continue
        try:
            value = coerce(field, raw)
        except ValueError:
            continue
        if field.choices and value not in {choice.value for choice in field.choices}:
            continue
        values[name] = value
    # A template that names the network in its text ("Auf {platform} vernetze ich mich …")
    # names the one the message came from.
    network = template.field("platform")
    if read.platform is not None and network is not None:
        label = PLATFORM_LABELS[read.platform]
        if any(choice.value == label for choice in network.choices):
            values["platform"] = label
    return values


def reply_start(reading: Reading, template: Template) -> ReplyStart:
    values = reply_values(reading.read, template) if reading.read else {}
    platform = reading.read.platform if reading.read else None
    return ReplyStart(template.id, values, reading.prepared.kept, platform)


class ReplyService(QObject):
    """Reads the paste box's text a moment after the last keystroke, in a thread, and hands
    the newest reading to the window; an older one that comes late is dropped."""

    read_done = Signal(object)  # Reading
    _finished = Signal(int, object)  # generation, Reading: from the reading thread

    def __init__(
        self, templates: Callable[[], Sequence[Template]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._source: Callable[[], str] | None = None
        self._generation = 0
        self._newest: Reading | None = None
        # Readings by the received text they read, for the checks' context and the panel:
        # a reply started from the pane is not read again on the UI thread.
        self._remembered: dict[str, ReadMessage | None] = {}
        self._timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self._timer.timeout.connect(self._start_reading)
        self._finished.connect(self._take)

    @property
    def newest(self) -> Reading | None:
        return self._newest

    def read_later(self, source: Callable[[], str]) -> None:
        """The text changed: read ``source()`` once typing pauses. Only the timer runs on
        each keystroke; the text itself is fetched when the reading starts."""
        self._source = source
        self._generation += 1  # a reading under way is out of date now
        self._timer.start()

    def read_now(self, pasted: str) -> Reading:
        self._timer.stop()
        self._generation += 1
        reading = read_pasted(pasted, self._templates())
        self._newest = reading
        self._remember(reading)
        return reading

    def _start_reading(self) -> None:
        if self._source is None:
            return
        pasted, generation = self._source(), self._generation
        templates = tuple(self._templates())

        def work() -> None:
            reading = read_pasted(pasted, templates)
            # The window may have closed meanwhile: then nobody waits for the reading.
            with contextlib.suppress(RuntimeError):
                self._finished.emit(generation, reading)  # queued to the UI thread

        threading.Thread(target=work, name="knigge-reply-reader", daemon=True).start()

    def _take(self, generation: int, reading: Reading) -> None:
        if generation != self._generation:
            return  # the text changed while it was read: a newer reading follows
        self._newest = reading
        self._remember(reading)
        self.read_done.emit(reading)

    def wait(self) -> None:
        """Tests and the screenshot script: the pending reading, at once."""
        if self._timer.isActive() and self._source is not None:
            self._timer.stop()
            self._take(self._generation, read_pasted(self._source(), self._templates()))

    def received_read(self, received: str) -> ReadMessage | None:
        """The open draft's received message, read (for the checks' context); the last one
        is remembered, so a keystroke in the reply does not read it again."""
        if not received.strip():
            return None
        if received not in self._remembered:
            prepared = prepare(received)
            self._keep(received, read_message(prepared.to_read) if prepared.to_read else None)
        return self._remembered[received]

    def _remember(self, reading: Reading) -> None:
        """A reading of the pane, for the draft that will keep its text: the same read as
        received_read would make, if the kept text reads as the same (prepare is cheap)."""
        kept = reading.prepared.kept
        fresh = kept.strip() and kept not in self._remembered
        if fresh and prepare(kept).to_read == reading.prepared.to_read:
            self._keep(kept, reading.read)

    def _keep(self, received: str, read: ReadMessage | None) -> None:
        self._remembered[received] = read
        while len(self._remembered) > _REMEMBERED:
            del self._remembered[next(iter(self._remembered))]  # the oldest
