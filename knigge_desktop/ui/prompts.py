"""Every question the window and its dialogs ask the user, in one place.

Window and dialogs never open a QMessageBox or QFileDialog themselves: they ask their
`Prompts`. Tests hand them a fake with queued answers (tests/support/fake_prompts.py), so a
click on a button runs exactly the code a user's click runs, and no modal dialog blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from knigge_desktop.core.composer import CopyCheck
    from knigge_desktop.services.last_folder import LastFolder


class Prompts:
    """Real dialogs, modal to `parent`."""

    # Where file dialogs start and what they remember (services/last_folder.py); without
    # one they start where Qt chooses.
    last_folder: LastFolder | None = None

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def choose(self, title: str, text: str, buttons: Sequence[str], default: int = 0) -> int:
        """Ask with named action buttons ("Trotzdem kopieren", …); the index of the one
        pressed, or the last one (cancel) when the dialog is closed otherwise."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        made = []
        for index, label in enumerate(buttons):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if index == len(buttons) - 1
                else QMessageBox.ButtonRole.AcceptRole
            )
            made.append(box.addButton(label, role))
        box.setDefaultButton(made[default])
        box.setEscapeButton(made[-1])
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else len(buttons) - 1

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        return self.choose(title, question, [yes, no]) == 0

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        # Wide enough for a draft's whole title ("Frau Dr. Schneider – Kontaktanfrage").
        dialog.resize(max(420, dialog.fontMetrics().horizontalAdvance(text) + 80), 0)
        return dialog.textValue() if dialog.exec() else None

    def ask_open_path(self, title: str, filter_text: str) -> str:
        """A file to read, or "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        start = self.last_folder.start() if self.last_folder else ""
        path = QFileDialog.getOpenFileName(self._parent, title, start, filter_text)[0]
        if self.last_folder:
            self.last_folder.used(path)
        return path

    def ask_save_path(self, title: str, suggested: str, filter_text: str) -> str:
        """A file to write, or "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        start = self.last_folder.start(suggested) if self.last_folder else suggested
        path = QFileDialog.getSaveFileName(self._parent, title, start, filter_text)[0]
        if self.last_folder:
            self.last_folder.used(path)
        return path

    def ask_folder(self, title: str) -> str:
        """A folder, or "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        start = self.last_folder.start() if self.last_folder else ""
        return QFileDialog.getExistingDirectory(self._parent, title, start)

    def show_problem(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._parent, title, message)

    def ask_copy_anyway(self, check: CopyCheck) -> bool:
        """Before copying an unfinished text: what is still open, one point a line; True
        if the user copies all the same (ui/copy_question.py)."""
        from knigge_desktop.ui.copy_question import CopyQuestion

        self.copy_question = CopyQuestion(check, self._parent)
        return self.copy_question.copy_anyway()


def prompts_of(widget: QWidget) -> Prompts:
    """The prompts of the window a dialog belongs to (tests give the window a fake), or
    real ones modal to `widget` when no window up the parent chain has any."""
    current: QWidget | None = widget
    while current is not None:
        found = getattr(current, "prompts", None)
        if isinstance(found, Prompts):
            return found
        current = current.parentWidget()
    return Prompts(widget)
