"""A real app process that types something and is then killed with SIGKILL, as a crash or
a power cut would end it: what it kept in the data folder is what the next start finds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

# The child builds the real window on `data_dir` (argv[1]) and runs `typing`, a function
# body with `window`, `QTest`, `Qt`, `QGuiApplication`, `sys` in reach, once the loop runs.
_CHILD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths

app = ensure_application()
window = build_window(resolve_paths(sys.argv[1]))
window.show()

def typing():
{body}
    print("TYPED", flush=True)

QTimer.singleShot(0, typing)
app.exec()
"""


def type_then_kill(data_dir: Path, typing: str, *args: str, wait_s: float) -> None:
    """Run `typing` in a real app on `data_dir`, wait `wait_s` seconds (the app's own
    timers run), then SIGKILL it. `args` reach the child as sys.argv[2:]."""
    script = _CHILD.format(body=textwrap.indent(textwrap.dedent(typing).strip(), "    "))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(data_dir), *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("TYPED"), line or "the child died"
    time.sleep(wait_s)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)


def next_start(data_dir: Path, qtbot: Any) -> Any:
    """The window of the next start on `data_dir`, shown, as a user starts it again."""
    from knigge_desktop.app import build_window
    from knigge_desktop.core.paths import resolve_paths

    window = build_window(resolve_paths(data_dir))
    qtbot.addWidget(window)
    window.show()
    return window


def close(window: Any, qtbot: Any) -> None:
    """As the window_factory does, and always: no grammar thread outlives the window (it
    starts after the first paint, so that is waited for first)."""
    qtbot.waitUntil(lambda: window.session.checks_started, timeout=3000)
    window.close()
    if window.session.grammar is not None:
        window.session.grammar.shutdown()
