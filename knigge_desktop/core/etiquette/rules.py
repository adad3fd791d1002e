"""Etiquette rules as data: resources/etiquette/*.toml, one [[rule]] table each.

Every rule has a common header (id, principle, severity, message, explanation, and the
kinds / tones / platforms it applies to), a few keys for its type, and its own good and bad
examples, which the test suite runs. A bad file is reported with its file and line; the
rules of the other files still load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from knigge_desktop.core.datafile import FileError, Invalid, read_toml, shown_value, unknown_value
from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
from knigge_desktop.core.etiquette.parts import Scope
from knigge_desktop.core.etiquette.prefilter import Prefilter
from knigge_desktop.core.findings import Principle, Severity
from knigge_desktop.core.loaded import Loaded
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.vocabulary import Kind, Platform, ReceivedKind, Tone


class Measure(StrEnum):
    WORDS = "words"
    SENTENCE_WORDS = "sentence_words"
    PLATFORM_LIMIT = "platform_limit"


# Things that need more than a pattern, named in place of one: the Sie/du markers of
# address.py (consistency rules) and the closing formula found by parts.py (required rules).
MARKER_SETS = ("@formal_address", "@informal_address")
CLOSING_MARKER = "@closing"
# Fixes the checker computes (kinds._suggestions).
SUGGEST_FROM = ("sender", "lowercase", "title_and_name", "recipient_greeting", "other_form")
CAPITALIZE = "@capitalize"  # as a swap's replace: the flagged word, capitalised

_COMMON = {
    "id", "name", "name_en", "principle", "severity", "type", "message", "explanation", "kinds",
    "tones", "platforms", "good", "bad", "context", "scope", "message_en", "explanation_en",
    "yields_to",
}  # fmt: skip


@dataclass(frozen=True)
class Example:
    """A rule's own example. In a bad one, <marker>…</marker> marks exactly what the rule
    flags (an empty <marker></marker> where a missing part belongs), and ``suggestion`` is
    the first fix it must offer; tests/test_etiquette_rules.py holds every rule to both."""

    text: str
    context: CheckContext
    marker: tuple[int, int] | None = None
    suggestion: str | None = None


_MARKER = re.compile(r"<marker>(.*?)</marker>", re.DOTALL)


def _example(text: str, context: CheckContext, suggestion: Any, key: str, line: int) -> Example:
    found = list(_MARKER.finditer(text))
    if len(found) > 1:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„{key}“: höchstens ein <marker> je Beispiel."), key=key
            ),
            line,
        )
    marker = None
    if found:
        match = found[0]
        text = text[: match.start()] + match.group(1) + text[match.end() :]
        marker = (match.start(), match.start() + len(match.group(1)))
    if suggestion is not None and not isinstance(suggestion, str):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„{key}“: „suggestion“ muss ein Text sein."), key=key
            ),
            line,
        )
    return Example(text, context, marker, suggestion)


@dataclass(frozen=True)
class Swap:
    pattern: re.Pattern[str]
    replace: str
    prefilter: Prefilter | None = None


LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Rule:
    id: str
    principle: Principle
    severity: Severity
    type: str  # a name in registry.RULE_KINDS
    message: str
    explanation: str
    # The English for the window in English (ui/i18n.py); German is the source.
    message_en: str = ""
    explanation_en: str = ""
    # What the interface calls the rule ("Sie und du gemischt"), never its id.
    name: str = ""
    name_en: str = ""
    kinds: frozenset[Kind] = frozenset()  # empty: every kind
    tones: frozenset[Tone] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    scope: Scope = Scope.TEXT
    patterns: tuple[re.Pattern[str] | str, ...] = ()  # str: CLOSING_MARKER
    prefilters: tuple[Prefilter | None, ...] = ()  # one per pattern
    suggest: str | None = None
    suggest_from: str = ""  # SUGGEST_FROM: a fix the checker computes
    swaps: tuple[Swap, ...] = ()
    flag: str = ""
    measure: Measure | None = None
    max: int | None = None
    max_by_kind: dict[Kind, int] = field(default_factory=dict)
    max_on_platform: dict[Platform, dict[Kind, int]] = field(default_factory=dict)
    min: int | None = None
    sure_max: int | None = None  # metric: over max a hint, over sure_max a warning
    a: tuple[str | re.Pattern[str], ...] = ()
    b: tuple[str | re.Pattern[str], ...] = ()
    a_scope: Scope = Scope.TEXT
    b_scope: Scope = Scope.TEXT
    unless: tuple[str | re.Pattern[str], ...] = ()  # found in b_scope: the rule stays quiet
    when: tuple[str | re.Pattern[str], ...] = ()  # required: applies only if one is there
    # existence: a hit is sure (counts at the rule's severity) only where one of these named
    # readings holds; elsewhere it is shown as a hint, which does not count.
    sure_when: tuple[str, ...] = ()
    received_kinds: frozenset[ReceivedKind] = frozenset()  # reply_kinds: kinds of the received
    # Rule ids that say the same more broadly: when one of them fires, this one is quiet
    # (a no "with the door half open" is not reported on top of "no clear no").
    yields_to: frozenset[str] = frozenset()
    good: tuple[Example, ...] = ()
    bad: tuple[Example, ...] = ()
    source: Path = Path()
    line: int = 0

    def wording(self, language: str = "de") -> tuple[str, str]:
        """Message and explanation in the window's language (German unless "en")."""
        if language == "en" and self.message_en.strip() and self.explanation_en.strip():
            return self.message_en, self.explanation_en
        return self.message, self.explanation

    def title(self, language: str = "de") -> str:
        """The rule's human name in the window's language; the id only for an own rule
        file that names none."""
        if language == "en" and self.name_en.strip():
            return self.name_en
        return self.name.strip() or self.id

    def applies_to(self, context: CheckContext) -> bool:
        """Rules tied to kinds, tones or platforms are skipped when the context lacks them."""
        for wanted, have in (
            (self.kinds, context.kind),
            (self.tones, context.tone),
            (self.platforms, context.platform),
        ):
            if wanted and (have is None or have not in wanted):
                return False
        return True


RuleError = FileError  # a rule file that was skipped, with file and line


# The rules of the files, in order, and the files or rules that were skipped (core/loaded.py).
RuleSet = Loaded[Rule, RuleError]


def load_rules(folders: Iterable[Path] | None = None) -> RuleSet:
    result = RuleSet()
    for folder in folders if folders is not None else [resource_dir("etiquette")]:
        for path in sorted(folder.glob("*.toml")):
            try:
                rules = _load_file(path)
            except Invalid as exc:
                result.problems.append(RuleError(path, exc.line, message_of(exc)))
                continue
            for rule in rules:
                if result.get(rule.id) is not None:
                    message = Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Regel-ID „{rule_id}“ gibt es schon; Regel übersprungen."
                        ),
                        rule_id=rule.id,
                    )
                    result.problems.append(RuleError(path, rule.line, message))
                else:
                    result.items.append(rule)
    return result


def _load_file(path: Path) -> list[Rule]:
    data, text = read_toml(path)
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Unbekannte Angabe „{key}“; Regeln stehen in [[rule]]."),
                key=shown_value(unknown[0]),
            ),
            1,
        )
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„rule“ muss eine Liste sein ([[rule]]).")), 1
        )
    lines = text.splitlines()
    starts = [n for n, line in enumerate(lines, start=1) if line.strip() == "[[rule]]"]
    rules = []
    for index, entry in enumerate(entries):
        start = starts[index] if index < len(starts) else 1
        end = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1

        def line_of(key: str, start: int = start, end: int = end) -> int:
            for number in range(start, end):
                if re.match(rf"\s*{re.escape(key)}\s*=", lines[number - 1]):
                    return number
            return start

        rules.append(_parse_rule(entry, path, start, line_of))
    return rules


def _enum(enum: type[StrEnum], value: Any, key: str, line: int) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise Invalid(unknown_value(key, value, allowed), line) from None


def _regex(source: Any, key: str, line: int) -> re.Pattern[str]:
    if not isinstance(source, str):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„{key}“ braucht reguläre Ausdrücke als Text."), key=key
            ),
            line,
        )
    try:
        return re.compile(source, re.MULTILINE)
    except re.error as exc:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "„{key}“: ungültiger regulärer Ausdruck „{source}“ ({error})."
                ),
                key=key,
                source=shown_value(source),
                error=exc,
            ),
            line,
        ) from None


def _str(entry: dict[str, Any], key: str, line: int) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„{key}“ fehlt oder ist leer."), key=key), line
        )
    return value


def _context(raw: Any, line: int) -> CheckContext:
    if not isinstance(raw, dict):
        raise Invalid(Message(QT_TRANSLATE_NOOP("core", "„context“ muss eine Tabelle sein.")), line)
    unknown = sorted(set(raw) - {"kind", "tone", "platform", "recipient", "sender", "received"})
    if unknown:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Unbekannte Angabe „{key}“ in „context“."),
                key=shown_value(unknown[0]),
            ),
            line,
        )
    received = None
    if "received" in raw:
        # The message a reply answers, read as the window reads it (core/reply).
        from knigge_desktop.core.reply import read_message

        received = read_message(str(raw["received"]))
    return CheckContext(
        kind=_enum(Kind, raw["kind"], "kind", line) if "kind" in raw else None,
        tone=_enum(Tone, raw["tone"], "tone", line) if "tone" in raw else None,
        platform=_enum(Platform, raw["platform"], "platform", line) if "platform" in raw else None,
        recipient=parse_recipient(str(raw["recipient"])) if "recipient" in raw else None,
        sender=str(raw["sender"]) if "sender" in raw else None,
        received=received,
    )


def _examples(raw: Any, base: CheckContext, key: str, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Jede Regel braucht Beispiele in „{key}“."), key=key),
            line,
        )
    examples = []
    for item in raw:
        if isinstance(item, str):
            examples.append(_example(item, base, None, key, line))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            own = {k: v for k, v in item.items() if k not in {"text", "suggestion"}}
            merged = {**_context_dict(base), **own}
            context = _context(merged, line)
            examples.append(_example(item["text"], context, item.get("suggestion"), key, line))
        else:
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP("core", "„{key}“: Beispiele sind Texte oder {{ text = … }}."),
                    key=key,
                ),
                line,
            )
    return tuple(examples)


def _context_dict(context: CheckContext) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in ("kind", "tone", "platform"):
        value = getattr(context, key)
        if value is not None:
            out[key] = value.value
    if context.sender is not None:
        out["sender"] = context.sender
    if context.received is not None:
        out["received"] = context.received.text
    if context.recipient is not None:
        r = context.recipient
        gender = {"frau": "Frau", "herr": "Herr"}.get(r.gender.value, "")
        out["recipient"] = " ".join(p for p in (gender, r.title, r.first_name, r.last_name) if p)
    return out


class Keys:
    """A rule table's keys, read with file line numbers for every error. Each rule kind
    (kinds.py) reads its own keys through this."""

    def __init__(self, entry: dict[str, Any], line_of: Any) -> None:
        self.entry = entry
        self.line_of = line_of

    def __contains__(self, key: str) -> bool:
        return key in self.entry

    def error(self, message: Message, key: str) -> Invalid:
        return Invalid(message, self.line_of(key))

    def patterns(self, key: str, named: Iterable[str] = ()) -> tuple[re.Pattern[str] | str, ...]:
        """Regular expressions, or names of checks from ``named`` ("@reference")."""
        values = self.entry.get(key, [])
        if not isinstance(values, list) or not values:
            raise self.error(
                Message(
                    QT_TRANSLATE_NOOP("core", "„{key}“ braucht eine Liste von Mustern."), key=key
                ),
                key,
            )
        allowed = set(named)
        for value in values:
            if isinstance(value, str) and value.startswith("@") and value not in allowed:
                names = ", ".join(sorted(allowed)) or "–"
                raise self.error(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "„{key}“: unbekannte Prüfung „{value}“ (erlaubt: {allowed})."
                        ),
                        key=key,
                        value=shown_value(value),
                        allowed=names,
                    ),
                    key,
                )
        return tuple(v if v in allowed else _regex(v, key, self.line_of(key)) for v in values)

    def choice(self, key: str, allowed: Iterable[str], default: str) -> str:
        value = self.entry.get(key, default)
        options = tuple(allowed)
        if value not in options:
            names = ", ".join(options)
            raise self.error(unknown_value(key, value, names), key)
        return str(value)

    def enum(self, enum: type, key: str, default: Any = None) -> Any:
        return _enum(enum, self.entry.get(key, default), key, self.line_of(key))

    def integer(self, key: str) -> int | None:
        if key not in self.entry:
            return None
        if not isinstance(self.entry[key], int) or isinstance(self.entry[key], bool):
            raise self.error(
                Message(QT_TRANSLATE_NOOP("core", "„{key}“ muss eine ganze Zahl sein."), key=key),
                key,
            )
        return int(self.entry[key])

    def table(self, key: str) -> dict[str, Any]:
        value = self.entry.get(key, {})
        if not isinstance(value, dict):
            raise self.error(
                Message(QT_TRANSLATE_NOOP("core", "„{key}“ muss eine Tabelle sein."), key=key), key
            )
        return value

    def items(self, key: str) -> list[Any]:
        value = self.entry.get(key)
        if not isinstance(value, list) or not value:
            raise self.error(
                Message(
                    QT_TRANSLATE_NOOP("core", "„{key}“ braucht eine Liste mit Einträgen."), key=key
                ),
                key,
            )
        return value


def _parse_rule(entry: Any, path: Path, line: int, line_of: Any) -> Rule:
    from knigge_desktop.core.etiquette.registry import RULE_KINDS  # the kinds import this module

    if not isinstance(entry, dict):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Eine Regel muss eine Tabelle sein.")), line
        )
    keys = Keys(entry, line_of)
    kind = RULE_KINDS.get(str(entry.get("type", "")))
    if "type" not in entry:
        _str(entry, "type", line)  # says that it is missing
    if kind is None:
        raise keys.error(unknown_value("type", entry.get("type"), ", ".join(RULE_KINDS)), "type")
    unknown = sorted(set(entry) - _COMMON - kind.keys)
    if unknown:
        message = Message(
            QT_TRANSLATE_NOOP("core", "Unbekannte Angabe „{key}“ für eine Regel vom Typ {kind}."),
            key=shown_value(unknown[0]),
            kind=kind.name,
        )
        raise Invalid(message, line_of(unknown[0]))
    rule_id = _str(entry, "id", line)
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", rule_id):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Regel-ID „{rule_id}“: nur Großbuchstaben, Ziffern, _."),
                rule_id=shown_value(rule_id),
            ),
            line_of("id"),
        )

    def enums(enum: type, key: str) -> frozenset[Any]:
        values = entry.get(key, [])
        if not isinstance(values, list):
            raise Invalid(
                Message(QT_TRANSLATE_NOOP("core", "„{key}“ muss eine Liste sein."), key=key),
                line_of(key),
            )
        return frozenset(_enum(enum, v, key, line_of(key)) for v in values)

    yields_to = entry.get("yields_to", [])
    if not isinstance(yields_to, list) or not all(
        isinstance(v, str) and re.fullmatch(r"[A-Z][A-Z0-9_]*", v) for v in yields_to
    ):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„yields_to“ muss eine Liste von Regel-IDs sein.")),
            line_of("yields_to"),
        )
    fields = kind.parse(keys)
    base = _context(entry.get("context", {}), line_of("context"))
    return Rule(
        id=rule_id,
        principle=_enum(Principle, entry.get("principle"), "principle", line_of("principle")),
        severity=_enum(Severity, entry.get("severity"), "severity", line_of("severity")),
        type=kind.name,
        message=_str(entry, "message", line_of("message")),
        explanation=_str(entry, "explanation", line_of("explanation")),
        # Optional for a rule file of one's own; every shipped rule has them (a test says so).
        message_en=str(entry.get("message_en", "")),
        explanation_en=str(entry.get("explanation_en", "")),
        name=str(entry.get("name", "")),
        name_en=str(entry.get("name_en", "")),
        kinds=enums(Kind, "kinds"),
        tones=enums(Tone, "tones"),
        platforms=enums(Platform, "platforms"),
        scope=keys.enum(Scope, "scope", "text"),
        yields_to=frozenset(yields_to),
        good=_examples(entry.get("good"), base, "good", line_of("good")),
        bad=_examples(entry.get("bad"), base, "bad", line_of("bad")),
        source=path,
        line=line,
        **fields,
    )
