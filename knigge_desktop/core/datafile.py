"""Reading the app's TOML data files (templates, rules) with errors that name file and line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message


class FileError(NamedTuple):
    """A data file that could not be used, and where it went wrong."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Invalid(Exception):
    """Raised while reading one file; the loader turns it into a FileError and moves on."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_text(path: Path) -> str:
    """The file's text; Invalid with a German message when it is unreadable or not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Die Datei ist nicht UTF-8-kodiert.")), 1
        ) from exc
    except OSError as exc:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Datei nicht lesbar: {strerror}"), strerror=exc.strerror
            ),
            1,
        ) from exc


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """The parsed file and its text; Invalid with a German message and the line otherwise."""
    text = read_text(path)
    return parse_toml(text), text


def parse_toml(text: str) -> dict[str, Any]:
    """The parsed text; Invalid with a German message and the line where it is broken."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Kein gültiges TOML ({error})"), error=exc),
            int(match.group(1)) if match else 1,
        ) from exc
