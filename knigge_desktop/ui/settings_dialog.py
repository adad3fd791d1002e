"""Einstellungen: who writes, the usual tone and platform, which rules are on, own words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.findings import PRINCIPLE_LABELS, Principle
from knigge_desktop.core.settings import OPTIONS
from knigge_desktop.core.vocabulary import PLATFORM_LABELS
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.services.text_keeper import TextKeeper
from knigge_desktop.ui.i18n import LANGUAGES, vocabulary
from knigge_desktop.ui.mnemonics import give_mnemonics
from knigge_desktop.ui.welcome_dialog import usual_tone_combo

_RULE_ROLE = Qt.ItemDataRole.UserRole  # fine here: the dialog is not on the start-up path
# Every rule by principle, as (id, human name); the id is kept in item data, never shown.
RuleGroups = Sequence[tuple[Principle, Sequence[tuple[str, str]]]]


class _WordLine(QLineEdit):
    """Enter adds the word typed here; it must not also press the dialog's OK."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class SettingsDialog(QDialog):
    grammar_requested = Signal()

    def __init__(
        self,
        settings: SettingsService,
        rule_groups: RuleGroups,
        parent: QWidget | None = None,
        keeper: TextKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self._settings = settings
        # The limits the settings file is read with (core/settings.py): what is typed here
        # must still be there at the next start.
        self.sender_name = QLineEdit(settings.get("sender_name"))
        self.sender_name.setMaxLength(OPTIONS["sender_name"].max_length)
        self.sender_name.setPlaceholderText(self.tr("z. B. Jonas Becker"))
        self.signature = QPlainTextEdit(settings.get("sender_signature"))
        self.signature.setPlaceholderText(
            self.tr("z. B. Einkauf · Becker Transport GmbH · 0561 123456")
        )
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(self.signature.fontMetrics().lineSpacing() * 4 + 12)
        # A signature typed but not yet confirmed is kept like a draft: after a crash the
        # next opening shows it; OK or Abbrechen removes it (services/text_keeper.py).
        self._keeper = keeper
        if keeper is not None:
            if kept := keeper.text():
                self.signature.setPlainText(kept)
            self.signature.textChanged.connect(lambda: keeper.schedule(self.signature.toPlainText))
        self.tone = usual_tone_combo(settings.get("default_tone"))  # as in the welcome
        self.platform = QComboBox()
        self.platform.addItem(self.tr("keine Vorgabe"), "")
        for platform, label in PLATFORM_LABELS.items():
            self.platform.addItem(vocabulary(label), platform.value)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(settings.get("default_platform")))
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprache der Oberfläche"))
        for code, name in LANGUAGES.items():
            self.language.addItem(QCoreApplication.translate("i18n", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language_note = QLabel(
            self.tr("Eine andere Sprache gilt ab dem nächsten Start."), wordWrap=True
        )
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda: self.language_note.setVisible(True))
        grammar_button = QPushButton(self.tr("Grammatik und Rechtschreibung …"))
        # Why OK did not close the dialog (a signature too long), or why a word was not added.
        self.problem = QLabel(wordWrap=True)
        self.problem.setVisible(False)

        # All rules, grouped by principle; a tick means the rule is on.
        self.rules = QTreeWidget()
        self.rules.setHeaderHidden(True)
        self.rules.setAccessibleName(self.tr("Knigge-Regeln"))
        off = set(settings.get("disabled_rules"))
        self._rule_items: dict[str, QTreeWidgetItem] = {}
        for principle, rules in rule_groups:
            group = QTreeWidgetItem([vocabulary(PRINCIPLE_LABELS[principle])])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.rules.addTopLevelItem(group)
            for rule_id, name in rules:
                item = QTreeWidgetItem([name])
                item.setToolTip(0, name)
                item.setData(0, _RULE_ROLE, rule_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = rule_id not in off
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                group.addChild(item)
                self._rule_items[rule_id] = item
        self.rules.expandAll()
        # Whole names, scrolled sideways when the dialog is narrow: an elided name
        # ("Vor dem Namen fehlt eine …") does not say which rule one turns off.
        self.rules.header().setStretchLastSection(False)
        self.rules.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Rules turned off that this version no longer has stay off, unseen.
        self._unknown_off = [r for r in settings.get("disabled_rules") if r not in self._rule_items]

        form = QFormLayout()
        form.addRow(self.tr("&Ihr Name:"), self.sender_name)
        form.addRow(self.tr("Si&gnatur:"), self.signature)
        form.addRow(self.tr("Sie oder &du:"), self.tone)
        form.addRow(self.tr("Übliche &Plattform:"), self.platform)
        form.addRow(self.tr("&Sprache:"), self.language)
        form.addRow("", self.language_note)
        form.addRow("", grammar_button)
        lists = QHBoxLayout()
        rules_box, words_box = QVBoxLayout(), QVBoxLayout()
        rules_box.addWidget(QLabel(self.tr("Knigge-Regeln (Haken: an)")))
        rules_box.addWidget(self.rules)
        self._build_dictionary(words_box, settings.get("dictionary"))
        lists.addLayout(rules_box, 3)  # every rule by name: the longer list gets the room
        lists.addLayout(words_box, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(
            QLabel(self.tr("Name und Signatur gelten für neue Entwürfe."), wordWrap=True)
        )
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grammar_button.clicked.connect(self.grammar_requested)

        give_mnemonics(self)  # a mnemonic for every button and labelled field

    # -- the personal dictionary ---------------------------------------------------------

    def _build_dictionary(self, box: QVBoxLayout, words: list[str]) -> None:
        """The word list, a line to add a word, and a remove button that is only enabled
        while a word is selected."""
        self.words = QListWidget()
        self.words.setAccessibleName(self.tr("Eigenes Wörterbuch"))
        self.words.addItems(words)
        heading = QLabel(self.tr("Eigenes &Wörterbuch"))
        heading.setBuddy(self.words)
        self.new_word = _WordLine()
        self.new_word.setMaxLength(OPTIONS["dictionary"].max_length)
        self.new_word.setPlaceholderText(self.tr("Neues Wort"))
        self.new_word.setAccessibleName(self.tr("Neues Wort für das Wörterbuch"))
        self.add_word_button = QPushButton(self.tr("&Hinzufügen"))
        self.add_word_button.setAutoDefault(False)
        self.remove_word_button = QPushButton(self.tr("Wort &entfernen"))
        self.remove_word_button.setAutoDefault(False)
        adding = QHBoxLayout()
        adding.addWidget(self.new_word, 1)
        adding.addWidget(self.add_word_button)
        box.addWidget(heading)
        box.addWidget(self.words)
        box.addLayout(adding)
        box.addWidget(self.remove_word_button)
        self.new_word.textChanged.connect(self._update_word_buttons)
        self.new_word.returnPressed.connect(self.add_typed_word)
        self.add_word_button.clicked.connect(self.add_typed_word)
        self.words.itemSelectionChanged.connect(self._update_word_buttons)
        self.remove_word_button.clicked.connect(self.remove_selected_word)
        self._update_word_buttons()

    def _update_word_buttons(self) -> None:
        self.add_word_button.setEnabled(bool(self.new_word.text().strip()))
        self.remove_word_button.setEnabled(bool(self.words.selectedItems()))

    def add_typed_word(self) -> None:
        word = self.new_word.text().strip()
        if not word:
            return
        if not self.words.findItems(word, Qt.MatchFlag.MatchExactly):
            limit = OPTIONS["dictionary"].max_items
            if self.words.count() >= limit:
                self._say(
                    self.tr(
                        "Das Wörterbuch ist voll (höchstens {limit} Wörter); "
                        "entfernen Sie erst ein Wort."
                    ).format(limit=f"{limit:n}")
                )
                return  # the typed word stays in the line
            self.words.addItem(word)
        self._say("")
        self.new_word.clear()
        self._update_word_buttons()

    def rule_item(self, rule_id: str) -> QTreeWidgetItem:
        return self._rule_items[rule_id]

    def remove_selected_word(self) -> None:
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))
        self._update_word_buttons()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def accept(self) -> None:
        signature = self.signature.toPlainText().strip()
        limit = OPTIONS["sender_signature"].max_length
        if len(signature) > limit:
            self._say(
                self.tr(
                    "Die Signatur ist zu lang: {length} Zeichen, höchstens {limit} gehen. "
                    "Bitte kürzen Sie sie."
                ).format(length=len(signature), limit=limit)
            )
            self.signature.setFocus()
            return
        off = [
            rule_id
            for rule_id, item in self._rule_items.items()
            if item.checkState(0) != Qt.CheckState.Checked
        ]
        self._settings.update(
            {
                "sender_name": self.sender_name.text().strip(),
                "sender_signature": signature,
                "default_tone": self.tone.currentData(),
                "default_platform": self.platform.currentData(),
                "language": self.language.currentData(),
                "disabled_rules": self._unknown_off + off,
                "dictionary": [self.words.item(row).text() for row in range(self.words.count())],
            }
        )
        if self._keeper is not None:
            self._keeper.clear()  # stored in the settings now
        super().accept()

    def reject(self) -> None:
        if self._keeper is not None:
            self._keeper.clear()  # Abbrechen: the signature stays as it was
        super().reject()
