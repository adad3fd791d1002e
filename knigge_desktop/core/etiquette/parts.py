"""The parts of a message that rules look at: greeting line, body, ending, signature."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.names import is_name_line, is_team_line

# Closing formulas (resources/language/lexicon.toml), at the start of one of the last lines
# or after a sentence in the last; and any short phrase ending in Grüße or Gruß: "Viel
# Erfolg und beste Grüße".
# Dialect diminutives close as well: "Grüßle" (Swabian), "Grüessli" (Swiss).
_GRUSS_PHRASE = (
    r"[^\n.!?]{0,40}?\bgr(?:ü|ue)(?:ße|sse|ßen|ssen|ßle|ssle|ssli|ßli|essli)\b"
    r"|[^\n.!?]{0,40}?\bgru(?:ß|ss)\b"
)


@cache
def _closing() -> re.Pattern[str]:
    formulas = "|".join(re.escape(f) for f in lexicon().closing_formulas)
    return re.compile(rf"(?=\w)(?i:(?:{formulas})\b|{_GRUSS_PHRASE})")


_JOINED_CLOSING = re.compile(
    r"(?i)^[^.!?\n]{0,80}\bund "
    r"(?P<formula>(?:\S+ ){0,3}?gr(?:ü|ue)(?:ße|ßen|sse|ssen))\s*(?:[,!.]\s*)?$"
)
_SIGNED_BY = re.compile(r"(Dein|Deine|Euer|Eure|Ihr|Ihre)\s+(.+)")
_ENDING_LINES = 5
CLOSING_REACH = 600  # characters from a line's end within which its closing stands
# A line of contact data under a signature: "Tel. 0391 5402-0", "E-Mail: …", "www.…",
# "Hauptstraße 4, 72764 Reutlingen".
_CONTACT_LINE = re.compile(
    r"(?im)^(?:tel(?:efon)?\.?|fon|fax|mobil|handy|e-?mail|mail|web|www\.|https?://)"
    r"|@\w|\b\d{5}\s+[A-ZÄÖÜ]|\+\d{2}\s?\d|\b0\d{2,5}[\s/-]\d"
)
# Below the signature: a disclaimer, a legal footer, hashtags or links. They come after the
# name, so closing and name are looked for above them.
_LEGAL_FOOTER = re.compile(
    r"(?i)\b(?:vertraulich\w*|disclaimer|diese (?:e-?mail|nachricht) (?:kann|ist|enthält|wurde)|"
    r"irrtümlich|falsche[nr]? (?:adressat|empfänger)|richtige[nr]? (?:adressat|empfänger)|"
    r"datenschutz\w*|impressum|handelsregister|registergericht|amtsgericht|ust-?id|"
    r"sitz der gesellschaft|geschäftsführ\w*:|haftung\w*)\b"
)
# A postscript under the signature ("PS: Die Kurzfassung hängt an") is part of the message,
# but closing and name stand above it.
_FOOTER_LINE = re.compile(
    rf"{_LEGAL_FOOTER.pattern}|^\s*(?:#\w+\s*)+$|^\s*(?:P\.\s?S\.|PS\b|PPS\b|P\.P\.S\.)"
)
_WISH_WORDS = 10  # a wish is short; a longer line ending in "!" is body text
_SENTENCE_ENDS = {". ", "! ", "? ", ", ", ".\t"}
_SALUTATION_END = re.compile(r"[,!]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _after_emoji(text: str, position: int) -> bool:
    """ "… connecten! 🙂 Gruß, Sascha": an emoji ends a sentence as a full stop does."""
    before = text[:position].rstrip(" ")
    return (
        len(before) < position
        and bool(before)
        and unicodedata.category(before[-1]) in {"So", "Mn", "Cf"}
    )


class Scope(StrEnum):
    TEXT = "text"
    GREETING = "greeting"  # the first line with words on it
    BODY = "body"  # between greeting and closing
    ENDING = "ending"  # the last lines, where closing and name belong
    SIGNATURE = "signature"  # what follows the closing formula


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class MessageParts:
    """Line structure of one text, in Python indices of the original (CRLF and all)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Span] = []  # non-empty lines, without their line break
        position = 0
        for raw in text.splitlines(keepends=True):
            content = raw.rstrip("\r\n")
            stripped = content.strip(" \t\ufeff")
            if stripped:
                lead = len(content) - len(content.lstrip(" \t\ufeff"))
                self.lines.append(Span(position + lead, position + lead + len(stripped)))
            position += len(raw)
        self.closing = self._find_closing()

    def _find_closing(self) -> Span | None:
        """The closing formula: at the start of one of the last lines, or after a sentence
        in the last line ("… in Kontakt zu bleiben. Viele Grüße, Jonas")."""
        last = self.lines[-1] if len(self.lines) > 1 else None
        if last is not None:
            # "Eure Nadine", "Dein Jonas", "Ihr Jonas Becker": the possessive is the closing.
            signed = _SIGNED_BY.match(self.text, last.start, last.end)
            if signed and is_name_line(signed.group(2), after_closing=False):
                return Span(last.start, last.start + len(signed.group(1)))
        for line in reversed(self.lines[self._ending_start() :]):
            for match in self._closings_in(line):
                at_start = match.start() == line.start
                after_sentence = self.text[
                    match.start() - 2 : match.start()
                ] in _SENTENCE_ENDS or _after_emoji(self.text, match.start())
                if (at_start or after_sentence) and match.start() > self.lines[0].start:
                    return Span(match.start(), match.end())
            # "Danke für Ihr Verständnis und freundliche Grüße": thanks and the formula joined.
            joined = _JOINED_CLOSING.match(self.text[line.start : line.end])
            if joined and line.start > self.lines[0].start:
                return Span(
                    line.start + joined.start("formula"), line.start + joined.end("formula")
                )
        # "Wir freuen uns auf Sie!\nIhr Team vom Netzwerk Klimafit": without a formula above,
        # a team's possessive closes too; whether it names a person is for the identity rule.
        if last is not None:
            signed = _SIGNED_BY.match(self.text, last.start, last.end)
            if signed and is_team_line(signed.group(2)):
                return Span(last.start, last.start + len(signed.group(1)))
        return self._wish_before_name()

    def _closings_in(self, line: Span) -> Iterator[re.Match[str]]:
        """Closing formulas in `line`: at its start, and after a sentence near its end. A
        closing stands within the last CLOSING_REACH characters of its line (a name and a
        signature may follow it there); looking no further keeps a line of a megabyte from
        taking seconds (the formulas are one long case-insensitive alternation)."""
        at_start = _closing().match(self.text, line.start, line.end)
        if at_start is not None:
            yield at_start
        window = max(line.start + 1, line.end - CLOSING_REACH)
        yield from _closing().finditer(self.text, window, line.end)

    def _ending_start(self) -> int:
        """Index of the first line where closing and name may be: the last few lines, not
        counting a contact block under the name (phone, mail, web, address), which can be
        as long as the rest of the signature."""
        end = len(self.lines)
        while end > 1 and self._is_below_signature(self.lines[end - 1]):
            end -= 1
        return max(end - _ENDING_LINES, 0)

    def _wish_before_name(self) -> Span | None:
        """No formula, but a short wish or thanks right above the name closes the message as
        well as "Grüße" does: "Feiert schön!", "Viel Spaß euch und erzähl mal, wie's war!".
        Only a line of its own, ending in "!", between the body and a name line."""
        if len(self.lines) < 4:
            return None
        wish, name = self.lines[-2], self.lines[-1]
        line = self.text[wish.start : wish.end]
        if not line.endswith("!") or line.endswith("!!") or len(line.split()) > _WISH_WORDS:
            return None
        # One capitalised word alone under the wish signs as well ("Toi, toi, toi!\nJasper"),
        # even when the first-name list does not know it.
        signature = self.text[name.start : name.end]
        if not is_name_line(signature, after_closing=len(signature.split()) == 1):
            return None
        return Span(wish.start, wish.end)

    @property
    def greeting(self) -> Span | None:
        """The salutation: the first line up to its first comma or "!" if that comes soon,
        else up to the end of its first sentence (where a missing greeting is marked)."""
        if not self.lines:
            return None
        first = self.lines[0]
        cut = _SALUTATION_END.search(self.text, first.start, min(first.end, first.start + 80))
        cut = cut or _SENTENCE_END.search(self.text, first.start, first.end)
        return Span(first.start, cut.end()) if cut else first

    @property
    def last_line(self) -> Span | None:
        return self.lines[-1] if self.lines else None

    @property
    def signed_line(self) -> Span | None:
        """The last line above a contact block, disclaimer or hashtags: where a message
        without a closing formula is signed ("… Grüße aus Köln\nJonas\nTel. 0221 …")."""
        if not self.lines:
            return None
        end = len(self.lines)
        while end > 1 and self._is_below_signature(self.lines[end - 1]):
            end -= 1
        return self.lines[end - 1]

    def _is_legal_footer(self, line: Span) -> bool:
        return bool(_LEGAL_FOOTER.search(self.text, line.start, line.end))

    def _is_below_signature(self, line: Span) -> bool:
        return bool(
            _CONTACT_LINE.search(self.text, line.start, line.end)
            or _FOOTER_LINE.search(self.text[line.start : line.end])
        )

    def scope(self, scope: Scope) -> Span | None:
        """The region of the text a rule looks at; None when the text has no such part."""
        if not self.lines:
            return None
        if scope is Scope.TEXT:
            # A legal footer under the signature ("… informieren Sie bitte sofort den
            # Absender") is boilerplate, not the writer's words: no rule reads it.
            end = len(self.lines)
            closed_at = self.closing.end if self.closing is not None else len(self.text)
            while (
                end > 1
                and self.lines[end - 1].start > closed_at
                and self._is_legal_footer(self.lines[end - 1])
            ):
                end -= 1
            return Span(0, len(self.text) if end == len(self.lines) else self.lines[end - 1].end)
        if scope is Scope.GREETING:
            return self.greeting
        if scope is Scope.ENDING:
            first = self.lines[max(self._ending_start(), 1 if len(self.lines) > 1 else 0)]
            return Span(first.start, self.lines[-1].end)
        if scope is Scope.SIGNATURE:
            if self.closing is None:
                return self.last_line
            return Span(self.closing.end, self.lines[-1].end)
        # BODY
        greeting = self.greeting
        start = greeting.end if greeting else 0
        end = self.closing.start if self.closing else self.lines[-1].end
        return Span(start, max(start, end))
