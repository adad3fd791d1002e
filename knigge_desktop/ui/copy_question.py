"""The question before copying a text that is not finished yet: what is still open, one
point a line, and two buttons that say what they do (not Ja/Nein)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from knigge_desktop.core.composer import CopyCheck


class CopyQuestion(QMessageBox):
    def __init__(self, check: CopyCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copy_question")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Noch nicht fertig"))
        # Plain text: a placeholder such as "<Vorname>" must show as typed, not as markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.open_points(check))
        self.copy_button = self.addButton(
            self.tr("Trotzdem &kopieren"), QMessageBox.ButtonRole.AcceptRole
        )
        self.back_button = self.addButton(
            self.tr("&Zurück zum Text"), QMessageBox.ButtonRole.RejectRole
        )
        # Enter and Escape both keep the text: copying an unfinished text takes a decision.
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)

    def open_points(self, check: CopyCheck) -> str:
        sections = []
        for heading, items in (
            (self.tr("Diese Pflichtfelder sind noch leer:"), check.missing_fields),
            (self.tr("Im Text stehen noch Platzhalter:"), tuple(dict.fromkeys(check.placeholders))),
            (self.tr("Offene Knigge-Hinweise:"), check.open_findings),
        ):
            if items:
                sections.append("\n".join([heading, *(f"• {item}" for item in items)]))
        return "\n\n".join(sections)

    def copy_anyway(self) -> bool:
        """Ask, and say whether the user chose to copy all the same."""
        self.exec()
        return self.clickedButton() is self.copy_button
