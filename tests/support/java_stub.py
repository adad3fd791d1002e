"""Put an executable named `java` that runs fake_java.py into a folder."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

FAKE_JAVA = Path(__file__).resolve().parent / "fake_java.py"


def make_java(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    java = folder / "java"
    java.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_JAVA}" "$@"\n', encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return java
