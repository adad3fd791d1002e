"""A damaged drafts database: moved aside, whatever rows can still be read carried over.

The old file is never deleted or changed; the user is told where it is.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from knigge_desktop.core.drafts import Draft, DraftStore, DraftStoreError
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

_COLUMNS = "title, renamed, kind, template, fields, text, text_edited, created, updated"


def open_or_recover(path: Path) -> tuple[DraftStore, str | None]:
    """The store, and a German message if a damaged file had to be set aside."""
    try:
        return DraftStore.open(path), None
    except DraftStoreError as exc:
        if not exc.corrupt:
            raise
    backup = path.with_name(f"{path.name}.defekt-{datetime.now():%Y%m%d-%H%M%S}")
    path.replace(backup)
    for suffix in ("-wal", "-shm"):  # the journal belongs to the old file
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            journal.replace(backup.with_name(backup.name + suffix))
    store = DraftStore.open(path)
    rescued = salvage(backup, store)
    message = Message(
        QT_TRANSLATE_NOOP(
            "core",
            "Die Entwurfsdatenbank war beschädigt. Die alte Datei liegt unverändert unter "
            "{backup}. {rescued} Entwürfe ließen sich noch lesen und sind übernommen.",
        ),
        backup=backup,
        rescued=rescued,
    )
    return store, message


def salvage(damaged: Path, store: DraftStore) -> int:
    """Copy every draft that can still be read; returns how many."""
    rows: list[tuple[object, ...]] = []
    try:
        source = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    with closing(source):
        try:
            rows = source.execute(f"SELECT {_COLUMNS} FROM drafts WHERE deleted IS NULL").fetchall()
        except sqlite3.DatabaseError:
            rows = _row_by_row(source)
    for row in rows:
        title, renamed, kind, template, fields, text, edited, created, _updated = row
        try:
            values = json.loads(str(fields))
        except (json.JSONDecodeError, TypeError):
            values = {}
        draft = Draft(
            template=str(template), kind=str(kind), text=str(text), title=str(title),
            renamed=bool(renamed), text_edited=bool(edited), created=str(created),
            fields=values if isinstance(values, dict) else {},
        )  # fmt: skip
        store.save(draft)
    return len(rows)


def _row_by_row(source: sqlite3.Connection) -> list[tuple[object, ...]]:
    """When a full read fails, try each row on its own: damaged pages cost only their rows."""
    try:
        highest = source.execute("SELECT max(rowid) FROM drafts").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        highest = 100_000
    rows = []
    for rowid in range(1, highest + 1):
        try:
            row = source.execute(
                f"SELECT {_COLUMNS} FROM drafts WHERE rowid=? AND deleted IS NULL", (rowid,)
            ).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            rows.append(row)
    return rows
