"""Drafts kept locally in SQLite, so nothing typed is ever lost.

WAL mode keeps each save cheap and a crash harmless. Deleting only marks a draft as deleted,
so a delete can be undone; the draft list and the command line never show deleted drafts.
"""

from __future__ import annotations

import builtins  # DraftStore.list shadows list in the class body's annotations
import json
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from knigge_desktop.core import drafts_preflight
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.os_errors import os_error_reason, sqlite_reason
from knigge_desktop.core.templates.render import (
    RECIPIENT_FIRST_NAME,
    RECIPIENT_LAST_NAME,
    FieldValue,
)
from knigge_desktop.core.vocabulary import Kind, Platform

if TYPE_CHECKING:
    from knigge_desktop.core.drafts_import import ImportReport

SCHEMA_VERSION = 6
VERSION_GAP_SECONDS = 120  # saves closer together than this update one version
MAX_VERSIONS = 50  # per draft; the oldest go first
SEARCH_LIMIT = 200  # best matches shown; ranking all of 10,000 hits costs twice as much
TRASH_DAYS = 30
# The message a draft answers (ui/reply_dialog.py): kept with it, up to this many characters
# (far more than any message; a pasted 1 MB thread keeps its beginning, and says so).
MAX_RECEIVED_CHARS = 100_000
# One message, as the editor takes it: a paste beyond is refused (the clipboard keeps it).
# A million characters still edits without a stall; five stalled every keystroke for
# seconds. No message to a stranger comes near it.
MAX_MESSAGE_CHARS = 1_000_000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    renamed INTEGER NOT NULL DEFAULT 0,
    recipient TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL DEFAULT '',
    text_edited INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    deleted TEXT,
    platform TEXT NOT NULL DEFAULT '',
    ignored TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS drafts_by_updated ON drafts (deleted, updated DESC);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_COLUMNS = (
    "id, title, renamed, recipient, kind, template, fields, text, text_edited, created, updated,"
    " platform, ignored, revision, received"
)
_EXPECTED_COLUMNS = {name.strip() for name in _COLUMNS.split(",")} | {"deleted"}
# What each older schema lacks; applied in order when an older database is opened. Every
# step may meet a schema that already has it (a copy whose user_version was lowered, by a
# tool or a restored backup): tables, indexes and triggers are created only if missing,
# and a column is added only if missing (_add_missing_column; SQLite has no ADD COLUMN IF
# NOT EXISTS).
_MIGRATIONS = {
    2: """
    ALTER TABLE drafts ADD COLUMN platform TEXT NOT NULL DEFAULT '';
    ALTER TABLE drafts ADD COLUMN ignored TEXT NOT NULL DEFAULT '[]';
    """,
    # Full-text search: an index over the drafts table, kept current by triggers.
    3: """
    CREATE VIRTUAL TABLE IF NOT EXISTS drafts_fts USING fts5(
        title, recipient, text, content='drafts', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER IF NOT EXISTS drafts_fts_insert AFTER INSERT ON drafts BEGIN
        INSERT INTO drafts_fts(rowid, title, recipient, text)
        VALUES (new.id, new.title, new.recipient, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS drafts_fts_delete AFTER DELETE ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, recipient, text)
        VALUES ('delete', old.id, old.title, old.recipient, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS drafts_fts_update
    AFTER UPDATE OF title, recipient, text ON drafts BEGIN
        INSERT INTO drafts_fts(drafts_fts, rowid, title, recipient, text)
        VALUES ('delete', old.id, old.title, old.recipient, old.text);
        INSERT INTO drafts_fts(rowid, title, recipient, text)
        VALUES (new.id, new.title, new.recipient, new.text);
    END;
    INSERT INTO drafts_fts(drafts_fts) VALUES ('rebuild');
    """,
    # History: earlier versions of each draft, coalesced (see save()).
    4: """
    CREATE TABLE IF NOT EXISTS versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL,
        fields TEXT NOT NULL,
        text TEXT NOT NULL,
        started TEXT NOT NULL,
        saved TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS versions_by_draft ON versions (draft_id, saved DESC);
    """,
    # A revision number, so a save never silently overwrites what another process wrote;
    # and search by trigrams, so "lager" finds "Kleinteilelager". The index holds a folded
    # copy (no accents, casefolded: SQLite before 3.45 cannot fold for trigrams), filled by
    # save() and rename() rather than triggers, because the folding is Python's.
    5: """
    ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER IF EXISTS drafts_fts_insert;
    DROP TRIGGER IF EXISTS drafts_fts_delete;
    DROP TRIGGER IF EXISTS drafts_fts_update;
    DROP TABLE IF EXISTS drafts_fts;
    CREATE VIRTUAL TABLE IF NOT EXISTS drafts_search USING fts5(body, tokenize='trigram');
    """,
    # The received message a draft replies to ("" for a draft that answers nothing).
    6: """
    ALTER TABLE drafts ADD COLUMN received TEXT NOT NULL DEFAULT '';
    """,
}
_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)
_SEARCH_INDEX = "CREATE VIRTUAL TABLE drafts_search USING fts5(body, tokenize='trigram')"
TRIGRAM = 3  # shorter search words cannot use the trigram index: they fall back to LIKE


# What a damaged FTS5 index raises: mostly DatabaseError, but a garbled segment can make
# SQLite report SQLITE_NOMEM, which Python raises as MemoryError (about 1 in 60 random
# blocks); either way the drafts table is the truth and the index is rebuilt from it.
INDEX_DAMAGE = (sqlite3.DatabaseError, MemoryError)


WAL_SWITCH_WAIT_S = 5.0


def _use_wal(connection: sqlite3.Connection) -> None:
    """WAL mode, once per file (it stays). Switching needs the file to itself, and SQLite
    answers "database is locked" at once, without its busy wait, while another process
    opens it: two first starts at the same moment. The switch is tried again, briefly."""
    deadline = time.monotonic() + WAL_SWITCH_WAIT_S
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class DraftStoreError(Exception):
    """The database cannot be opened or written; the message is for the user, in German."""

    corrupt = False  # the file is damaged (not merely unreachable): recovery may help


class CorruptDatabase(DraftStoreError):
    corrupt = True
    foreign_journal = False  # the -wal file belongs to another database
    missing_table = False  # the drafts table was renamed or dropped


class NewerDatabase(DraftStoreError):
    """Written by a newer version of the app: left alone, never "repaired"."""


class DraftConflict(DraftStoreError):
    """The draft was changed elsewhere since this copy was read: nothing was overwritten."""


def now() -> str:
    # Microseconds keep "newest first" exact even for saves within one second.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def recipient_of(fields: dict[str, FieldValue]) -> str:
    parts = [fields.get(RECIPIENT_FIRST_NAME, ""), fields.get(RECIPIENT_LAST_NAME, "")]
    return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


@dataclass
class Draft:
    template: str
    # None: no kind, or one this version does not know (a database of a newer version,
    # stored as ""); the draft keeps its text, and its template decides when it is opened.
    # An import refuses a kind it does not know (core/drafts_import.py).
    kind: Kind | None
    fields: dict[str, FieldValue] = field(default_factory=dict)
    text: str = ""
    text_edited: bool = False  # edited by hand: the form must not overwrite the text
    platform: Platform | None = None  # None: not chosen (stored as "")
    ignored: list[str] = field(default_factory=list)  # Finding.ignore_key values
    title: str = ""
    renamed: bool = False  # the user chose the title; otherwise it follows the recipient
    id: int | None = None
    created: str = ""
    updated: str = ""
    revision: int = 0  # counts saves; a save must start from the stored revision
    received: str = ""  # the message this draft answers, as pasted (MAX_RECEIVED_CHARS)
    # A column held bytes that are no UTF-8 (edited outside the app): shown with U+FFFD.
    invalid_bytes: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        self.kind = kind_of(self.kind)

    @property
    def recipient(self) -> str:
        return recipient_of(self.fields)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``drafts show --format json`` and of an export (the README documents
        it): everything a draft is, so an import gives the same draft back. ``id`` and
        ``revision`` belong to one database and are not read back; versions are not exported."""
        return {
            "id": self.id,
            "title": self.title,
            "renamed": self.renamed,
            "kind": _kind_column(self.kind),
            "template": self.template,
            "platform": _platform_column(self.platform),
            "fields": self.fields,
            "text": self.text,
            "text_edited": self.text_edited,
            "ignored": self.ignored,
            "received": self.received,
            "created": self.created,
            "updated": self.updated,
        }


class Version(NamedTuple):
    id: int
    draft_id: int
    fields: dict[str, Any]
    text: str
    saved: str  # when this version was last written


class DraftSummary(NamedTuple):
    id: int
    title: str
    recipient: str
    kind: Kind | None
    updated: str
    preview: str = ""  # the text's beginning, for the list (not part of the JSON)
    received: str = ""  # the beginning of the message it answers, "" if none (nor this)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": _kind_column(self.kind),
            "updated": self.updated,
        }

    @classmethod
    def of_row(cls, row: tuple[Any, ...]) -> DraftSummary:
        draft_id, title, recipient, kind, *rest = row
        return cls(
            draft_id, _text(title), _text(recipient), kind_of(_text(kind)),
            *(_text(value) for value in rest),
        )  # fmt: skip


def _text(value: object) -> str:
    """A text column as text, whatever a tool wrote into it: a blob is decoded (bytes that
    are no UTF-8 become U+FFFD), a number written out, NULL empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _decoded_text(value: bytes) -> str:
    """The connection's text_factory: a TEXT value that is no UTF-8 still reads."""
    return value.decode("utf-8", errors="replace")


class DraftStore:
    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        connection.text_factory = _decoded_text
        # Drafts whose next save starts a version of its own (keep_version).
        self._kept_versions: set[int] = set()
        self.path = path  # None for a store kept in memory only

    @classmethod
    def open(cls, path: Path) -> DraftStore:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                # Create the file ourselves so it is the user's alone from the first byte.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            connection = sqlite3.connect(path, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise DraftStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Die Entwurfsdatenbank {path} lässt sich nicht öffnen ({error})."
                    ),
                    path=path,
                    error=(
                        os_error_reason(exc)
                        if isinstance(exc, OSError)
                        else sqlite_reason(exc, path.parent)
                    ),
                )
            ) from exc
        try:
            # A damaged page shows up only when read; look once, now, not mid-sentence, and
            # before anything (even the journal mode) is written.
            drafts_preflight.inspect(path)
        except drafts_preflight.DamagedFile as exc:
            connection.close()
            damaged = CorruptDatabase(exc.args[0])
            damaged.foreign_journal = exc.foreign_journal
            damaged.missing_table = isinstance(exc, drafts_preflight.MissingTable)
            raise damaged from exc
        try:
            _use_wal(connection)
            connection.execute("PRAGMA synchronous=NORMAL")
            store = cls(connection, path)
            store._migrate()
            store.check_search_index()
            store.purge_trash()
            return store
        except NewerDatabase:
            connection.close()
            raise
        except sqlite3.DatabaseError as exc:
            connection.close()
            # Only SQLite's plain DatabaseError means a damaged file ("file is not a database",
            # "malformed", a failed quick_check). Its subclasses (locked, read-only, full, a
            # programming error) are no reason to set a file aside.
            if type(exc) is sqlite3.DatabaseError:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Die Entwurfsdatenbank {path} ist beschädigt ({error})."
                    ),
                    path=path,
                    error=exc,
                )
                raise CorruptDatabase(message) from exc
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core", "Die Entwurfsdatenbank {path} lässt sich nicht öffnen ({error})."
                ),
                path=path,
                error=sqlite_reason(exc, path.parent),
            )
            raise DraftStoreError(message) from exc

    @classmethod
    def in_memory(cls) -> DraftStore:
        store = cls(sqlite3.connect(":memory:", isolation_level=None), None)
        store._migrate()
        return store

    def _migrate(self) -> None:
        """Bring the schema up to date. The write lock comes first and the version is read
        under it: two processes opening a new database at once must not both create it."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerDatabase(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Die Entwurfsdatenbank stammt von einer neueren Version von Knigge "
                            "Desktop (Version {version}, diese App kennt {known}); sie bleibt "
                            "unverändert.",
                        ),
                        version=version,
                        known=SCHEMA_VERSION,
                    )
                )
            if version < 0 or (version and not self._has_every_column()):
                # A version no app writes (-1), or columns gone (dropped by a tool): taken as
                # lowered to the first, every step run again (each adds only what is missing).
                version = 1
            scripts = [] if version else [_SCHEMA]  # _SCHEMA is the version 2 layout
            first = version + 1 if version else 3
            scripts += [_MIGRATIONS[target] for target in range(first, SCHEMA_VERSION + 1)]
            for script in scripts:
                for statement in _statements(script):
                    if not self._adds_a_present_column(statement):
                        self._db.execute(statement)
            if version < 5:  # the search index is filled by Python (see _MIGRATIONS[5])
                self._fill_search_index()
            if version != SCHEMA_VERSION:
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _has_every_column(self) -> bool:
        """Whether the drafts table has every column this version reads (cheap: the schema
        alone is read, once per open)."""
        present = {row[1] for row in self._db.execute("PRAGMA table_info(drafts)")}
        return present >= _EXPECTED_COLUMNS

    def _adds_a_present_column(self, statement: str) -> bool:
        """Whether the statement adds a column the table already has (a step run again)."""
        match = _ADD_COLUMN.match(statement)
        if match is None:
            return False
        table, column = match.groups()
        present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
        return column in present

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write, all or nothing. Whatever goes wrong inside (an SQLite error or a bug in
        Python), the transaction is rolled back: a connection left inside a transaction
        would fail every later save and lock the database for every other process."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise DraftStoreError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Entwurf konnte nicht gespeichert werden ({error})."
                        ),
                        error=sqlite_reason(exc, self.path.parent if self.path else None),
                    )
                ) from exc
            raise

    def close(self) -> None:
        self._db.close()

    # -- drafts -------------------------------------------------------------------------

    def save(self, draft: Draft, updated: str | None = None) -> Draft:
        try:
            return self._save(draft, updated)
        except DraftStoreError as exc:
            # Damage (plain DatabaseError) may be in the search index only: rebuild it from
            # the drafts and try once more. Damage elsewhere fails again and is reported.
            if type(exc.__cause__) is not sqlite3.DatabaseError:
                raise
            if not self.check_search_index(thorough=True):
                raise
            return self._save(draft, updated)

    def _save(self, draft: Draft, updated: str | None = None) -> Draft:
        """Insert a new draft or update an existing one; returns it with id, times and its
        new revision. Raises DraftConflict, writing nothing, if the stored draft is no longer
        the revision this one was read at (someone else saved it since). ``updated`` is
        the time to record (an import keeps the file's); now by default."""
        stamp = updated or now()
        saved = replace(
            draft, updated=stamp, created=draft.created or stamp, revision=draft.revision + 1
        )
        values = (
            saved.title,
            int(saved.renamed),
            saved.recipient,
            _kind_column(saved.kind),
            saved.template,
            json.dumps(saved.fields, ensure_ascii=False),
            saved.text,
            int(saved.text_edited),
            saved.created,
            saved.updated,
            _platform_column(saved.platform),
            json.dumps(saved.ignored, ensure_ascii=False),
            saved.received[:MAX_RECEIVED_CHARS],
        )
        with self._transaction():
            if saved.id is None:
                cursor = self._db.execute(
                    "INSERT INTO drafts (title, renamed, recipient, kind, template, fields,"
                    " text, text_edited, created, updated, platform, ignored, received,"
                    " revision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, saved.revision),
                )
                saved.id = cursor.lastrowid
            else:
                cursor = self._db.execute(
                    "UPDATE drafts SET title=?, renamed=?, recipient=?, kind=?, template=?,"
                    " fields=?, text=?, text_edited=?, created=?, updated=?, platform=?,"
                    " ignored=?, received=?, revision=? WHERE id=? AND revision=?",
                    (*values, saved.revision, saved.id, draft.revision),
                )
                if cursor.rowcount == 0:
                    self._conflict_or_gone(saved)
            self._index(saved.id, saved.title, saved.recipient, saved.text)
            self._record_version(saved, values[5])
        return saved

    def _conflict_or_gone(self, draft: Draft) -> None:
        """The UPDATE matched nothing: a newer revision is stored (a conflict), or the row is
        gone for good (purged), and then the draft is stored again under its id."""
        row = self._db.execute("SELECT revision FROM drafts WHERE id=?", (draft.id,)).fetchone()
        if row is not None:
            raise DraftConflict(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Der Entwurf wurde inzwischen an anderer Stelle geändert; er wird nicht "
                        "überschrieben.",
                    )
                )
            )
        self._db.execute(
            "INSERT INTO drafts (id, title, renamed, recipient, kind, template, fields, text,"
            " text_edited, created, updated, platform, ignored, revision, received)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                draft.id, draft.title, int(draft.renamed), draft.recipient,
                _kind_column(draft.kind), draft.template,
                json.dumps(draft.fields, ensure_ascii=False), draft.text,
                int(draft.text_edited), draft.created, draft.updated,
                _platform_column(draft.platform), json.dumps(draft.ignored, ensure_ascii=False),
                draft.revision,
                draft.received[:MAX_RECEIVED_CHARS],
            ),
        )  # fmt: skip

    # -- the search index (a folded copy of title, recipient and text, see _MIGRATIONS[5])

    def _index(self, draft_id: int | None, title: str, recipient: str, text: str) -> None:
        self._db.execute("DELETE FROM drafts_search WHERE rowid=?", (draft_id,))
        self._db.execute(
            "INSERT INTO drafts_search (rowid, body) VALUES (?, ?)",
            (draft_id, fold("\n".join((title, recipient, text[:SEARCHABLE_CHARS])))),
        )

    def _fill_search_index(self) -> None:
        self._db.execute("DELETE FROM drafts_search")
        rows = self._db.execute("SELECT id, title, recipient, text FROM drafts").fetchall()
        for row in rows:
            self._index(*row)

    def check_search_index(self, thorough: bool = False) -> bool:
        """Look at the search index; rebuild it from the drafts if damaged. A broken index
        must never make the drafts themselves unreachable. True if it had to be rebuilt.
        At start-up the look is quick (the index opens, one entry per draft): FTS5's own
        integrity-check reads all of it (0.3 s for 10,000 drafts), so that runs only when
        a search or a save met damage (``thorough``)."""
        try:
            if thorough:
                self._db.execute(
                    "INSERT INTO drafts_search(drafts_search) VALUES('integrity-check')"
                )
                return False
            entries = self._db.execute("SELECT count(*) FROM drafts_search").fetchone()[0]
            self._db.execute("SELECT rowid FROM drafts_search WHERE drafts_search MATCH 'aaa'")
            if entries == self._db.execute("SELECT count(*) FROM drafts").fetchone()[0]:
                return False
        except INDEX_DAMAGE:
            pass
        self.rebuild_search_index()
        return True

    def rebuild_search_index(self) -> None:
        with self._transaction():
            # Dropping is safe whatever state the index is in; the drafts table is the truth.
            try:
                self._db.execute("DROP TABLE IF EXISTS drafts_search")
            except INDEX_DAMAGE:  # too damaged for FTS5 even to drop it
                self._forget_broken_index()
            self._db.execute(_SEARCH_INDEX)
            self._fill_search_index()

    def keep_version(self, draft_id: int) -> None:
        """The draft's next save starts a new version, however soon it comes: the state
        stored now stays one the versions dialog can bring back (before another template
        took over the text, say)."""
        self._kept_versions.add(draft_id)

    def _record_version(self, draft: Draft, fields_json: str) -> None:
        """Keep this state in the history: a save soon after the last one updates that
        version, so a burst of typing is one version, not one per keystroke."""
        last = self._db.execute(
            "SELECT id, started, text FROM versions WHERE draft_id=? ORDER BY saved DESC LIMIT 1",
            (draft.id,),
        ).fetchone()
        if last is not None and last[2] == draft.text:
            return
        gap = VERSION_GAP_SECONDS
        kept = draft.id in self._kept_versions
        self._kept_versions.discard(draft.id or 0)
        if last is not None and not kept and _seconds_between(last[1], draft.updated) < gap:
            self._db.execute(
                "UPDATE versions SET fields=?, text=?, saved=? WHERE id=?",
                (fields_json, draft.text, draft.updated, last[0]),
            )
            return
        self._db.execute(
            "INSERT INTO versions (draft_id, fields, text, started, saved) VALUES (?,?,?,?,?)",
            (draft.id, fields_json, draft.text, draft.updated, draft.updated),
        )
        self._db.execute(
            "DELETE FROM versions WHERE draft_id=? AND id NOT IN"
            " (SELECT id FROM versions WHERE draft_id=? ORDER BY saved DESC LIMIT ?)",
            (draft.id, draft.id, MAX_VERSIONS),
        )

    def versions(self, draft_id: int) -> list[Version]:
        """The history of a draft, newest first (the newest is its current state)."""
        rows = self._db.execute(
            "SELECT id, draft_id, fields, text, saved FROM versions"
            " WHERE draft_id=? ORDER BY saved DESC, id DESC",
            (draft_id,),
        ).fetchall()
        return [
            Version(r[0], r[1], _json_or(_text(r[2]), {}), _text(r[3]), _text(r[4])) for r in rows
        ]

    def get(self, draft_id: int) -> Draft | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE id=? AND deleted IS NULL", (draft_id,)
        ).fetchone()
        return _draft_from_row(row) if row else None

    def list(self) -> list[DraftSummary]:
        """Every draft not deleted, newest first."""
        rows = self._db.execute(
            "SELECT id, title, recipient, kind, updated, substr(text, 1, 160),"
            " substr(received, 1, 160) FROM drafts"
            " WHERE deleted IS NULL ORDER BY updated DESC, id DESC"
        ).fetchall()
        return [DraftSummary.of_row(row) for row in rows]

    def all_drafts(self) -> builtins.list[Draft]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE deleted IS NULL ORDER BY updated DESC, id DESC"
        ).fetchall()
        return [_draft_from_row(row) for row in rows]

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> builtins.list[DraftSummary]:
        """Drafts whose title, recipient or text contain every word of the query anywhere,
        also inside a word ("lager" finds Kleinteilelager; accents and case do not count),
        the best ``limit`` matches first. Words of one or two letters are looked for by LIKE:
        the trigram index cannot find them."""
        words = [fold(w) for w in query.split() if w.strip('"')]
        if not words:
            return self.list()
        long_words = [w for w in words if len(w) >= TRIGRAM]
        short_words = [w for w in words if len(w) < TRIGRAM]
        conditions, values = ["d.deleted IS NULL"], []
        if long_words:
            conditions.append("drafts_search MATCH ?")
            values.append(" ".join('"' + w.replace('"', '""') + '"' for w in long_words))
        for word in short_words:
            conditions.append("s.body LIKE ? ESCAPE '\\'")
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values.append(f"%{escaped}%")
        order = "rank" if long_words else "d.updated DESC"
        sql = (
            "SELECT d.id, d.title, d.recipient, d.kind, d.updated, substr(d.text, 1, 160),"
            " substr(d.received, 1, 160) FROM drafts_search s"
            " JOIN drafts d ON d.id = s.rowid"
            f" WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT ?"
        )
        for attempt in (1, 2):
            try:
                rows = self._db.execute(sql, (*values, limit)).fetchall()
                return [DraftSummary.of_row(row) for row in rows]
            except sqlite3.OperationalError:
                return []
            except INDEX_DAMAGE:  # a damaged index: rebuilt once, then searched
                if attempt == 2 or not self.check_search_index(thorough=True):
                    return []
        return []

    def _forget_broken_index(self) -> None:
        """Remove an index FTS5 cannot even open: its entry goes from the schema, then its
        tables (plain tables once the schema is reloaded) are dropped, pages and all."""
        self._db.execute("PRAGMA writable_schema=ON")
        self._db.execute("DELETE FROM sqlite_master WHERE type='table' AND name='drafts_search'")
        self._db.execute("PRAGMA writable_schema=RESET")
        for part in ("data", "idx", "content", "docsize", "config"):
            self._db.execute(f"DROP TABLE IF EXISTS drafts_search_{part}")

    def trash(self) -> builtins.list[DraftSummary]:
        """Deleted drafts, most recently deleted first; ``updated`` holds the deletion time."""
        rows = self._db.execute(
            "SELECT id, title, recipient, kind, deleted, substr(text, 1, 160),"
            " substr(received, 1, 160) FROM drafts"
            " WHERE deleted IS NOT NULL ORDER BY deleted DESC"
        ).fetchall()
        return [DraftSummary.of_row(row) for row in rows]

    def purge_trash(self, days: int = TRASH_DAYS) -> int:
        """Drafts in the trash for longer than ``days`` are gone for good."""
        limit = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")
        with self._transaction():
            self._db.execute(
                "DELETE FROM drafts_search WHERE rowid IN"
                " (SELECT id FROM drafts WHERE deleted IS NOT NULL AND deleted < ?)",
                (limit,),
            )
            cursor = self._db.execute(
                "DELETE FROM drafts WHERE deleted IS NOT NULL AND deleted < ?", (limit,)
            )
        return cursor.rowcount

    def import_drafts(self, items: builtins.list[Any]) -> ImportReport:
        """Drafts from an export (``drafts export``). Each is checked on its own
        (core/drafts_import.py): a bad one is skipped with its reason, the others imported.
        A draft with the same template, title, fields and text as one already stored is
        skipped too, so importing a file twice adds nothing. One identical to a draft in the
        trash brings that one back instead of a copy: the delete's undo then finds it back
        already, and no draft is there twice. ``updated`` comes from the file."""
        from knigge_desktop.core.drafts_import import MAX_DRAFTS, ImportReport, drafts_from_export

        loaded = drafts_from_export(items)
        imported = duplicates = restored = 0
        existing = {_identity(d.template, d.title, d.fields, d.text) for d in self.all_drafts()}
        in_trash = {_identity(d.template, d.title, d.fields, d.text): d.id for d in self._trashed()}
        for draft in loaded.items:
            key = _identity(draft.template, draft.title, draft.fields, draft.text)
            if key in existing:
                duplicates += 1
                continue
            if (trashed_id := in_trash.get(key)) is not None:
                self.undelete(trashed_id)
                restored += 1
            else:
                self.save(draft, updated=draft.updated or None)
                imported += 1
            existing.add(key)
        not_read = max(len(items) - MAX_DRAFTS, 0)
        return ImportReport(imported, duplicates, tuple(loaded.problems), not_read, restored)

    def _trashed(self) -> builtins.list[Draft]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE deleted IS NOT NULL ORDER BY deleted DESC"
        ).fetchall()
        return [_draft_from_row(row) for row in rows]

    def in_trash(self, draft_id: int) -> bool:
        """Whether the draft is deleted and can still be brought back."""
        row = self._db.execute(
            "SELECT 1 FROM drafts WHERE id=? AND deleted IS NOT NULL", (draft_id,)
        ).fetchone()
        return row is not None

    def rename(self, draft_id: int, title: str) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE drafts SET title=?, renamed=? WHERE id=?",
                (title.strip(), int(bool(title.strip())), draft_id),
            )
            row = self._db.execute(
                "SELECT id, title, recipient, text FROM drafts WHERE id=?", (draft_id,)
            ).fetchone()
            if row is not None:
                self._index(*row)

    def delete(self, draft_id: int) -> None:
        with self._transaction():
            self._db.execute("UPDATE drafts SET deleted=? WHERE id=?", (now(), draft_id))

    def undelete(self, draft_id: int) -> None:
        with self._transaction():
            self._db.execute("UPDATE drafts SET deleted=NULL WHERE id=?", (draft_id,))

    # -- small state that belongs with the drafts -------------------------------------------

    def last_open(self) -> int | None:
        row = self._db.execute("SELECT value FROM meta WHERE key='last_open'").fetchone()
        return int(row[0]) if row and row[0].isdigit() else None

    def set_last_open(self, draft_id: int | None) -> None:
        with self._transaction():
            if draft_id is None:
                self._db.execute("DELETE FROM meta WHERE key='last_open'")
            else:
                self._db.execute(
                    "INSERT INTO meta (key, value) VALUES ('last_open', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (str(draft_id),),
                )


def platform_of(stored: object) -> Platform | None:
    """The platform a column holds; "" (not chosen) and a value this version does not know
    are None."""
    try:
        return Platform(str(stored))
    except ValueError:
        return None


def _platform_column(platform: Platform | None) -> str:
    return platform.value if platform else ""


def kind_of(stored: object) -> Kind | None:
    """The kind a column or an import holds; a value this version does not know is None."""
    try:
        return Kind(str(stored))
    except ValueError:
        return None


def _kind_column(kind: Kind | None) -> str:
    return kind.value if kind else ""


def _draft_from_row(row: tuple[Any, ...]) -> Draft:
    (draft_id, title, renamed, _recipient, kind, template, fields, text, edited, created,
     updated, platform, ignored, revision, received) = row  # fmt: skip
    ignored_keys = _json_or(_text(ignored), [])
    texts = (title, kind, template, fields, text, created, updated, received)
    invalid = any(
        isinstance(value, bytes) and _text(value) != value.decode("utf-8", "ignore")
        for value in texts
    ) or any(isinstance(value, str) and "\ufffd" in value for value in (text, title))
    return Draft(
        id=draft_id,
        title=_text(title),
        renamed=bool(renamed),
        kind=kind_of(_text(kind)),
        template=_text(template),
        fields=_json_or(_text(fields), {}),
        text=_text(text),
        text_edited=bool(edited),
        created=_text(created),
        updated=_text(updated),
        invalid_bytes=invalid,
        platform=platform_of(platform),
        ignored=[key for key in ignored_keys if isinstance(key, str)],
        revision=revision,
        # Edited outside the app (a blob, a number, 5 MB): text only, and no more than the app
        # keeps, so the window, export and import agree on it.
        received=_text(received)[:MAX_RECEIVED_CHARS],
    )


# Search looks at this much of a draft's text: far more than any message, and an autosave of
# a 1 MB paste need not fold and index all of it on every save while the user types on.
SEARCHABLE_CHARS = 100_000
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Text as the search index holds it: no accents ("ä" is "a"), case folded ("ß" is "ss").
    Only non-ASCII characters are looked at one by one: every autosave folds the whole
    text, and a per-character loop took 0.3 s for a 1 MB paste."""
    decomposed = unicodedata.normalize("NFKD", text)
    return _NON_ASCII.sub(_drop_mark, decomposed).casefold()


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit the open transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.strip(" ;\n")]


def _seconds_between(earlier: str, later: str) -> float:
    try:
        return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()
    except ValueError:
        return float("inf")


def _identity(template: str, title: str, fields: dict[str, Any], text: str) -> str:
    return json.dumps([template, title, fields, text], sort_keys=True, ensure_ascii=False)


def _json_or(raw: str, fallback: Any) -> Any:
    """A damaged JSON column loses its extras, never the draft."""
    try:
        value = json.loads(raw)
    except (json.JSONDecodeError, TypeError):
        return fallback
    return value if isinstance(value, type(fallback)) else fallback
