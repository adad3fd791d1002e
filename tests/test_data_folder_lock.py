"""One app per data folder, held by a lock on the folder itself (core/folder_lock.py), with
real processes: two starts at once, and a start that looks for another socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop.core.folder_lock import FolderLock


def _start(data_dir: Path, runtime_dir: Path) -> subprocess.Popen[str]:
    runtime_dir.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _held(folder: Path) -> bool:
    lock = FolderLock.acquire(folder)
    if lock is None:
        return True
    lock.release()
    return False


def test_the_lock_is_exclusive_and_goes_with_its_holder(tmp_path: Path) -> None:
    first = FolderLock.acquire(tmp_path)
    assert first is not None and FolderLock.acquire(tmp_path) is None
    first.release()
    second = FolderLock.acquire(tmp_path)
    assert second is not None
    second.release()


def test_a_start_with_another_runtime_dir_does_not_open_the_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    first = _start(data_dir, tmp_path / "run-a")
    try:
        qtbot.waitUntil(lambda: _held(data_dir) or first.poll() is not None, timeout=20000)
        assert first.poll() is None, first.communicate()
        # The first window does not answer a hand-over (its socket is gone): the second
        # start must still not open the folder.
        socket = data_dir / "run" / "instance.sock"
        qtbot.waitUntil(socket.exists, timeout=20000)  # made after the first paint
        socket.unlink()
        second = _start(data_dir, tmp_path / "run-b")
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert "anderes Fenster hat den Datenordner" in err and "Traceback" not in err
        assert first.poll() is None, "the first window goes on"
    finally:
        first.kill()
        first.communicate(timeout=10)
    assert not _held(data_dir), "the lock went with the killed process"


def test_two_starts_at_once_give_one_window(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    starts = [_start(data_dir, tmp_path / "run"), _start(data_dir, tmp_path / "run")]
    try:
        qtbot.waitUntil(lambda: any(s.poll() is not None for s in starts), timeout=60000)
        [ended] = [s for s in starts if s.poll() is not None]
        [running] = [s for s in starts if s.poll() is None]
        _out, err = ended.communicate(timeout=10)
        assert ended.returncode == 0 and "läuft schon" in err, err
        assert _held(data_dir) and running.poll() is None
    finally:
        for start in starts:
            start.kill()
            start.communicate(timeout=10)


def test_a_read_only_folder_with_a_lock_file_still_keeps_a_second_window_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    first = FolderLock.acquire(tmp_path)  # the app ran here before: the lock file exists
    assert first is not None
    first.release()
    real_open = os.open

    def read_only(path, flags, *args):
        if flags & (os.O_RDWR | os.O_WRONLY | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    held = FolderLock.acquire(tmp_path)
    assert held is not None and FolderLock.acquire(tmp_path) is None, "one window, even here"
    held.release()
