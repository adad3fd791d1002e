"""Skip a pattern cheaply when the text cannot contain what it needs.

Most rule patterns start with a literal word ("(?i)\\brabatt", "\\[") or flag one
("(?P<flag>ihnen)"). If none of those literals occurs in the text, the pattern cannot match,
and a substring test costs far less than running the regex over every position. Patterns
whose shape is not understood get no prefilter and always run: the filter may say "maybe"
too often, never "no" wrongly (tests/test_etiquette_checker.py holds it to that).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_META = set("\\()[]{}.*+?|^$")
_ESCAPED_LITERAL = set("[](){}.*+?|^$\\/-!%&,:;<>=@#'\" ")


@dataclass(frozen=True)
class Prefilter:
    literals: tuple[str, ...]  # the text must contain one of these …
    ignore_case: bool  # … compared case-insensitively

    def may_match(self, text: str, folded: str) -> bool:
        """``folded`` is text.casefold(): folding both sides covers every case-insensitive
        match the regex engine makes (ſ for s, ẞ for ß), which lower() would not."""
        haystack = folded if self.ignore_case else text
        return any(literal in haystack for literal in self.literals)


def _literal_run(source: str, i: int) -> tuple[str, int]:
    """The literal characters from i on, and where they end."""
    out: list[str] = []
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source) and source[i + 1] in _ESCAPED_LITERAL:
            out.append(source[i + 1])
            i += 2
            continue
        if char in _META:
            break
        out.append(char)
        i += 1
    # A quantifier right after the run makes its last character optional.
    if out and i < len(source) and source[i] in "?*{":
        out.pop()
    return "".join(out), i


def _alternatives(source: str, i: int, opener: str = "(?:") -> tuple[list[str], int] | None:
    """Literal prefixes of a "(?:a|b|c)" group (or another opener) at i, or None."""
    if not source.startswith(opener, i):
        return None
    i += len(opener)
    literals = []
    while True:
        literal, i = _literal_run(source, i)
        if not literal:
            return None
        literals.append(literal)
        depth = 0  # skip the rest of this alternative
        while i < len(source):
            char = source[i]
            if char == "\\":
                i += 2
                continue
            if char in "([":
                depth += 1
            elif char in ")]":
                if depth == 0:
                    break
                depth -= 1
            elif char == "|" and depth == 0:
                break
            i += 1
        if i >= len(source):
            return None
        if source[i] == ")":
            end = i + 1
            if end < len(source) and source[end] in "?*{":
                return None  # the whole group is optional
            return literals, end
        i += 1  # past "|"


def _syntax(source: str, end: int | None = None) -> Iterator[tuple[int, str]]:
    """The characters of a pattern that are syntax: not escaped, not inside "[…]" (where
    "(", ")" and "|" are plain characters). Up to ``end``, else to the end."""
    i, in_class = 0, False
    stop = len(source) if end is None else end
    while i < stop:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield i, char
        i += 1


def _inside_ignorecase_group(source: str, index: int) -> bool:
    """Whether a "(?i:" group is still open at index (it would make a later literal
    case-insensitive)."""
    stack: list[bool] = []
    for i, char in _syntax(source, index):
        if char == "(":
            stack.append(source.startswith("(?i:", i))
        elif char == ")" and stack:
            stack.pop()
    return any(stack)


def _top_level_alternation(source: str) -> bool:
    """ "a|b" outside any group: the literals of "a" say nothing about "b"."""
    depth = 0
    for _, char in _syntax(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
# A lookbehind without groups inside ("(?<!läuft )"): it consumes nothing, so the literal
# after it is still what the text must contain.
_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")


def _top_level_pieces(source: str) -> list[str]:
    """ "a|b|c" split at the "|" outside any group and character class."""
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    pieces.append(source[start:])
    return pieces


def prefilter_for(pattern: re.Pattern[str]) -> Prefilter | None:
    source = pattern.pattern
    flags = _GLOBAL_FLAGS.match(source)
    if flags:
        source = source[flags.end() :]
    if _top_level_alternation(source):
        # "a|b": the text must contain a literal of a or one of b; without one for each
        # piece there is no filter.
        of_pieces: list[str] = []
        for piece in _top_level_pieces(source):
            try:
                sub = prefilter_for(re.compile(piece, pattern.flags))
            except re.error:
                return None
            if sub is None:
                return None
            of_pieces.extend(sub.literals)
        return Prefilter(tuple(of_pieces), bool(pattern.flags & re.IGNORECASE))
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    i = 0
    while True:
        if source.startswith("\\b", i):
            i += 2
        elif lookbehind := _LOOKBEHIND.match(source, i):
            i = lookbehind.end()
        else:
            break
    literal, _ = _literal_run(source, i)
    found = [literal] if literal else None
    if found is None:
        group = _alternatives(source, i)
        found = group[0] if group else None
    if found is None:
        flag = source.find("(?P<flag>")
        if flag >= 0 and not ignore_case and not _inside_ignorecase_group(source, flag):
            group = _alternatives(source, flag, opener="(?P<flag>")
            found = group[0] if group else None
    if not found:
        return None
    literals = tuple(lit.casefold() for lit in found) if ignore_case else tuple(found)
    return Prefilter(literals, ignore_case)
