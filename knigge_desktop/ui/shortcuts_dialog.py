"""Hilfe → Tastenkürzel (F1): every menu action and its keys, read from the menus
themselves so the list can never disagree with them."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def keys_of(action: QAction) -> str:
    """The keys as the menu shows them: the shortcuts, or the key after a tab in the text."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [shortcut.toString(native) for shortcut in action.shortcuts()]
    if not keys and "\t" in action.text():
        keys = [action.text().split("\t", 1)[1]]
    return ", ".join(keys)


def plain_text(action: QAction) -> str:
    return action.text().split("\t", 1)[0].replace("&", "").replace(" …", "")


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.resize(520, 560)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Tastenkürzel"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels(["Aktion", "Tasten"])
        self.table.setRootIsDecorated(False)
        for menu, action in actions:
            QTreeWidgetItem(self.table, [f"{menu}: {plain_text(action)}", keys_of(action)])
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
