"""The dialogs the main window opens (drafts, versions, settings, grammar, welcome, the
key list, about), each imported only when first opened: none is needed to start up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from knigge_desktop import __version__
from knigge_desktop.core.drafts import Version
from knigge_desktop.services.compose_session import ComposeSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from knigge_desktop.ui.drafts_dialog import DraftsDialog
    from knigge_desktop.ui.grammar_dialog import GrammarDialog
    from knigge_desktop.ui.main_window import MainWindow
    from knigge_desktop.ui.settings_dialog import SettingsDialog
    from knigge_desktop.ui.versions_dialog import VersionsDialog
    from knigge_desktop.ui.welcome_dialog import WelcomeDialog


LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class WindowDialogs(QObject):
    def __init__(self, window: MainWindow, session: ComposeSession) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        # The last one of each opened, for tests and for the window to find.
        self.settings_dialog: SettingsDialog | None = None
        self.grammar_dialog: GrammarDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None

    def _say(self, message: str, ms: int) -> None:
        self._window.statusBar().showMessage(message, ms)

    def show_drafts(self) -> DraftsDialog:
        from knigge_desktop.ui.drafts_dialog import DraftsDialog

        session = self._session
        session.autosaver.flush()
        dialog = DraftsDialog(session.drafts, self._window, is_open_draft=session.is_open_draft)
        dialog.open_requested.connect(session.open_draft)
        dialog.open()
        return dialog

    def import_drafts(self) -> None:
        """Datei → Entwürfe importieren: as the drafts dialog's button, said in the status bar."""
        from knigge_desktop.ui.drafts_files import import_drafts

        if said := import_drafts(self._window, self._session.drafts):
            self._say(said, 8000)

    def export_drafts(self) -> None:
        from knigge_desktop.ui.drafts_files import export_drafts

        self._session.autosaver.flush()  # the text on screen goes into the file too
        if said := export_drafts(self._window, self._session.drafts):
            self._say(said, 8000)

    def show_versions(self) -> VersionsDialog | None:
        from knigge_desktop.ui.versions_dialog import VersionsDialog

        session = self._session
        session.autosaver.flush()
        composer = session.composer
        if composer is None or composer.draft.id is None:
            self._say(self.tr("Dieser Entwurf hat noch keine gespeicherte Version."), 5000)
            return None
        dialog = VersionsDialog(session.drafts.versions(composer.draft.id), self._window)
        dialog.restore_requested.connect(self.restore_version)
        dialog.open()
        return dialog

    def restore_version(self, version: Version) -> None:
        from knigge_desktop.ui.drafts_dialog import local_time

        self._session.restore_version(version)
        when = local_time(version.saved)
        self._say(self.tr("Version vom {when} wiederhergestellt.").format(when=when), 6000)

    def offer_welcome(self) -> WelcomeDialog | None:
        """The welcome, once per user (settings: welcome_done); None if already done."""
        if self._session.settings.get("welcome_done"):
            return None
        from knigge_desktop.ui.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self._session.settings, self._window)
        # After the dialog's own handler has stored the answers.
        dialog.finished.connect(lambda _result: self._session.fill_sender_fields())
        dialog.open()  # window-modal, not a nested event loop
        self.welcome_dialog = dialog
        return dialog

    def open_settings(self) -> None:
        from knigge_desktop.core.paths import SIGNATURE_FILE
        from knigge_desktop.core.settings import OPTIONS
        from knigge_desktop.ui.settings_dialog import SettingsDialog

        session = self._session
        limit = OPTIONS["sender_signature"].max_length
        keeper = session.drafts.text_keeper(SIGNATURE_FILE, limit)
        rules = session.checks.rule_groups()
        dialog = SettingsDialog(session.settings, rules, self._window, keeper)
        dialog.grammar_requested.connect(self.open_grammar_settings)
        dialog.open()
        self.settings_dialog = dialog

    def open_grammar_settings(self) -> None:
        from knigge_desktop.ui.grammar_dialog import GrammarDialog

        dialog = GrammarDialog(self._session.settings, self._session.grammar, self._window)
        dialog.open()
        self.grammar_dialog = dialog

    def show_shortcuts(self) -> None:
        from knigge_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self._window.all_actions(), self._window).exec()

    def show_about(self) -> QMessageBox:
        """Hilfe → Über Knigge Desktop: the version, the licence (a link to its text) and
        the data folder (a link that opens it), for a bug report or a backup."""
        from html import escape

        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtWidgets import QLabel, QMessageBox

        licence = f'<a href="{LICENCE_URL}">GPL-3.0-or-later</a>'
        lines = [
            f"<b>Knigge Desktop {__version__}</b>",
            escape(
                self.tr(
                    "Gute erste Nachrichten im Business-Netzwerk: freundlich, kurz, persönlich "
                    "und in korrektem Deutsch."
                )
            ),
            self.tr("Lizenz: {licence}").format(licence=licence),
        ]
        folder = self._session.drafts.data_folder
        if folder is not None:
            url = bytes(QUrl.fromLocalFile(str(folder)).toEncoded().data()).decode("ascii")
            link = f'<a href="{escape(url)}">{escape(str(folder))}</a>'  # any path, any signs
            lines.append(self.tr("Datenordner: {folder}").format(folder=link))
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Über Knigge Desktop"))
        box.setIconPixmap(self._window.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<p>" + "</p><p>".join(lines) + "</p>")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for label in box.findChildren(QLabel):
            label.setOpenExternalLinks(True)  # the licence in the browser, the folder opened
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
