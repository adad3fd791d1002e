"""From whatever was pasted to plain lines: limits, control characters, HTML.

Every step is linear in the length of what it reads, and what it reads is capped first, so
a 1 MB paste costs about as much as the caps allow, whatever it contains.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

# The newest message stands at the top of a thread; the rest is history. 20,000 characters
# are some ten pages: no one writes a message longer than that to a contact.
MAX_ANALYSED_CHARS = 20_000
# HTML from a browser carries five to ten times its text in markup; read that much of it.
MAX_HTML_CHARS = 100_000
# How much of a paste may be control characters before it counts as no text at all.
_BINARY_SHARE = 0.1

# Control characters, replacement marks and lone surrogates (no text; JSON and UTF-8 refuse them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ufffe\uffff\ud800-\udfff]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u3000]+")
_HTML_TAG = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|table|tr|td|a\s|b>|i>|strong|em>|font|"
    r"blockquote|ul|ol|li|h[1-6]|meta|style)\b",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "address",
        "dd",
        "dt",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
_HTML_DEPTH_LIMIT = 200  # nested blockquotes deeper than this are still text, unquoted


def _german_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class Cleaned(NamedTuple):
    text: str
    notes: tuple[Message, ...]


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML paste, a line per block; quoted blocks get "> "."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "blockquote":
            self._quote_depth = min(self._quote_depth + 1, _HTML_DEPTH_LIMIT)
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(self._skipping - 1, 0)
        elif tag == "blockquote":
            self._quote_depth = max(self._quote_depth - 1, 0)
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        data = _SPACES.sub(" ", data.replace("\n", " "))
        if not data.strip():
            if self.parts and not self.parts[-1].endswith("\n"):
                self.parts.append(" ")
            return
        if not self.parts or self.parts[-1].endswith("\n"):
            data = "> " * self._quote_depth + data.lstrip()
        self.parts.append(data)

    def _newline(self) -> None:
        self.parts.append("\n")

    def text(self) -> str:
        return "".join(self.parts)


def looks_like_html(text: str) -> bool:
    return len(_HTML_TAG.findall(text[:MAX_HTML_CHARS], 0)) >= 2


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return parser.text()


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    tidy = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", tidy).strip("\n ")


def clean(raw: str) -> Cleaned:
    """The text to analyse, and notes on what was dropped on the way."""
    notes: list[Message] = []
    cut = False
    if looks_like_html(raw):
        if len(raw) > MAX_HTML_CHARS:
            raw, cut = raw[:MAX_HTML_CHARS], True
        raw = html_to_text(raw)
        notes.append(Message(QT_TRANSLATE_NOOP("core", "HTML entfernt")))
    elif len(raw) > MAX_HTML_CHARS:
        raw, cut = raw[:MAX_HTML_CHARS], True

    controls = len(_CONTROL.findall(raw))
    if controls:
        raw = _CONTROL.sub(" ", raw.replace("\r\n", "\n").replace("\r", "\n"))
        share = controls / max(len(raw), 1)
        if share > _BINARY_SHARE:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Vermutlich keine Textdatei: {count} Steuerzeichen entfernt"
                    ),
                    count=controls,
                )
            )
        else:
            notes.append(
                Message(QT_TRANSLATE_NOOP("core", "{count} Steuerzeichen entfernt"), count=controls)
            )

    text = _tidy(raw)
    if len(text) > MAX_ANALYSED_CHARS:
        end = text.rfind("\n", 0, MAX_ANALYSED_CHARS)
        text, cut = text[: end if end > MAX_ANALYSED_CHARS // 2 else MAX_ANALYSED_CHARS], True
    if cut:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("core", "Text gekürzt: nur die ersten {limit} Zeichen gelesen"),
                limit=_german_number(MAX_ANALYSED_CHARS),
            )
        )
    return Cleaned(text, tuple(notes))
