"""The welcome at the first start: who writes (name and signature for every new draft),
the usual tone, and where things are. It does not come back once closed, however it was
closed; the same settings are under Bearbeiten → Einstellungen (Ctrl+,)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.vocabulary import QT_TRANSLATE_NOOP, Tone
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.ui.mnemonics import give_mnemonics

# How the user usually writes: named as a sentence about themselves, so it cannot be taken for
# the form's "Anrede" (Frau/Herr). The choice sets the gallery's tone filter and the template
# of a new, untouched draft.
USUAL_TONES = {
    "": QT_TRANSLATE_NOOP("UsualTone", "Mal so, mal so"),
    Tone.FORMAL.value: QT_TRANSLATE_NOOP("UsualTone", "Ich schreibe meist per Sie"),
    Tone.INFORMAL.value: QT_TRANSLATE_NOOP("UsualTone", "Ich schreibe meist per du"),
}


def usual_tone_combo(current: str) -> QComboBox:
    """The 'Sie oder du' choice of the welcome and the settings, set to `current`."""
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("UsualTone", "Sie oder du"))
    for value, label in USUAL_TONES.items():
        combo.addItem(QCoreApplication.translate("UsualTone", label), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


WHERE_THINGS_ARE = QT_TRANSLATE_NOOP(
    "WelcomeDialog",
    "<p><b>So ist das Fenster aufgebaut:</b></p><ul>"
    "<li><b>Links</b> die Vorlagen, nach Ihrer Lage geordnet: Ich schreibe zuerst, Ich "
    "antworte, Ich sage ab, Ich fasse nach (Strg+1).</li>"
    "<li><b>Eine Nachricht bekommen?</b> Strg+Umschalt+R: einfügen, und die passende "
    "Antwort ist mit einem Klick begonnen.</li>"
    "<li><b>In der Mitte</b> die Felder der Vorlage; daraus entsteht der Text (Strg+2).</li>"
    "<li><b>Rechts</b> Ihre Nachricht, frei bearbeitbar, darunter die Knigge-Hinweise "
    "(Strg+3, Strg+4; F7 springt zum nächsten Hinweis).</li>"
    "<li><b>{copy_keys}</b> kopiert den fertigen Text. Entwürfe werden beim Tippen "
    "gespeichert (Strg+O).</li>"
    "<li><b>F1</b> zeigt alle Tastenkürzel.</li></ul>",
)


class WelcomeDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Willkommen bei Knigge Desktop"))
        self._settings = settings
        intro = QLabel(
            self.tr(
                "<h3>Willkommen!</h3><p>Knigge Desktop hilft bei der ersten Nachricht an "
                "Fremde auf XING, LinkedIn oder per E-Mail: freundlich, kurz, persönlich. "
                "Drei Angaben sparen Ihnen später Tipparbeit; alle lassen sich jederzeit "
                "unter <i>Bearbeiten → Einstellungen</i> ändern.</p>"
            ),
            wordWrap=True,
        )
        intro.setObjectName("welcome_intro")
        self.sender_name = QLineEdit(settings.get("sender_name"))
        self.sender_name.setPlaceholderText(self.tr("z. B. Jonas Becker"))
        self.sender_name.setAccessibleName(self.tr("Ihr Name"))
        self.signature = QPlainTextEdit(settings.get("sender_signature"))
        self.signature.setPlaceholderText(self.tr("z. B. Einkauf · Becker Transport GmbH"))
        self.signature.setAccessibleName(self.tr("Ihre Signatur"))
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(self.signature.fontMetrics().lineSpacing() * 3 + 12)
        self.tone = usual_tone_combo(settings.get("default_tone"))
        form = QFormLayout()
        form.addRow(self.tr("Ihr &Name:"), self.sender_name)
        form.addRow(self.tr("Ihre &Signatur:"), self.signature)
        form.addRow(self.tr("Sie oder &du:"), self.tone)
        # The copy key as the menu shows it (Qt's own spelling), so the two always agree.
        copy_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        where = QLabel(self.tr(WHERE_THINGS_ARE).format(copy_keys=copy_keys), wordWrap=True)
        where.setObjectName("where_things_are")
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Los geht’s"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("&Überspringen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.finished.connect(self._remember)
        give_mnemonics(self)  # a mnemonic for every button and labelled field
        self.resize(560, self.sizeHint().height())

    def _remember(self, result: int) -> None:
        """Closing in any way counts as done; only 'Los geht’s' keeps the answers."""
        answers: dict[str, object] = {"welcome_done": True}
        if result == QDialog.DialogCode.Accepted:
            answers["sender_name"] = self.sender_name.text().strip()
            answers["sender_signature"] = self.signature.toPlainText().strip()
            answers["default_tone"] = str(self.tone.currentData() or "")
        self._settings.update(answers)
