"""The signature typed in the settings is kept like a draft until OK or Abbrechen: after a
kill -9 the next start opens the settings with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knigge_desktop.core.paths import SIGNATURE_FILE, AppPaths

SIGNATURE = "Einkauf - Becker Transport GmbH - 0561 123456"

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from knigge_desktop.app import build_window, ensure_application
    from knigge_desktop.core.paths import resolve_paths

    app = ensure_application()
    window = build_window(resolve_paths(sys.argv[1]))
    window.show()

    def type_a_signature():
        window.dialogs.open_settings()
        box = window.dialogs.settings_dialog.signature
        box.setFocus()
        QTest.keyClicks(box, sys.argv[2])
        print("TYPED", flush=True)

    QTimer.singleShot(0, type_a_signature)
    app.exec()
    """
)


def test_a_signature_being_typed_survives_sigkill(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), SIGNATURE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("TYPED"), line or "the child died"
    time.sleep(3)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)

    from knigge_desktop.app import build_window
    from knigge_desktop.core.paths import resolve_paths

    window = build_window(resolve_paths(data_dir))
    qtbot.addWidget(window)
    window.show()
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


def close(window, qtbot: QtBot) -> None:
    """As the window_factory does, and always: no grammar thread outlives the window (it
    starts after the first paint, so that is waited for first)."""
    qtbot.waitUntil(lambda: window.session.checks_started, timeout=3000)
    window.close()
    if window.session.grammar is not None:
        window.session.grammar.shutdown()
