"""The reader's cue lists (lexicon.toml reply.*): each list is used, and its gate never
misses what one of its cues finds (else a cue would silently stop counting)."""

from __future__ import annotations

from pathlib import Path

from knigge_desktop.core.datafile import read_toml
from knigge_desktop.core.reply.cues import ReplyCues, count, occurrences, reply_cues
from knigge_desktop.core.resources import resource_dir
from tests.support.reader_accuracy import load

CORPORA = sorted((Path(__file__).parent / "corpus").glob("received_*.toml"))


def test_every_reply_list_in_the_lexicon_is_read_and_none_is_missing() -> None:
    data, _ = read_toml(resource_dir("language") / "lexicon.toml")
    assert set(data["reply"]) == set(ReplyCues.__dataclass_fields__)


def test_the_gate_finds_whatever_a_cue_finds_in_every_corpus_message() -> None:
    cues = reply_cues()
    texts = [entry["text"] for path in CORPORA for entry in load(path)]
    texts += ["Wir haben den CODE HRT30 und SOMMERFEST", "Meld dich bei Nora Berg!"]
    found = 0
    for name in ReplyCues.__dataclass_fields__:
        cue_list = getattr(cues, name)
        for text in texts:
            direct = sum(1 for p in cue_list.patterns if p.search(text))
            assert count(cue_list, text) == direct, (name, text[:60])
            found += direct
    assert found > 100  # the corpora do exercise the cues


def test_occurrences_counts_each_match() -> None:
    opinions = reply_cues().opinions
    assert occurrences(opinions, "Es war mir zu voll und zu laut.") == 2
    assert count(opinions, "Es war mir zu voll und zu laut.") == 1
    assert occurrences(opinions, "Danke für die Einladung.") == 0
