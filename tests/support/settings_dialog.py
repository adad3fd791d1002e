"""The settings dialog as the tests open it: through the window, as Bearbeiten → Einstellungen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def open_settings_dialog(qtbot: QtBot, window_factory):
    window = window_factory()
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    qtbot.addWidget(dialog)
    return dialog


def dictionary_words(dialog) -> list[str]:
    return [dialog.words.item(row).text() for row in range(dialog.words.count())]
