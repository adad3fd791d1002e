"""Sentences and tokens of a German message, with their spans in the original text.

A sentence ends at . ! ? … or a line break (so every item of a list, "→" or "👉" bullets
included, is a sentence of its own); a full stop after an abbreviation ("Dr.", "z. B.",
"12.") or inside a number ends nothing. Real messages end sentences without punctuation
too: an emoji after a word, before a capital or at the end of a line ("… gehört 🎧 Vor
allem …"; one that opens a line is a bullet), and a smiley (":)", ";-)") before a space.
The analysis of one sentence is cached by its text: after a one-character edit only that
sentence is analysed again.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_ABBREVIATIONS = frozenset(
    [
        "dr",
        "prof",
        "dipl",
        "ing",
        "mag",
        "z",
        "b",
        "d",
        "h",
        "u",
        "a",
        "bzw",
        "ca",
        "evtl",
        "ggf",
        "inkl",
        "vgl",
        "nr",
        "str",
        "tel",
        "etc",
        "usw",
        "sog",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "st",
        "hr",
        "fr",
        "mio",
        "mrd",
        "med",
        "rer",
        "nat",
        "phil",
        "jur",
        "dent",
        "vet",
        "kfm",
        "oec",
    ]
)
# The parts of an address are bounded (64 characters before the @, 63 per label, as the
# mail standards allow): unbounded, a long run of "_" or "." is tried from every character
# to its end, and a sentence of 20,000 of them takes seconds.
_TOKEN = re.compile(
    r"https?://\S+|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]+|[^\W_]+(?:[-'’.][^\W_]+)*\.?|\S"
)
_EMOJI_START = "\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf"
# Candidates only, each branch starting with a plain character class (so re's fast scan for
# the first character still applies and the split costs what ". ! ?" alone cost); whether a
# smiley or an emoji ends the sentence is decided around it. An emoji run takes its skin
# tones, joiners and variation selectors, and the spaces after it.
_END = re.compile(
    rf"[.!?…]+|\n|[:;]-?[)(DP]"
    rf"|[{_EMOJI_START}][{_EMOJI_START}\uFE0F\U0001F3FB-\U0001F3FF\u200D \t]*"
)
_CAPITAL_OR_LINE_END = re.compile(r"[ \t]*(?:[A-ZÄÖÜ]|\n|$)")


class Token(NamedTuple):
    start: int  # relative to the sentence
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@lru_cache(maxsize=4096)
def tokens_of(sentence: str) -> tuple[Token, ...]:
    """The tokens of one sentence; "Dr." keeps its dot, "Tag." does not."""
    out = []
    for match in _TOKEN.finditer(sentence):
        word = match.group(0)
        start, end = match.span()
        if word.endswith(".") and len(word) > 1 and not word.startswith("http"):
            core = word[:-1].casefold()
            if not (core in _ABBREVIATIONS or len(core) == 1 or core.isdigit()):
                out.append(Token(start, end - 1, word[:-1]))
                out.append(Token(end - 1, end, "."))
                continue
        out.append(Token(start, end, word))
    return tuple(out)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    found = match.group(0)
    if found == ".":
        return _full_stop_ends(text, match)
    first = found[0]
    if first in ".!?…\n":
        return True
    if first in ":;":  # a smiley, not "10:30" or "Hinweis:)"
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        return not (before.isalnum() or before in {":", ";"}) and (not after or after.isspace())
    # An emoji: after a word (one that opens a line is a bullet), before a capital.
    before = text[max(0, match.start() - 8) : match.start()].rstrip(" \t")[-1:]
    return (
        bool(before)
        and not before.isspace()
        and bool(_CAPITAL_OR_LINE_END.match(text, match.end()))
    )


def _full_stop_ends(text: str, match: re.Match[str]) -> bool:
    before = re.search(r"(\w+)$", text[max(0, match.start() - 20) : match.start()])
    if before is None:
        return True
    word = before.group(1).casefold()
    if word.isdigit():
        # "am 15. Mai" is an ordinal; "im Jahr 2017." and "CHF 6'500." end a sentence.
        grouped = before.start() > 0 and before.string[before.start() - 1] in "'’.,"
        return len(word) > 3 or grouped
    return not (word in _ABBREVIATIONS or len(word) == 1)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences between start and end, blank ones left out."""
    end = len(text) if end is None else end
    out = []
    begin = start
    for match in _END.finditer(text, start, end):
        if not _ends_sentence(text, match):
            continue
        out.extend(_sentence(text, begin, match.end()))
        begin = match.end()
    out.extend(_sentence(text, begin, end))
    return out


# No sentence of a message is longer; a run of text without an end (a paste of a
# megabyte with no full stop) is read in pieces of this size, cut at a space, so that every
# reading of one sentence stays cheap and the whole stays linear.
MAX_SENTENCE_CHARS = 2000


def _sentence(text: str, start: int, end: int) -> list[Sentence]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    e = s + len(stripped)
    if e - s > MAX_SENTENCE_CHARS:
        return _pieces(text, s, e)
    body = text[s:e]
    return [Sentence(s, e, body, tokens_of(body))]


def _pieces(text: str, start: int, end: int) -> list[Sentence]:
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.extend(_sentence(text, start, cut))
        start = cut
    out.extend(_sentence(text, start, end))
    return out
