"""The greeting words are defined once (resources/language/greetings.toml): every place that
looks for a salutation knows the same words, and a word of the shared groups is found alike
by the checks, the reader of a received message and the draft title."""

from __future__ import annotations

import re

import pytest

from knigge_desktop.core.greeting import addressee_in
from knigge_desktop.core.language.greetings import (
    ANY_OPENING,
    GROUPS,
    SALUTATION,
    greeting_words,
    words_of,
)
from knigge_desktop.core.reply import read_message


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_has_words(group: str) -> None:
    assert words_of(group), group


def test_the_longest_word_wins() -> None:
    match = re.match(greeting_words(SALUTATION), "Sehr geehrter Herr")
    assert match is not None and match.group() == "Sehr geehrter"
    match = re.match(greeting_words(SALUTATION), "Lieber Max")
    assert match is not None and match.group() == "Lieber"


def test_a_word_ends_where_the_word_ends() -> None:
    assert re.match(greeting_words(("informal",)), "Hier ist Jonas") is None
    assert re.match(greeting_words(("neutral",)), "Guten  Tag") is not None  # two spaces


@pytest.mark.parametrize("word", words_of(*SALUTATION, "regional"))
def test_the_draft_title_knows_every_german_greeting(word: str) -> None:
    assert addressee_in(f"{word} Anna Weber,\n\nich schreibe Ihnen …") == "Anna Weber"


def test_the_reader_knows_english_openers_the_checks_do_not() -> None:
    assert set(words_of("english")) <= set(words_of(*ANY_OPENING))
    assert not set(words_of("english")) & set(words_of(*SALUTATION))
    read = read_message("Dear Anna,\n\nthank you for the talk.\n\nBest regards\nTom Baker")
    assert read.sender.last_name == "Baker"


def test_informal_greetings_read_as_du() -> None:
    for word in words_of("informal"):
        read = read_message(f"{word} Anna,\n\nvielen Dank für den Link.\n\nJonas")  # no pronoun
        assert read.tone is not None and read.tone.value == "informal", word
