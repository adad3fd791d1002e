"""read_message: from a pasted text to a ReadMessage.

clean (limits, control characters, HTML) → unwrap (XING/LinkedIn notification) →
split_thread (quoted history, mail headers) → find_ending (closing, name, signature block)
→ sender, tone, asks, kind. Every step works on the capped text, so any input is read in
bounded time, and none raises: whatever could not be read becomes a note in ``unread``.
"""

from __future__ import annotations

import re

from knigge_desktop.core.greeting import Recipient
from knigge_desktop.core.language.detect import looks_english, looks_foreign
from knigge_desktop.core.language.greetings import ANY_OPENING, greeting_words
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.reply.asks import find_asks
from knigge_desktop.core.reply.clean import clean
from knigge_desktop.core.reply.kind import decide_kind, english_kind, follow_up_kind
from knigge_desktop.core.reply.model import ReadMessage
from knigge_desktop.core.reply.sender import fuller_name, introduced_name, merge, parse_name
from knigge_desktop.core.reply.signature import find_ending
from knigge_desktop.core.reply.thread import MAX_THREAD_MESSAGES, Thread, split_thread
from knigge_desktop.core.reply.tone import tone_of
from knigge_desktop.core.reply.wrapper import platform_said_in, sent_via, unwrap
from knigge_desktop.core.vocabulary import Platform, ReceivedKind

_GREETING_LINE = re.compile(
    rf"^\W*{greeting_words(ANY_OPENING)}[^\n]{{0,80}}?[,!]?\s*$", re.IGNORECASE
)
_INFORMAL_GREETING = re.compile(
    rf"^\W*{greeting_words(('informal',))}\s+[^\s,!]+\s*[,!]\s*", re.IGNORECASE
)


# What only a mail has: a confidentiality disclaimer, a subject line, an automatic reply,
# the unsubscribe footer of a mailing.
_MAIL_MARKS = re.compile(
    r"^[^\S\n]*(?:Betreff|Subject)\s*:"
    r"|\bDiese (?:E-Mail|Nachricht|Mail) (?:\S+ ){0,3}?(?:vertraulich"
    r"|enthält|ist ausschließlich|ist nur für)"
    r"|\bDer Inhalt dieser (?:E-Mail|Nachricht|Mail) (?:\S+ ){0,3}?(?:vertraulich|bestimmt)"
    r"|\bThis e-?mail (?:\S+ ){0,3}?(?:confidential|intended)"
    r"|\bübernehmen? (?:wir|ich) keine Haftung\b|\bAutomatische Antwort\b"
    r"|\bE-Mail-Adresse\b.*\babmelden"
    r"|\b(?:vom |den )?Newsletter (?:\S+ ){0,3}?ab(?:melden|bestellen)|\babbestellen\b"
    r"|\bIhre E-Mail"
    r" wird nicht weitergeleitet",
    re.IGNORECASE | re.MULTILINE,
)


_GERMAN_WORD = re.compile(r"\b(?:und|der|die|das|ist|nicht|mit|ich|sie|wir|für|auf)\b", re.I)


def _title_in_signature(text: str, sender: Recipient) -> str:
    """A title the signature block gives the sender ("--\nProf. Dr. Annette Wolf") when the
    name under the closing had none."""
    last = sender.last_name or sender.first_name
    for line in text.split("\n")[-40:]:
        if last in line and re.match(r"^\s*(?:Prof|Dr|PD|Univ)", line):
            found = parse_name(line)
            if found.title and (found.last_name == last or found.first_name == last):
                return found.title
    return ""


def _names_in_history(thread: Thread) -> list[Recipient]:
    """Who the older messages are from: their headers and the names signed under them."""
    found = []
    for older in thread.older_messages:
        if older.header_sender:
            found.append(parse_name(older.header_sender))
        signed = find_ending(older.text).name
        if signed:
            found.append(parse_name(signed))
    return found


def _note(template: str, **values: object) -> Message:
    return Message(template, **values)


def _history_note(older: int) -> Message:
    if older == 1:
        return _note(
            QT_TRANSLATE_NOOP("core", "Zitierter Verlauf weggelassen (1 ältere Nachricht)")
        )
    return _note(
        QT_TRANSLATE_NOOP("core", "Zitierter Verlauf weggelassen ({count} ältere Nachrichten)"),
        count=older,
    )


_GREETING_WORDS = 9  # "Sehr geehrte Frau Prof. Dr. Anna-Lena von der Heide," has nine


def _body_start(text: str) -> int:
    """Where the message proper starts: after a salutation on a line of its own."""
    first_line_end = text.find("\n")
    first = text if first_line_end < 0 else text[:first_line_end]
    # A whole message on one line ("Hey Flo, hast du …? Danke! Jana") is no salutation line.
    if _GREETING_LINE.match(first) and "?" not in first and len(first.split()) <= _GREETING_WORDS:
        return len(first) if first_line_end < 0 else first_line_end + 1
    match = _INFORMAL_GREETING.match(first)
    return match.end() if match else 0


_SENTENCE_DONE = re.compile(r"[.!?:;,)»“\"]$")  # tried on a line's last character only
_WORDLESS = re.compile(r"\W*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s")
_WRAP_WIDTH = 50  # a line this long that stops mid-sentence was wrapped by the mail program


def reflow(text: str) -> str:
    """Join the lines a mail program wrapped mid-sentence, so a sentence is one line.

    Linear in the text: whether a joined line is finished depends only on its last piece
    and on whether any piece had a word in it, so the joined line is never searched again.
    """
    out: list[list[str]] = []  # each output line as its pieces, joined by one space
    length = 0  # of the last output line as it will be joined
    done = True  # the last output line ends a sentence (or has no word at all)
    wordless = True  # the last output line has no word character yet
    for line in text.split("\n"):
        piece = line.strip()
        if (
            out
            and piece
            and length
            and not done
            and not _LIST_ITEM.match(line)
            and (length >= _WRAP_WIDTH or piece[:1].islower())
        ):
            last = out[-1][-1]
            out[-1][-1] = last.rstrip()
            out[-1].append(piece)
            length += len(out[-1][-2]) - len(last) + 1 + len(piece)
            wordless = wordless and _WORDLESS.match(piece) is not None
        else:
            out.append([line])
            length = len(line) if piece else 0
            wordless = _WORDLESS.match(piece) is not None
        done = wordless or _SENTENCE_DONE.search(piece[-1:] if piece else "") is not None
    return "\n".join(" ".join(pieces) for pieces in out)


def read_message(text: str) -> ReadMessage:
    """Read a received message. Pure; never raises for any str; bounded time."""
    if not isinstance(text, str):  # a caller's bug, but the window must go on
        text = str(text)
    cleaned = clean(text)
    notes = list(cleaned.notes)
    if not cleaned.text.strip():
        notes.append(_note(QT_TRANSLATE_NOOP("core", "Kein Text: nichts zu lesen")))
        return ReadMessage(text="", unread=tuple(notes))

    unwrapped = unwrap(cleaned.text)
    if unwrapped.wrapped:
        platform_name = "XING" if unwrapped.platform is Platform.XING else "LinkedIn"
        if unwrapped.platform is None:
            notes.append(_note(QT_TRANSLATE_NOOP("core", "Text der Benachrichtigung weggelassen")))
        else:
            notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "core", "Text der Benachrichtigung von {platform} weggelassen"
                    ),
                    platform=platform_name,
                )
            )
    unwrapped_text, sent_from = sent_via(unwrapped.text)
    thread = split_thread(unwrapped_text)
    if thread.older:
        notes.append(_history_note(thread.older - thread.left_out))
    if thread.left_out:
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Langer Verlauf: nur die neuesten {limit} Nachrichten gelesen, "
                    "{count} ältere ausgelassen",
                ),
                limit=MAX_THREAD_MESSAGES,
                count=thread.left_out,
            )
        )
    ending = find_ending(thread.newest)
    message = reflow(ending.body)

    names = [
        parse_name(unwrapped.sender) if unwrapped.sender else Recipient(),
        parse_name(thread.header_sender) if thread.header_sender else Recipient(),
        parse_name(ending.name) if ending.name else Recipient(),
        parse_name(introduced) if (introduced := introduced_name(message)) else Recipient(),
    ]
    sender = fuller_name(merge(names), _names_in_history(thread))
    if not sender.title and (sender.first_name or sender.last_name):
        sender = sender._replace(title=_title_in_signature(thread.newest, sender))
    if not (sender.first_name or sender.last_name):
        notes.append(_note(QT_TRANSLATE_NOOP("core", "Kein Absender gefunden")))

    platform = unwrapped.platform or sent_from
    if platform is None and thread.mail:
        platform = Platform.EMAIL
    if platform is None:
        platform = platform_said_in(message)
    if platform is None and _MAIL_MARKS.search(unwrapped.text):
        platform = Platform.EMAIL

    # A short English pitch has few function words; without a single German one, four do.
    english = looks_english(message) or (
        looks_english(message, minimum=4) and not _GERMAN_WORD.search(message)
    )
    foreign = not english and looks_foreign(message)
    if english:
        notes.append(_note(QT_TRANSLATE_NOOP("core", "Nachricht ist vermutlich englisch")))
    elif foreign:
        notes.append(
            _note(QT_TRANSLATE_NOOP("core", "Nachricht ist vermutlich weder deutsch noch englisch"))
        )
    start = _body_start(message)
    asks = find_asks(message, start)
    tone = None if english or foreign else tone_of(message, ending.signed_by)
    if english:
        kind = (
            ReceivedKind.CONTACT_REQUEST
            if unwrapped.asks_to_connect
            else english_kind(message[start:], asks)
        )
    else:
        # A forward's own lines are short ("das könnte Sie interessieren"); what kind of
        # message it passes on is in the forwarded one.
        forwarded = f"\n\n{thread.forwarded}" if thread.forwarded else ""
        kind = decide_kind(
            message[start:] + forwarded,
            asks,
            asks_to_connect=unwrapped.asks_to_connect,
            greeting=message[:start],
        )
        if kind is not ReceivedKind.SALES_PITCH and thread.older:
            kept = unwrapped_text[: thread.kept_chars] if thread.left_out else unwrapped_text
            history = kept.replace(thread.newest, "", 1)
            kind = follow_up_kind(message[start:], history) or kind
    # Sent through the network's "wants to connect" frame: a request to connect, whatever
    # else the message does.
    framed = unwrapped.asks_to_connect and kind is not ReceivedKind.CONTACT_REQUEST
    return ReadMessage(
        text=message,
        sender=sender,
        tone=tone,
        platform=platform,
        kind=kind,
        also_kinds=(ReceivedKind.CONTACT_REQUEST,) if framed else (),
        asks=asks,
        unread=tuple(notes),
    )
