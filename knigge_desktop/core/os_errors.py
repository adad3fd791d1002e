"""Why a file operation failed, in words: never Python's "[Errno 2] No such file …: '/x'".

The command line, the template catalog and the drafts service all report failed reads and
writes; they word the reason here, once (a Message, so the window shows it translated)."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "kein Platz mehr auf dem Datenträger"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("core", "kein Platz mehr auf dem Datenträger"),
    errno.EIO: QT_TRANSLATE_NOOP("core", "Ein-/Ausgabefehler"),
    errno.EACCES: QT_TRANSLATE_NOOP("core", "keine Berechtigung"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "keine Berechtigung"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "nur lesbares Dateisystem"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "Datei oder Ordner nicht gefunden"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core", "ein Teil des Pfads ist kein Ordner"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "das ist ein Ordner"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("core", "der Name ist zu lang"),
    errno.EXDEV: QT_TRANSLATE_NOOP("core", "liegt auf einem anderen Datenträger"),
    # mkdir of a folder where a file of that name stands (--data-dir pointing at a file)
    errno.EEXIST: QT_TRANSLATE_NOOP("core", "dort liegt schon eine Datei dieses Namens"),
}


def os_error_reason(exc: OSError) -> Message:
    """The reason of `exc` in German words; an unusual one by its number."""
    template = _REASONS.get(exc.errno or 0)
    if template is not None:
        return Message(template)
    return Message(QT_TRANSLATE_NOOP("core", "Systemfehler Nr. {number}"), number=exc.errno or 0)


NO_ROOM_BYTES = 256 * 1024  # less than this free: SQLite cannot write its journal pages


def no_room(folder: Path) -> bool:
    """Whether the disk holding `folder` is (all but) full. SQLite says "disk I/O error" or
    "database or disk is full" for it; the user is better told the cause."""
    try:
        return shutil.disk_usage(folder).free < NO_ROOM_BYTES
    except OSError:
        return False


SQLITE_FULL = 13  # sqlite3.SQLITE_FULL: "database or disk is full"


def sqlite_reason(exc: Exception, folder: Path | None) -> object:
    """What to say of SQLite's `exc` for a database in `folder` (None: in memory): a full
    disk in words, any other error as SQLite says it."""
    full = getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL
    if full or (folder is not None and no_room(folder)):
        return Message(_REASONS[errno.ENOSPC])
    return exc
