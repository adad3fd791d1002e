"""A text box that is no draft (the reply pane's pasted message) kept in a file of the data
folder, so a crash or a killed process loses no more of it than of a draft.

Written like the autosave (services/drafts_service.py): once typing pauses, and during
typing that never pauses at least every AUTOSAVE_MAX_WAIT_MS; each write atomic and 0600
(core/private_file.py). An empty text removes the file: nothing is kept for it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from knigge_desktop.core.datafile import Invalid, read_bytes
from knigge_desktop.core.os_errors import os_error_reason
from knigge_desktop.core.paths import REPLY_PANE_FILE as REPLY_PANE_FILE  # the pane's file
from knigge_desktop.core.private_file import write_private
from knigge_desktop.services.drafts_service import AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS


class TextKeeper(QObject):
    """Keeps ``source()`` in ``path``, at most ``limit`` characters of it (what the box
    itself keeps); ``flush`` writes at once (the box closes, the app quits)."""

    def __init__(self, path: Path, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._limit = limit
        self._source: Callable[[], str] | None = None
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def text(self) -> str:
        """The text kept last time, "" if none (or the file cannot be read as text)."""
        try:
            data = read_bytes(self.path, self._limit * 4 + 4)
        except Invalid:
            return ""
        return data.decode("utf-8", "replace")[: self._limit]

    def schedule(self, source: Callable[[], str]) -> None:
        """The text changed: keep ``source()`` once typing pauses, or at the latest in
        AUTOSAVE_MAX_WAIT_MS. Only timers run on a keystroke; the text is asked for later."""
        self._source = source
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    @property
    def pending(self) -> bool:
        return self._source is not None

    def flush(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        source, self._source = self._source, None
        if source is not None:
            self._write(source())

    def cancel(self) -> None:
        """Forget the change pending (a box filled by the program, not typed into); the
        file stays as it is."""
        self._timer.stop()
        self._deadline.stop()
        self._source = None

    def clear(self) -> None:
        """Nothing to keep any more (a reply was started from the text, the box emptied)."""
        self._timer.stop()
        self._deadline.stop()
        self._source = None
        self._write("")

    def _write(self, text: str) -> None:
        try:
            if text.strip():
                # A lone surrogate from a paste becomes "?": the rest is kept.
                write_private(self.path, text[: self._limit].encode("utf-8", "replace"))
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
        except OSError as exc:
            # The box still holds the text; the draft's autosave reports a full disk.
            print(
                f"Knigge Desktop: {self.path} nicht geschrieben: {os_error_reason(exc)}",
                file=sys.stderr,
            )
