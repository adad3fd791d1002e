"""`read FIFO` and `new --reply-to FIFO` read a FIFO the same way: what a writer puts in,
with the same size limit, and one German line when nobody writes for a while (a plain
open of a FIFO without writer would wait for ever). `read <(cmd)` works as a shell user
expects."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from knigge_desktop import cli, cli_check

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")

MESSAGE = (
    "Guten Tag Herr Becker,\n\nhaben Sie nächste Woche Zeit für ein Gespräch?\n\nAnna Wagner\n"
)


def _write_later(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        time.sleep(0.2)  # the reader is waiting first, as with a slow command
        with fifo.open("wb") as pipe:
            pipe.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    return writer


def _sender_line(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("Absender:"))


def _launched(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> list[dict]:
    requests: list[dict] = []
    monkeypatch.setattr(
        cli, "_launch_window", lambda paths, **request: requests.append(request) or 0
    )
    assert cli.main(argv) == 0
    return requests


def test_read_and_reply_to_both_read_what_a_writer_puts_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "nachricht"
    os.mkfifo(fifo)
    writer = _write_later(fifo, MESSAGE.encode("utf-8"))
    assert cli.main(["read", str(fifo)]) == 0
    writer.join()
    assert "Anna Wagner" in _sender_line(capsys.readouterr().out)

    writer = _write_later(fifo, MESSAGE.encode("utf-8"))
    assert _launched(monkeypatch, ["new", "--reply-to", str(fifo)]) == [{"received": MESSAGE}]
    writer.join()


def test_a_fifo_nobody_writes_to_gives_the_same_line_for_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "stumm"
    os.mkfifo(fifo)
    monkeypatch.setattr(cli_check, "PIPE_TIMEOUT_SECONDS", 0.3)
    monkeypatch.setattr(cli, "_launch_window", lambda paths, **request: 0)
    lines = []
    for argv in (["read", str(fifo)], ["new", "--reply-to", str(fifo)]):
        assert cli.main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        lines.append(err)
    assert lines[0] == lines[1]
    assert "nach 0.3 Sekunden kam nichts mehr an" in lines[0] and str(fifo) in lines[0]


def test_a_fifo_beyond_the_limit_is_refused_by_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "riesig"
    os.mkfifo(fifo)
    monkeypatch.setattr(cli, "_launch_window", lambda paths, **request: 0)
    too_much = b"x" * (cli_check.MAX_CHECK_BYTES + 100_000)
    for argv in (["read", str(fifo)], ["new", "--reply-to", str(fifo)]):

        def write() -> None:
            try:
                with fifo.open("wb") as pipe:
                    pipe.write(too_much)
            except BrokenPipeError:  # the reader stopped at the limit, as it should
                pass

        writer = threading.Thread(target=write)
        writer.start()
        assert cli.main(argv) == 2, argv
        writer.join()
        assert "größer als 5 MB" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs bash for <(…)")
def test_read_of_a_process_substitution_works_in_a_shell(tmp_path: Path) -> None:
    message = tmp_path / "nachricht.txt"
    message.write_text(MESSAGE, encoding="utf-8")
    command = f'"{sys.executable}" -m knigge_desktop read <(cat "{message}")'
    result = subprocess.run(
        ["/bin/bash", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "Anna Wagner" in _sender_line(result.stdout)


@pytest.mark.parametrize(
    "encoded",
    [
        MESSAGE.encode("utf-16"),  # Windows Notepad: a byte order mark
        MESSAGE.encode("utf-16-le"),  # PowerShell's redirect: none
        MESSAGE.encode("utf-8-sig"),
    ],
)
def test_reply_to_reads_a_file_in_the_encodings_read_knows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, encoded: bytes
) -> None:
    message = tmp_path / "nachricht.txt"
    message.write_bytes(encoded)
    assert _launched(monkeypatch, ["new", "--reply-to", str(message)]) == [{"received": MESSAGE}]


def test_reply_to_reads_windows_1252_with_the_warning_read_gives(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = tmp_path / "alt.txt"
    message.write_bytes("Grüße aus Köln\n\nAnna Wagner\n".encode("cp1252"))
    assert _launched(monkeypatch, ["new", "--reply-to", str(message)]) == [
        {"received": "Grüße aus Köln\n\nAnna Wagner\n"}
    ]
    assert "als Windows-1252 gelesen" in capsys.readouterr().err
