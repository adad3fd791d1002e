"""Names from the draft's fields against LanguageTool's speller.

LanguageTool does not know "Przybylski", and its maintainers will not skip surnames after
"Sehr geehrte Frau", because that would hide "Mller". The app knows the intended names (the
recipient's, the sender's, a company's), so here, for this one draft:

- a spelling finding on exactly a known name (or its genitive, "Wagners") is dropped; nothing
  goes into the user's dictionary;
- a spelling finding on a near-miss of a known name ("Wagnr" for "Wagner": capitalised,
  one or two edits away) becomes a `recipient_match` finding with the right name as the fix.

Only words the speller already flagged are looked at: in German every noun is capitalised,
and "Wagen" is one edit from "Wagner" yet a word, which the speller knows and never flags.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # the etiquette's modules load with the first check, not at start-up
    from knigge_desktop.core.etiquette.context import CheckContext

NEAR_MISS_RULE = "NAME_NEAR_MISS"
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
NEAR_MISS_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "„{flagged}“ sieht aus wie ein Tippfehler im Namen „{name}“ aus den Feldern."
)
NEAR_MISS_EXPLANATION = Message(
    QT_TRANSLATE_NOOP(
        "core",
        "Der Knigge: Schreiben Sie den Namen Ihres Gegenübers richtig. Ein falsch "
        "geschriebener Name zeigt, dass Sie nicht genau hingesehen haben.",
    )
)


def known_names(context: CheckContext | None, *others: str | None) -> tuple[str, ...]:
    """Every name word of the recipient, the sender and `others` (a company, say):
    "Dr. Anna-Lena Wagner" gives "Anna-Lena", "Anna", "Lena" and "Wagner"."""
    texts: list[str] = [o for o in others if o]
    if context is not None:
        if context.recipient is not None:
            texts += [context.recipient.first_name, context.recipient.last_name]
        if context.sender:
            texts.append(context.sender)
    words: dict[str, None] = {}  # ordered, no repeats
    for text in texts:
        for match in _NAME_WORD.finditer(text):
            word = match.group().strip("'’-")
            if len(word) < 2 or not word[0].isupper():
                continue  # "von", "de", initials: not names the speller would flag
            words[word] = None
            for part in re.split(r"-", word):
                if len(part) >= 2:
                    words[part] = None
    return tuple(words)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance with transpositions (Damerau, optimal string alignment);
    anything above `limit` is reported as limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _allowed_edits(name: str) -> int:
    # Two edits turn a four-letter name into half the phone book: short names get one.
    return 1 if len(name) <= 4 else 2


def intended_name(word: str, names: Iterable[str]) -> str | None:
    """The known name `word` is a near-miss of, or None."""
    if not word[:1].isupper():
        return None
    best: tuple[int, str] | None = None
    for name in names:
        distance = edit_distance(word, name)
        if 1 <= distance <= _allowed_edits(name) and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None


def _is_name(word: str, names: Collection[str]) -> bool:
    return word in names or (word[-1:] in ("s", "'", "’") and word[:-1] in names)


def apply_names(findings: list[Finding], text: str, names: Collection[str]) -> list[Finding]:
    """`findings` with spelling findings on known names dropped and near-misses of them
    turned into `recipient_match` findings whose fix is the name."""
    if not names:
        return findings
    result: list[Finding] = []
    for finding in findings:
        if finding.source is not FindingSource.GRAMMAR or finding.severity is not Severity.ERROR:
            result.append(finding)
            continue
        flagged = text[finding.start : finding.end]
        if _is_name(flagged, names):
            continue
        name = intended_name(flagged, names)
        if name is None:
            result.append(finding)
            continue
        result.append(
            finding._replace(
                rule_id=NEAR_MISS_RULE,
                principle=Principle.RECIPIENT_MATCH,
                message=Message(NEAR_MISS_MESSAGE, flagged=flagged, name=name),
                explanation=NEAR_MISS_EXPLANATION,
                suggestions=(name,),
            )
        )
    return result
