"""A damaged drafts database: moved aside, whatever rows can still be read carried over.

The old file is never deleted or changed: every attempt to read it works on a copy. The
rows come from SQLite itself when it can still read the table, else from SQLite's own
recovery (the sqlite3 shell's ``.recover``, when installed), else from the file's pages
read one by one (core/sqlite_pages.py). A folder the damaged file cannot be moved out of
(read-only) keeps it where it is; the drafts that can be read are then kept in memory.
"""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

from knigge_desktop.core.drafts import (
    CorruptDatabase,
    Draft,
    DraftStore,
    DraftStoreError,
    kind_of,
    platform_of,
)
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.os_errors import no_room, os_error_reason
from knigge_desktop.core.sqlite_pages import table_rows

RECOVER_TIMEOUT_S = 120
MAX_RESCUE_BYTES = 1 << 30  # pages beyond the first GiB of a damaged file are not read
_JOURNALS = ("-wal", "-shm", "-journal")


def open_or_recover(path: Path) -> tuple[DraftStore, str | None]:
    """The store, and a German message if a damaged file had to be set aside."""
    try:
        return DraftStore.open(path), None
    except DraftStoreError as exc:
        if not exc.corrupt:
            raise
        damaged = exc
    backup = path.with_name(f"{path.name}.defekt-{datetime.now():%Y%m%d-%H%M%S}")
    try:
        if no_room(path.parent):
            # A new database could not be written: set aside, the damaged file would leave
            # an empty one in its place, and every draft out of sight at the next start.
            raise OSError(errno.ENOSPC, "no room for a new database")
        path.replace(backup)
    except OSError as exc:  # a read-only folder: the file stays, the drafts live in memory
        store = DraftStore.in_memory()
        rescued = salvage(path, store)
        message = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Die Entwurfsdatenbank {path} ist beschädigt und lässt sich nicht beiseitelegen "
                "({error}); sie bleibt unverändert. Lesbare Entwürfe: {rescued}. Bis "
                "zum nächsten Start werden Entwürfe nur im Arbeitsspeicher gehalten; sichern "
                "Sie fertige Texte als Datei.",
            ),
            path=path,
            error=os_error_reason(exc),
            rescued=rescued,
        )
        return store, message
    for suffix in _JOURNALS:  # the journal belongs to the old file
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            journal.replace(backup.with_name(backup.name + suffix))
    store = DraftStore.open(path)
    rescued = salvage(backup, store)
    template = QT_TRANSLATE_NOOP(
        "core",
        "Die Entwurfsdatenbank war beschädigt. Die alte Datei liegt unverändert unter "
        "{backup}. Noch lesbare Entwürfe, übernommen: {rescued}.",
    )
    if isinstance(damaged, CorruptDatabase) and damaged.foreign_journal:
        template = QT_TRANSLATE_NOOP(
            "core",
            "Neben der Entwurfsdatenbank lag ein Journal einer anderen Datenbank. Beide liegen "
            "unverändert unter {backup}. Lesbare Entwürfe, übernommen: {rescued}.",
        )
    if isinstance(damaged, CorruptDatabase) and damaged.missing_table:
        template = QT_TRANSLATE_NOOP(
            "core",
            "In der Entwurfsdatenbank fehlte die Tabelle „drafts“ (umbenannt oder gelöscht). "
            "Die alte Datei liegt unverändert unter {backup}. Lesbare Entwürfe, übernommen: "
            "{rescued}.",
        )
    return store, Message(template, backup=backup, rescued=rescued)


def salvage(damaged: Path, store: DraftStore) -> int:
    """Copy every draft that can still be read into ``store``; returns how many. Read with
    its journal and without (a foreign journal hides every draft), whichever gives more."""
    best: dict[int, list[object]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="knigge-rettung-") as folder:
            for with_journal in (True, False):
                copy = Path(folder) / ("mit" if with_journal else "ohne") / "drafts.sqlite3"
                copy.parent.mkdir()
                if not _copy(damaged, copy, with_journal):
                    continue
                found = _drafts_in(copy)
                if len(found) > len(best):
                    best = found
    except OSError:  # no room for a temporary folder (a full disk): no copy to read
        pass
    if not best:
        best = _newest_drafts(_read_in_place(damaged))
    for values in sorted(best.values(), key=lambda v: str(v[10])):  # oldest first
        store.save(_draft_of(values), updated=str(values[10]) or None)  # its own time, not now
    return len(best)


def _copy(damaged: Path, copy: Path, with_journal: bool) -> bool:
    try:
        with damaged.open("rb") as source, copy.open("wb") as target:
            target.write(source.read(MAX_RESCUE_BYTES))
        journal = damaged.with_name(damaged.name + "-wal")
        if with_journal:
            if not journal.exists():
                return False  # the same as without
            shutil.copyfile(journal, copy.with_name(copy.name + "-wal"))
    except OSError:
        return False
    return True


def _drafts_in(copy: Path) -> dict[int, list[object]]:
    """Rows of the drafts table by id, by the best means that works."""
    rows = _select(copy)
    if rows is None:
        rows = _recover_with_sqlite_shell(copy)
    if not rows:
        rows = _from_pages(copy)
    return _newest_drafts(rows)


def _read_in_place(path: Path) -> list[list[object]]:
    """The drafts table read from the file itself, when no copy can be made (a full disk):
    read-only, so the file is not changed; without its journal if that needs writing."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    for options in ("", "&immutable=1"):
        try:
            with closing(sqlite3.connect(uri + options, uri=True)) as source:
                return [list(row) for row in source.execute("SELECT * FROM drafts")]
        except (sqlite3.Error, OSError):
            continue
    return []


def _newest_drafts(rows: Iterable[list[object]]) -> dict[int, list[object]]:
    """The rows that are drafts, not deleted, by id; of several copies of one, the newest."""
    found: dict[int, list[object]] = {}
    for values in rows:
        if not _looks_like_a_draft(values) or values[11] is not None:  # deleted
            continue
        draft_id = values[0]
        assert isinstance(draft_id, int)
        known = found.get(draft_id)
        if known is None or str(values[10]) > str(known[10]):  # the newest copy wins
            found[draft_id] = values
    return found


def _select(copy: Path) -> list[list[object]] | None:
    try:
        with closing(sqlite3.connect(copy)) as source:
            return [list(row) for row in source.execute("SELECT * FROM drafts")]
    except sqlite3.Error:
        return None


def _recover_with_sqlite_shell(copy: Path) -> list[list[object]]:
    """SQLite's own recovery: ``sqlite3 damaged .recover | sqlite3 recovered``. Rows it
    cannot place in their table land in lost_and_found (rowid as ``id``, columns c0…)."""
    import subprocess  # only for a damaged database: not on every start (~5 ms)

    shell = shutil.which("sqlite3")
    if shell is None:
        return []
    recovered = copy.with_name("gerettet.sqlite3")
    try:
        with subprocess.Popen(
            [shell, str(copy), ".recover"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        ) as dump:
            subprocess.run(
                [shell, str(recovered)],
                stdin=dump.stdout,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=RECOVER_TIMEOUT_S,
                check=False,
            )
            dump.wait(timeout=RECOVER_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return []
    rows: list[list[object]] = []
    try:
        with closing(sqlite3.connect(recovered)) as source:
            tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master")}
            if "drafts" in tables:
                rows += [list(row) for row in source.execute("SELECT * FROM drafts")]
            if "lost_and_found" in tables:
                for row in source.execute("SELECT * FROM lost_and_found"):
                    rowid, values = row[3], list(row[4:])
                    if values and values[0] is None:
                        values[0] = rowid
                    rows.append(values)
    except sqlite3.Error:
        return rows
    return rows


def _from_pages(copy: Path) -> list[list[object]]:
    rows = []
    for rowid, values in table_rows(copy.read_bytes()):
        if values and values[0] is None:
            values[0] = rowid  # the id column is the rowid: stored as NULL
        rows.append(values)
    return rows


def _looks_like_a_draft(values: list[object]) -> bool:
    """A row of the drafts table in any schema version: id, title, renamed, recipient,
    kind, template, fields, text, text_edited, created, updated, deleted[, platform,
    ignored[, revision[, received]]]."""
    if len(values) not in (12, 14, 15, 16):
        return False
    text_columns = (1, 3, 4, 5, 6, 7, 9, 10)
    return (
        isinstance(values[0], int)
        and all(isinstance(values[i], str) for i in text_columns)
        and isinstance(values[2], int)
        and isinstance(values[8], int)
        and (values[11] is None or isinstance(values[11], str))
    )


def _draft_of(values: list[object]) -> Draft:
    title, renamed, _recipient, kind, template, fields, text, edited, created = values[1:10]
    extras: Iterable[object] = values[12:14] if len(values) >= 14 else ("", "[]")
    platform, ignored = extras
    return Draft(
        template=str(template), kind=kind_of(kind), text=str(text), title=str(title),
        renamed=bool(renamed), text_edited=bool(edited), created=str(created),
        fields={name: value for name, value in _json_or(fields, {}).items()
                if isinstance(name, str) and isinstance(value, str | bool)},
        platform=platform_of(platform),
        ignored=[k for k in _json_or(ignored, []) if isinstance(k, str)],
        received=str(values[15]) if len(values) == 16 else "",
    )  # fmt: skip


def _json_or(raw: object, fallback: dict[str, object] | list[object]) -> Any:  # of fallback's type
    try:
        value = json.loads(str(raw))
    except (json.JSONDecodeError, RecursionError):
        return fallback
    return value if isinstance(value, type(fallback)) else fallback
