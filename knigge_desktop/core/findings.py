"""Finding: the one currency of every check, etiquette and grammar alike (docs/ARCHITECTURE.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "hint": 0}[self.value]

    @property
    def label(self) -> Message:
        """German, and worded again in the window's language (services/core_text.py)."""
        return Message(_SEVERITY_LABELS[self])


_SEVERITY_LABELS: dict[Severity, str] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("core", "Fehler"),
    Severity.WARNING: QT_TRANSLATE_NOOP("core", "Warnung"),
    Severity.HINT: QT_TRANSLATE_NOOP("core", "Hinweis"),
}


class FindingSource(StrEnum):
    """Which check found it: the window underlines the two differently."""

    ETIQUETTE = "etiquette"
    GRAMMAR = "grammar"


class Principle(StrEnum):
    GREETING = "greeting"
    CLOSING = "closing"
    IDENTITY = "identity"
    BREVITY = "brevity"
    REASON = "reason"
    ASK = "ask"
    ADDRESS_CONSISTENCY = "address_consistency"
    FORMAL_CAPITALIZATION = "formal_capitalization"
    PLACEHOLDER = "placeholder"
    MASS_MESSAGE = "mass_message"
    HARD_SELL = "hard_sell"
    TONE = "tone"
    FEEDBACK_REFERENCE = "feedback_reference"
    DECLINE_CLARITY = "decline_clarity"
    PLATFORM_LIMIT = "platform_limit"
    RECIPIENT_MATCH = "recipient_match"
    LANGUAGE = "language"  # everything LanguageTool reports


# What the settings call each group of rules; translated with context "vocabulary".
PRINCIPLE_LABELS: dict[Principle, str] = {
    Principle.GREETING: QT_TRANSLATE_NOOP("vocabulary", "Anrede"),
    Principle.CLOSING: QT_TRANSLATE_NOOP("vocabulary", "Grußformel"),
    Principle.IDENTITY: QT_TRANSLATE_NOOP("vocabulary", "Absender nennen"),
    Principle.BREVITY: QT_TRANSLATE_NOOP("vocabulary", "Kürze"),
    Principle.REASON: QT_TRANSLATE_NOOP("vocabulary", "Anlass"),
    Principle.ASK: QT_TRANSLATE_NOOP("vocabulary", "Frage oder Bitte"),
    Principle.ADDRESS_CONSISTENCY: QT_TRANSLATE_NOOP("vocabulary", "Sie oder du"),
    Principle.FORMAL_CAPITALIZATION: QT_TRANSLATE_NOOP("vocabulary", "Groß- und Kleinschreibung"),
    Principle.PLACEHOLDER: QT_TRANSLATE_NOOP("vocabulary", "Platzhalter"),
    Principle.MASS_MESSAGE: QT_TRANSLATE_NOOP("vocabulary", "Massennachricht"),
    Principle.HARD_SELL: QT_TRANSLATE_NOOP("vocabulary", "Verkaufsdruck"),
    Principle.TONE: QT_TRANSLATE_NOOP("vocabulary", "Ton"),
    Principle.FEEDBACK_REFERENCE: QT_TRANSLATE_NOOP("vocabulary", "Bezug beim Nachfassen"),
    Principle.DECLINE_CLARITY: QT_TRANSLATE_NOOP("vocabulary", "Klare Absage"),
    Principle.PLATFORM_LIMIT: QT_TRANSLATE_NOOP("vocabulary", "Länge auf der Plattform"),
    Principle.RECIPIENT_MATCH: QT_TRANSLATE_NOOP("vocabulary", "Richtige Person"),
    Principle.LANGUAGE: QT_TRANSLATE_NOOP("vocabulary", "Sprache"),
}


class Finding(NamedTuple):
    source: FindingSource
    rule_id: str
    principle: Principle
    severity: Severity
    start: int  # Python str index, code points
    end: int  # exclusive
    message: str  # short, German, shown at the underline
    explanation: str  # why, tied to the Knigge principle
    suggestions: tuple[str, ...] = ()
    rule_name: str = ""  # what the interface calls the rule; the id is never shown
    # The span is the words at fault, so the findings list may lead with them ("„Antwortt“:
    # …"). False where it only shows where a count goes over (the last words of a text too
    # long): quoted, that fragment, cut mid-word, would mean nothing.
    quotable: bool = True

    @property
    def counts(self) -> bool:
        """Warnings and errors count (exit code 1); hints do not."""
        return self.severity.rank >= Severity.WARNING.rank

    def ignore_key(self, text: str) -> str:
        """Stable while the text moves around it: the rule and the flagged words."""
        return f"{self.rule_id}:{text[self.start : self.end]}"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source.value,
            "rule_id": self.rule_id,
            "principle": self.principle.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "explanation": self.explanation,
            "suggestions": list(self.suggestions),
        }


def merge_findings(etiquette: list[Finding], grammar: list[Finding]) -> list[Finding]:
    """Etiquette and grammar findings of one text, in text order (the more severe first at
    one place). A grammar finding is left out where an etiquette finding of the same
    principle marks the same words: "Frau Wagnr" is one slip, not two."""
    taken = {(f.principle, f.start, f.end) for f in etiquette}
    kept = [f for f in grammar if (f.principle, f.start, f.end) not in taken]
    return sorted([*etiquette, *kept], key=lambda f: (f.start, -f.severity.rank))


def neighbour_finding(
    findings: list[Finding],
    selection: tuple[int, int],
    *,
    forward: bool,
    current: Finding | None = None,
) -> Finding | None:
    """F7's choice: the first finding after ``selection`` (start, end of what is selected,
    or the cursor twice), or with ``forward`` off the last one before it; at the end of the
    text it wraps around. None when there is no finding.

    Several findings can share one place ("Gruß" and "Name" both missing at the end):
    ``current``, the finding F7 went to last, tells them apart while the selection is
    still its place, so each is reached in turn."""
    if not findings:
        return None
    ordered = sorted(findings, key=_walk_order)
    if current is not None and (current.start, current.end) == selection:
        at = next((i for i, f in enumerate(ordered) if _same(f, current)), None)
        if at is not None:
            return ordered[(at + (1 if forward else -1)) % len(ordered)]
    if forward:
        after = [f for f in ordered if (f.start, f.end) > selection]
        return after[0] if after else ordered[0]
    before = [f for f in ordered if (f.start, f.end) < selection]
    return before[-1] if before else ordered[-1]


def _walk_order(f: Finding) -> tuple[int, int, str, str]:
    return (f.start, f.end, f.rule_id, f.message)


def _same(a: Finding, b: Finding) -> bool:
    return _walk_order(a) == _walk_order(b)
