"""Hilfe → Tastenkürzel (F1): every menu action and its keys, read from the menus
themselves so the list can never disagree with them, and the keys of the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, QMargins, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.vocabulary import QT_TRANSLATE_NOOP
from knigge_desktop.ui.mnemonics import give_mnemonics

_NATIVE = QKeySequence.SequenceFormat.NativeText
# Qt.Key values from Key_Super_L on are modifier, help, media and launch keys ("Hilfe",
# "Öffnen", "Neu"): desktops bind them to standard actions, but few keyboards have them;
# listed, they read like aliases. Everything before (letters, F1 to F35, Entf …) is kept.
_FIRST_MEDIA_KEY = Qt.Key.Key_Super_L.value

# The dialogs' own keys (portable text). tests/test_shortcuts_dialog.py checks them against
# the shortcuts the dialogs really have.
DIALOG_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Entwürfe"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Öffnen"), "Return"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Entwürfe"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Umbenennen"), "F2"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Entwürfe"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Löschen"), "Del"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Entwürfe"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Löschen rückgängig"), "Ctrl+Z"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Vorlage bearbeiten"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Speichern"), "Ctrl+S"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Vorlagen"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Vorlage verwenden"), "Return"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Jeder Dialog"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Schließen"), "Esc"),
)  # fmt: skip


def _combinations(sequence: QKeySequence) -> list[QKeyCombination]:
    # QKeySequence[i] works at run time, but PySide6's stubs do not declare __getitem__.
    return [sequence[i] for i in range(sequence.count())]  # type: ignore[index]  # see above


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    """A key a usual keyboard has: no media key, and none of F13 to F35 (X11's standard
    Undo includes F14, which means nothing to a user)."""
    keys = [combo.key() for combo in _combinations(sequence)]
    return all(
        key.value < _FIRST_MEDIA_KEY
        and not Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value
        for key in keys
    )


def _keypad_twin(sequence: QKeySequence, others: list[QKeySequence]) -> bool:
    """Ctrl+Enter (the keypad's key) beside Ctrl+Return: the same key for the user."""
    combos = _combinations(sequence)
    if len(combos) != 1 or combos[0].key() != Qt.Key.Key_Enter:
        return False
    main = QKeySequence(combos[0].keyboardModifiers() | Qt.Key.Key_Return)
    return main in others


def keys_of(action: QAction) -> str:
    """The keys as the menu shows them: the shortcuts, or the key after a tab in the text."""
    shortcuts = [s for s in action.shortcuts() if _on_a_keyboard(s)]
    keys = [s.toString(_NATIVE) for s in shortcuts if not _keypad_twin(s, shortcuts)]
    if not keys and "\t" in action.text():
        keys = [action.text().split("\t", 1)[1]]
    return ", ".join(keys)


def plain_text(action: QAction) -> str:
    return action.text().split("\t", 1)[0].replace("&", "").replace(" …", "")


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Tastenkürzel"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Aktion"), self.tr("Tasten")])
        self.table.setRootIsDecorated(False)
        for menu, action in actions:
            QTreeWidgetItem(self.table, [f"{menu}: {plain_text(action)}", keys_of(action)])
        for place, what, keys in DIALOG_KEYS:
            name = f"{self.tr(place)}: {self.tr(what)}"
            QTreeWidgetItem(self.table, [name, QKeySequence(keys).toString(_NATIVE)])
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        give_mnemonics(self)  # a mnemonic for every button and labelled field
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the longest row in both columns, tall enough for most rows."""
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        needed = sum(self.table.sizeHintForColumn(c) for c in (0, 1))
        frame = self.table.frameWidth() * 2 + self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = needed + frame + margins.left() + margins.right() + 24
        rows = self.table.topLevelItemCount()
        row_height = self.table.sizeHintForRow(0) if rows else 20
        height = min(rows + 3, 28) * row_height + 80
        self.resize(max(width, 420), height)
