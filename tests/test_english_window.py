"""The English window: its own words in English, the message and its placeholders German
(the message is German), and no draft title left in German."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from knigge_desktop.core.settings import Settings
from knigge_desktop.ui.i18n import apply_language


def _choose_english(paths) -> None:
    settings, _ = Settings.load(paths.settings_file)
    settings.set("language", "en")
    settings.save()


def test_placeholders_in_the_message_stay_german(window_factory, paths) -> None:
    _choose_english(paths)
    try:
        window = window_factory(new_template="contact_request_formal")
        text = window.editor.toPlainText()
        assert "[Ihr Name]" in text and "[Your name]" not in text
        check = window.composer.copy_check(text)
        assert "Your name" in check.missing_fields, "the form's label, in the window's language"
        assert "[Ihr Name]" not in check.placeholders, "named once, as the field"
    finally:
        apply_language("de")


def test_a_draft_made_in_german_gets_an_english_title(qtbot: QtBot, window_factory, paths) -> None:
    german = window_factory(new_template="first_contact_formal", values={"reason": "Ihr Vortrag"})
    assert german.windowTitle() == "Ohne Empfänger – Erstkontakt – Knigge Desktop"
    german.close()
    _choose_english(paths)
    try:
        english = window_factory()
        assert english.composer.draft.id is not None, "the same draft, reopened"
        assert english.windowTitle() == "No recipient – First contact – Knigge Desktop"
    finally:
        apply_language("de")


def test_the_english_words_read_naturally(qtbot: QtBot, window_factory, paths) -> None:
    _choose_english(paths)
    try:
        window = window_factory(new_template="contact_request_formal")
        qtbot.waitUntil(
            lambda: (
                "Template" not in window.findings.summary.text()
                and window.findings.summary.text() != ""
            )
        )
        summary = window.findings.summary.text()
        assert "to look at" not in summary
        assert window.regenerate_button.text() == "&Rebuild the text from the fields"
    finally:
        apply_language("de")
