"""The rule kinds: what each reads from a rule table and what it finds in a text.

Rules are data (resources/etiquette/*.toml); these few classes are the code."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from knigge_desktop.core.etiquette import salutation, structure, sureness
from knigge_desktop.core.etiquette.address import Marker, address_markers
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.etiquette.parts import MessageParts, Scope, Span
from knigge_desktop.core.etiquette.prefilter import Prefilter, prefilter_for
from knigge_desktop.core.etiquette.rules import (
    CAPITALIZE,
    MARKER_SETS,
    SUGGEST_FROM,
    Keys,
    Measure,
    Rule,
    Swap,
)
from knigge_desktop.core.greeting import Gender, GreetingStyle, build_greeting
from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.language.sentences import sentences
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.platforms import limit_for
from knigge_desktop.core.textspan import index_at_utf16
from knigge_desktop.core.textstats import WORD as _WORD  # the status bar counts alike
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

MAX_PER_RULE = 200  # a 1 MB paste must not drown the panel (and the event loop)
_GREETED = re.compile(
    r"(?P<word>Frau|Herr)\s+(?:(?:Prof\.|Dr\.|Dr\. med\.)\s+)*(?P<name>[A-ZÄÖÜ][\w'-]+)"
)
_GREETED_BY_FIRST_NAME = re.compile(
    rf"^\s*{greeting_words(('informal', 'neutral'))}\s+(?P<name>[A-ZÄÖÜ][\w'-]+)\s*[,!]"
)


@dataclass(frozen=True)
class Hit:
    """A rule's raw result: where, and what to offer instead."""

    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    values: tuple[tuple[str, str], ...] = ()  # for {placeholders} in the message
    unsure: bool = False  # the rule's sure_when does not hold here: shown as a hint


class Text:
    """One text with what several rules need computed once."""

    def __init__(
        self,
        text: str,
        context: CheckContext,
        placeholders: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.text = text  # placeholders masked: "[Dein Name]" is no Sie/du, no shouting
        self.context = context
        self.placeholders = placeholders

    @cached_property
    def parts(self) -> MessageParts:
        return MessageParts(self.text)

    @cached_property
    def folded(self) -> str:
        return self.text.casefold()

    def may_match(self, prefilter: Prefilter | None) -> bool:
        return prefilter is None or prefilter.may_match(self.text, self.folded)

    @cached_property
    def markers(self) -> list[Marker]:
        return address_markers(self.text)

    def region(self, scope: Scope) -> Span | None:
        return self.parts.scope(scope)


def _flag_span(match: re.Match[str]) -> tuple[int, int]:
    if "flag" in match.re.groupindex and match.group("flag") is not None:
        return match.span("flag")
    return match.span()


def _existence(rule: Rule, t: Text) -> Iterator[Hit]:
    region = t.region(rule.scope)
    if region is None:
        return
    for pattern, prefilter in zip(rule.patterns, rule.prefilters, strict=True):
        if isinstance(pattern, str):
            for start, end in FOUND_BY_NAME[pattern](t, region):
                suggestions = _suggestions(rule, t, start, end)
                yield Hit(start, end, suggestions, unsure=not _sure(rule, t, start, end))
            continue
        if not t.may_match(prefilter):
            continue
        for match in pattern.finditer(t.text, region.start, region.end):
            start, end = _flag_span(match)
            if end > start:
                suggestions = (rule.suggest,) if rule.suggest is not None else ()
                yield Hit(start, end, suggestions, unsure=not _sure(rule, t, start, end))


def _sure(rule: Rule, t: Text, start: int, end: int) -> bool:
    return not rule.sure_when or any(SURE_BY_NAME[name](t, start, end) for name in rule.sure_when)


def _substitution(rule: Rule, t: Text) -> Iterator[Hit]:
    region = t.region(rule.scope)
    if region is None:
        return
    for swap in rule.swaps:
        if not t.may_match(swap.prefilter):
            continue
        for match in swap.pattern.finditer(t.text, region.start, region.end):
            start, end = _flag_span(match)
            if end > start:
                if swap.replace == CAPITALIZE:
                    flagged = t.text[start:end]
                    suggestion = flagged[:1].upper() + flagged[1:]
                else:
                    suggestion = match.expand(swap.replace)
                yield Hit(start, end, (suggestion,))


def _present(pattern: re.Pattern[str] | str, t: Text, region: Span) -> bool:
    if isinstance(pattern, str):
        return PRESENT_BY_NAME[pattern](t, region)
    return pattern.search(t.text, region.start, region.end) is not None


def _required(rule: Rule, t: Text) -> Iterator[Hit]:
    region = t.region(rule.scope)
    if region is None:
        return
    # "when": the part is required only in a message that does this (a follow-up that
    # chases an answer must say what it asks for).
    if rule.when and not any(_present(p, t, region) for p in rule.when):
        return
    for pattern, prefilter in zip(rule.patterns, rule.prefilters, strict=True):
        if isinstance(pattern, str):
            if PRESENT_BY_NAME[pattern](t, region):
                return
        elif t.may_match(prefilter) and pattern.search(t.text, region.start, region.end):
            return
    if _placeholder_stands_in(rule.flag, t):
        return  # "[Anrede]" or a line "[Text]" holds the place; PLACEHOLDER_LEFT says so
    # Something is missing: the finding is about the message, placed where the missing
    # part would go, and underlines nothing (an innocent greeting least of all).
    at = _missing_at(rule.flag, t)
    yield Hit(at, at, _suggestions(rule, t, at, at), unsure=not _sure(rule, t, at, at))


def _placeholder_stands_in(flag: str, t: Text) -> bool:
    """A placeholder where the missing part belongs: in the first line for the greeting,
    in the last lines for closing and name, or a line of its own for anything else."""
    if not t.placeholders:
        return False
    parts = t.parts
    if flag == "start":
        where = [parts.lines[0]] if parts.lines else []
    elif flag == "end":
        # The last lines, from the closing formula on; never the greeting line of a short
        # message ("Guten Tag Frau [Nachname]" does not stand in for the sender's name).
        first = parts.closing.start if parts.closing is not None else parts.lines[0].end
        where = [line for line in parts.lines[-3:] if line.start >= first]
    else:
        where = [
            line
            for line in parts.lines
            if any(s <= line.start and line.end <= e for s, e in t.placeholders)
        ]
        return bool(where)
    return any(s < line.end and e > line.start for line in where for s, e in t.placeholders)


def _missing_at(flag: str, t: Text) -> int:
    parts, text = t.parts, t.text
    end = len(text.rstrip())
    if flag == "start" or not parts.lines:
        return parts.lines[0].start if parts.lines else 0
    if flag == "after_greeting":
        greeting = parts.greeting
        return greeting.end if greeting is not None else parts.lines[0].start
    if flag == "before_closing":
        if parts.closing is not None:
            before = text[: parts.closing.start].rstrip()
            return len(before)
        return end
    return end  # "end"


def _suggestions(rule: Rule, t: Text, start: int, end: int) -> tuple[str, ...]:
    """The fix where the app knows it: the sender's name, the right salutation."""
    if rule.suggest is not None:
        return (rule.suggest,)
    if rule.suggest_from == "sender" and t.context.sender:
        return ("\n" + t.context.sender.strip(),)
    if rule.suggest_from == "other_form":  # "Lieber" for "Liebe" and back
        return ({"Liebe": "Lieber", "Lieber": "Liebe"}.get(t.text[start:end], ""),)
    if rule.suggest_from == "lowercase":
        return (t.text[start:end].lower(),)
    if rule.suggest_from == "recipient_greeting":
        recipient = t.context.recipient
        if recipient is None or not (recipient.first_name or recipient.last_name):
            return ()
        # Per du, or with only a first name: "Hallo Anna"; otherwise "Guten Tag Frau Wagner".
        only_first_name = recipient.gender is Gender.NONE and not recipient.last_name
        informal = t.context.tone is Tone.INFORMAL or only_first_name
        style = GreetingStyle.HALLO if informal else GreetingStyle.GUTEN_TAG
        return (build_greeting(recipient, style).rstrip(","),)
    if rule.suggest_from == "title_and_name":
        name = t.text[start:end]
        recipient = t.context.recipient
        if recipient is not None and recipient.gender is Gender.FRAU:
            return (f"Frau {name}",)
        if recipient is not None and recipient.gender is Gender.HERR:
            return (f"Herr {name}",)
        return (f"Frau {name}", f"Herr {name}")
    return ()


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _metric(rule: Rule, t: Text) -> Iterator[Hit]:
    text, context = t.text, t.context
    if rule.measure is Measure.PLATFORM_LIMIT:
        limit = limit_for(context.platform, context.kind)
        if limit is None:
            return
        length = limit.length(text)
        if length > limit.limit:
            # Underline from the first character past the limit to the end.
            cut = index_at_utf16(text, limit.limit) if limit.unit == "utf16" else limit.limit
            values = (("count", str(length)), ("limit", str(limit.limit)))
            yield Hit(cut, len(text.rstrip()) or len(text), values=values)
        return
    if rule.measure is Measure.SENTENCE_WORDS:
        region = t.region(rule.scope)
        if region is None or rule.max is None:
            return
        # The language layer's sentences: an emoji, a smiley or a list item ends one.
        for sentence in sentences(text, region.start, region.end):
            words = _words(text, sentence.start, sentence.end)
            if len(words) > rule.max:
                values = (("count", str(len(words))), ("limit", str(rule.max)))
                # Just over the limit is common in a careful formal letter: a hint up to
                # sure_max, a warning beyond it.
                unsure = rule.sure_max is not None and len(words) <= rule.sure_max
                yield Hit(words[0].start(), sentence.end, values=values, unsure=unsure)
        return
    # WORDS
    region = t.region(rule.scope) or Span(0, len(text))
    words = _words(text, region.start, region.end)
    if rule.min is not None and len(words) < rule.min:
        # Too little said is about the message: placed at the end, underlining nothing.
        at = len(text.rstrip())
        yield Hit(at, at, values=(("count", str(len(words))), ("limit", str(rule.min))))
    most = rule.max_by_kind.get(context.kind, rule.max) if context.kind else rule.max
    if context.kind and context.platform:
        # A platform with a short note field sets a tighter word budget for that kind.
        most = rule.max_on_platform.get(context.platform, {}).get(context.kind, most)
    if most is not None and len(words) > most:
        values = (("count", str(len(words))), ("limit", str(most)))
        yield Hit(words[most].start(), words[-1].end(), values=values)


def _side(t: Text, items: tuple[str | re.Pattern[str], ...], scope: Scope) -> list[tuple[int, int]]:
    region = t.region(scope)
    if region is None:
        return []
    spans: list[tuple[int, int]] = []
    for item in items:
        if isinstance(item, str):  # a marker set from address.py
            formal = item == "@formal_address"
            spans += [
                (m.start, m.end)
                for m in t.markers
                if m.formal == formal and region.start <= m.start and m.end <= region.end
            ]
        else:
            spans += [_flag_span(m) for m in item.finditer(t.text, region.start, region.end)]
    return spans


def _consistency(rule: Rule, t: Text) -> Iterator[Hit]:
    a, b = _side(t, rule.a, rule.a_scope), _side(t, rule.b, rule.b_scope)
    if not a or not b or (rule.unless and _side(t, rule.unless, rule.b_scope)):
        return
    if rule.flag == "a":
        flagged = a
    elif rule.flag == "b":
        flagged = b
    else:
        # The side that breaks the tone; without a tone, the rarer one.
        formal_side_is_a = "@formal_address" in rule.a
        tone = t.context.tone
        if tone is not None and formal_side_is_a:
            flagged = b if tone is Tone.FORMAL else a
        else:
            flagged = b if len(b) <= len(a) else a
    for start, end in flagged:
        yield Hit(start, end)


def _recipient(rule: Rule, t: Text) -> Iterator[Hit]:
    recipient, greeting = t.context.recipient, t.parts.greeting
    if recipient is None or greeting is None:
        return
    line = t.text[greeting.start : greeting.end]
    match = _GREETED.search(line)
    if match:
        word_expected = {Gender.FRAU: "Frau", Gender.HERR: "Herr"}.get(recipient.gender)
        if word_expected and match.group("word") != word_expected:
            start, end = match.span("word")
            yield Hit(greeting.start + start, greeting.start + end, (word_expected,))
        name = match.group("name")
        if recipient.last_name and name != recipient.last_name:
            start, end = match.span("name")
            yield Hit(greeting.start + start, greeting.start + end, (recipient.last_name,))
        return
    by_first = _GREETED_BY_FIRST_NAME.match(line)
    if by_first and recipient.first_name:
        name = by_first.group("name")
        known = {recipient.first_name.split()[0], recipient.last_name}
        if name not in known:
            start, end = by_first.span("name")
            yield Hit(greeting.start + start, greeting.start + end, (recipient.first_name,))


FOUND_BY_NAME: dict[str, Callable[[Text, Span], Iterator[tuple[int, int]]]] = {
    "@stock_line": structure.stock_lines,
    "@mass_line": structure.mass_lines,
    "@cross_post": structure.cross_posts,
    "@mass_greeting": lambda t, region: structure.mass_greeting(t),
    "@greeting_without_name": lambda t, region: structure.greeting_without_name(t),
    "@greeting_surname_only": lambda t, region: structure.greeting_surname_only(t),
    "@greeting_title_first_name": lambda t, region: structure.greeting_title_first_name(t),
    "@capital_after_salutation": lambda t, region: structure.capital_after_salutation(t),
    "@greeting_gender": lambda t, region: structure.greeting_gender(t),
    "@casual_greeting": salutation.casual_greeting,
    "@vocative_other_name": salutation.vocative_other_name,
}
PRESENT_BY_NAME: dict[str, Callable[[Text, Span], bool]] = {
    "@closing": lambda t, region: t.parts.closing is not None,
    "@greeting": salutation.has_greeting,
    "@starts_lowercase": salutation.starts_lowercase,
    "@to_one_reader": lambda t, region: t.context.kind is not Kind.GROUP_POST,
    "@reference": structure.has_reference,
    "@sender_name": lambda t, region: structure.has_sender_name(t),
    "@refusal": structure.has_refusal,
    "@substance": structure.has_substance,
    "@du_imperative": structure.has_du_imperative,
    "@ask": structure.has_ask,
}


# Readings that make an existence rule's hit sure (its ``sure_when``): given the hit's span.
SURE_BY_NAME: dict[str, Callable[[Text, int, int], bool]] = {
    "@sales_push": sureness.is_sales_push,
    "@emoji_sure": sureness.emoji_is_sure,
    "@reproach_pointed": sureness.reproach_is_pointed,
    "@placeholder_slot": sureness.placeholder_is_sure,
    "@closing_expected": lambda t, start, end: _closing_expected(t),
}


def _closing_expected(t: Text) -> bool:
    """A letter to one reader closes with a formula. A post read in a feed may end with its
    name alone, and one that opens without a greeting ("Drei Dinge, die ich gelernt habe 👇")
    is no letter at all: it needs no formula either way."""
    if t.context.kind is not Kind.GROUP_POST:
        return True
    greeting = t.region(Scope.GREETING)
    greeted = greeting is not None and salutation.has_greeting(t, greeting)
    return greeted and not structure.has_sender_name(t)


def _sure_when(keys: Keys) -> dict[str, Any]:
    if "sure_when" not in keys:
        return {}
    names = keys.patterns("sure_when", SURE_BY_NAME)
    if not all(isinstance(n, str) for n in names):
        raise keys.error(
            Message(
                QT_TRANSLATE_NOOP("core", "„sure_when“ nennt nur Prüfungen wie „@sales_push“.")
            ),
            "sure_when",
        )
    return {"sure_when": tuple(str(n) for n in names)}


class RuleKind:
    """One kind of rule: the keys it reads from a rule table (validated, with file and
    line on error) and what it finds in a text. Adding a kind is one subclass (here, or in
    reply_kinds.py for kinds that read the received message) and one line in registry.py."""

    name = ""
    keys: frozenset[str] = frozenset()
    # A hit's span is the words at fault (Finding.quotable); a count's span only shows where
    # the text goes over its limit.
    marks_words = True

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        return {}

    @staticmethod
    def find(rule: Rule, t: Text) -> Iterator[Hit]:
        raise NotImplementedError


def _patterns_with_prefilters(keys: Keys, named: Iterable[str]) -> dict[str, Any]:
    patterns = keys.patterns("patterns", named)
    prefilters = tuple(prefilter_for(p) if isinstance(p, re.Pattern) else None for p in patterns)
    fields: dict[str, Any] = {"patterns": patterns, "prefilters": prefilters}
    if "suggest_from" in keys:
        fields["suggest_from"] = keys.choice("suggest_from", SUGGEST_FROM, "")
    return fields


class Existence(RuleKind):
    """A pattern is there that should not be."""

    name = "existence"
    keys = frozenset({"patterns", "suggest", "suggest_from", "sure_when"})

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        fields = _patterns_with_prefilters(keys, FOUND_BY_NAME)
        if "suggest" in keys:
            fields["suggest"] = str(keys.entry["suggest"])
        fields.update(_sure_when(keys))
        return fields

    find = staticmethod(_existence)


class Substitution(RuleKind):
    """… and here is what to write instead."""

    name = "substitution"
    keys = frozenset({"swaps"})

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        swaps = []
        for item in keys.items("swaps"):
            if not isinstance(item, dict) or not {"pattern", "replace"} <= set(item):
                raise keys.error(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Jeder Eintrag in „swaps“ braucht pattern und replace."
                        )
                    ),
                    "swaps",
                )
            compiled = Keys({"swaps": [item["pattern"]]}, keys.line_of).patterns("swaps")[0]
            assert isinstance(compiled, re.Pattern)
            swaps.append(Swap(compiled, str(item["replace"]), prefilter_for(compiled)))
        return {"swaps": tuple(swaps)}

    find = staticmethod(_substitution)


class Required(RuleKind):
    """None of the patterns is there, though one should be. ``flag`` says where the
    finding goes: where the missing part belongs."""

    name = "required"
    keys = frozenset({"patterns", "flag", "suggest_from", "when", "sure_when"})
    flags = ("start", "after_greeting", "before_closing", "end")

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        fields = _patterns_with_prefilters(keys, PRESENT_BY_NAME)
        fields["flag"] = keys.choice("flag", cls.flags, "end")
        if "when" in keys:
            fields["when"] = keys.patterns("when", PRESENT_BY_NAME)
        fields.update(_sure_when(keys))
        return fields

    find = staticmethod(_required)


class Metric(RuleKind):
    """A count is over (or under) its limit."""

    name = "metric"
    marks_words = False
    keys = frozenset({"measure", "max", "max_by_kind", "max_on_platform", "min", "sure_max"})

    @staticmethod
    def _limits_by_kind(keys: Keys, key: str, table: dict[str, Any]) -> dict[Kind, int]:
        limits = {}
        for kind, limit in table.items():
            if not isinstance(limit, int):
                raise keys.error(
                    Message(
                        QT_TRANSLATE_NOOP("core", "„{key}“: Grenzen sind ganze Zahlen."), key=key
                    ),
                    key,
                )
            limits[Keys({"k": kind}, keys.line_of).enum(Kind, "k")] = limit
        return limits

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        limits = cls._limits_by_kind(keys, "max_by_kind", keys.table("max_by_kind"))
        on_platform = {}
        for platform, by_kind in keys.table("max_on_platform").items():
            if not isinstance(by_kind, dict):
                raise keys.error(
                    Message(
                        QT_TRANSLATE_NOOP("core", "„max_on_platform“: je Plattform eine Tabelle.")
                    ),
                    "max_on_platform",
                )
            plat = Keys({"p": platform}, keys.line_of).enum(Platform, "p")
            on_platform[plat] = cls._limits_by_kind(keys, "max_on_platform", by_kind)
        fields: dict[str, Any] = {
            "measure": keys.enum(Measure, "measure"),
            "max_by_kind": limits,
            "max_on_platform": on_platform,
        }
        for key in ("max", "min", "sure_max"):
            value = keys.integer(key)
            if value is not None:
                fields[key] = value
        return fields

    find = staticmethod(_metric)


class Consistency(RuleKind):
    """Two things that must not meet, meet (Sie and du)."""

    name = "consistency"
    keys = frozenset({"a", "b", "a_scope", "b_scope", "flag", "unless"})
    flags = ("a", "b", "against_tone")

    @classmethod
    def parse(cls, keys: Keys) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "a": keys.patterns("a", MARKER_SETS),
            "b": keys.patterns("b", MARKER_SETS),
            "a_scope": keys.enum(Scope, "a_scope", "text"),
            "b_scope": keys.enum(Scope, "b_scope", "text"),
            "flag": keys.choice("flag", cls.flags, "against_tone"),
        }
        if "unless" in keys:
            fields["unless"] = keys.patterns("unless", MARKER_SETS)
        return fields

    find = staticmethod(_consistency)


class RecipientKind(RuleKind):
    """The greeting names someone other than the recipient."""

    name = "recipient"

    find = staticmethod(_recipient)
