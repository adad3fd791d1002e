"""Switching a rule on again and showing ignored findings again say what happened in the
status bar (the message before them no longer stands there as if it still held)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_findings_release import _click_first_finding, _window_with_findings

LEFT = Qt.MouseButton.LeftButton


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_switching_a_rule_on_again_says_so(window_factory, qtbot: QtBot) -> None:
    window = _window_with_findings(window_factory, qtbot)
    finding = _click_first_finding(window, qtbot)
    qtbot.mouseClick(window.findings.disable_button, LEFT)
    assert "ausgeschaltet" in _status(window)
    menu = window.findings_display.disabled_menu
    menu.aboutToShow.emit()  # Bearbeiten → Ausgeschaltete Regeln
    [turn_on] = menu.actions()
    turn_on.trigger()
    name = finding.rule_name
    assert _status(window) == f"Regel „{name}“ wieder eingeschaltet."
    window.session.checks.flush()
    qtbot.waitUntil(lambda: finding.rule_id in {f.rule_id for f in window.editor.findings()})


def test_showing_ignored_findings_again_says_so(window_factory, qtbot: QtBot) -> None:
    window = _window_with_findings(window_factory, qtbot)
    finding = _click_first_finding(window, qtbot)
    qtbot.mouseClick(window.findings.ignore_button, LEFT)
    assert "ausgeblendet" in _status(window)
    show_again = window.actions_by_id["unignore"]  # Bearbeiten → Ignorierte Hinweise …
    assert show_again.text().replace("&", "") == "Ignorierte Hinweise wieder zeigen"
    show_again.trigger()
    assert _status(window) == "Die ausgeblendeten Hinweise werden wieder gezeigt."
    window.session.checks.flush()
    qtbot.waitUntil(lambda: finding in window.editor.findings())
    show_again.trigger()
    assert _status(window) == "In diesem Entwurf ist kein Hinweis ausgeblendet."
