"""The etiquette checker: runs the rules that fit the context and returns Findings."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable
from functools import cache

from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.etiquette.kinds import MAX_PER_RULE, RULE_TYPES, Hit, Text
from knigge_desktop.core.etiquette.rules import Measure, Rule, RuleSet, load_rules
from knigge_desktop.core.findings import Finding


class EtiquetteChecker:
    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules

    @classmethod
    @cache
    def shipped(cls) -> EtiquetteChecker:
        """The checker with the shipped rules, loaded once per process."""
        return cls(load_rules())

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
        subject = Text(text, context or CheckContext())
        context = subject.context = subject.context.with_inferred_tone(text, subject.markers)
        blank = not text.strip()
        findings: list[Finding] = []
        for rule in self.rules.rules:
            if rule.id in disabled or not rule.applies_to(context):
                continue
            if blank and not (rule.measure is Measure.WORDS and rule.min is not None):
                continue  # an empty text breaks no rule but "say something"
            hits = itertools.islice(RULE_TYPES[rule.type](rule, subject), MAX_PER_RULE)
            findings.extend(_finding(rule, hit, text, language) for hit in _without_overlaps(hits))
        if ignored:
            keys = set(ignored)
            findings = [f for f in findings if f.ignore_key(text) not in keys]
        findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule_id))
        return findings


def _without_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """One rule reports a place once: "20 % Rabatt" and "Rabatt" are one finding."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _finding(rule: Rule, hit: Hit, text: str, language: str) -> Finding:
    message, explanation = rule.wording(language)
    message = message.replace("{flagged}", text[hit.start : hit.end])
    for key, value in hit.values:
        message = message.replace("{" + key + "}", value)
    return Finding(
        source="etiquette",
        rule_id=rule.id,
        principle=rule.principle,
        severity=rule.severity,
        start=hit.start,
        end=hit.end,
        message=message,
        explanation=explanation,
        suggestions=hit.suggestions,
    )
