"""Menu keys first: on X11 desktops a line edit claims Emacs-style keys for itself (Ctrl+E
end of line, Ctrl+D delete, Ctrl+H backspace), which swallows the menu shortcuts Ctrl+E
(Vorlage bearbeiten), Ctrl+D (duplizieren) and Ctrl+H (Frühere Versionen) while the cursor
is in the template search or a field. This filter lets the window's actions have them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class MenuKeysFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # at the first key press, not on the start-up path

        chords = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if not event.modifiers() & chords:
            return False  # typing (capitals too): a line edit claims no menu key there
        pressed = QKeySequence(event.keyCombination())
        for action in watched.window().findChildren(QAction):
            if action.isEnabled() and pressed in action.shortcuts():
                event.ignore()  # not the line edit's: the shortcut goes to the action
                return True
        return False


_FILTER: MenuKeysFirst | None = None


def menu_keys_first(widget: QWidget) -> None:
    """Let the window's menu shortcuts win over `widget`'s own keys."""
    global _FILTER
    if _FILTER is None:
        _FILTER = MenuKeysFirst()
    widget.installEventFilter(_FILTER)
