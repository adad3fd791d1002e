"""The busy cursor for work of a second or two that runs on the UI thread (a drafts import
or export): the user sees the app is working, not hung, and clicks wait until it is done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def busy_cursor() -> Iterator[None]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:  # an error must not leave the cursor busy for the rest of the session
        QGuiApplication.restoreOverrideCursor()
