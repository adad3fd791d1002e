"""The message a draft answers, above its fields while the reply is written: one line that
says whom and what it answers, and the message itself, folded away with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from knigge_desktop.core.reply import ReadMessage
from knigge_desktop.core.vocabulary import RECEIVED_KIND_LABELS
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.long_lines import set_text_fitting_wrap
from knigge_desktop.ui.reply_dialog import sender_label


class ReceivedPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("received_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.message = QPlainTextEdit()
        self.message.setObjectName("received_message")
        self.message.setAccessibleName(self.tr("Erhaltene Nachricht"))
        self.message.setReadOnly(True)
        self.message.setMaximumHeight(180)
        self.message.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.toggle)
        layout.addWidget(self.message)
        self.toggle.toggled.connect(self._fold)
        self.hide()

    def show_received(self, received: str, read: ReadMessage | None) -> None:
        """Show the message a draft answers; "" hides the panel (the draft answers none)."""
        if not received.strip():
            self.hide()
            return
        who = sender_label(read.sender) if read else ""
        kind = vocabulary(RECEIVED_KIND_LABELS[read.kind]) if read else ""
        if who and kind:
            title = self.tr("Antwort auf: {who} ({kind})").format(who=who, kind=kind)
        else:
            title = self.tr("Antwort auf die erhaltene Nachricht")
        self.toggle.setText(title)
        self.toggle.setToolTip(self.tr("Die erhaltene Nachricht zeigen oder einklappen"))
        if self.message.toPlainText() != received:
            set_text_fitting_wrap(self.message, received)
        self.show()

    def _fold(self, shown: bool) -> None:
        self.message.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
