"""The newest message of an e-mail thread: quoted history and mail headers cut off.

Mail programs mark where the history starts in a few ways: "Am 3. März 2026 um 10:12
schrieb Anna Wagner <…>:" (often wrapped over two lines), "-----Ursprüngliche
Nachricht-----", an Outlook block "Von: / Gesendet: / An: / Betreff:", or "> " in front of
every quoted line. A header block at the very top is the newest message's own: it names the
sender and is cut as well.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_SEPARATOR = re.compile(
    # No two \s* side by side: on a line of spaces they would try every split of it.
    r"^\s*(?:(?:-{2,}|_{2,}|={2,})\s*)?(?:Ursprüngliche Nachricht|Original-?Nachricht|"
    r"Original Message|Weitergeleitete Nachricht|Forwarded message|Begin forwarded message|"
    r"Anfang der weitergeleiteten Nachricht)\s*(?::\s*)?(?:(?:-{2,}|_{2,}|={2,})\s*)?$",
    re.IGNORECASE,
)
_FORWARD = re.compile(r"weitergeleitet|forwarded|Fwd?:|WG:", re.IGNORECASE)
# "Das hier könnte Sie interessieren", "siehe unten": the newest lines pass the one below on.
_PASSES_ON = re.compile(
    r"\b(?:das hier|siehe unten|unten stehende\w*|leite (?:ich )?(?:ihnen|dir|euch) \w* ?weiter"
    r"|weitergeleitet)\b",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*(?:_{10,}|-{20,})\s*$")
_WROTE = re.compile(
    r"^\s*(?:Am|On|Le|El)\s.{3,200}?\b(?:schrieb|wrote|a écrit)\b[^:\n]{0,80}:\s*$",
    re.IGNORECASE,
)
# "Anna Wagner <anna@…> schrieb am 3. März 2026 um 10:12:" (Apple Mail, some webmailers).
_WROTE_NAME_FIRST = re.compile(
    r"^\s*[^\n]{2,80}?\s(?:schrieb am|wrote on)\s[^\n]{3,80}:\s*$", re.IGNORECASE
)
_HEADER = re.compile(
    r"^\s*\*?(?P<key>Von|From|Gesendet|Sent|Datum|Date|An|To|Cc|Betreff|Subject|Antwort an|"
    r"Reply-To)\*?\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FROM_KEYS = frozenset({"von", "from"})
_SENT_FROM_DEVICE = re.compile(
    r"^\s*(?:Gesendet von meinem|Von meinem \S+ gesendet|Sent from my|Get Outlook for|"
    r"Von Outlook für|Gesendet mit der|Diese Nachricht wurde von meinem)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
# Bounded like an address (64 before the @, 63 per label), so a long run is read once.
_EMAIL_IN_HEADER = re.compile(
    r"<?\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b>?|\[mailto:[^\]]*\]"
)
_MIN_BODY_WORDS = 3  # a top part with fewer words is no message ("FYI", nothing)
# A thread longer than this is read as its newest messages; the older ones are left out
# (and said to be), so a paste of thousands of quote markers is not thousands of messages.
MAX_THREAD_MESSAGES = 50
# A deeper run of ">" than any real thread has is counted as this deep.
MAX_QUOTE_DEPTH = 2 * MAX_THREAD_MESSAGES


class OlderMessage(NamedTuple):
    """One message of the quoted history: who the header says wrote it, and its text."""

    header_sender: str  # from "Von:" or "Am … schrieb Petra Hoffmann:", or ""
    text: str  # its lines without the quote markers


class Thread(NamedTuple):
    newest: str  # the newest message, without headers and history
    older: int  # how many older messages were cut off
    header_sender: str  # the name in the newest message's own Von:/From: header, or ""
    mail: bool  # the text carries e-mail headers or reply lines
    forwarded: str = ""  # the message forwarded under the newest one, if it is a forward
    older_messages: tuple[OlderMessage, ...] = ()  # the kept ones behind a marker, newest first
    left_out: int = 0  # older messages beyond MAX_THREAD_MESSAGES: not read at all
    kept_chars: int = -1  # where in the text the left-out messages start (-1: none left out)


def _unquoted(line: str) -> str:
    return _QUOTED.sub("", line)


def _header_block_at(lines: list[str], index: int) -> int:
    """Length of an Outlook header block starting at ``index``, or 0: a From line and at
    least one more header line within the next three lines."""
    first = _HEADER.match(_unquoted(lines[index]))
    if first is None or first.group("key").casefold() not in _FROM_KEYS:
        return 0
    end = index + 1
    found = 1
    while end < len(lines) and end <= index + 6:
        line = _unquoted(lines[end])
        if _HEADER.match(line):
            found += 1
        elif line.strip():
            break
        end += 1
    return end - index if found >= 2 else 0


def _wrote_line_at(lines: list[str], index: int) -> int:
    """1 or 2 if a "… schrieb …:" line (possibly wrapped onto the next line) starts here."""
    line = _unquoted(lines[index])
    if _WROTE.match(line) or _WROTE_NAME_FIRST.match(line):
        return 1
    if index + 1 < len(lines) and re.match(r"^\s*(?:Am|On)\s", line):
        joined = f"{line} {_unquoted(lines[index + 1]).strip()}"
        if _WROTE.match(joined):
            return 2
    return 0


def _boundary_at(lines: list[str], index: int) -> int:
    """How many lines a history marker at ``index`` takes (0: none there)."""
    line = _unquoted(lines[index])
    if _SEPARATOR.match(line):
        return 1
    if _RULE.match(line):
        following = next((x for x in lines[index + 1 : index + 3] if x.strip()), "")
        if _HEADER.match(_unquoted(following)):
            return 1
    return _wrote_line_at(lines, index) or _header_block_at(lines, index)


def sender_in_header(value: str) -> str:
    """ "Anna Wagner <anna@…>", "Wagner, Anna", "\"Dr. Wagner, Anna\" [mailto:…]" as
    "Anna Wagner" / "Dr. Anna Wagner"; an address without a name as its local part."""
    name = _EMAIL_IN_HEADER.sub(" ", value).strip().strip("\"'“”„ ")
    if not name:
        address = re.search(r"([\w.+-]+)@", value)
        if address is None:
            return ""
        parts = [p for p in re.split(r"[._-]+", address.group(1)) if p.isalpha()]
        return " ".join(p.capitalize() for p in parts) if len(parts) == 2 else ""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        title = re.match(r"^((?:(?:Prof|Dr)\.\s*)+)(.*)$", last)
        if title:
            return f"{title.group(1).strip()} {first} {title.group(2).strip()}".strip()
        return f"{first} {last}".strip()
    return name


def _sender_of_block(lines: list[str], start: int, length: int) -> str:
    for line in lines[start : start + length]:
        header = _HEADER.match(_unquoted(line))
        if header and header.group("key").casefold() in _FROM_KEYS:
            return sender_in_header(header.group("value"))
    return ""


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def split_thread(text: str) -> Thread:
    lines = text.split("\n")
    mail = False
    header_sender = ""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    # The newest message's own header block, pasted with it ("Von: … Betreff: …").
    if start < len(lines):
        own = _header_block_at(lines, start)
        if own:
            header_sender = _sender_of_block(lines, start, own)
            mail = True
            start += own

    boundaries: list[tuple[int, int]] = []
    max_depth = 0
    cut_line = -1  # the first line of a message beyond MAX_THREAD_MESSAGES
    for index in range(start, len(lines)):
        unquoted = _unquoted(lines[index])
        if unquoted.strip():  # a prefix that quotes nothing ("> > >", ">>>>>>") is no level
            depth = lines[index][: len(lines[index]) - len(unquoted)].count(">")
            max_depth = max(max_depth, min(depth, MAX_QUOTE_DEPTH))
            if depth >= MAX_THREAD_MESSAGES and cut_line < 0:
                cut_line = index
        if boundaries and index < boundaries[-1][0] + boundaries[-1][1]:
            continue
        length = _boundary_at(lines, index)
        if not length:
            continue
        if boundaries and not any(x.strip() for x in lines[sum(boundaries[-1]) : index]):
            # "-----Ursprüngliche Nachricht-----" right above its "Von:" block: one marker.
            previous = boundaries.pop()
            boundaries.append((previous[0], index + length - previous[0]))
        else:
            boundaries.append((index, length))
    if boundaries or max_depth:
        mail = True

    end = boundaries[0][0] if boundaries else len(lines)
    newest = [
        line
        for line in lines[start:end]
        if not _QUOTED.match(line) and not _SENT_FROM_DEVICE.match(line)
    ]
    older = max(len(boundaries), max_depth)
    if _words(newest) < _MIN_BODY_WORDS and boundaries:
        # A forward, or a reply with no text of its own: the message to answer is the first
        # quoted one; its header names who wrote it.
        first, length = boundaries[0]
        header_sender = _sender_of_block(lines, first, length) or _wrote_name(lines, first)
        stop = boundaries[1][0] if len(boundaries) > 1 else len(lines)
        newest = [
            _unquoted(line)
            for line in lines[first + length : stop]
            if not _SENT_FROM_DEVICE.match(_unquoted(line))
        ]
        older -= 1
    elif _words(newest) < _MIN_BODY_WORDS and max_depth:
        # Bottom posting was handled above; everything quoted and nothing else: read the
        # quote, it is all there is.
        newest = [_unquoted(line) for line in lines[start:] if _QUOTED.match(line)]
        older = max(older - 1, 0)
    left_out = max(0, older + 1 - MAX_THREAD_MESSAGES)
    if len(boundaries) >= MAX_THREAD_MESSAGES:
        first_left_out = boundaries[MAX_THREAD_MESSAGES - 1][0]
        cut_line = first_left_out if cut_line < 0 else min(cut_line, first_left_out)
    kept_chars = sum(len(line) + 1 for line in lines[:cut_line]) if cut_line >= 0 else -1
    forwarded = ""
    if boundaries and _words(newest) >= _MIN_BODY_WORDS:
        first, length = boundaries[0]
        passes_on = _PASSES_ON.search("\n".join(newest))
        if passes_on or any(_FORWARD.search(x) for x in lines[first : first + length]):
            stop = boundaries[1][0] if len(boundaries) > 1 else len(lines)
            forwarded = "\n".join(_unquoted(x) for x in lines[first + length : stop]).strip()
    return Thread(
        "\n".join(newest).strip("\n"),
        older,
        header_sender,
        mail,
        forwarded,
        _older_messages(lines, boundaries[: MAX_THREAD_MESSAGES - 1]),
        left_out,
        kept_chars,
    )


def _older_messages(
    lines: list[str], boundaries: list[tuple[int, int]]
) -> tuple[OlderMessage, ...]:
    """The quoted messages behind each marker, with the name their header gives."""
    found = []
    for number, (first, length) in enumerate(boundaries):
        stop = boundaries[number + 1][0] if number + 1 < len(boundaries) else len(lines)
        header = _sender_of_block(lines, first, length) or _wrote_name(lines, first)
        text = "\n".join(_unquoted(line) for line in lines[first + length : stop]).strip("\n")
        found.append(OlderMessage(header, text))
    return tuple(found)


def _wrote_name(lines: list[str], index: int) -> str:
    """The name in "Am … schrieb Anna Wagner <…>:" or "Anna Wagner <…> schrieb am …:"."""
    line = " ".join(_unquoted(x).strip() for x in lines[index : index + 2])
    match = re.search(r"\bschrieb\s+(?P<name>[^<:\n]{2,60}?)\s*(?:<[^>]*>)?\s*:", line)
    if match is None:
        match = re.search(r"^(?P<name>[^<\n]{2,60}?)\s*(?:<[^>]*>)?\s+schrieb am\b", line)
    if match is None:
        match = re.search(r",\s*(?P<name>[^,<\n]{2,60}?)\s*<[^>]*>\s*(?:schrieb|wrote)", line)
    return sender_in_header(match.group("name")) if match else ""
