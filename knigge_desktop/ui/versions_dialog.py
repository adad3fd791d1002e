"""Earlier versions of the open draft: look at one, bring it back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.drafts import Version
from knigge_desktop.ui.drafts_dialog import local_time
from knigge_desktop.ui.long_lines import PasteBox
from knigge_desktop.ui.mnemonics import give_mnemonics


class VersionsDialog(QDialog):
    restore_requested = Signal(object)  # Version

    def __init__(self, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frühere Versionen"))
        self.resize(720, 420)
        self._versions = versions
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versionen"))
        for index, version in enumerate(versions):
            first_line = version.text.strip().splitlines()[0][:50] if version.text.strip() else ""
            label = self.tr("jetzt") if index == 0 else local_time(version.saved)
            self.list.addItem(f"{label}  –  {first_line}")
        self.preview = PasteBox(readOnly=True)  # a version may hold a line far too long
        self.preview.setAccessibleName(self.tr("Vorschau der Version"))
        self.restore_button = QPushButton(self.tr("Diese Version wiederherstellen"))
        close_button = QPushButton(self.tr("Schließen"))
        note = QLabel(
            self.tr("Das Wiederherstellen legt den jetzigen Stand als eigene Version ab.")
        )
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.restore_button.clicked.connect(self.restore_current)
        close_button.clicked.connect(self.reject)
        if versions:
            self.list.setCurrentRow(min(1, len(versions) - 1))
        give_mnemonics(self)  # a mnemonic for every button and labelled field

    def _show(self, row: int) -> None:
        version = self._versions[row] if 0 <= row < len(self._versions) else None
        self.preview.setPlainText(version.text if version else "")
        self.restore_button.setEnabled(row > 0)  # row 0 is what the window shows now

    def restore_current(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.restore_requested.emit(self._versions[row])
            self.accept()
