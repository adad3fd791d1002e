"""The window's way to the drafts store: SQLite stays behind this object, errors become signals.

Saving is a few milliseconds in WAL mode, so it runs on the UI thread; a failed save keeps
the text in the window and says so instead of raising.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from knigge_desktop.core.datafile import Invalid
from knigge_desktop.core.drafts import (
    Draft,
    DraftConflict,
    DraftStore,
    DraftStoreError,
    DraftSummary,
    Version,
)
from knigge_desktop.core.private_file import write_private
from knigge_desktop.services.core_text import reason, translated

if TYPE_CHECKING:
    from knigge_desktop.core.drafts_import import ImportReport
    from knigge_desktop.services.text_keeper import TextKeeper

AUTOSAVE_DELAY_MS = 700  # "at most about a second after typing stops"
# Typing that never pauses is still saved this often: a SIGKILL loses at most this much.
AUTOSAVE_MAX_WAIT_MS = 1000
# After a failed save (a full disk) the same text is tried again this often, so that saving
# goes on by itself once there is room, without a keystroke.
AUTOSAVE_RETRY_MS = 5000


class DraftsService(QObject):
    changed = Signal()  # the list of drafts changed (saved, renamed, deleted, restored)
    saved = Signal(object)  # Draft, as stored
    save_failed = Signal(str)  # German message
    conflict = Signal(object)  # Draft not saved: someone else saved a newer revision of it
    deleted = Signal(int)  # draft id, so the window can let go of a draft it shows

    def __init__(
        self, store: DraftStore, parent: QObject | None = None, data_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        # The last save failed in the store (not a conflict): worth trying again.
        self.last_save_failed = False
        self._data_folder = data_folder

    @property
    def data_folder(self) -> Path | None:
        """The app's data folder (drafts, templates, LanguageTool), for the about box; the
        drafts' folder if the app did not say (a service built in a test)."""
        if self._data_folder is not None:
            return self._data_folder
        return self._store.path.parent if self._store.path is not None else None

    @property
    def persistent(self) -> bool:
        """False when the drafts live in memory only (the database could not be opened)."""
        return self._store.path is not None

    def text_keeper(self, name: str, limit: int) -> TextKeeper | None:
        """A keeper for a text box that is no draft, in the drafts' folder (the data
        folder); None when the drafts live in memory only: then there is no folder to use."""
        from knigge_desktop.services.text_keeper import TextKeeper

        if self._store.path is None:
            return None
        return TextKeeper(self._store.path.parent / name, limit, self)

    def save(self, draft: Draft) -> Draft | None:
        """Store the draft; None if that failed (save_failed says why). A draft saved
        elsewhere since it was read (its revision) is not overwritten: conflict carries it."""
        try:
            stored = self._store.save(draft)
            self._store.set_last_open(stored.id)
        except DraftConflict as exc:
            self.last_save_failed = False  # nothing to try again: saved as a new draft next
            self.save_failed.emit(
                reason(exc)
                + " "
                + self.tr(
                    "Ihr Text geht nicht verloren: er wird als neuer Entwurf gespeichert; als "
                    "Textdatei sichern können Sie ihn auch."
                )
            )
            self.conflict.emit(draft)
            return None
        except DraftStoreError as exc:
            self.last_save_failed = True
            self.save_failed.emit(reason(exc))
            return None
        self.last_save_failed = False
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
            ).format(path=path, error=reason(exc))
        return None

    def save_as_new(self, draft: Draft) -> Draft | None:
        """Keep a draft that could not be saved over a newer one as a draft of its own."""
        return self.save(replace(draft, id=None, revision=0, created=""))

    def get(self, draft_id: int) -> Draft | None:
        return self._store.get(draft_id)

    def summaries(self, query: str = "") -> list[DraftSummary]:
        return self._store.search(query) if query.strip() else self._store.list()

    def keep_version(self, draft_id: int) -> None:
        """The state stored now stays a version of its own (DraftStore.keep_version)."""
        self._store.keep_version(draft_id)

    def versions(self, draft_id: int) -> list[Version]:
        return self._store.versions(draft_id)

    def trash(self) -> list[DraftSummary]:
        return self._store.trash()

    def in_trash(self, draft_id: int) -> bool:
        return self._store.in_trash(draft_id)

    def export_file(self, path: Path) -> str:
        """All drafts as JSON (the format of ``drafts export``); returns what happened, in
        the window's language: how many were saved where, or why none were."""
        data = [d.to_json() for d in self._store.all_drafts()]
        problem = self.write_text_file(path, json.dumps(data, ensure_ascii=False, indent=2))
        if problem is not None:
            return problem
        return self.tr("%n Entwürfe gesichert unter {path}.", "", len(data)).format(path=path)

    def import_file(self, path: Path) -> str:
        """Read an export; returns what happened, in the window's language. A file that is
        too big, too deep or no list is refused whole; bad drafts in it are skipped."""
        from knigge_desktop.core.drafts_import import read_export

        try:
            report = self._store.import_drafts(read_export(path))
        except (OSError, Invalid, ValueError, OverflowError, DraftStoreError) as exc:
            # The reason is a sentence of its own ("Zu tief verschachtelt (…)."), after a colon.
            error = reason(exc).rstrip(".")
            return self.tr("{file} ließ sich nicht einlesen: {error}.").format(
                file=path.name, error=error
            )
        self.changed.emit()
        return self._worded(report)

    def _worded(self, report: ImportReport) -> str:
        """The import's report in the window's language: the counts with Qt's plural forms
        (the German ones come from knigge_desktop_de.ts), then each skipped draft."""
        counts = [self.tr("%n Entwürfe eingelesen", "", report.imported)]
        if report.restored:
            counts.append(self.tr("%n aus dem Papierkorb zurückgeholt", "", report.restored))
        if report.rejected:
            counts.append(self.tr("%n übersprungen", "", len(report.rejected)))
        counts.append(self.tr("%n waren schon da", "", report.duplicates))
        lines = [", ".join(counts) + "."]
        if report.not_read:
            from knigge_desktop.core.drafts_import import not_read_line

            lines.append(translated(not_read_line(report.not_read)))
        shown, more = report.shown_reasons()
        lines += [translated(why) for why in shown]
        if more:
            lines.append(self.tr("und %n weitere", "", more))
        return "\n".join(lines)

    def last_open(self) -> Draft | None:
        draft_id = self._store.last_open()
        return self.get(draft_id) if draft_id is not None else None

    def remember_open(self, draft_id: int) -> None:
        """The draft now open in the window: the next start reopens it."""
        self._run(lambda: self._store.set_last_open(draft_id), notify=False)

    def forget_last_open(self) -> None:
        self._run(lambda: self._store.set_last_open(None))

    def rename(self, draft_id: int, title: str) -> None:
        self._run(lambda: self._store.rename(draft_id, title))

    def delete(self, draft_id: int) -> None:
        self._run(lambda: self._store.delete(draft_id))
        self.deleted.emit(draft_id)

    def undelete(self, draft_id: int) -> None:
        self._run(lambda: self._store.undelete(draft_id))

    def _run(self, action: Callable[[], None], *, notify: bool = True) -> None:
        try:
            action()
        except DraftStoreError as exc:
            self.save_failed.emit(reason(exc))
            return
        if notify:
            self.changed.emit()


class Autosaver(QObject):
    """Saves the current draft once typing pauses, and during typing that never pauses at
    least every AUTOSAVE_MAX_WAIT_MS; ``flush`` saves at once (switch, close)."""

    def __init__(self, service: DraftsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._snapshot: Callable[[], Draft] | None = None
        self._timer = QTimer(self)  # restarts with every change: the pause
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)  # runs from the first unsaved change: the maximum wait
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(AUTOSAVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        self._retry = QTimer(self)  # after a failed save: the same text again
        self._retry.setSingleShot(True)
        self._retry.setInterval(AUTOSAVE_RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def schedule(self, snapshot: Callable[[], Draft]) -> None:
        """``snapshot`` is a callable returning the Draft to save, asked for only when saving."""
        self._snapshot = snapshot
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        self._snapshot = None

    @property
    def pending(self) -> bool:
        return self._snapshot is not None

    def flush(self) -> Draft | None:
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is None:
            return None
        stored = self._service.save(snapshot())
        if stored is None and self._service.last_save_failed:
            # Kept, so the text is tried again: by the timer, at the next flush (another
            # draft, closing), or with the next keystroke.
            self._snapshot = snapshot
            self._retry.start()
        return stored
