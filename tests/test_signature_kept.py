"""The signature typed in the settings is kept like a draft until OK or Abbrechen: after a
kill -9 the next start opens the settings with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.killed_app import close, next_start, type_then_kill

from knigge_desktop.core.paths import SIGNATURE_FILE, AppPaths

SIGNATURE = "Einkauf - Becker Transport GmbH - 0561 123456"

TYPE_A_SIGNATURE = """
window.dialogs.open_settings()
box = window.dialogs.settings_dialog.signature
box.setFocus()
QTest.keyClicks(box, sys.argv[2])
"""


def test_a_signature_being_typed_survives_sigkill(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    type_then_kill(data_dir, TYPE_A_SIGNATURE, SIGNATURE, wait_s=3)

    window = next_start(data_dir, qtbot)
    qtbot.waitUntil(lambda: window.dialogs.settings_dialog is not None, timeout=3000)
    dialog = window.dialogs.settings_dialog
    assert dialog.isVisible() and dialog.signature.toPlainText() == SIGNATURE
    close(window, qtbot)


def test_ok_stores_the_signature_and_abbrechen_drops_what_was_kept(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    kept = paths.data_dir / SIGNATURE_FILE
    window = window_factory()
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    qtbot.keyClicks(dialog.signature, "Vertrieb")
    qtbot.waitUntil(kept.is_file, timeout=3000)
    [buttons] = dialog.findChildren(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not kept.exists() and window.session.settings.get("sender_signature") == ""

    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    assert dialog.signature.toPlainText() == ""
    qtbot.keyClicks(dialog.signature, SIGNATURE)
    qtbot.waitUntil(kept.is_file, timeout=3000)
    [buttons] = dialog.findChildren(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not kept.exists() and window.session.settings.get("sender_signature") == SIGNATURE
    close(window, qtbot)  # OK restarted the grammar thread: stopped before the window goes
