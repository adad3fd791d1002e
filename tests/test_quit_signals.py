"""SIGTERM (logout, `kill`) and SIGINT (Ctrl+C) close the window properly: the text typed
since the last autosave is saved and the app exits with 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.core.paths import resolve_paths

# Types, then reports at once: the autosave (0.7 s later) has not run when the signal comes.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from knigge_desktop import app as app_module
from knigge_desktop.core.paths import resolve_paths

original = app_module.build_window
def build_and_type(*args, **kwargs):
    window = original(*args, **kwargs)
    def type_text():
        window.editor.setPlainText("Unterbrochen, aber nicht verloren.")
        print("TYPED", flush=True)
    window.editor.first_painted.connect(lambda: QTimer.singleShot(0, type_text))
    return window
app_module.build_window = build_and_type
sys.exit(app_module.run(resolve_paths(sys.argv[1])))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_saves_the_draft_and_exits_cleanly(tmp_path: Path, number: int) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "TYPED"
    child.send_signal(number)
    assert child.wait(timeout=20) == 0

    store = DraftStore.open(resolve_paths(data_dir).drafts_db)
    texts = [store.get(draft.id).text for draft in store.list()]  # type: ignore[union-attr]  # the draft was saved just before
    assert "Unterbrochen, aber nicht verloren." in texts


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_signal_ends_the_app_while_a_start_up_warning_is_open(tmp_path: Path) -> None:
    """Found by an adversarial test: with a warning up (here for a damaged settings file),
    SIGTERM used to leave the app running for good."""
    data_dir = tmp_path / "data"
    settings = resolve_paths(data_dir).settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text("{kaputt", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "TYPED"
    child.send_signal(signal.SIGTERM)
    try:
        assert child.wait(timeout=20) == 0
    finally:
        child.kill()
    store = DraftStore.open(resolve_paths(data_dir).drafts_db)
    texts = [store.get(draft.id).text for draft in store.list()]  # type: ignore[union-attr]  # the draft was saved just before
    assert "Unterbrochen, aber nicht verloren." in texts
