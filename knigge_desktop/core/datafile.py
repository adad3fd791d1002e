"""Reading the app's TOML data files (templates, rules) with errors that name file and line.

Every file is read with limits: only regular files (a FIFO named ``x.toml`` would block the
start for ever), at most MAX_BYTES, and TOML nested at most MAX_DEPTH deep (tomllib recurses
once per level and would die with RecursionError long before a person writes such a file).
"""

from __future__ import annotations

import json
import os
import re
import stat
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.os_errors import os_error_reason
from knigge_desktop.core.shown_chars import BIDI_CONTROLS, LINE_SEPARATORS

MAX_BYTES = 512 * 1024  # the largest shipped template is 3 KB, the rule files 40 KB
MAX_DEPTH = 32  # tables and lists inside each other; the app's files use 3
MAX_IMPORT_BYTES = 256 * 1024 * 1024  # drafts to import: 10,000 long ones are about 50 MB


class FileError(NamedTuple):
    """A data file that could not be used, and where it went wrong."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}, Zeile {self.line}: {self.message}"


class Invalid(Exception):
    """Raised while reading one file; the loader turns it into a FileError and moves on."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; Invalid with a German message when it is no regular file, too
    large or unreadable. Opened without blocking, so a FIFO is refused, not waited for."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _unreadable(exc) from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Datei nicht lesbar: keine gewöhnliche Datei (Ordner, FIFO, Gerät)."
                    )
                ),
                1,
            )
        if info.st_size > max_bytes:
            raise too_large(max_bytes)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(exc) from exc
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:  # grew while we looked
        raise too_large(max_bytes)
    return data


def too_large(max_bytes: int) -> Invalid:
    return Invalid(
        Message(
            QT_TRANSLATE_NOOP("core", "Die Datei ist zu groß (mehr als {size} KB)."),
            size=max_bytes // 1024,
        ),
        1,
    )


def _unreadable(exc: OSError) -> Invalid:
    return Invalid(
        Message(
            QT_TRANSLATE_NOOP("core", "Datei nicht lesbar: {strerror}"),
            strerror=os_error_reason(exc),
        ),
        1,
    )


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The file's text; Invalid with a German message when it is unreadable or not UTF-8."""
    data = read_bytes(path, max_bytes)
    try:
        # A mark at the start (Windows editors write one) and old Mac line ends (CR alone)
        # are how the file was saved, not what it says: tomllib refuses both.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Die Datei ist nicht UTF-8-kodiert.")), 1
        ) from exc
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """The parsed file and its text; Invalid with a German message and the line otherwise."""
    text = read_text(path)
    return parse_toml(text), text


def _too_deep(line: int) -> Invalid:
    return Invalid(
        Message(
            QT_TRANSLATE_NOOP("core", "Zu tief verschachtelt (mehr als {depth} Ebenen)."),
            depth=MAX_DEPTH,
        ),
        line,
    )


_BRACKET = re.compile(r"[\[\]{}]")


def _check_depth(text: str) -> None:
    """Refuse brackets nested deeper than MAX_DEPTH before tomllib sees them. Brackets inside
    strings count too: cheap, and harmless, since real text never opens 32 without closing."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return  # cannot nest deeper: the usual file, without a walk through every character
    depth = 0
    for match in _BRACKET.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(text.count("\n", 0, match.start()) + 1)
        else:
            depth = max(depth - 1, 0)


def parse_toml(text: str) -> dict[str, Any]:
    """The parsed text; Invalid with a German message and the line where it is broken."""
    if len(text) > MAX_BYTES:
        raise too_large(MAX_BYTES)
    _check_depth(text)
    import tomllib  # here: the window's start parses no TOML (templates and limits are kept)

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(str(exc), text) from exc
    except RecursionError:  # the scan above should make this unreachable; never a crash
        raise _too_deep(1) from None


# What tomllib says (English, with Python's repr of keys: "Cannot declare ('x',) twice"),
# in the words of the app; its message begins with one of these.
_TOML_PROBLEMS = {
    "Invalid value": QT_TRANSLATE_NOOP("core", "ein Wert fehlt oder ist keiner"),
    "Invalid statement": QT_TRANSLATE_NOOP("core", "die Zeile ist weder Angabe noch Tabelle"),
    "Expected '=' after a key": QT_TRANSLATE_NOOP("core", "nach dem Namen fehlt „=“"),
    "Expected newline or end of document": QT_TRANSLATE_NOOP(
        "core", "nach dem Wert steht noch etwas (zwei Angaben in einer Zeile?)"
    ),
    "Cannot overwrite a value": QT_TRANSLATE_NOOP("core", "eine Angabe steht doppelt"),
    "Cannot declare": QT_TRANSLATE_NOOP("core", "eine Tabelle steht doppelt"),
    "Cannot mutate": QT_TRANSLATE_NOOP("core", "eine Tabelle steht doppelt"),
    "Unclosed array": QT_TRANSLATE_NOOP("core", "eine Liste „[“ wird nicht geschlossen"),
    "Unclosed inline table": QT_TRANSLATE_NOOP("core", "eine Tabelle „{{“ wird nicht geschlossen"),
    "Unterminated string": QT_TRANSLATE_NOOP("core", 'ein Text wird nicht mit " geschlossen'),
    "Unescaped": QT_TRANSLATE_NOOP("core", "ein \\ im Text muss \\\\ geschrieben werden"),
    "Illegal character": QT_TRANSLATE_NOOP(
        "core",
        'ein Zeichen, das hier nicht stehen darf (ein Text über mehrere Zeilen steht in """…""")',
    ),
    "Invalid initial character for a key": QT_TRANSLATE_NOOP(
        "core", "ein Name beginnt mit einem Zeichen, das nicht geht"
    ),
}
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_error(error: str, text: str) -> Invalid:
    what = next(
        (
            Message(german)
            for english, german in _TOML_PROBLEMS.items()
            if error.startswith(english)
        ),
        Message(QT_TRANSLATE_NOOP("core", "ein Schreibfehler")),
    )
    where = _TOML_WHERE.search(error)
    if where is None:  # "(at end of document)": something opened is never closed
        line = max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)
        return Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Kein gültiges TOML am Ende der Datei: {what}."),
                what=what,
            ),
            line,
        )
    line, column = int(where.group(1)), int(where.group(2))
    return Invalid(
        Message(
            QT_TRANSLATE_NOOP("core", "Kein gültiges TOML in Spalte {column}: {what}."),
            column=column,
            what=what,
        ),
        line,
    )


# Controls, and the characters that would turn the rest of a message around or break it.
@cache
def _unprintable() -> re.Pattern[str]:
    # Compiled when a message first quotes a value, not on every start (~0.5 ms).
    return re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}{LINE_SEPARATORS}]")


def shown_value(value: str, limit: int = 40) -> str:
    """A text from a file as a message quotes it: no control characters, no bidi controls
    or line separators ("?" for each), not too long."""
    value = _unprintable().sub("?", value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def unknown_value(key: str, value: Any, allowed: str) -> Message:
    """ "„tone“: unbekannter Wert „förmlich“ (erlaubt: formal, informal)." for a file's
    value that is none of a closed set (the rule and template loaders)."""
    return Message(
        QT_TRANSLATE_NOOP("core", "„{key}“: unbekannter Wert „{value}“ (erlaubt: {allowed})."),
        key=key,
        value=shown_value(str(value)),
        allowed=allowed,
    )


def kind_of_value(value: Any) -> Message:
    """What a TOML or JSON value is, in words (never its Python repr)."""
    if isinstance(value, bool):
        return Message(QT_TRANSLATE_NOOP("core", "ein Ja/Nein-Wert"))
    if isinstance(value, int | float):
        return Message(QT_TRANSLATE_NOOP("core", "eine Zahl"))
    if isinstance(value, dict):
        return Message(QT_TRANSLATE_NOOP("core", "eine Tabelle"))
    if isinstance(value, list):
        return Message(QT_TRANSLATE_NOOP("core", "eine Liste"))
    if isinstance(value, str):
        return Message(QT_TRANSLATE_NOOP("core", "ein Text"))
    return Message(QT_TRANSLATE_NOOP("core", "ein Datum oder eine Uhrzeit"))


def _json_depth_ok(text: str, max_depth: int) -> bool:
    """Whether no array or object in the JSON text lies deeper than `max_depth`; strings
    skipped, so a "[" typed into a signature does not count."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > max_depth:
                return False
        elif char in "]}":
            depth -= 1
    return True


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, list):
        return any(_has_lone_surrogate(item) for item in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    return False


def parse_json(text: str, max_depth: int = 16, *, lone_surrogates: bool = False) -> Any:
    """JSON from a file the app reads (settings, a drafts export), with limits; Invalid with
    a German message otherwise. Refused: nesting deeper than `max_depth` (json recurses per
    level), numbers of more than 4,300 digits (Python refuses to convert them), and "\\ud800"
    escapes that are no character (every later write of the text would fail), unless the
    caller checks each item itself (`lone_surrogates`: a drafts import skips only the
    draft that has one)."""
    if not _json_depth_ok(text, max_depth):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Zu tief verschachtelt (mehr als {depth} Ebenen)."),
                depth=max_depth,
            ),
            1,
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Kein gültiges JSON (Zeile {line}, Spalte {column})."),
                line=exc.lineno,
                column=exc.colno,
            ),
            exc.lineno,
        ) from exc
    except (ValueError, RecursionError) as exc:  # a number too long to convert
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Eine Zahl in der Datei ist zu lang.")), 1
        ) from exc
    if not lone_surrogates and _has_lone_surrogate(data):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Die Datei enthält ungültige Zeichen (\\ud800…).")),
            1,
        )
    return data


def read_json(
    path: Path, max_bytes: int, max_depth: int = 16, *, lone_surrogates: bool = False
) -> Any:
    """The JSON in a file, read with limits; Invalid with a German message otherwise."""
    return json_of_bytes(read_bytes(path, max_bytes), max_depth, lone_surrogates=lone_surrogates)


def json_of_bytes(data: bytes, max_depth: int = 16, *, lone_surrogates: bool = False) -> Any:
    """The JSON in bytes already read within a limit (a file, or stdin): UTF-8 only, with
    or without the mark Windows editors put first."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Die Datei ist nicht UTF-8-kodiert.")), 1
        ) from exc
    return parse_json(text, max_depth, lone_surrogates=lone_surrogates)
