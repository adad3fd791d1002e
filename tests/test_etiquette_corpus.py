"""The checker held to a corpus of German messages, good and bad, of every kind."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

CORPUS = tomllib.loads(
    (Path(__file__).parent / "corpus" / "etiquette_corpus.toml").read_text(encoding="utf-8")
)["message"]


def _context(entry: dict[str, Any]) -> CheckContext:
    return CheckContext(
        kind=Kind(entry["kind"]) if "kind" in entry else None,
        tone=Tone(entry["tone"]) if "tone" in entry else None,
        platform=Platform(entry["platform"]) if "platform" in entry else None,
        recipient=parse_recipient(entry["recipient"]) if "recipient" in entry else None,
    )


def test_the_corpus_is_big_and_covers_every_kind() -> None:
    assert len(CORPUS) >= 40
    kinds = {entry.get("kind") for entry in CORPUS}
    assert set(Kind) <= kinds
    for kind in Kind:
        of_kind = [e for e in CORPUS if e.get("kind") == kind.value]
        assert any(not e["expect"] for e in of_kind), f"no good {kind.value} message"
    assert sum(1 for e in CORPUS if e["expect"]) >= 15, "enough bad messages"


@pytest.mark.parametrize("entry", CORPUS, ids=lambda e: e["name"])
def test_message(entry: dict[str, Any]) -> None:
    findings = EtiquetteChecker.shipped().check(entry["text"], _context(entry))
    fired = {f.rule_id for f in findings if f.counts}
    assert fired == set(entry["expect"]), [
        (f.rule_id, entry["text"][f.start : f.end]) for f in findings if f.counts
    ]
