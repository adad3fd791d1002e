"""A full disk: opening the drafts database writes (its journal, the bin's purge), so it
fails; the drafts must still be readable, in the window and on the command line, and the
user told the cause in words, not SQLite's "disk I/O error".

The stand-in tests fail the open as SQLite does on a full disk ("database or disk is full"
from a write at open) and report no free space; the last test fills a real 1 MiB tmpfs
where the machine lets it mount one (root), as an attacker found it."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop.core import os_errors
from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.core.paths import AppPaths

NO_ROOM = "kein Platz mehr auf dem Datenträger"


def _store_three(path: Path) -> None:
    store = DraftStore.open(path)
    for number in range(3):
        store.save(
            Draft(template="reply_formal", kind="reply", text=f"Text {number}", title=f"T{number}")
        )
    store.close()


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on: SQLite's answer to the first write at open, and no free bytes."""

    def full(_self: DraftStore) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(DraftStore, "purge_trash", full)
    usage = shutil.disk_usage("/")
    monkeypatch.setattr(os_errors.shutil, "disk_usage", lambda _path: usage._replace(free=0))


def test_the_window_shows_the_drafts_of_a_full_disk_and_says_why(
    qtbot: QtBot, window_factory, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.ensure()
    _store_three(paths.drafts_db)
    fill_the_disk(monkeypatch)
    window = window_factory()
    assert window.startup_problem is not None and NO_ROOM in window.startup_problem
    assert "disk I/O" not in window.startup_problem
    titles = [s.title for s in window.session.drafts.summaries()]
    assert sorted(titles) == ["T0", "T1", "T2"], "every draft still there to open and copy"
    assert not window.session.drafts.persistent, "the window says drafts are not stored"


def test_the_command_line_lists_and_shows_the_drafts_of_a_full_disk(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from knigge_desktop import cli

    paths.ensure()
    _store_three(paths.drafts_db)
    fill_the_disk(monkeypatch)
    before = paths.drafts_db.read_bytes()
    data = ["--data-dir", str(paths.data_dir)]
    assert cli.main([*data, "drafts", "list"]) == 0
    out, err = capsys.readouterr()
    assert all(title in out for title in ("T0", "T1", "T2"))
    assert NO_ROOM in err and "nur gelesen" in err
    assert cli.main([*data, "drafts", "show", "2"]) == 0
    assert "Text 1" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", open(os.devnull, encoding="utf-8"))  # noqa: SIM115
    assert cli.main([*data, "drafts", "import", "-"]) == 2
    assert NO_ROOM in capsys.readouterr().err, "an import needs the file: refused, said why"
    assert paths.drafts_db.read_bytes() == before, "the file is only read"


def no_temporary_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporary folders are on the full disk too (one partition): what tempfile
    raises then."""
    import errno
    import tempfile

    def none_usable(*_args: object, **_kwargs: object) -> None:
        raise FileNotFoundError(
            errno.ENOENT, "No usable temporary directory found in ['/tmp', '/var/tmp']"
        )

    monkeypatch.setattr(tempfile, "TemporaryDirectory", none_usable)


def test_the_window_opens_with_its_drafts_when_no_temporary_folder_is_left(
    qtbot: QtBot, window_factory, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts cannot be copied aside to be read: they are read in place, read-only."""
    paths.ensure()
    _store_three(paths.drafts_db)
    before = paths.drafts_db.read_bytes()
    fill_the_disk(monkeypatch)
    no_temporary_folder(monkeypatch)
    window = window_factory()
    assert window.startup_problem is not None and NO_ROOM in window.startup_problem
    assert sorted(s.title for s in window.session.drafts.summaries()) == ["T0", "T1", "T2"]
    assert paths.drafts_db.read_bytes() == before, "read, never written"


def test_a_first_start_on_a_full_disk_opens_the_window(
    qtbot: QtBot, window_factory, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite leaves an empty database file behind when it cannot write the first page."""
    paths.ensure()
    paths.drafts_db.touch()
    fill_the_disk(monkeypatch)
    no_temporary_folder(monkeypatch)
    window = window_factory()
    assert window.startup_problem is not None and NO_ROOM in window.startup_problem
    assert window.session.drafts.summaries() == []
    assert window.composer is not None, "a draft to write in, kept in memory"


@contextlib.contextmanager
def _tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / f"klein-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("no tmpfs can be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="needs root")
def test_a_really_full_disk(tmp_path: Path) -> None:
    with _tiny_tmpfs(tmp_path) as disk:
        data = disk / "data"
        data.mkdir()
        _store_three(data / "drafts.sqlite3")
        with contextlib.suppress(OSError), (disk / "füller").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
        env = {**os.environ, "TMPDIR": str(disk), "PYTHONIOENCODING": "utf-8"}
        listed = subprocess.run(
            [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data), "drafts", "list"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert listed.returncode == 0, listed.stderr
        assert all(title in listed.stdout for title in ("T0", "T1", "T2"))
        assert NO_ROOM in listed.stderr
