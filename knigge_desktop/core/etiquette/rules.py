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

from knigge_desktop.core.datafile import FileError, Invalid, read_toml
from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
from knigge_desktop.core.etiquette.parts import Scope
from knigge_desktop.core.etiquette.prefilter import Prefilter, prefilter_for
from knigge_desktop.core.findings import Principle, Severity
from knigge_desktop.core.messages import message_of
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.vocabulary import Kind, Platform, Tone


class RuleType(StrEnum):
    EXISTENCE = "existence"  # a pattern is there that should not be
    SUBSTITUTION = "substitution"  # … and here is what to write instead
    REQUIRED = "required"  # none of the patterns is there, though one should be
    METRIC = "metric"  # a count is over (or under) its limit
    CONSISTENCY = "consistency"  # two things that must not meet, meet
    RECIPIENT = "recipient"  # the greeting names someone other than the recipient


class Measure(StrEnum):
    WORDS = "words"
    SENTENCE_WORDS = "sentence_words"
    PLATFORM_LIMIT = "platform_limit"


# Things that need more than a pattern, named in place of one: the Sie/du markers of
# address.py (consistency rules) and the closing formula found by parts.py (required rules).
MARKER_SETS = ("@formal_address", "@informal_address")
CLOSING_MARKER = "@closing"
# Checks of core/etiquette/structure.py, named in place of a pattern: for existence rules
# the places they find, for required rules whether the text has what is required.
FOUND_NAMES = frozenset(
    {"@stock_line", "@mass_line", "@greeting_without_name", "@greeting_surname_only",
     "@capital_after_salutation"}
)  # fmt: skip
PRESENT_NAMES = frozenset({CLOSING_MARKER, "@reference", "@sender_name"})
# Where a required rule places its finding when something is missing.
REQUIRED_FLAGS = ("start", "after_greeting", "before_closing", "end")
CONSISTENCY_FLAGS = ("a", "b", "against_tone")
SUGGEST_FROM = ("sender", "lowercase", "title_and_name")
CAPITALIZE = "@capitalize"  # as a swap's replace: the flagged word, capitalised

_COMMON = {
    "id", "name", "name_en", "principle", "severity", "type", "message", "explanation", "kinds",
    "tones", "platforms", "good", "bad", "context", "scope", "message_en", "explanation_en",
}  # fmt: skip
_TYPE_KEYS: dict[RuleType, set[str]] = {
    RuleType.EXISTENCE: {"patterns", "suggest", "suggest_from"},
    RuleType.SUBSTITUTION: {"swaps"},
    RuleType.REQUIRED: {"patterns", "flag", "suggest_from"},
    RuleType.METRIC: {"measure", "max", "max_by_kind", "min"},
    RuleType.CONSISTENCY: {"a", "b", "a_scope", "b_scope", "flag", "unless"},
    RuleType.RECIPIENT: set(),
}


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
        raise Invalid(f"„{key}“: höchstens ein <marker> je Beispiel.", line)
    marker = None
    if found:
        match = found[0]
        text = text[: match.start()] + match.group(1) + text[match.end() :]
        marker = (match.start(), match.start() + len(match.group(1)))
    if suggestion is not None and not isinstance(suggestion, str):
        raise Invalid(f"„{key}“: „suggestion“ muss ein Text sein.", line)
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
    type: RuleType
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
    min: int | None = None
    a: tuple[str | re.Pattern[str], ...] = ()
    b: tuple[str | re.Pattern[str], ...] = ()
    a_scope: Scope = Scope.TEXT
    b_scope: Scope = Scope.TEXT
    unless: tuple[str | re.Pattern[str], ...] = ()  # found in b_scope: the rule stays quiet
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


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rules(folders: Iterable[Path] | None = None) -> RuleSet:
    result = RuleSet()
    for folder in folders if folders is not None else [resource_dir("etiquette")]:
        for path in sorted(folder.glob("*.toml")):
            try:
                rules = _load_file(path)
            except Invalid as exc:
                result.errors.append(RuleError(path, exc.line, message_of(exc)))
                continue
            for rule in rules:
                if result.get(rule.id) is not None:
                    message = f"Regel-ID „{rule.id}“ gibt es schon; Regel übersprungen."
                    result.errors.append(RuleError(path, rule.line, message))
                else:
                    result.rules.append(rule)
    return result


def _load_file(path: Path) -> list[Rule]:
    data, text = read_toml(path)
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise Invalid(f"Unbekannte Angabe „{unknown[0]}“; Regeln stehen in [[rule]].", 1)
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise Invalid("„rule“ muss eine Liste sein ([[rule]]).", 1)
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


def _enum(enum: type, value: Any, key: str, line: int) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise Invalid(f"„{key}“: unbekannter Wert „{value}“ (erlaubt: {allowed}).", line) from None


def _regex(source: Any, key: str, line: int) -> re.Pattern[str]:
    if not isinstance(source, str):
        raise Invalid(f"„{key}“ braucht reguläre Ausdrücke als Text.", line)
    try:
        return re.compile(source, re.MULTILINE)
    except re.error as exc:
        raise Invalid(f"„{key}“: ungültiger regulärer Ausdruck „{source}“ ({exc}).", line) from None


def _str(entry: dict[str, Any], key: str, line: int) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"„{key}“ fehlt oder ist leer.", line)
    return value


def _context(raw: Any, line: int) -> CheckContext:
    if not isinstance(raw, dict):
        raise Invalid("„context“ muss eine Tabelle sein.", line)
    unknown = sorted(set(raw) - {"kind", "tone", "platform", "recipient", "sender"})
    if unknown:
        raise Invalid(f"Unbekannte Angabe „{unknown[0]}“ in „context“.", line)
    return CheckContext(
        kind=_enum(Kind, raw["kind"], "kind", line) if "kind" in raw else None,
        tone=_enum(Tone, raw["tone"], "tone", line) if "tone" in raw else None,
        platform=_enum(Platform, raw["platform"], "platform", line) if "platform" in raw else None,
        recipient=parse_recipient(str(raw["recipient"])) if "recipient" in raw else None,
        sender=str(raw["sender"]) if "sender" in raw else None,
    )


def _examples(raw: Any, base: CheckContext, key: str, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise Invalid(f"Jede Regel braucht Beispiele in „{key}“.", line)
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
            raise Invalid(f"„{key}“: Beispiele sind Texte oder {{ text = … }}.", line)
    return tuple(examples)


def _context_dict(context: CheckContext) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in ("kind", "tone", "platform"):
        value = getattr(context, key)
        if value is not None:
            out[key] = value.value
    if context.sender is not None:
        out["sender"] = context.sender
    if context.recipient is not None:
        r = context.recipient
        gender = {"frau": "Frau", "herr": "Herr"}.get(r.gender.value, "")
        out["recipient"] = " ".join(p for p in (gender, r.title, r.first_name, r.last_name) if p)
    return out


def _parse_rule(entry: Any, path: Path, line: int, line_of: Any) -> Rule:
    if not isinstance(entry, dict):
        raise Invalid("Eine Regel muss eine Tabelle sein.", line)
    rule_type = _enum(RuleType, entry.get("type"), "type", line_of("type"))
    unknown = sorted(set(entry) - _COMMON - _TYPE_KEYS[rule_type])
    if unknown:
        message = f"Unbekannte Angabe „{unknown[0]}“ für eine Regel vom Typ {rule_type.value}."
        raise Invalid(message, line_of(unknown[0]))
    rule_id = _str(entry, "id", line)
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", rule_id):
        raise Invalid(f"Regel-ID „{rule_id}“: nur Großbuchstaben, Ziffern, _.", line_of("id"))

    def enums(enum: type, key: str) -> frozenset[Any]:
        values = entry.get(key, [])
        if not isinstance(values, list):
            raise Invalid(f"„{key}“ muss eine Liste sein.", line_of(key))
        return frozenset(_enum(enum, v, key, line_of(key)) for v in values)

    def regexes(key: str) -> tuple[Any, ...]:
        values = entry.get(key, [])
        if not isinstance(values, list) or not values:
            raise Invalid(f"„{key}“ braucht eine Liste von Mustern.", line_of(key))
        if key != "patterns":
            named: frozenset[str] | tuple[str, ...] = MARKER_SETS
        else:
            named = PRESENT_NAMES if rule_type is RuleType.REQUIRED else FOUND_NAMES
        for value in values:
            if isinstance(value, str) and value.startswith("@") and value not in named:
                allowed = ", ".join(sorted(named))
                raise Invalid(
                    f"„{key}“: unbekannte Prüfung „{value}“ (erlaubt: {allowed}).", line_of(key)
                )
        return tuple(v if v in named else _regex(v, key, line_of(key)) for v in values)

    def choice(key: str, allowed: tuple[str, ...], default: str) -> str:
        value = entry.get(key, default)
        if value not in allowed:
            names = ", ".join(allowed)
            raise Invalid(f"„{key}“: unbekannter Wert „{value}“ (erlaubt: {names}).", line_of(key))
        return str(value)

    def scope(key: str) -> Scope:
        return _enum(Scope, entry.get(key, "text"), key, line_of(key))

    fields: dict[str, Any] = {}
    if rule_type in (RuleType.EXISTENCE, RuleType.REQUIRED):
        fields["patterns"] = regexes("patterns")
        fields["prefilters"] = tuple(
            prefilter_for(p) if isinstance(p, re.Pattern) else None for p in fields["patterns"]
        )
    if rule_type is RuleType.EXISTENCE and "suggest" in entry:
        fields["suggest"] = str(entry["suggest"])
    if "suggest_from" in entry:
        fields["suggest_from"] = choice("suggest_from", SUGGEST_FROM, "")
    if rule_type is RuleType.SUBSTITUTION:
        swaps = entry.get("swaps")
        if not isinstance(swaps, list) or not swaps:
            raise Invalid("„swaps“ braucht eine Liste { pattern, replace }.", line_of("swaps"))
        try:
            compiled = [
                (_regex(s["pattern"], "swaps", line_of("swaps")), s["replace"]) for s in swaps
            ]
            fields["swaps"] = tuple(Swap(p, str(r), prefilter_for(p)) for p, r in compiled)
        except (KeyError, TypeError):
            raise Invalid(
                "Jeder Eintrag in „swaps“ braucht pattern und replace.", line_of("swaps")
            ) from None
    if rule_type is RuleType.METRIC:
        fields["measure"] = _enum(Measure, entry.get("measure"), "measure", line_of("measure"))
        for key in ("max", "min"):
            if key in entry:
                if not isinstance(entry[key], int):
                    raise Invalid(f"„{key}“ muss eine ganze Zahl sein.", line_of(key))
                fields[key] = entry[key]
        by_kind = entry.get("max_by_kind", {})
        if not isinstance(by_kind, dict):
            raise Invalid("„max_by_kind“ muss eine Tabelle sein.", line_of("max_by_kind"))
        fields["max_by_kind"] = {
            _enum(Kind, k, "max_by_kind", line_of("max_by_kind")): int(v)
            for k, v in by_kind.items()
        }
    if rule_type is RuleType.CONSISTENCY:
        fields["a"], fields["b"] = regexes("a"), regexes("b")
        fields["a_scope"], fields["b_scope"] = scope("a_scope"), scope("b_scope")
        if "unless" in entry:
            fields["unless"] = regexes("unless")
    if rule_type is RuleType.REQUIRED:
        fields["flag"] = choice("flag", REQUIRED_FLAGS, "end")
    if rule_type is RuleType.CONSISTENCY:
        fields["flag"] = choice("flag", CONSISTENCY_FLAGS, "against_tone")

    base = _context(entry.get("context", {}), line_of("context"))
    return Rule(
        id=rule_id,
        principle=_enum(Principle, entry.get("principle"), "principle", line_of("principle")),
        severity=_enum(Severity, entry.get("severity"), "severity", line_of("severity")),
        type=rule_type,
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
        scope=scope("scope"),
        good=_examples(entry.get("good"), base, "good", line_of("good")),
        bad=_examples(entry.get("bad"), base, "bad", line_of("bad")),
        source=path,
        line=line,
        **fields,
    )
