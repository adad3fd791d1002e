"""The reply's main path on a real X server (Xvfb, xdotool, xclip): Ctrl+Shift+R, paste a
contact request from the clipboard, Tab to the first fitting template, Space; the reply is
filled in, saved with the received message, and Ctrl+Enter copies it."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from test_real_window_xvfb import RealApp, display, pytestmark, until

__all__ = ["display", "pytestmark"]  # the Xvfb fixture and the skip without the tools

REQUEST = (
    "Anna Wagner möchte sich mit Ihnen vernetzen.\n\n"
    "Guten Tag, wir haben uns auf der LogiMAT kurz unterhalten.\n\nViele Grüße\nAnna Wagner"
)


def test_paste_a_request_and_answer_it_in_the_real_window(display: str, tmp_path: Path) -> None:
    app = RealApp(display, tmp_path)
    app.paths.ensure()
    welcome_done = {"version": 2, "values": {"welcome_done": True}}
    app.paths.settings_file.write_text(json.dumps(welcome_done))
    window = app.start()
    subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=REQUEST, text=True,
                   env=app.env, timeout=10)  # fmt: skip
    app.keys("ctrl+shift+r")
    dialog = until(lambda: app.find("Antwort auf eine erhaltene Nachricht"))
    app.xdotool("windowfocus", "--sync", dialog)
    app.keys("ctrl+v")
    time.sleep(1.5)  # read a moment after the paste, in a thread; the buttons come then
    app.keys("Tab", "space")  # the first fitting template

    def stored() -> dict | None:
        listed = app.cli("drafts", "list", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        for summary in json.loads(listed.stdout):
            shown = json.loads(
                app.cli("drafts", "show", str(summary["id"]), "--format", "json").stdout
            )
            if shown["received"]:
                return shown
        return None

    draft = until(stored)
    assert draft["received"] == REQUEST
    assert draft["fields"]["recipient_last_name"] == "Wagner"
    assert draft["text"].startswith("Sehr geehrte Frau Wagner,")
    assert until(lambda: app.find("Anna Wagner"))  # the window's title names the recipient
    # The answer itself is still to write: the app asks first, "Trotzdem &kopieren" copies.
    app.xdotool("windowfocus", "--sync", window)  # no window manager hands focus back
    app.keys("ctrl+Return")
    question = until(lambda: app.find("Noch nicht fertig"))
    app.xdotool("windowfocus", "--sync", question)
    app.keys("alt+k")
    copied = until(lambda: app.clipboard() if app.clipboard() != REQUEST else "", timeout=15)
    assert copied.startswith("Sehr geehrte Frau Wagner,"), copied
    app.stop()
