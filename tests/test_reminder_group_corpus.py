"""The reminder and group-post rules on messages of their own (tests/corpus/
reminder_group_corpus.toml): each rule is found in the messages that break it and never in
the good ones. The test prints recall and false alarms per rule."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

CORPUS = Path(__file__).parent / "corpus" / "reminder_group_corpus.toml"
RULES = (
    "REMINDER_REPROACH",
    "GROUP_CONTACT_COLLECTING",
    "COLLECTOR_PHRASE",
    "PITCH_IN_FIRST_MESSAGE",
)
# In a group "Hallo zusammen" is right: a mass-message finding on a group post is a false alarm.
NEVER_IN_A_GROUP = ("MASS_MESSAGE", "GREETING_NO_NAME")
MESSAGES: list[dict[str, Any]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["message"]


def _fired(entry: dict[str, Any]) -> set[str]:
    context = CheckContext(
        kind=Kind(entry["kind"]),
        tone=Tone(entry["tone"]),
        platform=Platform(entry["platform"]) if "platform" in entry else None,
    )
    return {f.rule_id for f in EtiquetteChecker.shipped().check(entry["text"], context)}


def test_each_rule_finds_what_breaks_it_and_nothing_else() -> None:
    fired = {entry["name"]: _fired(entry) for entry in MESSAGES}
    lines, missed, false_alarms = [], [], []
    for rule in RULES:
        bad = [e["name"] for e in MESSAGES if rule in e["expect"]]
        good = [e["name"] for e in MESSAGES if rule not in e["expect"]]
        found = [name for name in bad if rule in fired[name]]
        wrong = [name for name in good if rule in fired[name]]
        missed += [(rule, name) for name in bad if name not in found]
        false_alarms += [(rule, name) for name in wrong]
        lines.append(
            f"{rule:26} recall {len(found)}/{len(bad)}  false alarms {len(wrong)}/{len(good)}"
        )
    print("\n" + "\n".join(lines))
    assert len(MESSAGES) >= 30 and all(any(r in e["expect"] for e in MESSAGES) for r in RULES)
    assert missed == [] and false_alarms == []


def test_a_group_greeting_is_no_sign_of_a_mass_message() -> None:
    groups = [e for e in MESSAGES if e["kind"] == "group_post"]
    assert len(groups) >= 10
    wrong = [(e["name"], sorted(_fired(e) & set(NEVER_IN_A_GROUP))) for e in groups]
    assert [w for w in wrong if w[1]] == []
