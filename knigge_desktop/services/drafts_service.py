"""The window's way to the drafts store: SQLite stays behind this object, errors become signals.

Saving is a few milliseconds in WAL mode, so it runs on the UI thread; a failed save keeps
the text in the window and says so instead of raising.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from knigge_desktop.core.datafile import MAX_IMPORT_BYTES, Invalid, read_json
from knigge_desktop.core.drafts import Draft, DraftStore, DraftStoreError, DraftSummary, Version
from knigge_desktop.core.private_file import write_private
from knigge_desktop.services.core_text import reason

AUTOSAVE_DELAY_MS = 700  # "at most about a second after typing stops"


class DraftsService(QObject):
    changed = Signal()  # the list of drafts changed (saved, renamed, deleted, restored)
    saved = Signal(object)  # Draft, as stored
    save_failed = Signal(str)  # German message
    deleted = Signal(int)  # draft id, so the window can let go of a draft it shows

    def __init__(self, store: DraftStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def persistent(self) -> bool:
        """False when the drafts live in memory only (the database could not be opened)."""
        return self._store.path is not None

    def save(self, draft: Draft) -> Draft | None:
        try:
            stored = self._store.save(draft)
            self._store.set_last_open(stored.id)
        except DraftStoreError as exc:
            self.save_failed.emit(reason(exc))
            return None
        self.saved.emit(stored)
        self.changed.emit()
        return stored

    @staticmethod
    def write_text_file(path: Path, text: str) -> str | None:
        """Save a text somewhere else when drafts cannot be stored; returns why not, if not."""
        try:
            write_private(path, text)  # 0600, all or nothing, like every file the app writes
        except OSError as exc:
            return QCoreApplication.translate(
                "DraftsService", "Die Datei {path} ließ sich nicht schreiben ({error})."
            ).format(path=path, error=exc.strerror)
        return None

    def get(self, draft_id: int) -> Draft | None:
        return self._store.get(draft_id)

    def summaries(self, query: str = "") -> list[DraftSummary]:
        return self._store.search(query) if query.strip() else self._store.list()

    def versions(self, draft_id: int) -> list[Version]:
        return self._store.versions(draft_id)

    def trash(self) -> list[DraftSummary]:
        return self._store.trash()

    def export_file(self, path: Path) -> str | None:
        """All drafts as JSON (the format of ``drafts export``); returns why not, if not."""
        data = [d.to_json() for d in self._store.all_drafts()]
        return self.write_text_file(path, json.dumps(data, ensure_ascii=False, indent=2))

    def import_file(self, path: Path) -> str:
        """Read an export; returns what happened, in German."""
        try:
            items = read_json(path, MAX_IMPORT_BYTES)  # limits on size and depth
            if not isinstance(items, list):
                raise ValueError(self.tr("keine Liste von Entwürfen"))
            added, skipped = self._store.import_drafts(items)
        except (OSError, Invalid, ValueError, DraftStoreError) as exc:
            return self.tr("{file} ließ sich nicht einlesen ({error}).").format(
                file=path.name, error=reason(exc).rstrip(".")
            )
        self.changed.emit()
        return self.tr("{added} Entwürfe eingelesen, {skipped} waren schon da.").format(
            added=added, skipped=skipped
        )

    def last_open(self) -> Draft | None:
        draft_id = self._store.last_open()
        return self._store.get(draft_id) if draft_id is not None else None

    def forget_last_open(self) -> None:
        self._run(lambda: self._store.set_last_open(None))

    def rename(self, draft_id: int, title: str) -> None:
        self._run(lambda: self._store.rename(draft_id, title))

    def delete(self, draft_id: int) -> None:
        self._run(lambda: self._store.delete(draft_id))
        self.deleted.emit(draft_id)

    def undelete(self, draft_id: int) -> None:
        self._run(lambda: self._store.undelete(draft_id))

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except DraftStoreError as exc:
            self.save_failed.emit(reason(exc))
            return
        self.changed.emit()


class Autosaver(QObject):
    """Saves the current draft once typing pauses; ``flush`` saves at once (switch, close)."""

    def __init__(self, service: DraftsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._snapshot: Callable[[], Draft] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, snapshot: Callable[[], Draft]) -> None:
        """``snapshot`` is a callable returning the Draft to save, asked for only when saving."""
        self._snapshot = snapshot
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._snapshot = None

    @property
    def pending(self) -> bool:
        return self._snapshot is not None

    def flush(self) -> Draft | None:
        self._timer.stop()
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is None:
            return None
        return self._service.save(snapshot())
