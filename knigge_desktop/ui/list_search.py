"""A search field that steers the list it searches, as in every launcher: Up, Down, Page
Up and Page Down move the list's selection while the cursor stays in the search (the
list's own keys do it, so group headings it cannot select are skipped), and Enter then
takes the selected entry, not the first match. With nothing typed (nothing of its own to
delete or undo), Del and Ctrl+Z are the list's: the drafts dialog deletes the selected draft
and brings it back (`hand_over_idle_keys`).

A subclass overriding only `keyPressEvent`, not an event filter: a filter would be handed
every event from the window's construction on, and at start-up the first event handed to
Python code costs ~4 ms of PySide6 type set-up (benchmarks/bench_startup.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QLineEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QAbstractItemView


class ListSearch(QLineEdit):
    """A line edit whose arrow and page keys move the selection in `steer(view)`."""

    _view: QAbstractItemView | None = None
    _on_delete: Callable[[], None] | None = None
    _on_undo: Callable[[], None] | None = None

    def steer(self, view: QAbstractItemView) -> None:
        self._view = view

    def hand_over_idle_keys(self, delete: Callable[[], None], undo: Callable[[], None]) -> None:
        """Del with an empty search calls ``delete``, Ctrl+Z with no typing of its own to
        undo calls ``undo``; otherwise both keep their meaning in the text."""
        self._on_delete, self._on_undo = delete, undo

    def _idle_key_handled(self, event: QKeyEvent) -> bool:
        from PySide6.QtGui import QKeySequence

        if self._on_delete and not self.text() and event.matches(QKeySequence.StandardKey.Delete):
            self._on_delete()
            return True
        if (
            self._on_undo
            and not self.isUndoAvailable()
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            self._on_undo()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        # Here, not at the top: the Qt namespace's enums are built on their first use.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        if self._idle_key_handled(event):
            event.accept()
            return

        moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        view = self._view
        if (
            view is None
            or event.key() not in moves
            or event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier)
        ):
            super().keyPressEvent(event)
            return
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(view, copy)
        event.accept()
