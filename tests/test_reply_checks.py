"""The checks that read the received message next to the reply (resources/etiquette/reply.toml)."""

from __future__ import annotations

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.reply import read_message

CHECKER = EtiquetteChecker.shipped()
REPLY_RULES = {"REPLY_IGNORES_ASK", "REPLY_DECLINE_WISHES_PRODUCT", "REPLY_TONE_AGAINST_RECEIVED"}

TWO_ASKS = read_message(
    "Hi Anna,\n\nhast du die Folien vom Kundentermin noch? Und kannst du am Freitag die "
    "Präsentation übernehmen?\n\nDanke und bis bald\nJakob"
)
PITCH = read_message(
    "Guten Tag Frau Lang,\n\nunsere Software spart Kanzleien 30 % Zeit bei der Abrechnung. "
    "Hätten Sie Zeit für eine kostenlose Demo?\n\nBeste Grüße\nTim Kurz"
)


def _fired(text: str, received: object) -> list[tuple[str, str]]:
    findings = CHECKER.check(text, CheckContext(received=received))  # type: ignore[arg-type]
    return [(f.rule_id, f.message) for f in findings if f.rule_id in REPLY_RULES]


def test_without_a_received_message_the_reply_checks_are_quiet() -> None:
    text = "Hallo Herr Kurz,\n\nkein Bedarf, viel Erfolg mit Ihrem Produkt!\n\nGruß\nEva Lang"
    assert _fired(text, None) == []


def test_the_ask_left_out_is_named() -> None:
    reply = (
        "Hallo Jakob,\n\ndanke für deine Nachricht. Die Folien vom Kundentermin hänge ich dir an, "
        "sie liegen jetzt auch wieder im Ordner.\n\nViele Grüße\nAnna"
    )
    assert _fired(reply, TWO_ASKS) == [
        (
            "REPLY_IGNORES_ASK",
            "Die Nachricht fragt: „Und kannst du am Freitag die Präsentation übernehmen?“ – "
            "Ihre Antwort geht darauf nicht ein.",
        )
    ]
    both = reply.replace("Viele Grüße", "Die Präsentation am Freitag übernehme ich.\n\nViele Grüße")
    assert _fired(both, TWO_ASKS) == []


def test_a_plain_no_to_a_pitch_is_fine_good_wishes_get_a_hint() -> None:
    no = "Guten Tag Herr Kurz,\n\ndanke, wir haben keinen Bedarf an einer Demo.\n\nGruß\nEva Lang"
    assert _fired(no, PITCH) == []
    wishes = no.replace("Demo.", "Demo. Viel Erfolg mit Ihrer Software!")
    assert [rule for rule, _ in _fired(wishes, PITCH)] == ["REPLY_DECLINE_WISHES_PRODUCT"]


def test_sie_to_a_du_message_gets_a_hint_naming_both() -> None:
    reply = (
        "Hallo Jakob,\n\nvielen Dank für Ihre Nachricht. Die Folien vom Kundentermin schicke ich "
        "Ihnen gleich, die Präsentation am Freitag übernehme ich gern.\n\nViele Grüße\nAnna"
    )
    assert ("REPLY_TONE_AGAINST_RECEIVED", "Die Nachricht, auf die Sie antworten, spricht per du "
            "an; Ihre Antwort per Sie.") in _fired(reply, TWO_ASKS)  # fmt: skip
