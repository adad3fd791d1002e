"""How long the text is: words and characters in the status bar, and the chosen platform's
limit above the text (ui/limit_meter.py). Which limit applies the compose session says
(`ComposeSession.length_limit`); this counts on screen and shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from knigge_desktop.core.platforms import LimitLevel
from knigge_desktop.core.vocabulary import KIND_LABELS
from knigge_desktop.services.etiquette_service import LIVE_LIMIT
from knigge_desktop.ui.i18n import vocabulary

if TYPE_CHECKING:
    from knigge_desktop.services.compose_session import ComposeSession
    from knigge_desktop.ui.status_line import StatusLine
    from knigge_desktop.ui.text_pane import TextPane


class LengthDisplay(QObject):
    def __init__(self, session: ComposeSession, pane: TextPane, status_line: StatusLine) -> None:
        super().__init__(pane)
        self._session = session
        self._pane = pane
        self._editor = pane.editor
        self._status_line = status_line
        self._due = False  # a deferred count is pending
        pane.platform.currentIndexChanged.connect(self._platform_changed)

    def update(self) -> None:
        # Counting words in a huge paste on every keystroke would stall typing: there the
        # count waits for a pause.
        if self._editor.document().characterCount() > LIVE_LIMIT:
            if not self._due:
                self._due = True
                QTimer.singleShot(300, self, self._update_now)
            return
        self._update_now()

    def _update_now(self) -> None:
        self._due = False
        text = self._editor.toPlainText()
        self._status_line.show_counts(text)
        self._show_limit(text)

    def _platform_changed(self) -> None:
        self._session.set_platform(self._pane.chosen_platform())
        self._show_limit(self._editor.toPlainText())

    def _show_limit(self, text: str) -> None:
        platform = self._pane.chosen_platform()
        status, kind = self._session.length_limit(text, platform)
        label = vocabulary(KIND_LABELS[kind]) if kind else ""
        self._pane.limit_meter.show_status(status, platform, label)
        self._pane.findings.set_over_limit(status.level is LimitLevel.OVER)
