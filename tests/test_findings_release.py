"""Switching off a rule (or ignoring a finding) from the findings panel selects nothing
after it: no next finding's buttons under the same mouse spot, so a double click does not
switch off a second rule, and the switched-off finding's words are no longer highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

LEFT = Qt.MouseButton.LeftButton
# Two findings of two rules: "!!!" and "20 % Rabatt".
SEVERAL = (
    "Hallo Kim,\n\ndanke für die Fotos!!! Bei uns gibt es gerade 20 % Rabatt. "
    "Bis bald\n\nViele Grüße\nJonas"
)


def _window_with_findings(window_factory, qtbot: QtBot):
    window = window_factory()
    window.session.start_from_template("reply_informal")
    window.editor.setFocus()
    window.editor.selectAll()
    window.editor.insertPlainText(SEVERAL)
    window.session.checks.flush()
    qtbot.waitUntil(lambda: len(window.findings.items()) >= 2, timeout=5000)
    return window


def _click_first_finding(window, qtbot: QtBot):
    tree = window.findings.tree
    item = window.findings.items()[0]
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    finding = window.findings.current()
    assert finding is not None
    assert window.editor.textCursor().hasSelection(), "its words are highlighted"
    return finding


def _double_click(window, qtbot: QtBot, button, finding) -> None:
    """A double click on a button is two clicks on the same spot; between them the list
    has been checked again without the finding (the live check is that quick)."""
    qtbot.mouseClick(button, LEFT)
    window.session.checks.flush()
    qtbot.waitUntil(lambda: finding not in window.editor.findings())
    qtbot.mouseClick(button, LEFT)
    window.session.checks.flush()


def _nothing_selected(window) -> bool:
    panel = window.findings
    buttons = (panel.apply_button, panel.ignore_button, panel.disable_button)
    return panel.current() is None and not any(b.isEnabled() for b in buttons)


def test_a_double_click_on_regel_ausschalten_switches_off_one_rule(
    window_factory, qtbot: QtBot
) -> None:
    window = _window_with_findings(window_factory, qtbot)
    finding = _click_first_finding(window, qtbot)
    _double_click(window, qtbot, window.findings.disable_button, finding)
    assert window.session.settings.disabled_rules() == [finding.rule_id]
    assert window.findings.items(), "the other findings are still listed"
    assert _nothing_selected(window)
    assert not window.editor.textCursor().hasSelection(), "the old highlight is gone"


def test_ignoring_selects_no_next_finding_either(window_factory, qtbot: QtBot) -> None:
    window = _window_with_findings(window_factory, qtbot)
    count = len(window.findings.items())
    finding = _click_first_finding(window, qtbot)
    _double_click(window, qtbot, window.findings.ignore_button, finding)
    assert len(window.findings.items()) == count - 1, "one finding ignored, not two"
    assert _nothing_selected(window)
    assert not window.editor.textCursor().hasSelection()
