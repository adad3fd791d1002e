"""The greeting words are defined once (resources/language/greetings.toml): every place that
looks for a salutation knows the same words, and a word of the shared groups is found alike
by the checks, the reader of a received message and the draft title."""

from __future__ import annotations

import re

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.greeting import addressee_in
from knigge_desktop.core.language.greetings import (
    ANY_OPENING,
    GROUPS,
    SALUTATION,
    greeting_words,
    words_of,
)
from knigge_desktop.core.reply import read_message
from knigge_desktop.core.vocabulary import Kind, Tone

CHECKER = EtiquetteChecker.shipped()


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


@pytest.mark.parametrize("word", words_of(*ANY_OPENING))
def test_the_checks_take_every_greeting_word_for_a_greeting(word: str) -> None:
    """GREETING_MISSING builds on the same data: "Hoi Lara", "Grüessech Frau Aebi",
    "Moin moin Hauke" are greetings, not a message that starts without one."""
    text = f"{word} Anna,\n\nwir haben uns in Zürich auf der Messe getroffen.\n\nViele Grüße\nJonas"
    for kind in (Kind.FIRST_CONTACT, Kind.REPLY, Kind.GROUP_POST):
        fired = {f.rule_id for f in CHECKER.check(text, CheckContext(kind=kind))}
        assert not fired & {"GREETING_MISSING", "GREETING_MISSING_IN_POST"}, (word, kind)


def test_a_message_without_a_greeting_word_still_misses_one() -> None:
    text = "Ich habe Ihren Vortrag in Zürich gehört.\n\nViele Grüße\nJonas Becker"
    fired = {f.rule_id for f in CHECKER.check(text, CheckContext(kind=Kind.FIRST_CONTACT))}
    assert "GREETING_MISSING" in fired


def _too_casual(greeting: str) -> list[str]:
    text = f"{greeting},\n\nhätten Sie nächste Woche Zeit?\n\nViele Grüße\nJonas Becker"
    findings = CHECKER.check(text, CheckContext(tone=Tone.FORMAL))
    return [text[f.start : f.end] for f in findings if f.rule_id == "GREETING_TOO_CASUAL"]


@pytest.mark.parametrize(
    "word", [w for w in words_of("casual") if w not in words_of("formal_before_title")]
)
def test_every_casual_word_is_a_greeting_and_too_casual_per_sie(word: str) -> None:
    assert word in words_of(*ANY_OPENING, "before_a_name")
    assert _too_casual(f"{word} Herr Albrecht") == [word], word


@pytest.mark.parametrize("word", words_of("formal_before_title"))
def test_a_regional_all_day_greeting_is_per_sie_before_a_title_only(word: str) -> None:
    """ "Servus Herr Albrecht" is said per Sie in Austria; "Servus Jonas" per Sie is not."""
    assert word in words_of("casual")
    assert _too_casual(f"{word} Herr Albrecht") == []
    assert _too_casual(f"{word} Frau Dr. Albrecht") == []
    assert _too_casual(f"{word} Jonas") == [word]
