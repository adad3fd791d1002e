"""Another template for the open reply: the status bar says so in a message that is read
whole at the default width of 1280 px, beside the permanent widgets (Rückgängig, grammar,
save state, counts), and it says when the user's own text gave way to the new template's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from test_compose_reshape_window import (
    ANSWER,
    double_click_in_gallery,
    start_lena_reply_formal,
)
from test_english_window import _choose_english
from test_reply_window import click

from knigge_desktop.services.template_switch_words import switch_message
from knigge_desktop.ui.i18n import apply_language


def _space_for_messages(window) -> int:
    """Where QStatusBar draws a message: from 6 px to 2 px before its first visible
    permanent widget (QStatusBarPrivate::messageRect)."""
    line = window.status_line
    shown = [w for w in (line.undo_button, line.grammar_status, line.save_state, line.counts)]
    return min(w.x() for w in shown if w.isVisible()) - 2 - 6


def _fits(window, message: str) -> bool:
    bar = window.statusBar()
    return QFontMetrics(bar.font()).horizontalAdvance(message) <= _space_for_messages(window)


def _reply_with_answer_at_1280(window_factory, qtbot: QtBot):
    window = start_lena_reply_formal(window_factory, qtbot)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280)
    answer = window.form.input("answer")
    answer.setFocus()
    qtbot.keyClicks(answer, ANSWER)
    return window


def test_switching_after_editing_the_text_says_the_own_text_was_replaced(
    window_factory, qtbot: QtBot
) -> None:
    window = _reply_with_answer_at_1280(window_factory, qtbot)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Bis bald")
    assert window.composer.text_edited
    double_click_in_gallery(window, qtbot, "ask_back_informal")
    said = window.statusBar().currentMessage()
    assert "Ihr eigener Text ist ersetzt" in said
    assert "„Rückgängig“ holt alles zurück" in said, "the answer has no field there either"
    assert window.status_line.undo_button.isVisible()
    assert _fits(window, said), (said, _space_for_messages(window))
    click(qtbot, window.status_line.undo_button)
    assert "Bis bald" in window.editor.toPlainText(), "Rückgängig brought the text back"


def test_switching_with_a_value_left_behind_is_read_whole(window_factory, qtbot: QtBot) -> None:
    window = _reply_with_answer_at_1280(window_factory, qtbot)
    double_click_in_gallery(window, qtbot, "ask_back_informal")
    said = window.statusBar().currentMessage()
    assert "Ihr eigener Text" not in said, "the text was the template's"
    assert "„Ihre Antwort“" in said and said.endswith("„Rückgängig“ holt das zurück.")
    assert _fits(window, said), (said, _space_for_messages(window))


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_wording_fits_with_the_longest_titles_and_labels(
    window_factory, qtbot: QtBot, paths, language: str
) -> None:
    """Whatever the template and the fields left behind, the message is read to its end,
    in German and in English (the same window state: Rückgängig shown)."""
    if language == "en":
        _choose_english(paths)
    try:
        window = window_factory()
        window.resize(1280, 760)
        qtbot.waitUntil(lambda: window.width() == 1280)
        window.editor.setFocus()
        qtbot.keyClicks(window.editor, " x")
        assert window.session.change_template("first_contact_informal")
        assert window.status_line.undo_button.isVisible()
        # The grammar's longest state here: "Grammatik aus: LanguageTool fehlt noch".
        grammar = window.status_line.grammar_status
        qtbot.waitUntil(lambda: "…" not in grammar.text(), timeout=10000)
        templates = window.session.catalog.templates.items
        title = max((t.title for t in templates), key=len)
        labels = sorted({f.label for t in templates for f in t.fields}, key=len)
        for left in ([], labels[-1:], labels[:2], labels[-3:]):
            for replaced in (False, True):
                message = switch_message(title, left, replaced)
                assert _fits(window, message), (message, _space_for_messages(window))
                assert message.rstrip(".").endswith(("zurück", "back", "Text", "text"))
    finally:
        apply_language("de")
