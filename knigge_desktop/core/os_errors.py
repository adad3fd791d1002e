"""Why a file operation failed, in words: never Python's "[Errno 2] No such file …: '/x'".

The command line, the template catalog and the drafts service all report failed reads and
writes; they word the reason here, once (a Message, so the window shows it translated)."""

from __future__ import annotations

import errno

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
}


def os_error_reason(exc: OSError) -> Message:
    """The reason of `exc` in German words; an unusual one by its number."""
    template = _REASONS.get(exc.errno or 0)
    if template is not None:
        return Message(template)
    return Message(QT_TRANSLATE_NOOP("core", "Systemfehler Nr. {number}"), number=exc.errno or 0)
