"""What the command line says of files and arguments it cannot use, run as a real process:
German reasons (core/os_errors.py), never Python's "[Errno 17] …", English strerror or
surrogate escapes; and characters that would turn the terminal's text around shown escaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = ("Errno", "File exists", "Input/output", "No such", "Not a directory")


def run(
    *args: str | bytes, data_dir: Path | None = None, stdin: bytes = b""
) -> tuple[int, str, str]:
    prefix: list[str | bytes] = ["--data-dir", str(data_dir)] if data_dir else []
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", *prefix, *args],
        capture_output=True,
        input=stdin,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"},
    )
    return (
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def test_a_data_folder_that_is_a_file_is_named_in_german(tmp_path: Path) -> None:
    a_file = tmp_path / "eine-datei.txt"
    a_file.write_text("kein Ordner", encoding="utf-8")
    code, _, err = run("drafts", "list", data_dir=a_file)
    assert code == 2
    assert "lässt sich nicht öffnen (dort liegt schon eine Datei dieses Namens)." in err, err
    assert not any(english in err for english in ENGLISH), err


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux's /proc")
@pytest.mark.parametrize("command", [["check", "--no-grammar"], ["read"], ["drafts", "import"]])
def test_a_file_that_fails_to_read_says_why_in_german(tmp_path: Path, command: list[str]) -> None:
    code, _, err = run(*command, "/proc/self/mem", data_dir=tmp_path / "daten")
    assert code == 2
    assert (
        err.strip() == "knigge-desktop: /proc/self/mem lässt sich nicht lesen: Ein-/Ausgabefehler"
    )
