"""The checker held to the development corpus, principle by principle.

Each message carries the principles a careful German reviewer would flag. The test prints a
table (recall, false alarms) and fails when a principle is found in fewer than 90 % of the
messages that break it (the issue's floor; one miss in a small principle, such as brevity's
6, must not fail it), or when the checker raises more extra findings than one per 200 good
messages. The older rule-level corpus counts too: its rule ids name their principles.
Reached: every principle at recall 1.00, one extra finding (on a faulty message) and none on
the 538 good, so room for about one more. The 144 good and 33 faulty messages named "g4 …"/
"g6 …" were written to probe the rules that raised false alarms at first sight on the blind
holdout batches (reason, feedback_reference, tone, identity, decline_clarity); in six sets
scored before the rules were changed for them, the good ones drew false alarms on 14 of 45,
9 of 20, 8 of 20, 7 of 19, 2 of 20 (one of them an "lg" the project counts as an abbreviated
closing: the text was corrected) and 2 of 20; every faulty one was found. The 34 good ones
named "p5 …" (round 5: Swiss and Austrian greetings, feed posts, emoji, lists, reported speech,
information replies) drew false alarms on 14 of 34 at first sight, none after the round-5
fixes (a finding counts only where the checker is sure); a second set of 20 good ones
("p5b …"), written after the fixes, drew none at first sight, and of 6 faulty ones ("p5c …")
5 of 7 faults were found. Round 6 ("p6 …", in the styles of blind batches I, J, K, written
after their fixes): at first sight one of 19 good drew a finding (a post signed by a team,
which this corpus and batch K count as a fault of identity: the label was corrected), the 2
good written later none; all 9 faults of the 7 faulty were found, with 2 extra findings (a
closing asked of a feed post: fixed; a stock line as a sign of a mass message, as this corpus
labels it: label corrected). Round-7 probes (25 in wordings not used before: 15 good, 10
faulty), scored at first sight before the round-7 rule changes: 1 of 10 faults found, 3
false alarms on 15 good. Two labels were completed on reading the findings ("LG" and a team
signature, which batches L and M count as faults), and two older labels changed with the
round-7 readings ("wegen neulich" names nothing; "Servus Herr Huber" is per Sie). After the
fixes: 10 of the 12 labelled faults found (first sight with the completed labels: 3 of
12; missed: a stock opener "beim Durchstöbern meines Netzwerks" and a
thanks that names a plan to change are missed), no false alarm on the 15 good. Now: two
extra findings (on faulty messages), none on 554 good.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
from knigge_desktop.core.findings import Principle
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

CORPUS_DIR = Path(__file__).parent / "corpus"
MIN_RECALL = 0.90
GOOD_PER_FALSE_ALARM = 200  # reached: 2 extra findings, 0 on 554 good messages


def _load(name: str) -> list[dict[str, Any]]:
    return tomllib.loads((CORPUS_DIR / name).read_text(encoding="utf-8"))["message"]


DEVELOPMENT = _load("development_corpus.toml")
RULE_LEVEL = _load("etiquette_corpus.toml")


def _context(entry: dict[str, Any]) -> CheckContext:
    return CheckContext(
        kind=Kind(entry["kind"]) if "kind" in entry else None,
        tone=Tone(entry["tone"]) if "tone" in entry else None,
        platform=Platform(entry["platform"]) if "platform" in entry else None,
        recipient=parse_recipient(entry["recipient"]) if "recipient" in entry else None,
    )


def _labels(entry: dict[str, Any]) -> set[Principle]:
    if "flags" in entry:
        return {Principle(p) for p in entry["flags"]}
    rules = EtiquetteChecker.shipped().rules
    return {rule.principle for rid in entry["expect"] if (rule := rules.get(rid)) is not None}


class Outcome(NamedTuple):
    name: str
    labels: set[Principle]
    fired: set[Principle]


def _outcomes() -> list[Outcome]:
    checker = EtiquetteChecker.shipped()
    result = []
    for entry in DEVELOPMENT + RULE_LEVEL:
        findings = checker.check(entry["text"], _context(entry))
        fired = {f.principle for f in findings if f.counts}
        result.append(Outcome(entry["name"], _labels(entry), fired))
    return result


def _table(outcomes: list[Outcome]) -> tuple[str, dict[Principle, float], int, int]:
    labelled, found, false_alarms = Counter(), Counter(), Counter()
    for o in outcomes:
        for p in o.labels:
            labelled[p] += 1
            found[p] += p in o.fired
        for p in o.fired - o.labels:
            false_alarms[p] += 1
    good = sum(1 for o in outcomes if not o.labels)
    false_on_good = sum(len(o.fired) for o in outcomes if not o.labels)
    rows = [f"{'principle':24} {'faulty':>6} {'found':>6} {'recall':>7} {'false alarms':>13}"]
    recall: dict[Principle, float] = {}
    for p in Principle:
        if p is Principle.LANGUAGE:
            continue
        recall[p] = found[p] / labelled[p] if labelled[p] else 1.0
        shown = f"{recall[p]:.2f}" if labelled[p] else "–"
        rows.append(f"{p.value:24} {labelled[p]:6} {found[p]:6} {shown:>7} {false_alarms[p]:13}")
    rows.append(
        f"{len(outcomes)} messages, {len(outcomes) - good} faulty, {good} good; "
        f"false alarms on good messages: {false_on_good}"
    )
    return "\n".join(rows), recall, good, sum(false_alarms.values())


def test_the_development_corpus_is_big_and_varied() -> None:
    assert len(DEVELOPMENT) >= 150
    assert sum(1 for e in DEVELOPMENT if e["flags"]) >= 60
    assert {e["kind"] for e in DEVELOPMENT} == set(Kind)
    assert {(e["tone"], e["platform"]) for e in DEVELOPMENT} == {
        (t.value, p.value) for t in Tone for p in Platform
    }
    for kind in Kind:
        of_kind = [e for e in DEVELOPMENT if e["kind"] == kind.value]
        assert any(e["flags"] for e in of_kind) and any(not e["flags"] for e in of_kind), kind


def test_recall_and_false_alarms_per_principle() -> None:
    outcomes = _outcomes()
    table, recall, good, false_alarms = _table(outcomes)
    print("\n" + table)
    misses = [
        (o.name, sorted(p.value for p in o.labels - o.fired),
         sorted(p.value for p in o.fired - o.labels))
        for o in outcomes if o.labels != o.fired
    ]  # fmt: skip
    detail = table + "\n" + "\n".join(f"{n}: missed {m}, extra {x}" for n, m, x in misses)
    weak = [p.value for p, r in recall.items() if r < MIN_RECALL]
    assert not weak, f"recall below {MIN_RECALL}: {weak}\n{detail}"
    assert false_alarms * GOOD_PER_FALSE_ALARM <= good, f"too many false alarms\n{detail}"


def test_the_kind_is_guessed_right_for_most_messages() -> None:
    """`check` without --kind guesses it; a wrong guess runs the wrong kind's rules, so the
    guess is held to the corpus too (printed per kind)."""
    from knigge_desktop.core.etiquette.infer import infer_kind

    rule = EtiquetteChecker.shipped().rules.get("DECLINE_NO_CLEAR_NO")
    refusals = rule.patterns if rule is not None else ()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for entry in DEVELOPMENT + RULE_LEVEL:
        if "kind" in entry:
            total[entry["kind"]] += 1
            right[entry["kind"]] += infer_kind(entry["text"], refusals).value == entry["kind"]
    print("\n" + ", ".join(f"{k}: {right[k]}/{total[k]}" for k in total))
    assert sum(right.values()) >= 0.8 * sum(total.values())
    assert all(right[k] >= 0.6 * total[k] for k in total), (right, total)
