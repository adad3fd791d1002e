""" "!!!" typed into a field is not made "!" behind the user's back: the text shows it as
typed, the checks say why one is enough, and their fix goes into the field."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_reply_window import click

from knigge_desktop.core.templates import load_templates, render

SHIPPED = load_templates()


def test_a_pile_at_the_end_of_a_value_stays_as_typed() -> None:
    template = SHIPPED.get("reply_informal")
    assert template is not None
    values = {**template.example_values(), "answer": "Ich bin gern dabei!!!"}
    assert "Ich bin gern dabei!!!\n" in render(template, values)
    values["answer"] = "Wirklich?!"
    assert "Wirklich?!\n" in render(template, values)
    values["answer"] = "Ich bin gern dabei!."  # a stray full stop still goes
    assert "Ich bin gern dabei!\n" in render(template, values)


def test_the_window_says_why_and_fixes_the_field(window_factory, qtbot: QtBot) -> None:
    window = window_factory(new_template="reply_informal")
    answer = window.form.input("answer")
    answer.setFocus()
    qtbot.keyClicks(answer, "Ich bin gern dabei!!!")
    assert "Ich bin gern dabei!!!" in window.editor.toPlainText()
    window.session.checks.flush()
    loud = "„!!!“ wirkt laut."
    qtbot.waitUntil(
        lambda: loud in [item.text(0) for item in window.findings.items()], timeout=5000
    )
    [item] = [i for i in window.findings.items() if i.text(0) == loud]
    window.findings.tree.setCurrentItem(item)
    click(qtbot, window.findings.apply_button)
    assert answer.toPlainText() == "Ich bin gern dabei!"
    assert "Ich bin gern dabei!\n" in window.editor.toPlainText()
    assert not window.composer.text_edited
