"""The reply pane's text is no draft, yet nothing on screen for more than ~2 s is lost: it is
kept in the data folder (0600, atomic, like the autosave) until a reply is started from it or
the box is emptied, is back in the pane at its next opening and offered at the next start."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.killed_app import close, next_start, type_then_kill
from test_reply_window import REQUEST, menu_action, open_reply_dialog, paste

from knigge_desktop.core.drafts import MAX_RECEIVED_CHARS
from knigge_desktop.core.paths import REPLY_PANE_FILE, AppPaths

PS = " PS: Antwort bitte bis Freitag."

PASTE_AND_TYPE = """
for _menu, action in window.all_actions():
    if action.text().replace("&", "").startswith("Auf Nachricht antworten"):
        action.trigger()
box = window.replies.dialog.paste
box.setFocus()
QGuiApplication.clipboard().setText(sys.argv[2])
QTest.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(box, sys.argv[3])
"""


def test_the_pane_text_survives_sigkill_and_is_offered_at_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The tester's steps: paste, type a PS, wait 4 s, kill -9, start again."""
    data_dir = tmp_path / "data"
    type_then_kill(data_dir, PASTE_AND_TYPE, REQUEST, PS, wait_s=4)

    kept = data_dir / REPLY_PANE_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    window = next_start(data_dir, qtbot)
    qtbot.waitUntil(lambda: window.replies.dialog is not None, timeout=3000)
    dialog = window.replies.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.paste.toPlainText() == REQUEST + PS
    close(window, qtbot)


def test_the_text_is_back_at_the_next_opening_until_a_reply_starts_from_it(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    kept = paths.data_dir / REPLY_PANE_FILE
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    qtbot.keyClicks(dialog.paste, PS)
    qtbot.waitUntil(kept.is_file, timeout=3000)  # the pause: well under two seconds
    assert kept.read_text(encoding="utf-8") == REQUEST + PS
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    close(window, qtbot)

    from knigge_desktop.app import build_window

    again = build_window(paths)  # the next start: the pane is offered with the text
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.replies.dialog is not None, timeout=3000)
    dialog = again.replies.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.paste.toPlainText() == REQUEST + PS
    again.session.reply.wait()
    qtbot.waitUntil(lambda: bool(dialog.template_buttons), timeout=5000)
    qtbot.mouseClick(dialog.template_buttons[0], Qt.MouseButton.LeftButton)
    assert not kept.exists(), "the draft holds the message now"
    assert again.session.composer.draft.received.startswith("Anna Wagner")
    close(again, qtbot)


def test_emptying_the_box_forgets_the_text(window_factory, qtbot: QtBot, paths: AppPaths) -> None:
    kept = paths.data_dir / REPLY_PANE_FILE
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    qtbot.waitUntil(kept.is_file, timeout=3000)
    dialog.paste.selectAll()
    qtbot.keyClick(dialog.paste, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed: written at once
    assert not dialog.isVisible() and not kept.exists()
    menu_action(window, "Auf Nachricht antworten").trigger()
    assert dialog.paste.toPlainText() == ""
    close(window, qtbot)


def test_a_huge_paste_keeps_what_the_pane_keeps(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    kept = paths.data_dir / REPLY_PANE_FILE
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    huge = "Sehr geehrter Herr Albrecht, 👋 \ud800 " * 40_000  # 1.4 M characters, a lone half
    paste(dialog, qtbot, huge)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    text = kept.read_text(encoding="utf-8")
    assert len(text) == MAX_RECEIVED_CHARS and text.startswith("Sehr geehrter Herr Albrecht")
    close(window, qtbot)


def test_typing_that_never_pauses_is_kept_while_it_goes_on(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    """A key every 100 ms: the pause never comes, the maximum wait writes all the same."""
    from PySide6.QtCore import QTimer

    kept = paths.data_dir / REPLY_PANE_FILE
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    dialog.paste.setFocus()
    keys = QTimer()
    keys.setInterval(100)
    keys.timeout.connect(lambda: qtbot.keyClick(dialog.paste, Qt.Key.Key_A))
    keys.start()
    seen: list[str] = []

    def written_twice() -> bool:
        text = kept.read_text(encoding="utf-8") if kept.is_file() else ""
        if text and (not seen or seen[-1] != text):
            seen.append(text)
        return len(seen) >= 2

    qtbot.waitUntil(written_twice, timeout=5000)
    assert keys.isActive()
    keys.stop()
    assert 0 < len(seen[0]) < len(seen[1]) <= len(dialog.paste.toPlainText())
    assert set(seen[1]) == {"a"}
    close(window, qtbot)
