"""Every control, used as a person uses it: each menu action of the main window is triggered,
and every button of every dialog it opens is clicked, one at a time, with questions answered
by the fake prompts. An exception inside any slot fails the test (pytest-qt), and after each
click the drafts database must be free for another process, as `knigge-desktop drafts list`
from a second terminal needs it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from html import escape

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QToolTip
from pytestqt.qtbot import QtBot

from knigge_desktop.core.paths import AppPaths
from knigge_desktop.ui.actions import ACTIONS

LEFT = Qt.MouseButton.LeftButton
# Left out on purpose: Quit (tested in test_quit_asks) and the download, which would go
# to the internet (the download is tested against a local server in test_window_grammar).
SKIP_ACTIONS = {"quit"}
SKIP_BUTTONS = ("herunterladen",)


def assert_database_free(paths: AppPaths) -> None:
    """Another connection can take the write lock at once: nothing was left half-done."""
    if not paths.drafts_db.exists():
        return
    other = sqlite3.connect(paths.drafts_db, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


@pytest.fixture
def modal_closer(qtbot: QtBot) -> Iterator[list[str]]:
    """Modal dialogs (About, the key list, the copy question) run their own event loop;
    this answers them by closing, as Esc would, and notes their titles."""
    closed: list[str] = []

    def close_modal() -> None:
        box = QApplication.activeModalWidget()
        application_modal = Qt.WindowModality.ApplicationModal  # exec(); open() is per window
        if (
            isinstance(box, QDialog)
            and box.isVisible()
            and box.windowModality() == application_modal
        ):
            closed.append(box.windowTitle())
            box.reject()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(20)
    yield closed
    timer.stop()


def _open_dialogs(before: set[int]) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]


def _buttons(dialog: QDialog) -> list[str]:
    return [
        b.text()
        for b in dialog.findChildren(QAbstractButton)
        if b.isVisibleTo(dialog) and b.isEnabled() and b.text()
    ]


def _visible_dialog_ids() -> set[int]:
    return {
        id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    }


def _menu_actions(window) -> list[QAction]:
    """Every row of the action table (ui/actions.py), as the window's menus hold it."""
    in_menus = {a for menu in window.menus.values() for a in menu.actions()}
    rows = [spec for spec in ACTIONS if not spec.submenu]
    assert all(window.actions_by_id[spec.id] in in_menus for spec in rows), "a row not in a menu"
    return [window.actions_by_id[spec.id] for spec in rows if spec.id not in SKIP_ACTIONS]


def test_every_action_and_every_dialog_button_works(
    qtbot: QtBot, window_factory, paths, modal_closer
) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Wagner")
    window.session.autosaver.flush()
    clicked: list[str] = []
    for act in _menu_actions(window):
        label = act.text().split("\t")[0].replace("&", "")
        before = _visible_dialog_ids()
        act.trigger()
        qtbot.wait(10)
        assert_database_free(paths)
        dialogs = _open_dialogs(before)
        for dialog in dialogs:
            names = _buttons(dialog)
            kind = type(dialog)
            dialog.close()
            qtbot.wait(1)  # a dialog closed with WA_DeleteOnClose goes on the next turn
            for name in names:
                if any(skip in name.lower() for skip in SKIP_BUTTONS):
                    continue
                # A fresh dialog for each button: one button's effect must not hide another's.
                before = _visible_dialog_ids()
                act.trigger()
                qtbot.wait(10)
                again = [d for d in _open_dialogs(before) if type(d) is kind]
                if not again:
                    continue
                fresh = again[0]
                button = next(
                    (b for b in fresh.findChildren(QAbstractButton) if b.text() == name), None
                )
                if button is None or not button.isEnabled() or not button.isVisibleTo(fresh):
                    fresh.close()
                    continue
                qtbot.mouseClick(button, LEFT)
                qtbot.wait(10)
                clicked.append(f"{label} → {name.replace('&', '')}")
                assert_database_free(paths)
                if shiboken6.isValid(fresh) and fresh.isVisible():  # gone if it closed itself
                    fresh.close()
        assert window.isVisible(), label
    # The walk reached the dialogs people use most.
    for expected in ("Entwürfe … → Umbenennen …", "Entwürfe … → Löschen", "Einstellungen … → OK"):
        assert expected in clicked, (expected, clicked)
    assert len(clicked) >= 25


def test_the_tooltip_of_a_finding_on_angle_brackets_shows_them(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    text = "Guten Tag <Vorname>,\n\nich schreibe Ihnen wegen Ihres Vortrags."
    window.editor.setPlainText(text)
    qtbot.waitUntil(
        lambda: window.session.etiquette_found[1] == text and bool(window.editor.findings())
    )
    finding = next(f for f in window.editor.findings() if "<Vorname>" in text[f.start : f.end])
    point = window.editor.viewport().mapTo(
        window.editor, window.editor.viewport_point(finding.start + 2)
    )
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, window.editor.mapToGlobal(point))
    QApplication.sendEvent(window.editor, event)  # as Qt delivers a hover
    assert "<Vorname>" in finding.message, finding.message  # so the test shows the bug
    assert escape(finding.message) in QToolTip.text()


def test_a_suggestion_of_an_older_text_is_never_applied_to_a_newer_one(
    qtbot: QtBot, window_factory
) -> None:
    """Found by a new user: after "Text aus Feldern neu erzeugen" the old findings stayed,
    and applying one turned "Viele Grüße" into "Viel?Grüße"."""
    window = window_factory(new_template="reply_informal")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Danke??")
    typed = window.editor.toPlainText()
    qtbot.waitUntil(
        lambda: window.session.etiquette_found[1] == typed and bool(window.editor.findings())
    )
    old = next(
        f for f in window.editor.findings() if f.suggestions and "??" in typed[f.start : f.end]
    )
    qtbot.mouseClick(window.regenerate_button, LEFT)
    fresh = window.editor.toPlainText()
    assert "??" not in fresh
    qtbot.waitUntil(
        lambda: window.session.etiquette_found[1] == fresh, timeout=5000
    )  # checked again
    window.findings.apply_requested.emit(old, old.suggestions[0])
    assert window.editor.toPlainText() == fresh, "the stale suggestion changed nothing"
