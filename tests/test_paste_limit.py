"""A paste beyond one message's limit is refused whole, and said; up to it, it goes in.
Five million characters stalled every keystroke for seconds (a tester's paste of emoji)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.core.drafts import MAX_MESSAGE_CHARS

CTRL = Qt.KeyboardModifier.ControlModifier


def _paste(qtbot: QtBot, window, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)
    window.editor.setFocus()
    window.editor.selectAll()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)


def test_a_paste_over_the_limit_is_refused_and_said(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    before = window.editor.toPlainText()
    too_long = "🙂 " * (MAX_MESSAGE_CHARS // 2 + 10)
    _paste(qtbot, window, too_long)
    assert window.editor.toPlainText() == before, "nothing cut in unseen"
    said = window.statusBar().currentMessage()
    assert said.startswith("Nicht eingefügt") and "1.000.000" in said, said
    assert QGuiApplication.clipboard().text() == too_long, "the clipboard keeps it"


def test_a_paste_up_to_the_limit_goes_in(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    text = ("Sehr geehrte Frau Wagner, " * 40_000)[:MAX_MESSAGE_CHARS]
    _paste(qtbot, window, text)
    assert window.editor.toPlainText() == text
    assert not window.statusBar().currentMessage().startswith("Nicht eingefügt")


def test_the_limit_counts_characters_also_for_emoji(qtbot: QtBot, window_factory) -> None:
    """An emoji is one character but two UTF-16 units: over the limit in characters is
    over, whatever Qt's positions say."""
    window = window_factory()
    _paste(qtbot, window, "🙂" * (MAX_MESSAGE_CHARS - 5))
    assert len(window.editor.toPlainText()) == MAX_MESSAGE_CHARS - 5
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    data = QMimeData()
    data.setText("🙂" * 10)
    QGuiApplication.clipboard().setMimeData(data)
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    assert len(window.editor.toPlainText()) == MAX_MESSAGE_CHARS - 5, "refused"
