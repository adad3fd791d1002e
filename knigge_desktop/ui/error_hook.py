"""The last line of defence: an exception nobody caught inside a Qt slot.

PySide hands such an exception to sys.excepthook and goes on with the event loop. Here it is
written to the log (stderr and a file in the data folder), and the user is told in plain
words that something went wrong and that the text is still there. The window keeps running;
the database rolls back its own half-done writes (core/drafts.py), so nothing stays broken.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorHook:
    """Installed once by app.run; `tell` shows the message (the window's status bar and,
    for the first error of a session, a dialog)."""

    def __init__(self, log_file: Path | None, tell: Callable[[str, bool], None]) -> None:
        self._log_file = log_file
        self._tell = tell
        self._told = False
        self._previous: ExceptHook = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        print(text, file=sys.stderr, end="")
        logged = self._log(text)
        first = not self._told
        self._told = True
        message = QCoreApplication.translate(
            "ErrorHook",
            "Ein interner Fehler ist aufgetreten; die letzte Aktion wurde nicht ausgeführt. "
            "Ihr Text ist noch im Fenster. Details stehen im Protokoll: {log}",
        ).format(log=self._log_file if logged else "stderr")
        # Not inside the failing slot: a dialog opened there would run its own event loop
        # in the middle of whatever broke.
        QTimer.singleShot(0, lambda: self._tell(message, first))

    def _log(self, text: str) -> bool:
        """Append to the log file; False when there is none or it cannot be written (a
        read-only folder): then only stderr has it, and the message says so."""
        if self._log_file is None:
            return False
        try:
            self._log_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}")
        except OSError:
            return False
        return True
