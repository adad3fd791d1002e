"""One app per data dir: a second start hands its request to the running window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.services.single_instance import hand_over, socket_name


def _drafts(data_dir: Path) -> list[str]:
    store = DraftStore.open(data_dir / "drafts.sqlite3")
    try:
        return [d.text for d in store.all_drafts()]
    finally:
        store.close()


def test_a_second_start_hands_its_draft_to_the_running_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data_dir)], env=env
    )
    try:
        name = socket_name(data_dir)
        qtbot.waitUntil(lambda: Path(name).exists(), timeout=30_000)  # listening
        second = subprocess.run(
            [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data_dir), "new",
             "reply_formal", "--set", "recipient_last_name=Wagner", "--set", "subject=zum Projekt"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "läuft schon" in second.stderr
        qtbot.waitUntil(
            lambda: any("Guten Tag [Vorname] Wagner" in t for t in _drafts(data_dir)),
            timeout=10_000,
        )
        assert first.poll() is None, "the first app is still the one that runs"
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_nobody_running_means_no_hand_over(tmp_path: Path) -> None:
    started = time.monotonic()
    assert hand_over(socket_name(tmp_path), {"new_template": None}) is False
    assert time.monotonic() - started < 1


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    from knigge_desktop.services.single_instance import InstanceServer

    name = socket_name(tmp_path)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # a socket file nobody listens on, as a crash leaves it
    stale.close()
    assert hand_over(name, {}) is False
    server = InstanceServer(name)
    assert server.listening
    received: list[dict] = []
    server.request_received.connect(received.append)
    import threading

    answer: list[bool] = []
    thread = threading.Thread(target=lambda: answer.append(hand_over(name, {"x": 1})))
    thread.start()
    qtbot.waitUntil(lambda: received == [{"x": 1}], timeout=5_000)
    thread.join(5)
    assert answer == [True]
