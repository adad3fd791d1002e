"""The findings summary never says all is well while the length meter is red, and says
how many findings the user hid: after ignoring the limit finding (or turning its rule off)
a 355-character LinkedIn note is no "✓ Keine Hinweise: Die Nachricht folgt dem Knigge."."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knigge_desktop.core.findings import Principle
from knigge_desktop.core.platforms import LimitLevel

LEFT = Qt.MouseButton.LeftButton
ALL_WELL = "✓ Keine Hinweise: Die Nachricht folgt dem Knigge."


def _long_note(window, qtbot: QtBot):
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    text = window.editor.toPlainText()
    padding = " Ich freue mich auf den Austausch mit Ihnen."
    while len(text) <= 330:
        text = text.replace("\n\nViele Grüße", padding + "\n\nViele Grüße", 1)
        if padding not in text:
            text += padding
    window.editor.setPlainText(text)
    assert window.text_pane.limit_meter.level is LimitLevel.OVER
    qtbot.waitUntil(
        lambda: any(f.principle is Principle.PLATFORM_LIMIT for f in window.editor.findings()),
        timeout=5000,
    )
    return next(f for f in window.editor.findings() if f.principle is Principle.PLATFORM_LIMIT)


def test_ignoring_the_limit_finding_leaves_no_all_is_well(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="contact_request_formal", values={
        "recipient_gender": "frau", "recipient_last_name": "Wagner",
    })  # fmt: skip
    limit = _long_note(window, qtbot)
    window.findings.show_finding(limit)
    qtbot.mouseClick(window.findings.ignore_button, LEFT)
    qtbot.waitUntil(lambda: limit.rule_id not in {f.rule_id for f in window.editor.findings()})
    summary = window.findings.summary.text()
    assert summary != ALL_WELL and "Knigge" not in summary
    assert "1 ausgeblendet" in summary, summary
    assert "länger, als die Plattform erlaubt" in summary, summary


def test_turning_the_limit_rule_off_leaves_no_all_is_well(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="contact_request_formal", values={
        "recipient_gender": "frau", "recipient_last_name": "Wagner",
    })  # fmt: skip
    limit = _long_note(window, qtbot)
    window.findings.show_finding(limit)
    qtbot.mouseClick(window.findings.disable_button, LEFT)
    qtbot.waitUntil(lambda: limit.rule_id not in {f.rule_id for f in window.editor.findings()})
    summary = window.findings.summary.text()
    assert summary != ALL_WELL and "länger, als die Plattform erlaubt" in summary, summary
    window.editor.setPlainText("Guten Tag Frau Wagner,\n\nkurz.\n\nViele Grüße\nJonas")
    qtbot.waitUntil(lambda: window.text_pane.limit_meter.level is not LimitLevel.OVER)
    assert "länger" not in window.findings.summary.text()
