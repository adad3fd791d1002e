"""Datei → Auf Nachricht antworten: paste what you received, see what was read, and start
the reply with one click on a fitting template (services/reply_service.py decides)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.greeting import Gender, Recipient
from knigge_desktop.core.templates import Template
from knigge_desktop.core.vocabulary import PLATFORM_LABELS, RECEIVED_KIND_LABELS, TONE_LABELS
from knigge_desktop.services.reply_service import (
    MAX_OFFERED,
    Reading,
    ReplyService,
    reply_start,
)
from knigge_desktop.services.text_keeper import TextKeeper
from knigge_desktop.ui.field_form import plain_tooltip
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.long_lines import PasteBox
from knigge_desktop.ui.mnemonics import give_mnemonics


def sender_label(sender: Recipient) -> str:
    """ "Frau Dr. Anna Wagner", "Kim Berger", or "" when no name was read."""
    salutation = {Gender.FRAU: "Frau", Gender.HERR: "Herr"}.get(sender.gender, "")
    parts = (salutation, sender.title, sender.first_name, sender.last_name)
    return (
        " ".join(part for part in parts if part) if (sender.first_name or sender.last_name) else ""
    )


class ReplyDialog(QDialog):
    """Emits ``reply_chosen(ReplyStart)`` and closes when a template is clicked."""

    reply_chosen = Signal(object)  # ReplyStart

    def __init__(
        self,
        service: ReplyService,
        parent: QWidget | None = None,
        keeper: TextKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Antwort auf eine erhaltene Nachricht"))
        self.resize(640, 540)
        self._service = service
        intro = QLabel(
            self.tr(
                "Fügen Sie die Nachricht ein, die Sie erhalten haben. Sie wird nur auf diesem "
                "Rechner gelesen und mit Ihrer Antwort gespeichert."
            ),
            wordWrap=True,
        )
        self.paste = PasteBox()
        self.paste.setAccessibleName(self.tr("Erhaltene Nachricht"))
        self.paste.setPlaceholderText(self.tr("Die erhaltene Nachricht hier einfügen (Strg+V) …"))
        self.paste.setTabChangesFocus(True)
        intro.setBuddy(self.paste)
        self.summary = QLabel()
        self.summary.setObjectName("reply_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # a sender's name is no markup
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.templates_label = QLabel(self.tr("Passende Vorlagen – ein Klick beginnt die Antwort:"))
        self.template_buttons: list[QPushButton] = []
        self._buttons_box = QVBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paste, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.templates_label)
        layout.addLayout(self._buttons_box)
        layout.addWidget(close)

        self._reading: Reading | None = None
        # What the box held when the app last stopped (killed too): kept until a reply is
        # started from it or the box is emptied (services/text_keeper.py).
        self._keeper = keeper
        self._keeping = keeper is not None
        self.paste.textChanged.connect(self._pasted)
        service.read_done.connect(self._show_reading)
        self._show_reading(None)
        if keeper is not None and (kept := keeper.text()):
            self.set_text(kept, keep=False)  # the file holds it already
        give_mnemonics(self)  # a mnemonic for every button and labelled field

    def set_text(self, text: str, *, keep: bool = True) -> None:
        """Put ``text`` into the box; ``keep=False`` for a text stored elsewhere already
        (the open draft's received message), which the box's file need not hold."""
        self._keeping = keep and self._keeper is not None
        try:
            self.paste.set_text(text)
        finally:
            self._keeping = self._keeper is not None

    def _pasted(self) -> None:
        self.summary.setText(self.tr("Wird gelesen …"))
        self._service.read_later(self.paste.toPlainText)
        if self._keeper is not None and self._keeping:
            self._keeper.schedule(self.paste.toPlainText)

    def done(self, result: int) -> None:
        """Closed (Schließen, Esc, a reply started): what the box holds is written now."""
        if self._keeper is not None and self._keeper.pending:
            self._keeper.flush()
        super().done(result)

    def _show_reading(self, reading: Reading | None) -> None:
        self._reading = reading
        for button in self.template_buttons:
            self._buttons_box.removeWidget(button)
            button.deleteLater()
        self.template_buttons = []
        if reading is None:
            self.summary.setText(self.tr("Noch keine Nachricht eingefügt."))
            self.templates_label.hide()
            return
        self.summary.setText(self.describe(reading))
        self.templates_label.setVisible(bool(reading.templates))
        for template in reading.templates[:MAX_OFFERED]:
            button = QPushButton(template.title)
            button.setToolTip(plain_tooltip(template.when))
            button.setAutoDefault(False)  # Return in the paste box is a new line, not a click
            button.setProperty("template_id", template.id)
            button.clicked.connect(lambda _checked=False, t=template: self._choose(t))
            self._buttons_box.addWidget(button)
            self.template_buttons.append(button)
        # Tab goes from the paste box to the best template (Space or Return takes it), the
        # others, then Schließen: the buttons are newer than Schließen, so say it.
        chain = [self.paste, *self.template_buttons, self.close_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self.template_buttons:
            self.template_buttons[0].setDefault(True)

    def describe(self, reading: Reading) -> str:
        """What was read, one point a line, in the window's language."""
        read = reading.read
        if read is None:
            return "\n".join(reading.notes())
        unknown = self.tr("nicht erkannt")
        lines = [
            self.tr("Von: {who}").format(who=sender_label(read.sender) or unknown),
            self.tr("Ton: {tone}").format(
                tone=vocabulary(TONE_LABELS[read.tone]) if read.tone else unknown
            ),
            self.tr("Plattform: {platform}").format(
                platform=vocabulary(PLATFORM_LABELS[read.platform]) if read.platform else unknown
            ),
            self.tr("Art: {kind}").format(
                kind=", ".join(
                    vocabulary(RECEIVED_KIND_LABELS[kind]) for kind in (read.kind, *read.also_kinds)
                )
            ),
        ]
        if read.asks:
            asks = " · ".join(read.asks[:3])
            # The reader finds questions and wishes alike ("Ich würde mich freuen, wenn wir
            # in Kontakt bleiben."): "Fragt" only when each of them is a question.
            questions = all(ask.rstrip().endswith("?") for ask in read.asks[:3])
            label = self.tr("Fragt: {asks}") if questions else self.tr("Anliegen: {asks}")
            lines.append(label.format(asks=asks))
        lines += [self.tr("Hinweis: {note}").format(note=note) for note in reading.notes()]
        if not reading.templates:
            lines.append(self.tr("Keine Vorlage passt; wählen Sie eine in der Vorlagenliste."))
        return "\n".join(lines)

    def _choose(self, template: Template) -> None:
        reading = self._reading
        if reading is None or reading.pasted != self.paste.toPlainText():
            reading = self._service.read_now(self.paste.toPlainText())  # typed on since
        if reading.read is None:
            return
        if self._keeper is not None:
            self._keeper.clear()  # the draft holds the message now; its autosave keeps it
        self.reply_chosen.emit(reply_start(reading, template))
        self.accept()
