"""Bad input for the checks: huge pastes, emoji sequences, CRLF, right-to-left text, only
placeholders, English. No crash, spans exact, and nothing that is not wrong is flagged."""

from __future__ import annotations

from knigge_desktop.core.etiquette.checker import NOT_GERMAN, EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.etiquette.kinds import MAX_PER_RULE
from knigge_desktop.core.vocabulary import Kind, Tone

CHECKER = EtiquetteChecker.shipped()
GOOD = (
    "Guten Tag Frau Wagner,\n\nIhr Vortrag auf der LogiMAT hat mich beeindruckt. Hätten Sie "
    "Zeit für ein Telefonat?\n\nMit freundlichen Grüßen\nJonas Becker"
)
FIRST = CheckContext(kind=Kind.FIRST_CONTACT, tone=Tone.FORMAL)


def _flagged(text: str, context: CheckContext = FIRST) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.start : f.end]) for f in CHECKER.check(text, context) if f.counts]


def test_a_one_megabyte_paste_is_checked_with_spans_inside_and_findings_capped() -> None:
    text = (GOOD + "!!\n[Name] ") * (1_000_000 // (len(GOOD) + 9))
    findings = CHECKER.check(text, FIRST)
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)
    per_rule: dict[str, int] = {}
    for f in findings:
        per_rule[f.rule_id] = per_rule.get(f.rule_id, 0) + 1
    assert max(per_rule.values()) <= MAX_PER_RULE
    assert {"TOO_LONG", "PLACEHOLDER_LEFT", "EXCLAMATION_PILE"} <= set(per_rule)


def test_an_emoji_sequence_with_zwj_is_one_finding_over_the_whole_sequence() -> None:
    text = GOOD.replace("beeindruckt.", "beeindruckt 👩\u200d💻👍🏽.")
    assert _flagged(text) == [("EMOJI_IN_FORMAL", "👩\u200d💻"), ("EMOJI_IN_FORMAL", "👍🏽")]


def test_crlf_gives_the_same_findings_at_the_same_words() -> None:
    bad = "Hallo,\n\nIch habe deinen Artikel gelesen!!\n\nViele Grüße"
    context = CheckContext(kind=Kind.REPLY, tone=Tone.INFORMAL)
    assert _flagged(bad.replace("\n", "\r\n"), context) == _flagged(bad, context)
    assert {rule for rule, _ in _flagged(bad, context)} == {
        "GREETING_NO_NAME", "LOWERCASE_AFTER_SALUTATION", "EXCLAMATION_PILE",
        "SENDER_NAME_MISSING",
    }  # fmt: skip


def test_right_to_left_text_keeps_exact_spans() -> None:
    text = "Guten Tag Frau Wagner,\n\nمرحبا [Name]، שלום!! Hätten Sie Zeit?\n\nViele Grüße\nJonas"
    flagged = _flagged(text, CheckContext(kind=Kind.REPLY, tone=Tone.FORMAL))
    assert ("PLACEHOLDER_LEFT", "[Name]") in flagged and ("EXCLAMATION_PILE", "!!") in flagged


def test_a_text_of_only_placeholders_gets_only_placeholder_findings() -> None:
    text = "[Anrede] [Name],\n\n[Text]\n\n[Gruß]\n[Dein Name]"
    assert {rule for rule, _ in _flagged(text)} == {"PLACEHOLDER_LEFT"}
    assert [flag for _, flag in _flagged(text)] == [
        "[Anrede]", "[Name]", "[Text]", "[Gruß]", "[Dein Name]"
    ]  # fmt: skip


def test_an_english_message_gets_a_note_and_no_german_rules() -> None:
    text = (
        "Hi Anna,\n\nI loved your talk at the conference!!! Would you have time for a call "
        "next week?\n\nBest regards\nJohn Miller"
    )
    findings = CHECKER.check(text, FIRST)
    assert [f.rule_id for f in findings if f.counts] == ["EXCLAMATION_PILE"]
    [note] = [f for f in findings if f.rule_id == NOT_GERMAN]
    assert note.start == note.end == len(text) and "englisch" in note.message
    english = CHECKER.check(text, FIRST, language="en")
    assert "English" in next(f for f in english if f.rule_id == NOT_GERMAN).message
    assert NOT_GERMAN not in {f.rule_id for f in CHECKER.check(GOOD, FIRST)}
