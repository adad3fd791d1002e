"""Nothing typed is lost: the app killed with SIGKILL after an autosave keeps the text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtTest import QTest
    from PySide6.QtCore import QTimer
    from knigge_desktop.app import build_window, ensure_application
    from knigge_desktop.core.paths import resolve_paths

    app = ensure_application()
    window = build_window(resolve_paths(sys.argv[1]))
    window.show()

    def type_and_report():
        window.editor.setFocus()
        window.editor.selectAll()
        QTest.keyClicks(window.editor, "Guten Tag Frau Wagner, das hier darf nicht verloren gehen.")
        window.session.drafts.saved.connect(lambda draft: print("SAVED", draft.id, flush=True))

    QTimer.singleShot(0, type_and_report)
    app.exec()
    """
)


def test_the_text_survives_sigkill_after_the_autosave(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()  # blocks until the autosave reported, or the child died
    assert line.startswith("SAVED"), line
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)

    from knigge_desktop.app import build_window
    from knigge_desktop.core.paths import resolve_paths

    window = build_window(resolve_paths(data_dir))
    qtbot.addWidget(window)
    assert (
        window.editor.toPlainText() == "Guten Tag Frau Wagner, das hier darf nicht verloren gehen."
    )
    window.close()


TYPIST = Path(__file__).parent / "support" / "steady_typist.py"


def test_steady_typing_without_a_pause_survives_sigkill(qtbot: QtBot, tmp_path: Path) -> None:
    """Eight characters a second, never a pause long enough for the autosave's debounce:
    everything that was on screen for more than two seconds is still there after SIGKILL."""
    import time

    from support.steady_typist import TEXT

    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(TYPIST), str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    typed_at: list[float] = []  # when each character was typed (time.monotonic, one clock)
    while len(typed_at) < 32:  # four seconds of typing
        line = child.stdout.readline()
        assert line.startswith("TYPED"), line or "the typist died"
        typed_at.append(float(line.split()[2]))
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    old_enough = sum(1 for moment in typed_at if moment < killed_at - 2.0)
    assert old_enough >= 8, "the typist typed for more than two seconds"

    from knigge_desktop.app import build_window
    from knigge_desktop.core.paths import resolve_paths

    window = build_window(resolve_paths(data_dir))
    qtbot.addWidget(window)
    shown = window.editor.toPlainText()
    assert TEXT.startswith(shown), "what is shown is what was typed"
    assert len(shown) >= old_enough, f"{old_enough - len(shown)} characters older than 2 s lost"
    window.close()
