"""The date field: what the form shows is what the text says."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot


def _follow_up(window):
    window.session.start_from_template("follow_up_formal")
    return window.form.input("date")


def test_an_untouched_optional_date_is_neither_ticked_nor_in_the_text(window_factory) -> None:
    window = window_factory()
    date = _follow_up(window)
    today = QDate.currentDate().toString("dd.MM.yyyy")
    assert not date.enabled.isChecked()
    assert not date.edit.isEnabled()
    assert today not in window.editor.toPlainText()
    assert window.composer.values["date"] == ""


def test_ticking_the_date_writes_it_into_the_text_and_back(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    date = _follow_up(window)
    today = QDate.currentDate().toString("dd.MM.yyyy")
    qtbot.waitUntil(date.enabled.isVisible)  # new form rows show on the next event loop turn
    qtbot.mouseClick(date.enabled, Qt.MouseButton.LeftButton)
    assert date.enabled.isChecked() and date.edit.isEnabled()
    assert f"am {today} zum Thema" in window.editor.toPlainText()
    qtbot.mouseClick(date.enabled, Qt.MouseButton.LeftButton)
    assert today not in window.editor.toPlainText()


def test_a_stored_date_comes_back_ticked(window_factory) -> None:
    window = window_factory()
    window.session.start_from_template("follow_up_formal", {"date": "2026-11-19"})
    date = window.form.input("date")
    assert date.enabled.isChecked()
    assert date.edit.date() == QDate(2026, 11, 19)
    assert "am 19.11.2026 zum Thema" in window.editor.toPlainText()


def test_a_required_date_also_shows_only_what_the_draft_has(qtbot: QtBot) -> None:
    from pathlib import Path

    from knigge_desktop.core.greeting import GreetingStyle
    from knigge_desktop.core.templates import Field, FieldType, Template
    from knigge_desktop.core.vocabulary import Kind, Tone
    from knigge_desktop.ui.field_form import FieldForm

    template = Template(
        id="t", title="T", kind=Kind.FOLLOW_UP, tone=Tone.FORMAL, platforms=(), when="",
        body="{am}", fields=(Field("am", "Am", FieldType.DATE, required=True),),
        greeting_style=GreetingStyle.SEHR_GEEHRT, source=Path(),
    )  # fmt: skip
    form = FieldForm()
    qtbot.addWidget(form)
    reported = []
    form.value_changed.connect(lambda name, value: reported.append((name, value)))
    form.build(template, {})
    form.show()
    date = form.input("am")
    qtbot.waitUntil(date.enabled.isVisible)
    assert not date.enabled.isChecked() and date.value() == ""
    qtbot.mouseClick(date.enabled, Qt.MouseButton.LeftButton)
    assert reported == [("am", QDate.currentDate().toString("yyyy-MM-dd"))]
