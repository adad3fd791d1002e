"""Guards, not speed goals (benchmarks/bench_etiquette.py has those): pastes that made a
pattern try every split of a long run. `check` of a megabyte without spaces ran for more
than ten minutes; each case here took 10 to 60 seconds and now takes about a second."""

from __future__ import annotations

import time

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.etiquette.infer import infer_kind
from knigge_desktop.core.vocabulary import Kind, Tone

BOUND_SECONDS = 10  # ten times what each takes on a loaded machine

# The REPLY sign read "^\W*\w+[^\n]*,": every length of a long first word, then the line.
LONG_WORD = "a" * 200_000


def test_the_kind_of_one_long_word_is_guessed_in_bounded_time() -> None:
    started = time.perf_counter()
    assert infer_kind(LONG_WORD) is Kind.FIRST_CONTACT
    assert time.perf_counter() - started < BOUND_SECONDS


PATHOLOGICAL = {
    # "Hallo\s*[,!.]?\s*$": the two runs of spaces split every way (GREETING_NO_NAME).
    "greeting_then_spaces": "Hallo" + " " * 60_000 + "x",
    # "Sie … [^.!?\n]* … Termin": each "Sie" read the rest of the sentence (ASK_MISSING).
    "one_endless_sentence": "Sie " * 15_000,
    # "\bwir\b.*\bzusammen": each "wir" read the rest of the line.
    "we_without_together": "wir " * 15_000,
    "long_word": LONG_WORD[:60_000],
    "question_marks": "?" * 60_000,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_pathological_paste_is_checked_in_bounded_time(text: str) -> None:
    checker = EtiquetteChecker.shipped()
    started = time.perf_counter()
    kind = infer_kind(text)
    for context in (CheckContext(kind=kind), CheckContext(Kind.FIRST_CONTACT, Tone.FORMAL)):
        checker.check(text, context)
    assert time.perf_counter() - started < BOUND_SECONDS


def test_a_megabyte_without_a_full_stop_is_read_in_sentence_sized_pieces() -> None:
    """A paste with no sentence end was one sentence of a megabyte, and every reading of a
    sentence (a reason? an ask?) searched all of it: 12 s for 1 MB, a minute for 5 MB.
    No piece is longer than MAX_SENTENCE_CHARS, and the pieces cover the text."""
    from knigge_desktop.core.language.sentences import MAX_SENTENCE_CHARS, sentences

    text = "Sehr geehrte Frau Wagner, " + "wort " * 200_000
    pieces = sentences(text)
    assert max(len(p.text) for p in pieces) <= MAX_SENTENCE_CHARS
    assert all(text[p.start : p.end] == p.text for p in pieces)
    covered = "".join(text[p.start : p.end] for p in pieces).replace(" ", "")
    assert covered == text.replace(" ", "")
