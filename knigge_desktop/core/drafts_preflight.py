"""Look at a drafts database before anything writes to it.

Opening a database read-write can already change it: SQLite replays a ``-wal`` file into the
database at the next checkpoint, whichever database that journal came from. A journal from
another database looks healthy to ``quick_check`` (it carries that database's own pages),
the schema would then be created inside the foreign pages and the checkpoint would
overwrite every draft. So the file is judged through a read-only connection first, and a
damaged or foreign one is reported before a single byte is written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

_WAL_MAGIC = (0x377F0682, 0x377F0683)


class DamagedFile(Exception):
    """The database is damaged; the message (German) says how."""

    foreign_journal = False  # the -wal belongs to another database: read the file without it


class ForeignJournal(DamagedFile):
    foreign_journal = True


class MissingTable(DamagedFile):
    """The drafts table is gone (renamed or dropped by a tool); no journal is to blame."""


def inspect(path: Path) -> None:
    """Raise DamagedFile if ``path`` is damaged or its journal is foreign; never writes to
    the database or its journal. A file that cannot be read at all is left to the caller."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return  # missing or unreadable: opening it says why
    if not header:
        return  # a new, empty file
    page_size = _page_size(header)
    # The schema version as the file alone has it (0 when not an SQLite file).
    # Signed, as PRAGMA user_version reads it: a version set to -1 is stored as 0xFFFFFFFF.
    stored_version = (
        int.from_bytes(header[60:64], "big", signed=True) if page_size and len(header) >= 64 else 0
    )
    wal = path.with_name(path.name + "-wal")
    _check_journal_header(wal, page_size)
    # Without a journal nobody has the file open (SQLite keeps the -wal while connected):
    # "immutable" then reads it without creating a journal or taking a lock. A rollback
    # journal left by a crash must be rolled back first, by the real open, not ignored.
    journals = (wal, path.with_name(path.name + "-journal"))
    mode = "mode=ro" if any(j.exists() for j in journals) else "immutable=1"
    try:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error:
        return
    try:
        # First whether the journal fits, then whether the pages are sound: a foreign journal
        # often also fails the check, and then the file must be read without it.
        version = reader.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in reader.execute("SELECT name FROM sqlite_master")}
        # The journal only ever adds to the file: with it, the database cannot be older
        # than the file alone, nor lose its drafts table.
        if stored_version and wal.exists() and (version < stored_version or "drafts" not in tables):
            raise ForeignJournal(_foreign(wal))
        if stored_version and "drafts" not in tables:
            # No journal to blame: the table was renamed or dropped (by hand, a tool).
            raise MissingTable(_no_drafts_table(path))
        verdict = reader.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise DamagedFile(_damaged(path, verdict))
    except sqlite3.DatabaseError as exc:
        if type(exc) is not sqlite3.DatabaseError:
            return  # locked, unreadable, ...: no sign of damage; opening it says more
        if stored_version and wal.exists():
            raise ForeignJournal(_foreign(wal)) from exc  # a sound file, unreadable with it
        raise DamagedFile(_damaged(path, exc)) from exc
    finally:
        reader.close()


def _page_size(header: bytes) -> int | None:
    if len(header) < 18 or not header.startswith(b"SQLite format 3\x00"):
        return None  # SQLite's own check names the problem
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _check_journal_header(wal: Path, page_size: int | None) -> None:
    try:
        with wal.open("rb") as file:
            header = file.read(32)
    except OSError:
        return  # no journal
    if len(header) < 32 or page_size is None:
        return  # SQLite ignores a journal without a complete header
    magic = int.from_bytes(header[0:4], "big")
    if magic in _WAL_MAGIC and int.from_bytes(header[8:12], "big") != page_size:
        raise ForeignJournal(_foreign(wal))


def _damaged(path: Path, error: object) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("core", "Die Entwurfsdatenbank {path} ist beschädigt ({error})."),
        path=path,
        error=error,
    )


def _foreign(path: Path) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "core",
            "Neben der Entwurfsdatenbank liegt ein Journal ({path}), das zu einer anderen "
            "Datenbank gehört.",
        ),
        path=path,
    )


def _no_drafts_table(path: Path) -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "core",
            "In der Entwurfsdatenbank {path} fehlt die Tabelle „drafts“ (umbenannt oder gelöscht).",
        ),
        path=path,
    )
