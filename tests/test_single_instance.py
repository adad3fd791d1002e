"""One app per data dir: a second start hands its request to the running window."""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.services.single_instance import InstanceServer, hand_over, socket_name


def _drafts(data_dir: Path) -> list[str]:
    store = DraftStore.open(data_dir / "drafts.sqlite3")
    try:
        return [d.text for d in store.all_drafts()]
    finally:
        store.close()


def test_a_second_start_hands_its_draft_to_the_running_window(qtbot: QtBot, tmp_path: Path) -> None:
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


def test_a_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    import socket

    from knigge_desktop.services.single_instance import InstanceServer

    name = socket_name(tmp_path)
    Path(name).parent.mkdir(mode=0o700, parents=True)
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
    thread = threading.Thread(target=lambda: answer.append(hand_over(name, {"new_template": "x"})))
    thread.start()
    qtbot.waitUntil(lambda: received == [{"new_template": "x", "values": {}}], timeout=5_000)
    thread.join(5)
    assert answer == [True]


# -- nobody else gets in ------------------------------------------------------------------


@pytest.fixture
def servers() -> Iterator[list[InstanceServer]]:
    """Servers a test started, closed at its end (never collected in another test's loop)."""
    made: list[InstanceServer] = []
    yield made
    for server in made:
        server.close()


@pytest.fixture
def serve(servers: list[InstanceServer]):
    def start(name: str) -> tuple[InstanceServer, list[dict]]:
        server = InstanceServer(name)
        servers.append(server)
        received: list[dict] = []
        server.request_received.connect(received.append)
        return server, received

    return start


def _in_thread(job):
    """Run a blocking client while the test's event loop serves the Qt side."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(job())
        except Exception as exc:
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return result


def _raw_client(name: str, payload: bytes, read: bool = True) -> bytes:
    with socket.socket(socket.AF_UNIX) as client:
        client.settimeout(20)
        client.connect(name)
        try:
            client.sendall(payload)
        except OSError:  # the server closed on us: what a too-long request gets
            return b"closed"
        return client.recv(16) if read else b""


def test_the_socket_lives_in_a_folder_only_the_user_can_enter(tmp_path: Path) -> None:
    name = socket_name(tmp_path / "data")
    assert not name.startswith(("/tmp/knigge-desktop", "/var/tmp/")), name
    assert Path(name).parent.is_relative_to((tmp_path / "data").resolve())


def test_a_too_long_data_dir_gets_a_private_folder_with_a_short_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, servers: list[InstanceServer]
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "t"))
    (tmp_path / "t").mkdir(mode=0o1777)
    (tmp_path / "t").chmod(0o1777)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    deep = tmp_path / ("lang" * 30)
    name = socket_name(deep)
    assert len(name) <= 100
    servers.append(InstanceServer(name))
    folder = Path(name).parent
    info = folder.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700


def test_a_folder_someone_else_made_is_never_used(
    qtbot: QtBot,
    servers,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.INFO, logger="knigge_desktop.services.single_instance")
    name = socket_name(tmp_path / "data")
    folder = Path(name).parent
    folder.mkdir(parents=True)
    os.symlink(tmp_path, folder / "elsewhere")
    elsewhere_name = str(folder / "elsewhere" / "instance.sock")
    server = InstanceServer(elsewhere_name)
    servers.append(server)  # its folder is a symlink: refused
    assert not server.listening
    assert not (tmp_path / "instance.sock").exists()
    assert "guard off" in caplog.text, "the detail is in the log"
    said = capsys.readouterr().err
    assert "öffnet ein eigenes; der Start-Socket ist nicht nutzbar (sein Ordner" in said, said
    assert "guard" not in said, "the terminal gets German only"


def test_a_folder_with_a_wide_mode_is_narrowed_before_use(
    qtbot: QtBot, serve, tmp_path: Path
) -> None:
    name = socket_name(tmp_path / "data")
    Path(name).parent.mkdir(parents=True, mode=0o777)
    Path(name).parent.chmod(0o777)
    server, _ = serve(name)
    assert server.listening
    assert stat.S_IMODE(Path(name).parent.stat().st_mode) == 0o700


def test_a_plain_file_at_the_name_neither_disables_the_guard_nor_fools_it(
    qtbot: QtBot, serve, tmp_path: Path
) -> None:
    name = socket_name(tmp_path / "data")
    Path(name).parent.mkdir(parents=True, mode=0o700)
    Path(name).write_text("no socket")
    assert hand_over(name, {"new_template": None}) is False  # nobody to hand over to
    server, received = serve(name)
    assert server.listening
    answer = _in_thread(lambda: hand_over(name, {"new_template": "x", "values": {}}))
    qtbot.waitUntil(lambda: answer == [True], timeout=5_000)
    qtbot.waitUntil(lambda: received == [{"new_template": "x", "values": {}}], timeout=5_000)


def test_a_socket_of_another_user_never_receives_a_request(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = socket_name(tmp_path / "data")
    Path(name).parent.mkdir(parents=True, mode=0o700)
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen()
    squatter.settimeout(0.5)
    try:
        # The listener runs as another user: its socket file and the peer credentials say so.
        from knigge_desktop.services import single_instance

        real_uid = os.getuid()
        monkeypatch.setattr(single_instance.os, "getuid", lambda: real_uid + 4242)
        monkeypatch.setattr(single_instance, "_private_folder", lambda folder: folder)
        assert hand_over(name, {"new_template": "secret", "values": {"x": "Wagner"}}) is False
        with pytest.raises(TimeoutError):
            squatter.accept()  # never even connected to
        # Even if the file looked like ours, the peer's uid would give it away.
        monkeypatch.setattr(single_instance.os, "lstat", lambda path: _fake_own_socket(path))
        assert hand_over(name, {"new_template": "secret", "values": {"x": "Wagner"}}) is False
        peer, _ = squatter.accept()
        peer.settimeout(5)
        assert peer.recv(100) == b"", "it hung up without sending a byte"
        peer.close()
    finally:
        squatter.close()


def _fake_own_socket(path: object) -> os.stat_result:
    from knigge_desktop.services import single_instance

    real = os.stat(path)  # type: ignore[arg-type]  # the stand-in takes what os.stat takes
    fields = list(real)
    fields[4] = single_instance.os.getuid()  # st_uid
    return os.stat_result(fields)


def test_the_peer_of_a_real_connection_is_this_user() -> None:
    from knigge_desktop.services.single_instance import peer_uid

    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert peer_uid(left) == os.getuid()


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        ({"new_template": ["reply_formal"]}, "new_template"),
        ({"new_template": True}, "new_template"),
        ({"new_template": "reply_formal", "values": ["a"]}, "values"),
        ({"new_template": "reply_formal", "values": {"subject": ["x"]}}, "list"),
        ({"new_template": "reply_formal", "values": {"subject": 5}}, "int"),
        ({"new_template": "reply_formal", "values": {"subject": None}}, "NoneType"),
        ({"new_template": "reply_formal", "run": "rm -rf"}, "unknown keys"),
        ([1, 2], "list"),
        (True, "bool"),
    ],
)
def test_a_crafted_request_is_rejected_with_a_log_line(
    qtbot: QtBot, serve, tmp_path: Path, caplog: pytest.LogCaptureFixture, payload: object, why: str
) -> None:
    name = socket_name(tmp_path / "data")
    _server, received = serve(name)
    line = (json.dumps(payload) + "\n").encode()
    answer = _in_thread(lambda: _raw_client(name, line))
    qtbot.waitUntil(lambda: answer == [b"bad\n"], timeout=5_000)
    assert received == []
    assert "rejected" in caplog.text and why in caplog.text
    good = _in_thread(lambda: hand_over(name, {"new_template": None, "values": {"a": True}}))
    qtbot.waitUntil(lambda: good == [True], timeout=5_000)  # and the server goes on


def test_json_nested_deeply_is_rejected_not_a_recursion_error(
    qtbot: QtBot, serve, tmp_path: Path
) -> None:
    name = socket_name(tmp_path / "data")
    _server, received = serve(name)
    line = b"[" * 30_000 + b"]" * 30_000 + b"\n"
    answer = _in_thread(lambda: _raw_client(name, line))
    qtbot.waitUntil(lambda: bool(answer), timeout=5_000)
    assert answer[0] in (b"bad\n", b"closed")
    assert received == []


def test_a_10_mb_value_is_cut_off_at_the_limit(qtbot: QtBot, serve, tmp_path: Path) -> None:
    name = socket_name(tmp_path / "data")
    server, received = serve(name)
    huge = {"new_template": "reply_formal", "values": {"subject": "x" * 10_000_000}}
    answer = _in_thread(lambda: _raw_client(name, (json.dumps(huge) + "\n").encode()))
    qtbot.waitUntil(lambda: bool(answer), timeout=10_000)
    assert answer[0] in (b"bad\n", b"closed", b"")
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=5_000)
    assert received == []


def test_300_mb_without_a_newline_is_not_buffered(qtbot: QtBot, serve, tmp_path: Path) -> None:
    name = socket_name(tmp_path / "data")
    server, received = serve(name)
    sent: list[int] = []

    def flood() -> bytes:
        chunk = b"x" * (1 << 20)
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(20)
            client.connect(name)
            try:
                for _ in range(300):
                    client.sendall(chunk)
                    sent.append(len(chunk))
            except OSError:
                return b"closed"
        return b"all sent"

    answer = _in_thread(flood)
    qtbot.waitUntil(lambda: bool(answer), timeout=30_000)
    assert answer == [b"closed"], "the server hangs up long before 300 MB"
    assert sum(sent) < 32 * (1 << 20), "only what the kernel's buffers held went out"
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=5_000)
    assert received == []


def test_a_client_that_sends_no_full_line_is_dropped_after_the_timeout(
    qtbot: QtBot, serve, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop.services import single_instance

    monkeypatch.setattr(single_instance, "READ_TIMEOUT_MS", 300)
    name = socket_name(tmp_path / "data")
    server, received = serve(name)
    answer = _in_thread(lambda: _raw_client(name, b'{"new_template": '))
    qtbot.waitUntil(lambda: answer == [b"bad\n"], timeout=5_000)
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=5_000)
    assert received == []


def test_many_idle_clients_cannot_pile_up(qtbot: QtBot, serve, tmp_path: Path) -> None:
    from knigge_desktop.services.single_instance import MAX_CLIENTS

    name = socket_name(tmp_path / "data")
    server, _ = serve(name)
    idle = []
    for _ in range(MAX_CLIENTS * 3):
        client = socket.socket(socket.AF_UNIX)
        client.connect(name)
        idle.append(client)
    closed: set[int] = set()

    def count_closed() -> int:
        for number, client in enumerate(idle):
            client.setblocking(False)
            try:
                if client.recv(1) == b"":
                    closed.add(number)
            except BlockingIOError:
                pass
        return len(closed)

    try:
        qtbot.waitUntil(lambda: count_closed() >= len(idle) - MAX_CLIENTS, timeout=5_000)
        assert server.open_connections <= MAX_CLIENTS
    finally:
        for client in idle:
            client.close()


def test_folders_made_for_the_socket_are_private_the_data_dir_too(serve, tmp_path: Path) -> None:
    name = socket_name(tmp_path / "fresh" / "data")
    server, _ = serve(name)
    assert server.listening
    for folder in (tmp_path / "fresh" / "data", Path(name).parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_handed_over_values_that_fit_no_field_are_dropped_not_a_traceback(
    window_factory, caplog: pytest.LogCaptureFixture
) -> None:
    window = window_factory()
    window.handle_request(
        {
            "new_template": "reply_formal",
            "values": {"recipient_last_name": "Wagner", "subject": True, "nonexistent": "x"},
        }
    )
    assert window.composer.template.id == "reply_formal"
    assert window.composer.values["recipient_last_name"] == "Wagner"
    assert "nonexistent" not in window.composer.values
    assert window.composer.values["subject"] is not True
    assert "'nonexistent' dropped" in caplog.text and "'subject' dropped" in caplog.text


def test_a_data_folder_that_is_a_file_turns_the_guard_off_in_german(
    qtbot: QtBot, servers, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "eine-datei.txt"
    a_file.write_text("kein Ordner", encoding="utf-8")
    server = InstanceServer(socket_name(a_file))
    servers.append(server)
    assert not server.listening
    said = capsys.readouterr().err
    assert "nicht nutzbar (ein Teil des Pfads ist kein Ordner)." in said, said
    assert "Errno" not in said and "Not a directory" not in said, said
