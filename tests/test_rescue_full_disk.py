"""The last resort on a full disk: no empty file that looks like a rescue is left, and
the text goes to the standard error (an attacker found a 0-byte rescue file)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from knigge_desktop.services import rescue

TEXT = "Sehr geehrte Frau Wagner,\n\nmein ungespeicherter Text.\n\nViele Grüße\nJonas"


def test_a_write_that_fails_leaves_no_file_and_prints_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rescue.os, "fsync", full)  # where a full disk says so
    assert rescue.rescue_text(TEXT, tmp_path) is None
    assert list(tmp_path.iterdir()) == [], "no empty file that looks like a rescue"
    err = capsys.readouterr().err
    assert "kein Platz mehr auf dem Datenträger" in err and TEXT in err


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_on_a_really_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import contextlib
    import subprocess

    disk = tmp_path / "voll"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)]).returncode:
        pytest.skip("no tmpfs here")
    try:
        with contextlib.suppress(OSError), (disk / "füller").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
        big = TEXT * 200  # more than the last blocks hold
        assert rescue.rescue_text(big, disk) is None
        assert [p.name for p in disk.iterdir()] == ["füller"]
        assert big in capsys.readouterr().err
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
