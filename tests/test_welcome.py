"""The first start: a welcome asks for name, signature and the usual tone, shows where
things are, and never comes back once closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knigge_desktop.core.settings import Settings


def test_the_welcome_fills_the_settings_and_the_open_draft(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory(new_template="first_contact_formal")
    dialog = window.dialogs.offer_welcome()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.sender_name, "Jonas Becker")
    dialog.signature.setPlainText("Einkauf · Becker Transport GmbH")
    dialog.tone.setCurrentIndex(dialog.tone.findData("informal"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    saved, _ = Settings.load(paths.settings_file)
    assert saved.get("sender_name") == "Jonas Becker"
    assert saved.get("sender_signature") == "Einkauf · Becker Transport GmbH"
    assert saved.get("default_tone") == "informal"
    assert saved.get("welcome_done") is True
    # The draft that was already open gets the name in its empty field, and in its text.
    assert window.form.input("sender_name").text() == "Jonas Becker"
    assert "Jonas Becker" in window.editor.toPlainText()

    window.close()
    again = window_factory()
    assert again.dialogs.offer_welcome() is None, "never again once done"


def test_skipping_keeps_nothing_but_still_counts_as_done(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    dialog = window.dialogs.offer_welcome()
    qtbot.keyClicks(dialog.sender_name, "Nicht speichern")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    saved, _ = Settings.load(paths.settings_file)
    assert saved.get("sender_name") == "" and saved.get("welcome_done") is True
    assert window.dialogs.offer_welcome() is None


def test_the_welcome_says_where_things_are(window_factory) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = window_factory().dialogs.offer_welcome()
    where = dialog.findChild(QLabel, "where_things_are").text()
    for place in ("Links", "In der Mitte", "Rechts", "Strg+Return", "F1"):
        assert place in where
    dialog.reject()


def test_the_welcome_counts_what_it_asks(window_factory) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    dialog = window_factory().dialogs.offer_welcome()
    intro = dialog.findChild(QLabel, "welcome_intro").text()
    asked = dialog.findChild(QFormLayout).rowCount()
    numbers = {2: "Zwei", 3: "Drei"}
    assert numbers[asked] in intro and "beide" not in intro
    dialog.reject()


def test_the_tone_question_is_about_sie_and_du_and_filters_the_gallery(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    dialog = window.dialogs.offer_welcome()
    labels = [dialog.tone.itemText(i) for i in range(dialog.tone.count())]
    assert "Ich schreibe meist per Sie" in labels and "Ich schreibe meist per du" in labels
    assert dialog.tone.accessibleName() != "Anrede", "not the form's Frau/Herr"
    dialog.tone.setFocus()
    qtbot.keyClick(dialog.tone, Qt.Key.Key_End)  # the last choice: per du
    assert dialog.tone.currentText() == "Ich schreibe meist per du"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    # Visible at once: the gallery shows du templates, the untouched draft is one of them.
    assert window.gallery.tone_filter.currentData() == "informal"
    assert all(
        window.catalog.templates.get(i).tone.value == "informal"
        for i in window.gallery.visible_ids()
    )
    assert window.composer.template.id == "first_contact_informal"


def test_a_name_from_the_welcome_saves_no_empty_draft(qtbot: QtBot, window_factory, paths) -> None:
    from knigge_desktop.core.drafts import DraftStore

    window = window_factory()
    dialog = window.dialogs.offer_welcome()
    qtbot.keyClicks(dialog.sender_name, "Jonas Becker")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Jonas Becker" in window.editor.toPlainText()
    window.session.autosaver.flush()
    store = DraftStore.open(paths.drafts_db)
    try:
        assert store.all_drafts() == [], "nothing typed into the draft yet: nothing to keep"
    finally:
        store.close()
    # The draft is still untouched: looking at another template still shows it at once.
    assert window.composer.pristine
