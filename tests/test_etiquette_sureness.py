"""A finding counts only when the checker is sure of it; unsure ones are shown as hints.

Sales words count where they press the reader, one emoji counts where it is out of place,
and a name in the body counts against the greeting only where it addresses the reader."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.findings import Severity
from knigge_desktop.core.language.sentences import sentences
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

CHECKER = EtiquetteChecker.shipped()
FORMAL_FIRST = CheckContext(kind=Kind.FIRST_CONTACT, tone=Tone.FORMAL, platform=Platform.EMAIL)
REPLY = CheckContext(kind=Kind.REPLY, tone=Tone.FORMAL, platform=Platform.EMAIL)


def _severities(text: str, context: CheckContext, rule_id: str) -> list[Severity]:
    return [f.severity for f in CHECKER.check(text, context) if f.rule_id == rule_id]


def _letter(body: str) -> str:
    return f"Sehr geehrte Frau Wagner,\n\n{body}\n\nMit freundlichen Grüßen\nJonas Becker"


@pytest.mark.parametrize(
    "body",
    [
        "Nur diese Woche gibt es 20 % Rabatt auf unsere Paletten.",
        "Der Einführungspreis gilt nur noch bis Freitag.",
        "Sichern Sie sich jetzt Ihren Platz, die Plätze sind begrenzt!",
        "Nur wer sich bis Sonntag bewirbt, bekommt 3.000 € Wechselprämie.",
    ],
)
def test_a_sales_push_counts(body: str) -> None:
    assert Severity.WARNING in _severities(_letter(body), FORMAL_FIRST, "HARD_SELL")


@pytest.mark.parametrize(
    "body",
    [
        "Der Antrag kann noch bis zum 15. Mai gestellt werden.",
        "Die Geschäftsleute in der Pfarrgasse regen 30 Gratisminuten an.",
        "Die meisten Händler berichten, dass Rabattaktionen kaum noch wirken.",
        "Im Prospekt stand „nur noch heute“, obwohl die Aktion eine Woche lief.",
    ],
)
def test_reported_speech_and_information_are_only_hints(body: str) -> None:
    assert _severities(_letter(body), REPLY, "HARD_SELL") == [Severity.HINT]


def test_one_emoji_on_linkedin_is_a_hint_several_or_by_mail_a_warning() -> None:
    one = _letter("Ihr Beitrag hat mir viele Ideen gegeben 👏 Hätten Sie Zeit für ein Telefonat?")
    two = one.replace("Telefonat?", "Telefonat? 🙂")
    linkedin = CheckContext(kind=Kind.FIRST_CONTACT, tone=Tone.FORMAL, platform=Platform.LINKEDIN)
    assert _severities(one, linkedin, "EMOJI_IN_FORMAL") == [Severity.HINT]
    assert _severities(two, linkedin, "EMOJI_IN_FORMAL") == [Severity.WARNING] * 2
    assert _severities(one, FORMAL_FIRST, "EMOJI_IN_FORMAL") == [Severity.WARNING]


def test_a_hint_does_not_count() -> None:
    text = _letter("Der Antrag kann noch bis zum 15. Mai gestellt werden.")
    assert not [f for f in CHECKER.check(text, REPLY) if f.rule_id == "HARD_SELL" and f.counts]


@pytest.mark.parametrize(
    ("text", "sentence_count"),
    [
        ("Deine Folge hab ich gestern gehört 🎧 Vor allem dein Punkt hat mir gefallen.", 2),
        ("klar, ich bin dabei :) Für den Workshop bringe ich Kuchen mit.", 2),
        ("Wir brauchen Hilfe für:\n👉 Gemüse schnippeln\n👉 Ausgabe am Samstag", 3),
        ("Die Mehrkosten liegen bei CHF 6'500. Die Variante lassen wir fallen.", 2),
        ("Am 15. Mai kommt Dr. Meier z. B. um 9 Uhr.", 1),
        ("Das war 2017. Danach ging es weiter.", 2),
    ],
)
def test_sentences_end_where_real_messages_end_them(text: str, sentence_count: int) -> None:
    assert len(sentences(text)) == sentence_count, [s.text for s in sentences(text)]


def _good_messages() -> list[dict[str, object]]:
    corpus = Path(__file__).parent / "corpus"
    out = []
    for name in ("development_corpus.toml", "holdout_corpus.toml", "etiquette_corpus.toml"):
        data = tomllib.loads((corpus / name).read_text(encoding="utf-8"))
        out.extend(m for m in data["message"] if not m.get("flags") and not m.get("expect"))
    return out


def test_no_good_message_of_the_corpora_is_read_as_speaking_to_someone_else() -> None:
    """ "meine Kollegin, Frau Weber," and "Herr Schneider hat mir empfohlen" name a third
    person; only a name set off as a vocative ("… weiter, Frau Seidl.") addresses one."""
    from test_etiquette_development_corpus import _context

    wrong = [
        m["name"]
        for m in _good_messages()
        if any(
            f.rule_id == "VOCATIVE_NAMES_SOMEONE_ELSE"
            for f in CHECKER.check(str(m["text"]), _context(m))
        )
    ]
    assert len(_good_messages()) > 600
    assert wrong == []


def _reply_findings(body: str) -> set[str]:
    text = f"Hallo Sven,\n\n{body}\n\nViele Grüße\nMerle"
    context = CheckContext(kind=Kind.REPLY, tone=Tone.INFORMAL, platform=Platform.EMAIL)
    return {f.rule_id for f in CHECKER.check(text, context) if f.counts}


@pytest.mark.parametrize(
    "body",
    [
        "danke dir für dein Feedback zur Kampagne. Ich kümmere mich darum und melde mich, "
        "sobald ich mit dem Team gesprochen habe. Bis dahin wünsche ich dir eine gute Woche.",
        "vielen Dank für deine Nachricht und dein Feedback. Ich habe alles zur Kenntnis "
        "genommen und melde mich zeitnah wieder.",
        "danke für deine Nachricht! Ich schau es mir an und melde mich. Schönes Wochenende dir!",
    ],
)
def test_a_reply_of_thanks_promises_and_wishes_takes_up_nothing(body: str) -> None:
    assert "REPLY_WITHOUT_SUBSTANCE" in _reply_findings(body)


@pytest.mark.parametrize(
    "body",
    [
        "danke für deine Nachricht zum Barcamp. Ich bin gern dabei.",
        "danke für deine Nachricht. Gern erzähle ich dir mehr darüber.",
        "danke für dein Feedback! Den Button machen wir größer.",
    ],
)
def test_thanks_with_an_answer_take_something_up(body: str) -> None:
    assert "REPLY_WITHOUT_SUBSTANCE" not in _reply_findings(body)
