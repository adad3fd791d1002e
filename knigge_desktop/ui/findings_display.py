"""The window's part in showing findings: underlined in the text, listed in the panel, F7 and
Shift+F7 from one to the next, a fix put into the text, and the menu of rules switched off.
Which finding comes next, and where a fix goes, the compose session decides
(`ComposeSession.go_to_finding`, `apply_suggestion`); this only shows and forwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from knigge_desktop.core.composer import Composer
    from knigge_desktop.core.findings import Finding
    from knigge_desktop.services.compose_session import ComposeSession
    from knigge_desktop.ui.findings_panel import FindingsPanel
    from knigge_desktop.ui.message_editor import MessageEditor


class FindingsDisplay(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: ComposeSession,
        editor: MessageEditor,
        panel: FindingsPanel,
    ) -> None:
        super().__init__(window)
        self._bar = window.statusBar()
        self._session = session
        self._editor = editor
        self._panel = panel
        self._said: Finding | None = None  # the finding F7 named in the status bar
        self.disabled_menu: QMenu | None = None  # Einstellungen → Ausgeschaltete Regeln
        for source in (editor, panel):
            source.apply_requested.connect(self.apply_suggestion)
            source.ignore_requested.connect(session.ignore)
            source.disable_requested.connect(session.disable_rule)
        panel.selected.connect(editor.select_finding)
        panel.highlighted.connect(editor.show_finding)
        panel.released.connect(editor.let_go_of_finding)
        session.findings_changed.connect(self.show)
        session.opened.connect(self._another_draft_shown)

    def show(self, findings: list[Finding], text: str, note: str) -> None:
        self._editor.set_findings(findings, text)
        session = self._session
        # The summary counts what the panel hides only for the text those findings are of.
        hidden = session.checks.hidden if session.etiquette_found[1] == text else 0
        self._panel.set_findings(findings, text, note, hidden)
        said = self._said
        if said is not None and not any(
            (f.rule_id, f.message) == (said.rule_id, said.message) for f in findings
        ):
            # F7 said this finding; fixed now, the status bar must not go on saying it.
            self._said = None
            self._clear_status_if(said.message)

    def next_finding(self) -> None:
        """F7: select the next finding in the text and explain it."""
        self._go_to_finding(forward=True)

    def previous_finding(self) -> None:
        """Shift+F7: the previous finding."""
        self._go_to_finding(forward=False)

    def _go_to_finding(self, *, forward: bool) -> None:
        finding = self._session.go_to_finding(self._editor.selection_span(), forward=forward)
        self._said = finding  # its message is in the status bar while it holds
        if finding is not None:
            self._editor.select_finding(finding)
            self._panel.show_finding(finding)

    def apply_suggestion(self, finding: Finding, replacement: str) -> None:
        span = self._session.apply_suggestion(finding, replacement)
        if span is not None:
            self._editor.replace_span(*span, replacement)

    def fill_disabled_menu(self) -> None:
        """The rules the user switched off, each to switch on again; filled as it opens."""
        menu = self.disabled_menu
        if menu is None:
            return
        checks, settings = self._session.checks, self._session.settings
        menu.clear()
        disabled = settings.disabled_rules()
        if not disabled:
            menu.addAction(self.tr("Keine Regel ausgeschaltet")).setEnabled(False)
        for rule_id in disabled:
            act = menu.addAction(
                self.tr("Einschalten: {rule}").format(rule=checks.rule_name(rule_id))
            )
            act.triggered.connect(lambda _=False, r=rule_id: self._session.enable_rule(r))

    def _clear_status_if(self, message: str) -> None:
        if self._bar.currentMessage() == message:
            self._bar.clearMessage()

    def _another_draft_shown(self, _composer: Composer) -> None:
        """A message about the draft that was on screen is no longer true for this one
        (Ctrl+Z in the drafts dialog brought back the draft whose deletion it told)."""
        self._said = None
        self._clear_status_if(
            QCoreApplication.translate(
                "ComposeSession", "Der offene Entwurf ist gelöscht; ein neuer Entwurf ist begonnen."
            )
        )
