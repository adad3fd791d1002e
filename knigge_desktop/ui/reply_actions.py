"""The window's part in replying to a received message: the paste box (ui/reply_dialog.py)
and the received message above the fields (ui/received_panel.py). Reading and starting the
reply are the session's (services/compose_session.py, services/reply_service.py); both
widgets are built when first needed, so none of this is on the start-up path."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knigge_desktop.core.composer import Composer
    from knigge_desktop.services.compose_session import ComposeSession
    from knigge_desktop.services.reply_service import ReplyStart
    from knigge_desktop.ui.main_window import MainWindow
    from knigge_desktop.ui.received_panel import ReceivedPanel
    from knigge_desktop.ui.reply_dialog import ReplyDialog


class ReplyActions:
    def __init__(self, window: MainWindow, session: ComposeSession) -> None:
        self._window = window
        self._session = session
        self.dialog: ReplyDialog | None = None
        self.panel: ReceivedPanel | None = None

    def reply_to_message(self, *, text: str | None = None) -> ReplyDialog:
        """Datei → Auf Nachricht antworten: the paste box; the open draft's received
        message in it if it has one and the box is empty."""
        from knigge_desktop.core.drafts import MAX_RECEIVED_CHARS
        from knigge_desktop.services.text_keeper import REPLY_PANE_FILE
        from knigge_desktop.ui.reply_dialog import ReplyDialog

        if self.dialog is None:
            keeper = self._session.drafts.text_keeper(REPLY_PANE_FILE, MAX_RECEIVED_CHARS)
            self.dialog = ReplyDialog(self._session.reply, self._window, keeper)
            self.dialog.reply_chosen.connect(self._start)
        dialog = self.dialog
        composer = self._session.composer
        empty = text is None and not dialog.paste.toPlainText()
        if empty and composer is not None and composer.draft.received:
            # The draft keeps this message: the pane's file need not.
            dialog.set_text(composer.draft.received, keep=False)
        if text is not None:
            dialog.set_text(text)
        dialog.open()
        dialog.paste.setFocus()
        # A message already in the box is selected: a paste replaces it, not joins it.
        dialog.paste.selectAll()
        return dialog

    def _start(self, reply: ReplyStart) -> None:
        self._session.start_reply(reply)
        self._window.focus_first_empty_field()

    def show_received(self, composer: Composer) -> None:
        """The received message above the fields while its reply is open, and the templates
        that fit it first in the gallery; neither for a draft that answers nothing."""
        window = self._window
        self._suggest(composer)
        if self.panel is None:
            if not composer.draft.received:
                return
            from knigge_desktop.ui.received_panel import ReceivedPanel

            self.panel = ReceivedPanel()
            window.form_column.insertWidget(0, self.panel)  # above the fields
        self.panel.show_received(composer.draft.received, self._session.received_read())

    def _suggest(self, composer: Composer) -> None:
        gallery = self._window.gallery
        fitting = self._session.fitting_templates()
        if fitting or gallery.suggested_ids():
            gallery.set_suggested([t.id for t in fitting])
            gallery.show_template(composer.template.id)  # the draft's, not the first that fits
