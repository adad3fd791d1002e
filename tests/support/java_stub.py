"""Put an executable named `java` that runs fake_java.py into a folder."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

FAKE_JAVA = Path(__file__).resolve().parent / "fake_java.py"


def make_java(folder: Path, *, exec_: bool = True) -> Path:
    """exec_=False: a launcher script that runs the JVM as its child (as some wrappers do)."""
    folder.mkdir(parents=True, exist_ok=True)
    java = folder / "java"
    command = f'"{sys.executable}" "{FAKE_JAVA}" "$@"'
    # Without exec, and with a command after it, so no shell turns the last line into an exec.
    body = f"exec {command}\n" if exec_ else f'{command}\nstatus=$?\nexit "$status"\n'
    java.write_text(f"#!/bin/sh\n{body}", encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return java
