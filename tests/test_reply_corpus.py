"""The reader held to its corpus of received messages (tests/corpus/received_corpus.toml),
field by field. The test prints the table; scripts/reader_accuracy.py prints it for any
corpus in the same format."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from knigge_desktop.core.vocabulary import ReceivedKind
from tests.support.reader_accuracy import FIELDS, load, measure

CORPUS = Path(__file__).parent / "corpus" / "received_corpus.toml"
# What the reader reaches on its corpus, with a little room (the corpus is the one it was
# developed on; the blind corpus of the lead measures what it is worth).
MIN_ACCURACY = {
    "sender_first_name": 0.95,
    "sender_last_name": 0.95,
    "sender_gender": 0.93,
    "sender_title": 0.95,
    "tone": 0.95,
    "platform": 0.93,
    "kind": 0.90,
    "asks": 0.90,
}


def test_the_corpus_covers_every_kind_and_bad_input() -> None:
    entries = load(CORPUS)
    assert len(entries) >= 40
    kinds = Counter(e["expect"]["kind"] for e in entries)
    assert all(kinds[kind.value] >= 3 for kind in ReceivedKind), kinds
    texts = [e["text"] for e in entries]
    for mark in ("schrieb", "Ursprüngliche Nachricht", "Gesendet:", "\n> ", "<html>", "XING"):
        assert any(mark in text for text in texts), mark
    assert "" in texts


def test_accuracy_per_field(capsys) -> None:  # type: ignore[no-untyped-def]
    accuracy = measure(load(CORPUS))
    with capsys.disabled():
        print("\n" + accuracy.table())
        for miss in accuracy.misses:
            print(f"  {miss.message}: {miss.field} expected {miss.expected!r}, got {miss.got!r}")
    low = {f: accuracy.share(f) for f in FIELDS if accuracy.share(f) < MIN_ACCURACY[f]}
    assert not low, low


def test_a_wrong_expectation_counts_as_a_miss() -> None:
    entries = load(CORPUS)[:3]
    entries[0] = {**entries[0], "expect": {**entries[0]["expect"], "kind": "thanks"}}
    accuracy = measure(entries)
    assert accuracy.per_field["kind"] == (2, 3)
