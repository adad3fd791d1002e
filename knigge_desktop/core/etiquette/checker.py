"""The etiquette checker: runs the rules that fit the context and returns Findings."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable
from functools import cache

from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.etiquette.kinds import MAX_PER_RULE, Hit, Text
from knigge_desktop.core.etiquette.registry import RULE_KINDS
from knigge_desktop.core.etiquette.rules import Measure, Rule, RuleSet, load_rules
from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity
from knigge_desktop.core.language.detect import looks_english


class EtiquetteChecker:
    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._yielding = {r.id: r.yields_to for r in rules.items if r.yields_to}

    @classmethod
    @cache
    def shipped(cls) -> EtiquetteChecker:
        """The checker with the shipped rules, loaded once per process."""
        return cls(load_rules())

    def placeholders(self, text: str) -> list[tuple[int, int]]:
        """Where placeholders ("[Ihr Name]") stand, by the placeholder rules alone: what the
        copy question needs, in a fraction of a whole check (a long text copies at once)."""
        return self._placeholders(Text(text, CheckContext()))

    def _placeholders(self, raw: Text) -> list[tuple[int, int]]:
        rules = [r for r in self.rules.items if r.principle is Principle.PLACEHOLDER]
        return sorted(
            (h.start, h.end)
            for rule in rules
            for h in itertools.islice(RULE_KINDS[rule.type].find(rule, raw), MAX_PER_RULE)
        )

    def check(
        self,
        text: str,
        context: CheckContext | None = None,
        *,
        disabled: Collection[str] = (),
        ignored: Collection[str] = (),
        language: str = "de",
    ) -> list[Finding]:
        """Findings sorted by position. ``disabled`` are rule ids the user turned off;
        ``ignored`` are Finding.ignore_key values the user dismissed in this draft."""
        context = context or CheckContext()
        # Placeholders first, on the text as it is; every other rule reads it with them
        # masked, so "[Dein Name]" is not also "Sie und du gemischt" or "shouting".
        raw = Text(text, context)
        placeholders = self._placeholders(raw)
        subject = Text(_masked(text, placeholders), context, tuple(placeholders))
        context = subject.context = context.with_inferred_tone(subject.text, subject.markers)
        blank = not text.strip()
        findings: list[Finding] = []
        english = looks_english(subject.text)
        if english and NOT_GERMAN not in disabled:
            findings.append(_not_german(text, language))
        for rule in self.rules.items:
            if rule.id in disabled or not rule.applies_to(context):
                continue
            if english and rule.principle not in LANGUAGE_FREE:
                continue  # a German greeting, reason or Sie/du rule says nothing about English
            if blank and not _says_something(rule):
                continue  # an empty text breaks no rule but "say something"
            on = raw if rule.principle is Principle.PLACEHOLDER else subject
            hits = itertools.islice(RULE_KINDS[rule.type].find(rule, on), MAX_PER_RULE)
            findings.extend(
                _finding(rule, hit, text, language)
                for hit in _without_overlaps(hits)
                if not _capital_after_placeholder(rule, hit, text, placeholders)
            )
        if self._yielding:
            fired = {f.rule_id for f in findings}
            findings = [f for f in findings if not (self._yielding.get(f.rule_id, set()) & fired)]
        note_missing = [f for f in findings if _says_something(self.rules.get(f.rule_id))]
        if note_missing:
            # "The note is empty" says it all; greeting, closing and name would only repeat it.
            findings = note_missing + [f for f in findings if f.principle is Principle.PLACEHOLDER]
        if ignored:
            keys = set(ignored)
            findings = [f for f in findings if f.ignore_key(text) not in keys]
        findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule_id))
        return findings


NOT_GERMAN = "NOT_GERMAN"
# What these principles look at is not German: placeholders, length, loud punctuation.
LANGUAGE_FREE = frozenset(
    {Principle.PLACEHOLDER, Principle.TONE, Principle.BREVITY, Principle.PLATFORM_LIMIT}
)
_NOT_GERMAN_TEXT = {
    "de": (
        "Der Text scheint englisch zu sein: Die Knigge-Prüfung sieht hier nur nach "
        "Platzhaltern, Länge und Ton.",
        "Die Knigge-Regeln lesen deutsche Nachrichten: Anrede, Anlass, Sie und du. Für eine "
        "englische Nachricht wären ihre Hinweise falsch; darum laufen nur die Regeln, die "
        "von der Sprache nicht abhängen.",
        "Nachricht nicht deutsch",
    ),
    "en": (
        "The text seems to be English: the Knigge check only looks at placeholders, length "
        "and tone here.",
        "The Knigge rules read German messages: greeting, reason, Sie and du. For an English "
        "message their findings would be wrong, so only the rules that do not depend on the "
        "language run.",
        "Message not in German",
    ),
}


def _not_german(text: str, language: str) -> Finding:
    message, explanation, name = _NOT_GERMAN_TEXT["en" if language == "en" else "de"]
    at = len(text.rstrip())
    return Finding(
        source=FindingSource.ETIQUETTE,
        rule_id=NOT_GERMAN,
        principle=Principle.LANGUAGE,
        severity=Severity.HINT,
        start=at,
        end=at,
        message=message,
        explanation=explanation,
        rule_name=name,
    )


def _says_something(rule: Rule | None) -> bool:
    return rule is not None and rule.measure is Measure.WORDS and rule.min is not None


# A placeholder may stand for a whole sentence ("[Woher Sie sich kennen] Ich würde mich
# freuen …"), so a capital right after it may start the next one; nor is a word in capitals
# there shouting: it is likely more of the template ("[Anrede] NAME").
_CAPITALS_AFTER_PLACEHOLDER = frozenset({Principle.FORMAL_CAPITALIZATION, Principle.TONE})


def _capital_after_placeholder(
    rule: Rule, hit: Hit, text: str, placeholders: list[tuple[int, int]]
) -> bool:
    if (
        rule.principle not in _CAPITALS_AFTER_PLACEHOLDER
        or not text[hit.start : hit.end][:1].isupper()
    ):
        return False
    return any(end <= hit.start and not text[end : hit.start].strip() for _, end in placeholders)


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each placeholder replaced by as many "x": same length, same spans."""
    if not spans:
        return text
    out, position = [], 0
    for start, end in spans:
        if start < position:
            start = position
        out.append(text[position:start])
        out.append("x" * max(0, end - start))
        position = max(position, end)
    out.append(text[position:])
    return "".join(out)


def _without_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """One rule reports a place once: "20 % Rabatt" and "Rabatt" are one finding."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _grouped(value: str, language: str) -> str:
    """A count as the window shows numbers: "1.379" in German, "1,379" in English."""
    if not value.isdigit() or len(value) < 4:
        return value
    return f"{int(value):,}".replace(",", "." if language == "de" else ",")


def _finding(rule: Rule, hit: Hit, text: str, language: str) -> Finding:
    message, explanation = rule.wording(language)
    message = message.replace("{flagged}", text[hit.start : hit.end])
    for key, value in hit.values:
        message = message.replace("{" + key + "}", _grouped(value, language))
    return Finding(
        source=FindingSource.ETIQUETTE,
        rule_id=rule.id,
        principle=rule.principle,
        # A hit the rule is not sure of is shown, not counted.
        severity=Severity.HINT if hit.unsure else rule.severity,
        start=hit.start,
        end=hit.end,
        message=message,
        explanation=explanation,
        suggestions=hit.suggestions,
        rule_name=rule.title(language),
        quotable=RULE_KINDS[rule.type].marks_words,
    )
