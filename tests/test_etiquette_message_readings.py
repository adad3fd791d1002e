"""How the checks read a whole message: what it does (chase, decline, agree), where it is sent,
who is addressed. Each case is a message a person could send, and the rule it should (or
should not) set off."""

from __future__ import annotations

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.findings import Finding
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

FORMAL_START = "Guten Tag Frau Brandt,\n\n"
FORMAL_END = "\n\nMit freundlichen Grüßen\nJonas Becker"


def _findings(text: str, kind: Kind, tone: Tone = Tone.FORMAL, **more: object) -> list[Finding]:
    return EtiquetteChecker.shipped().check(text, CheckContext(kind, tone, **more))  # type: ignore[arg-type]


def _ids(text: str, kind: Kind, tone: Tone = Tone.FORMAL, **more: object) -> set[str]:
    return {f.rule_id for f in _findings(text, kind, tone, **more)}


@pytest.mark.parametrize(
    "body",
    [
        "ich wollte kurz nachhaken, ob meine Unterlagen zur Ausschreibung bei Ihnen sind.",
        "ich wollte mich noch einmal wegen der Offerte melden.",
        "ich möchte Sie freundlich an mein Schreiben zur Wartung erinnern.",
    ],
)
def test_a_follow_up_that_chases_without_asking_is_flagged(body: str) -> None:
    text = FORMAL_START + body + FORMAL_END
    assert "FOLLOW_UP_NUDGE_WITHOUT_ASK" in _ids(text, Kind.FOLLOW_UP)


@pytest.mark.parametrize(
    "body",
    [
        "ich wollte kurz nachhaken: Haben Sie die Unterlagen zur Ausschreibung erhalten?",
        "ich wollte mich noch einmal melden. Geben Sie mir Bescheid, wenn Sie entschieden haben.",
        "danke für die Führung durch die Halle. Die Maße der Regale habe ich eingetragen.",
        "danke für die Zahlen. Ich melde mich wieder, sobald der Vorstand getagt hat.",
        "ich wollte kurz nachhaken. Ich bin gespannt auf Ihre Einschätzung zu den Plänen.",
    ],
)
def test_a_follow_up_that_asks_thanks_or_reports_needs_no_ask(body: str) -> None:
    text = FORMAL_START + body + FORMAL_END
    assert "FOLLOW_UP_NUDGE_WITHOUT_ASK" not in _ids(text, Kind.FOLLOW_UP)


# About 80 words: more than LinkedIn's note holds, fine where the note may be longer.
LONGER_REQUEST = (
    "Guten Tag Herr Kessler, auf dem Energietag in Kassel haben Sie erzählt, wie Ihre "
    "Genossenschaft die Dächer der Grundschulen mit Solaranlagen belegt hat und dass die "
    "Statik der Turnhallen die größte Sorge war. Wir stehen in Hofgeismar gerade vor "
    "derselben Frage, und ich würde mich freuen, wenn wir hier verbunden sind und ich Sie "
    "später einmal nach dem Statiker fragen dürfte, mit dem Sie gearbeitet haben. Ich leite "
    "dort die Bürgerenergie im Ehrenamt. Viele Grüße aus Hofgeismar, Jonas Becker"
)


def test_a_contact_request_off_linkedin_may_say_more() -> None:
    assert "TOO_LONG" not in _ids(LONGER_REQUEST, Kind.CONTACT_REQUEST, platform=Platform.XING)
    assert "TOO_LONG" in _ids(LONGER_REQUEST, Kind.CONTACT_REQUEST, platform=Platform.LINKEDIN)


@pytest.mark.parametrize(
    ("body", "clear"),
    [
        ("danke für die Einladung. Wir passen diesmal, der Termin kollidiert mit der Messe.", True),
        ("vielen Dank für die Einladung. Ich passe, der Abend ist schon belegt.", True),
        ("danke für Ihr Angebot. Das steht bei uns gerade nicht ganz oben auf der Liste.", False),
        ("vielen Dank für Ihr Angebot. Ein Bedarf ist gerade nicht unbedingt da.", False),
    ],
)  # fmt: skip
def test_a_no_in_other_words_is_a_no_and_a_hedge_is_none(body: str, clear: bool) -> None:
    text = FORMAL_START + body + " Viel Erfolg!" + FORMAL_END
    assert ("DECLINE_NO_CLEAR_NO" not in _ids(text, Kind.DECLINE)) is clear


def test_one_can_never_know_leaves_the_door_open() -> None:
    text = (
        FORMAL_START + "vielen Dank für Ihr Angebot. Wir haben keinen Bedarf, aber man weiß ja nie."
        " Viel Erfolg!" + FORMAL_END
    )
    assert "DECLINE_HALF_OPEN" in _ids(text, Kind.DECLINE)


@pytest.mark.parametrize(
    ("body", "answers"),
    [
        ("Top, danke! Klingt gut, so machen wir es.", False),
        ("Danke für deine Mail. Ich kümmere mich darum und gebe dir Bescheid.", False),
        ("Danke, aber wir sind für dieses Jahr versorgt.", True),
        ("Danke! Der Donnerstag passt, ich bringe die Pläne mit.", True),
        ("Klingt gut, wann genau?", True),
    ],
)
def test_a_reply_that_only_agrees_answers_nothing(body: str, answers: bool) -> None:
    text = "Hallo Kai,\n\n" + body + "\n\nViele Grüße\nJonas"
    ids = _ids(text, Kind.REPLY, Tone.INFORMAL)
    assert ("REPLY_WITHOUT_SUBSTANCE" not in ids) is answers


def test_a_small_polite_pronoun_opening_the_body_is_capitalised() -> None:
    text = FORMAL_START + "ihr Buch über Lieferketten habe ich gern gelesen." + FORMAL_END
    hits = [
        f for f in _findings(text, Kind.FIRST_CONTACT) if f.rule_id == "FORMAL_PRONOUN_LOWERCASE"
    ]
    assert [(text[f.start : f.end], f.suggestions[:1]) for f in hits] == [("ihr", ("Ihr",))]


def test_ihr_as_you_all_after_the_salutation_is_no_polite_pronoun() -> None:
    text = "Liebe Kolleginnen und Kollegen,\n\nihr habt die Messe toll vorbereitet." + FORMAL_END
    ids = _ids(text, Kind.GROUP_POST)
    assert "FORMAL_PRONOUN_LOWERCASE" not in ids


def test_writing_to_a_category_of_people_is_a_mass_message() -> None:
    text = (
        FORMAL_START + "ich schreibe gerade Personalleiterinnen aus dem Ruhrgebiet an, weil unser "
        "Tool die Zeiterfassung vereinfacht. Hätten Sie Zeit für ein Telefonat?" + FORMAL_END
    )
    assert "MASS_MESSAGE" in _ids(text, Kind.FIRST_CONTACT)


def test_an_occasion_told_verb_first_is_a_reason() -> None:
    text = (
        FORMAL_START + "auf dem Stadtteilfest in Linden standen Sie am Stand der Tafel und haben "
        "die Spendenaktion erklärt. Dürfte ich Sie dazu etwas fragen?" + FORMAL_END
    )
    assert "REASON_MISSING" not in _ids(text, Kind.FIRST_CONTACT)


@pytest.mark.parametrize(
    ("body", "presses"),
    [
        ("die Anmeldung für den Kurs läuft bis Ende März.", False),
        ("das Angebot gilt nur noch bis Freitag.", True),
        ("der Frühbucherpreis endet morgen.", True),
    ],
)
def test_a_deadline_presses_only_when_the_offer_ends(body: str, presses: bool) -> None:
    text = "Hallo Kai,\n\n" + body + "\n\nViele Grüße\nJonas"
    assert ("HARD_SELL" in _ids(text, Kind.REPLY, Tone.INFORMAL)) is presses


@pytest.mark.parametrize(
    "body",
    [
        "Sie wollten wissen, welche Lieferzeiten wir schaffen: vier Wochen.",
        "Sie hatten mir im Sommer geraten, die Zahlen abzuwarten. Jetzt liegen sie vor.",
    ],
)
def test_what_the_reader_said_or_did_before_is_a_reference(body: str) -> None:
    text = FORMAL_START + body + FORMAL_END
    assert "FOLLOW_UP_NO_REFERENCE" not in _ids(text, Kind.FOLLOW_UP)


def test_an_event_counted_is_no_reproach() -> None:
    counted = "Hallo zusammen,\n\nim Mai treffen wir uns zum zweiten Mal.\n\nViele Grüße\nJonas"
    repeated = "Hallo Kai,\n\nich schreibe dir jetzt zum zweiten Mal.\n\nViele Grüße\nJonas"
    assert "PRESSURE_OR_REPROACH" not in _ids(counted, Kind.GROUP_POST, Tone.INFORMAL)
    assert "PRESSURE_OR_REPROACH" in _ids(repeated, Kind.FOLLOW_UP, Tone.INFORMAL)


def test_leaving_it_be_is_a_no() -> None:
    text = "Hallo Kai,\n\ndanke dir! Ich lasse das mit dem Stand lieber.\n\nViel Erfolg\nJonas"
    assert "DECLINE_NO_CLEAR_NO" not in _ids(text, Kind.DECLINE, Tone.INFORMAL)
