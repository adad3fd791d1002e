"""Einstellungen: who writes, the usual tone and platform, rules turned off, own words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.settings import Settings
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, TONE_LABELS

_RULE_ROLE = Qt.ItemDataRole.UserRole  # fine here: the dialog is not on the start-up path


class SettingsDialog(QDialog):
    grammar_requested = Signal()

    def __init__(
        self, settings: Settings, rule_message: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Einstellungen")
        self._settings = settings
        self.sender_name = QLineEdit(settings.get("sender_name"))
        self.sender_name.setPlaceholderText("z. B. Jonas Becker")
        self.signature = QPlainTextEdit(settings.get("sender_signature"))
        self.signature.setPlaceholderText("z. B. Einkauf · Becker Transport GmbH · 0561 123456")
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(self.signature.fontMetrics().lineSpacing() * 4 + 12)
        self.tone = QComboBox()
        self.tone.addItem("keine Vorgabe", "")
        for tone, label in TONE_LABELS.items():
            self.tone.addItem(label, tone.value)
        self.tone.setCurrentIndex(max(0, self.tone.findData(settings.get("default_tone"))))
        self.platform = QComboBox()
        self.platform.addItem("keine Vorgabe", "")
        for platform, label in PLATFORM_LABELS.items():
            self.platform.addItem(label, platform.value)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(settings.get("default_platform")))
        )
        grammar_button = QPushButton("Grammatik und Rechtschreibung …")

        self.rules = QListWidget()
        self.rules.setAccessibleName("Ausgeschaltete Regeln")
        for rule_id in settings.get("disabled_rules"):
            item = QListWidgetItem(f"{rule_id}: {rule_message(rule_id)}")
            item.setData(_RULE_ROLE, rule_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rules.addItem(item)
        self.words = QListWidget()
        self.words.setAccessibleName("Eigenes Wörterbuch")
        self.words.addItems(settings.get("dictionary"))
        remove_word = QPushButton("Wort entfernen")

        form = QFormLayout()
        form.addRow("&Ihr Name:", self.sender_name)
        form.addRow("&Signatur:", self.signature)
        form.addRow("Übliche &Anrede:", self.tone)
        form.addRow("Übliche &Plattform:", self.platform)
        form.addRow("", grammar_button)
        lists = QHBoxLayout()
        rules_box, words_box = QVBoxLayout(), QVBoxLayout()
        rules_box.addWidget(QLabel("Ausgeschaltete Regeln (Haken weg: wieder an)"))
        rules_box.addWidget(self.rules)
        words_box.addWidget(QLabel("Eigenes Wörterbuch"))
        words_box.addWidget(self.words)
        words_box.addWidget(remove_word)
        lists.addLayout(rules_box)
        lists.addLayout(words_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(QLabel("Name und Signatur gelten für neue Entwürfe.", wordWrap=True))
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        remove_word.clicked.connect(self.remove_selected_word)
        grammar_button.clicked.connect(self.grammar_requested)

    def remove_selected_word(self) -> None:
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))

    def accept(self) -> None:
        s = self._settings
        s.set("sender_name", self.sender_name.text().strip())
        s.set("sender_signature", self.signature.toPlainText().strip())
        s.set("default_tone", self.tone.currentData())
        s.set("default_platform", self.platform.currentData())
        still_off = []
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                still_off.append(item.data(_RULE_ROLE))
        s.set("disabled_rules", still_off)
        s.set("dictionary", [self.words.item(row).text() for row in range(self.words.count())])
        super().accept()
