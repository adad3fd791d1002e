"""Live etiquette checks in the window: underlines, the panel, fixes, ignoring, switches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.core.findings import Finding
from knigge_desktop.core.textspan import Utf16Map
from knigge_desktop.core.vocabulary import Platform

CTRL = Qt.KeyboardModifier.ControlModifier
MESSY = "Hallo Kim,\n\n👩‍👩‍👧 danke für die Fotos!!! Bis bald 👋🏽\n\nViele Grüße\nJonas"


def _window_with(window_factory, text: str, template: str = "reply_informal"):
    window = window_factory()
    window.session.start_from_template(template)
    window.editor.selectAll()
    window.editor.insertPlainText(text)
    window.session.checks.flush()
    return window


def _finding(window, rule_id: str) -> Finding:
    return next(f for f in window.editor.findings() if f.rule_id == rule_id)


def test_findings_are_underlined_in_their_own_style_and_listed(window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    findings = window.editor.findings()
    assert {f.rule_id for f in findings} >= {"EXCLAMATION_PILE"}
    selections = window.editor.extraSelections()
    assert len(selections) == len(findings)
    pile = _finding(window, "EXCLAMATION_PILE")
    [selection] = [
        s for s in selections if s.cursor.selectedText() == "!!!"
    ]  # the UTF-16 span is right after a ZWJ emoji
    style = selection.format.underlineStyle()
    assert style == QTextCharFormat.UnderlineStyle.DashUnderline
    assert style != QTextCharFormat.UnderlineStyle.WaveUnderline, "the wave is for spelling"
    assert pile.message in [item.text(0) for item in window.findings.items()]
    assert window.findings.tree.topLevelItem(0).text(0).startswith("Warnungen")


def test_clicking_a_finding_selects_its_text(qtbot: QtBot, window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    [item] = [i for i in window.findings.items() if "wirkt laut" in i.text(0)]
    window.findings.tree.setCurrentItem(item)
    rect = window.findings.tree.visualItemRect(item)
    qtbot.mouseClick(window.findings.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.textCursor().selectedText() == "!!!"
    assert "Schreien" in window.findings.explanation.text()


def test_a_suggestion_applies_in_one_click_and_can_be_undone(qtbot: QtBot, window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    [item] = [i for i in window.findings.items() if "wirkt laut" in i.text(0)]
    window.findings.tree.setCurrentItem(item)
    assert window.findings.apply_button.text() == "„!“ &übernehmen"
    qtbot.mouseClick(window.findings.apply_button, Qt.MouseButton.LeftButton)
    assert "Fotos! Bis bald" in window.editor.toPlainText()
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" not in {f.rule_id for f in window.editor.findings()}
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() == MESSY


def test_the_editor_menu_offers_the_fix_ignore_and_rule_off(window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    pile = _finding(window, "EXCLAMATION_PILE")
    position = Utf16Map(MESSY).to_utf16(pile.start)
    labels = [a.text() for a in window.editor.finding_actions(position, window)]
    assert labels[0] == "„!“ übernehmen"
    assert any(label.startswith("Hier ignorieren") for label in labels)
    assert "Regel „Mehrere Ausrufe- oder Fragezeichen“ ausschalten" in labels
    window.editor.finding_actions(position, window)[0].trigger()
    assert "Fotos! Bis" in window.editor.toPlainText()


def test_ignoring_one_finding_lasts_for_this_draft_only(window_factory, paths) -> None:
    window = _window_with(window_factory, MESSY)
    window.session.ignore(_finding(window, "EXCLAMATION_PILE"))
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" not in {f.rule_id for f in window.editor.findings()}
    window.session.autosaver.flush()
    window.close()

    again = window_factory()
    again.session.checks.flush()
    assert again.editor.toPlainText() == MESSY
    assert "EXCLAMATION_PILE" not in {f.rule_id for f in again.editor.findings()}
    again.session.start_from_template("reply_informal")  # another draft still hears about it
    again.editor.selectAll()
    again.editor.insertPlainText(MESSY)
    again.session.checks.flush()
    assert "EXCLAMATION_PILE" in {f.rule_id for f in again.editor.findings()}


def test_ignored_findings_can_be_shown_again(window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    window.session.ignore(_finding(window, "EXCLAMATION_PILE"))
    window.session.unignore_all()
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" in {f.rule_id for f in window.editor.findings()}


def test_a_rule_turned_off_stays_off_and_can_be_turned_on(window_factory, paths) -> None:
    window = _window_with(window_factory, MESSY)
    window.session.disable_rule("EXCLAMATION_PILE")
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" not in {f.rule_id for f in window.editor.findings()}
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["values"]["disabled_rules"] == ["EXCLAMATION_PILE"]
    status = window.statusBar().currentMessage()
    assert status.startswith("Regel „Mehrere Ausrufe- oder Fragezeichen“ ausgeschaltet"), status

    window.findings_display.disabled_menu.aboutToShow.emit()
    labels = [a.text() for a in window.findings_display.disabled_menu.actions()]
    assert labels == ["Einschalten: Mehrere Ausrufe- oder Fragezeichen"], "a name, no id"
    [turn_on] = window.findings_display.disabled_menu.actions()
    turn_on.trigger()
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" in {f.rule_id for f in window.editor.findings()}


def test_the_platform_brings_its_limit_and_is_saved(window_factory, paths) -> None:
    note = "Hallo Anna, wir kennen uns vom Barcamp. " + "Das war ein toller Workshop. " * 10
    window = _window_with(window_factory, note + "Viele Grüße, Jonas", "contact_request_informal")
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    window.session.checks.flush()
    assert "PLATFORM_LIMIT" in {f.rule_id for f in window.editor.findings()}
    pane.platform.setCurrentIndex(pane.platform.findData("xing"))
    window.session.checks.flush()
    assert "PLATFORM_LIMIT" not in {f.rule_id for f in window.editor.findings()}
    window.session.autosaver.flush()
    store = DraftStore.open(paths.drafts_db)
    assert store.all_drafts()[0].platform is Platform.XING
    store.close()


def test_checks_follow_every_keystroke(qtbot: QtBot, window_factory) -> None:
    window = _window_with(window_factory, "Hallo Kim,\n\ndanke\n\nViele Grüße\nJonas")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Hallo Kim,\n\ndanke"))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "!!")
    qtbot.waitUntil(
        lambda: "EXCLAMATION_PILE" in {f.rule_id for f in window.editor.findings()}, timeout=1000
    )
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(
        lambda: "EXCLAMATION_PILE" not in {f.rule_id for f in window.editor.findings()},
        timeout=1000,
    )


def test_a_huge_paste_pauses_live_checks_and_says_so(window_factory) -> None:
    window = _window_with(window_factory, "Hallo Kim!!! " * 20_000)
    assert window.editor.findings() == []
    assert "Zeichen" in window.findings.summary.text()
    assert "kürzer als 100.000" in window.findings.summary.text()


def test_a_good_template_text_shows_the_all_clear(window_factory) -> None:
    window = window_factory()
    window.session.start_from_template(
        "reply_formal",
        {
            "recipient_gender": "frau",
            "recipient_last_name": "Wagner",
            "sender_name": "Jonas Becker",
            "subject": "zu unserem Projekt",
            "answer": "Gern erzähle ich Ihnen mehr darüber.",
        },
    )
    window.session.checks.flush()
    assert [f for f in window.editor.findings() if f.counts] == []
    assert window.findings.summary.text().startswith("✓")


def test_a_broken_rule_file_is_named_in_the_window(
    window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.rules import load_rules
    from knigge_desktop.core.resources import resource_dir

    (tmp_path / "kaputt.toml").write_text("[[rule]]\nid = 3\n", encoding="utf-8")
    broken = EtiquetteChecker(load_rules([resource_dir("etiquette"), tmp_path]))
    monkeypatch.setattr(EtiquetteChecker, "shipped", classmethod(lambda cls: broken))
    window = window_factory()
    messages: list[str] = []
    window.session.checks.problem.connect(messages.append)
    window.session.checks._checker = None  # as before the first check
    window.editor.setPlainText(MESSY)
    window.session.checks.flush()
    assert messages and "kaputt.toml" in messages[0]
    assert "kaputt.toml" in window.statusBar().currentMessage()
    assert "EXCLAMATION_PILE" in {f.rule_id for f in window.editor.findings()}, "the rest work"


def test_the_rules_load_in_the_background_and_the_first_check_follows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first check loads rules and word lists in a thread: the event loop keeps running
    meanwhile, and the findings come once the rules are there."""
    import threading

    from PySide6.QtCore import QTimer

    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.context import CheckContext
    from knigge_desktop.core.settings import Settings
    from knigge_desktop.services.etiquette_service import EtiquetteService

    real = EtiquetteChecker.shipped()
    release = threading.Event()

    def slow(cls):
        release.wait(10)
        return real

    monkeypatch.setattr(EtiquetteChecker, "shipped", classmethod(slow))
    service = EtiquetteService(Settings(None))
    got: list[str] = []
    service.checked.connect(lambda findings, text, note: got.append(text))
    service.request("Hallo Kim, danke!!!", CheckContext(), [])
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the loop runs while rules load
    assert got == [] and service._loader is not None and service._loader.is_alive()
    release.set()
    qtbot.waitUntil(lambda: got == ["Hallo Kim, danke!!!"], timeout=5000)


def test_the_finding_buttons_are_greyed_while_no_finding_is_chosen(window_factory) -> None:
    window = window_factory()  # a fresh start: nothing to choose in the list
    panel = window.findings
    buttons = (panel.apply_button, panel.ignore_button, panel.disable_button)
    assert not any(button.isEnabled() for button in buttons)
    window.session.start_from_template("reply_informal")
    window.editor.selectAll()
    window.editor.insertPlainText(MESSY)
    window.session.checks.flush()
    [item] = [i for i in panel.items() if "wirkt laut" in i.text(0)]
    panel.tree.setCurrentItem(item)
    assert all(button.isEnabled() for button in buttons)


def test_f7_after_an_emoji_selects_the_finding_and_its_fix_applies(
    qtbot: QtBot, window_factory
) -> None:
    window = _window_with(window_factory, MESSY)
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(Utf16Map(MESSY).to_utf16(MESSY.index("danke")))
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    assert window.editor.textCursor().selectedText() == "!!!", "UTF-16 after the ZWJ emoji"
    assert window.findings.current() == _finding(window, "EXCLAMATION_PILE")
    qtbot.mouseClick(window.findings.apply_button, Qt.MouseButton.LeftButton)
    assert "Fotos! Bis bald 👋🏽" in window.editor.toPlainText()
    assert window.statusBar().currentMessage().startswith("Vorschlag übernommen")


def test_a_fix_clicked_after_typing_waits_for_the_new_check(qtbot: QtBot, window_factory) -> None:
    window = _window_with(window_factory, MESSY)
    [item] = [i for i in window.findings.items() if "wirkt laut" in i.text(0)]
    window.findings.tree.setCurrentItem(item)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(window.editor, "Hi ")  # the check of this text has not run yet
    typed = window.editor.toPlainText()
    qtbot.mouseClick(window.findings.apply_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == typed, "a suggestion of the older text changes nothing"
    assert "neu geprüft" in window.statusBar().currentMessage()
    window.session.checks.flush()
    assert window.session.findings_shown[1] == typed, "checked again"
