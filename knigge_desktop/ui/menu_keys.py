"""Menu keys first: on X11 desktops a line edit claims Emacs-style keys for itself (Ctrl+E
end of line, Ctrl+D delete, Ctrl+H backspace), which swallows the menu shortcuts Ctrl+E
(Vorlage bearbeiten), Ctrl+D (duplizieren) and Ctrl+H (Frühere Versionen) while the cursor
is in the template search or a field. This filter lets the window's actions have them.
Undo and Redo stay the box's: Ctrl+Z in a field takes back the field's own typing (the
window's Ctrl+Z is for a focus that has no undo of its own: the findings, the gallery) –
unless the last change was the window's own, written into the text as one step (the text
made from the fields again, another template, a fix): then Ctrl+Z takes that back, as the
status bar promises, wherever the focus is (the window's TEXT_UNDO_FIRST property).

The filter goes onto a widget when it first has the focus, which is before any key reaches
it: a filter is handed every event of its widget, and at start-up the first event handed to
Python code costs ~4 ms of PySide6 type set-up (benchmarks/bench_startup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_WAITING = "knigge_menu_keys_first"  # a widget's property until it first has the focus
# A window's property: its last change was a step the window wrote into the text, which
# Ctrl+Z should take back before any box's own typing.
TEXT_UNDO_FIRST = "knigge_text_undo_first"


class MenuKeysFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        # Here, not at the top: QEvent's 179 enum members are built on its first use.
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # at the first key press, not on the start-up path

        chords = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if not event.modifiers() & chords:
            return False  # typing (capitals too): a line edit claims no menu key there
        if event.matches(QKeySequence.StandardKey.Undo) and watched.window().property(
            TEXT_UNDO_FIRST
        ):
            event.ignore()  # the window's step comes first: its Undo action takes it
            return True
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            return False  # the box's own typing, not the window's undo
        pressed = QKeySequence(event.keyCombination())
        for action in watched.window().findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                event.ignore()  # not the line edit's: the shortcut goes to the action
                return True
        return False

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.property(_WAITING):
            new.setProperty(_WAITING, False)
            new.installEventFilter(self)


_FILTER: MenuKeysFirst | None = None


def menu_keys_first(widget: QWidget) -> None:
    """Let the window's menu shortcuts win over `widget`'s own keys, from the moment it
    first has the focus."""
    global _FILTER
    if _FILTER is None:
        _FILTER = MenuKeysFirst()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # widgets exist, so does the application
        app.focusChanged.connect(_FILTER.focus_changed)
    if widget.hasFocus():
        widget.installEventFilter(_FILTER)
    else:
        widget.setProperty(_WAITING, True)
