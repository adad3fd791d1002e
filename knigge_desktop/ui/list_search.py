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

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QLineEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QAbstractItemView


class ListSearch(QLineEdit):
    """A line edit whose arrow and page keys move the selection in `steer(view)`."""

    # Del with nothing typed, Ctrl+Z with no typing of its own to undo (hand_over_idle_keys).
    delete_idle = Signal()
    undo_idle = Signal()
    _view: QAbstractItemView | None = None
    _hands_over = False

    def steer(self, view: QAbstractItemView) -> None:
        self._view = view

    def hand_over_idle_keys(self) -> None:
        """From now on Del with an empty search is ``delete_idle``, and Ctrl+Z with nothing
        of its own to undo ``undo_idle``; otherwise both keep their meaning in the text.
        (Signals, not callbacks: a callback of the dialog would keep it alive.)"""
        self._hands_over = True

    def _idle_key_handled(self, event: QKeyEvent) -> bool:
        from PySide6.QtGui import QKeySequence

        if not self._hands_over:
            return False
        if not self.text() and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_idle.emit()
            return True
        if not self.isUndoAvailable() and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_idle.emit()
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
