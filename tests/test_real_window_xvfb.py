"""The real window on a real X server (Xvfb): keys typed with xdotool reach the editor,
Ctrl+Enter copies, and xclip reads the clipboard back. Everything else runs offscreen;
this is the one test that goes through X11, Qt's xcb plugin and a real clipboard.

Needs Debian's xvfb, xdotool and xclip (.ci/run installs them); skipped without them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knigge_desktop.core.paths import resolve_paths

TOOLS = ("Xvfb", "xdotool", "xclip")
pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not all(shutil.which(tool) for tool in TOOLS),
    reason="needs Xvfb, xdotool and xclip (apt-get install xvfb xdotool xclip)",
)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb; -displayfd picks a free display number and tells it when ready."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as ready:
        number = ready.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def until(check, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_typing_into_the_real_window_and_copying_with_the_keyboard(
    display: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    paths = resolve_paths(data_dir)
    paths.settings_file.parent.mkdir(parents=True)
    # A returning user: the welcome was done before (tests/test_welcome.py has it).
    paths.settings_file.write_text(json.dumps({"version": 2, "values": {"welcome_done": True}}))
    env = {
        **os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(tmp_path), "KNIGGE_DATA_DIR": str(data_dir),
    }  # fmt: skip
    app = subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "new", "reply_informal",
         "--set", "recipient_first_name=Kim", "--set", "sender_name=Jonas Becker",
         "--set", "subject=zum Barcamp", "--set", "answer=Ich bin gern dabei."],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip

    def xdotool(*args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30
        ).stdout.strip()

    try:

        def shown() -> str:
            assert app.poll() is None, f"the app ended: {app.communicate()[1]}"
            return xdotool("search", "--onlyvisible", "--name", "Knigge Desktop")

        window = until(shown)
        window = window.splitlines()[0]
        # After its first paint the app listens for second starts: then it takes keys too.
        until(lambda: list(tmp_path.glob("knigge-desktop-*")))
        xdotool("windowfocus", "--sync", window)
        xdotool("key", "--window", window, "ctrl+3")  # the text pane
        xdotool("key", "--window", window, "ctrl+a")
        typed = "Hallo Kim, danke fuer die Einladung. Ich bin gern dabei. Viele Gruesse, Jonas"
        xdotool("type", "--delay", "5", typed)
        xdotool("key", "ctrl+Return")

        def clipboard() -> str:
            result = subprocess.run(
                ["xclip", "-selection", "clipboard", "-o"],
                env=env, capture_output=True, text=True, timeout=10,
            )  # fmt: skip
            return result.stdout if result.returncode == 0 else ""

        assert until(lambda: clipboard() == typed, timeout=15)

    finally:
        app.send_signal(signal.SIGTERM)
        try:
            _, err = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    assert app.returncode == 0, err
