"""A text too long for the platform: the findings list says how long and what is allowed,
without quoting the last words of the text (the underlined overflow, cut mid-word:
"„stik GmbH“: 309 Zeichen: …"). A finding about words still leads with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.core.findings import Principle
from knigge_desktop.core.platforms import LimitLevel

CTRL = Qt.KeyboardModifier.ControlModifier
SIGNATURE = "\n\nViele Grüße\nJonas Becker\nBecker Logistik GmbH"


def _paste_over_the_text(window, qtbot: QtBot, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)


def _rows(window) -> list[str]:
    return [item.text(0) for item in window.findings.items()]


def test_the_length_finding_quotes_no_fragment(window_factory, qtbot: QtBot) -> None:
    window = window_factory(new_template="contact_request_formal", values={
        "recipient_gender": "frau", "recipient_last_name": "Wagner",
    })  # fmt: skip
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    body = "Sehr geehrte Frau Wagner,\n\nwir haben uns auf der Messe in Köln kurz gesprochen."
    while len(body + SIGNATURE) < 309:
        body += " Ich freue mich auf den Austausch."
    text = body[: 309 - len(SIGNATURE)] + SIGNATURE
    assert len(text) == 309
    _paste_over_the_text(window, qtbot, text)
    assert pane.limit_meter.level is LimitLevel.OVER
    qtbot.waitUntil(
        lambda: any(f.principle is Principle.PLATFORM_LIMIT for f in window.editor.findings()),
        timeout=5000,
    )
    limit = "309 Zeichen: Die Plattform erlaubt hier höchstens 300."
    assert limit in _rows(window), _rows(window)
    assert not any(row.endswith(limit) and row != limit for row in _rows(window))


def test_a_finding_about_words_still_leads_with_them(window_factory, qtbot: QtBot) -> None:
    window = window_factory(new_template="first_contact_formal")
    field = window.form.input("request")
    field.setFocus()
    qtbot.keyClicks(field, "Haetten sie naechste Woche Zeit? Das waere SUPER!!!")
    window.session.checks.flush()
    qtbot.waitUntil(lambda: any(row.startswith("„") for row in _rows(window)), timeout=5000)


def test_a_count_in_a_finding_is_grouped_as_the_status_bar_groups_it() -> None:
    """ "1379 Zeichen" in the finding beside "1.379 Zeichen" in the status bar."""
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.context import CheckContext
    from knigge_desktop.core.vocabulary import Kind, Platform

    text = "Hallo Frau Wagner, " + "ich schreibe Ihnen wegen des Vortrags. " * 40
    context = CheckContext(kind=Kind.CONTACT_REQUEST, platform=Platform.LINKEDIN)
    for language, separator in (("de", "."), ("en", ",")):
        [limit] = [
            f
            for f in EtiquetteChecker.shipped().check(text, context, language=language)
            if f.rule_id == "PLATFORM_LIMIT"
        ]
        count = f"{len(text):,}".replace(",", separator)
        assert limit.message.startswith(count), limit.message
