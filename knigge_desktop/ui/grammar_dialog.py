"""Grammatik und Rechtschreibung: where LanguageTool runs, and getting it there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.vocabulary import QT_TRANSLATE_NOOP
from knigge_desktop.services.grammar_service import GrammarService, GrammarState
from knigge_desktop.services.grammar_setup import GrammarSetup
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.ui.mnemonics import give_mnemonics
from knigge_desktop.ui.prompts import prompts_of
from knigge_desktop.ui.theme import WARNING_TEXT, pick

MODES = (
    (
        "local",
        QT_TRANSLATE_NOOP("GrammarDialog", "Auf diesem Rechner (LanguageTool lokal, empfohlen)"),
    ),
    ("server", QT_TRANSLATE_NOOP("GrammarDialog", "Eigener LanguageTool-Server")),
    ("premium", "LanguageTool Premium"),
    ("off", QT_TRANSLATE_NOOP("GrammarDialog", "Aus")),
)
LEAVES = QT_TRANSLATE_NOOP(
    "GrammarDialog",
    "⚠ Ihr Text wird dann zur Prüfung an diesen Server geschickt und verlässt den Rechner.",
)


def _wrapping_label() -> QLabel:
    """A label for sentences: wraps, grows in height, shows text as text (never rich)."""
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    return label


class GrammarDialog(QDialog):
    def __init__(
        self,
        settings: SettingsService,
        grammar: GrammarService | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grammatik und Rechtschreibung"))
        self._settings, self._grammar = settings, grammar
        self.setup = GrammarSetup(grammar.data_dir, self) if grammar is not None else None
        self.key_problem: str | None = None

        self.modes = QButtonGroup(self)
        mode_box = QVBoxLayout()
        for value, label in MODES:
            button = QRadioButton(self.tr(label))
            button.setProperty("mode", value)
            button.setChecked(settings.get("grammar_mode") == value)
            self.modes.addButton(button)
            mode_box.addWidget(button)
        self.leaves = QLabel(self.tr(LEAVES), wordWrap=True)
        self.leaves.setStyleSheet(f"color: {pick(WARNING_TEXT, self)};")

        self.java_label = _wrapping_label()
        self.lt_label = _wrapping_label()
        self.source_label = _wrapping_label()
        # Why the last download or start failed, in plain words, with a retry next to it.
        self.problem_label = _wrapping_label()
        self.problem_label.setStyleSheet(f"color: {pick(WARNING_TEXT, self)};")
        self.retry_button = QPushButton(self.tr("Noch einmal versuchen"))
        self._retry_download = False
        source = GrammarSetup.source()
        self.download_button = QPushButton(
            self.tr("LanguageTool herunterladen (etwa {mb} MB) …").format(mb=source["mb"])
        )
        self.folder_button = QPushButton(self.tr("Vorhandenen Ordner wählen …"))
        self.folder = settings.get("languagetool_folder")
        self.source_label.setText(
            self.tr(
                "LanguageTool {version} kommt als ZIP-Datei (etwa {mb} MB, entpackt etwa "
                "{unpacked_mb} MB in Ihrem Datenordner) von {host}, wo das Projekt "
                "language-tool-python eine Kopie der LanguageTool-Dateien bereithält, nicht von "
                "languagetool.org. Vor dem Entpacken wird die SHA-256-Prüfsumme mit der von "
                "language-tool-python verglichen; eine Datei, die nicht passt, wird gelöscht. "
                "Beim Prüfen braucht LanguageTool bis zu "
                "etwa {memory_mb} MB Arbeitsspeicher und Java 17 oder neuer."
            ).format(**source)
        )
        self.source_label.setToolTip(f"{source['url']}\nSHA-256: {source['sha256']}")
        local_buttons = QHBoxLayout()
        local_buttons.addWidget(self.download_button)
        local_buttons.addWidget(self.folder_button)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_label, 1)
        problem_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)

        self.url = QLineEdit(settings.get("grammar_server_url"))
        self.url.setPlaceholderText(self.tr("https://languagetool.meine-firma.de"))
        self.username = QLineEdit(settings.get("premium_username"))
        self.api_key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("wird im Schlüsselbund des Systems gespeichert"))
        self.key_label = QLabel(wordWrap=True)
        self.variant = QComboBox()
        for code, label in (
            ("de-DE", self.tr("Deutschland")),
            ("de-AT", self.tr("Österreich")),
            ("de-CH", self.tr("Schweiz")),
        ):
            self.variant.addItem(label, code)
        self.variant.setCurrentIndex(
            max(0, self.variant.findData(settings.get("grammar_language")))
        )
        self.picky = QCheckBox(self.tr("Pingelig prüfen (auch Stil und Feinheiten)"))
        self.picky.setChecked(settings.get("grammar_picky"))

        # The texts that can run long sit in a plain column, not in the form: QFormLayout
        # clips word-wrapped labels to one line's height.
        local = QVBoxLayout()
        for widget in (self.java_label, self.lt_label, self.source_label):
            local.addWidget(widget)
        local.addLayout(local_buttons)
        local.addLayout(problem_row)
        form = QFormLayout()
        form.addRow(self.tr("Server-Adresse:"), self.url)
        form.addRow(self.tr("Premium-Name:"), self.username)
        form.addRow(self.tr("API-Schlüssel:"), self.api_key)
        form.addRow("", self.key_label)
        form.addRow(self.tr("Sprachvariante:"), self.variant)
        form.addRow("", self.picky)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(mode_box)
        layout.addWidget(self.leaves)
        layout.addLayout(local)
        layout.addLayout(form)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.modes.buttonToggled.connect(lambda *_: self._update())
        self.download_button.clicked.connect(self.download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.retry_button.clicked.connect(self.retry)
        self.setMinimumWidth(560)
        self._show_problem("")
        if (
            grammar is not None
            and grammar.state == grammar.UNAVAILABLE
            and grammar.need
            in (
                "retry",
                "java",
            )
        ):
            # The server did not start (or Java is missing): say so here, with a retry.
            self._show_problem(grammar.message)
        if grammar is not None:
            grammar.status_changed.connect(self._grammar_status)
        if self.setup is not None:
            self.setup.progress.connect(self._progress)
            self.setup.finished.connect(self._downloaded)
            self.setup.failed.connect(self._download_failed)
            self.setup.cancelled.connect(self._download_cancelled)
        self._update()
        give_mnemonics(self)  # a mnemonic for every button and labelled field

    def mode(self) -> str:
        button = self.modes.checkedButton()
        return button.property("mode") if button else "local"

    def _update(self) -> None:
        mode = self.mode()
        self.leaves.setVisible(mode in ("server", "premium"))
        self.url.setEnabled(mode == "server")
        for field in (self.username, self.api_key):
            field.setEnabled(mode == "premium")
        local = mode == "local"
        for button in (self.download_button, self.folder_button):
            button.setEnabled(local and self.setup is not None)
        if self.setup is None:
            return
        ok, message = self.setup.java_status(self._settings.get("java_path"))
        self.java_label.setText(("✓ " if ok else "✗ ") + message)
        jar = self.setup.installation(self.folder)
        self.lt_label.setText(
            f"✓ {jar.parent}" if jar else self.tr("✗ LanguageTool ist noch nicht heruntergeladen")
        )

    def choose_folder(self) -> None:
        """Ask for a LanguageTool folder the user already has (the button)."""
        self.use_folder(prompts_of(self).ask_folder(self.tr("LanguageTool-Ordner wählen")))

    def use_folder(self, folder: str) -> None:
        if folder:
            self.folder = folder
            self._update()

    def _show_problem(self, message: str, *, download: bool = False) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))
        self.retry_button.setVisible(bool(message))
        self._retry_download = download

    def _grammar_status(self, state: GrammarState, message: str, need: str) -> None:
        if state is GrammarState.UNAVAILABLE and need in ("retry", "java"):
            self._show_problem(message)
        elif state is GrammarState.READY and not self._retry_download:
            self._show_problem("")
            self._update()

    def retry(self) -> None:
        """Try again what failed: the download, or starting grammar checking."""
        retry_download = self._retry_download
        self._show_problem("")
        if retry_download:
            self.download()
        elif self._grammar is not None:
            self._grammar.start()
            self.lt_label.setText(self.tr("LanguageTool wird neu gestartet …"))

    def download(self) -> None:
        if self.setup is None or self.setup.is_downloading():
            return
        self._show_problem("")
        self.progress = QProgressDialog(
            self.tr("LanguageTool wird heruntergeladen und geprüft …"),
            self.tr("Abbrechen"),
            0,
            0,
            self,
        )
        self.progress.setWindowTitle(self.tr("LanguageTool herunterladen"))
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.setup.cancel)
        self.progress.show()
        self.setup.start_download()

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setMaximum(total // 1024)
        self.progress.setValue(done // 1024)
        self.progress.setLabelText(
            self.tr("LanguageTool: {done} von {total} MB").format(
                done=f"{done / 1e6:.0f}", total=f"{total / 1e6:.0f}"
            )
        )

    def _downloaded(self, jar: str) -> None:
        self.progress.reset()
        self.folder = ""
        self._update()
        self.lt_label.setText(self.tr("✓ heruntergeladen und geprüft: {jar}").format(jar=jar))
        if self._grammar is not None and self._settings.get("grammar_mode") == "local":
            self._grammar.start()  # one confirmed download is all it takes

    def _download_failed(self, message: str, cause: str) -> None:
        self.progress.reset()
        self._update()
        self._show_problem(message, download=True)

    def _download_cancelled(self) -> None:
        self.progress.reset()
        self.lt_label.setText(self.tr("✗ Herunterladen abgebrochen; nichts wurde gespeichert."))

    def accept(self) -> None:
        key = self.api_key.text()
        if key and self.setup is not None:
            self.key_problem = self.setup.store_api_key(key)
            if self.key_problem:
                if self._grammar is not None:
                    self._grammar.session_api_key = key  # this session only, never a file
                # Said before the dialog closes: a label in it would vanish with it unread.
                prompts_of(self).show_problem(
                    self.tr("API-Schlüssel nicht gespeichert"),
                    self.tr(
                        "{reason}\n\nDer Schlüssel gilt nur bis zum Beenden und wird nie in "
                        "eine Datei geschrieben. Richten Sie einen Schlüsselbund ein (z. B. "
                        "GNOME Keyring oder KWallet), damit er bleibt."
                    ).format(reason=self.key_problem),
                )
        # A changed option restarts grammar checking by itself (services/grammar_service.py);
        # OK without a change tries again, as after a fixed Java or a server back online.
        changed = self._settings.update(
            {
                "grammar_mode": self.mode(),
                "grammar_server_url": self.url.text().strip(),
                "premium_username": self.username.text().strip(),
                "grammar_language": self.variant.currentData(),
                "grammar_picky": self.picky.isChecked(),
                "languagetool_folder": self.folder,
            }
        )
        if not changed and self._grammar is not None:
            self._grammar.start()
        super().accept()
