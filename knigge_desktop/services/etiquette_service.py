"""Runs the etiquette checks for the window: it schedules them, and nothing else. The
rules the user turned off are settings (services/settings_service.py); when they change,
the text is checked again.

Edits are coalesced: a check runs once the event loop is idle, so a burst of keystrokes
costs one check. Longer texts wait for a pause in typing; beyond LIVE_LIMIT characters
(a pasted book is no message) the live check pauses and says so.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from knigge_desktop.core.findings import Finding, Principle
from knigge_desktop.core.settings import Settings
from knigge_desktop.services.core_text import translated
from knigge_desktop.services.settings_service import SettingsService

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.context import CheckContext

QUICK_LIMIT = 10_000  # up to here a check runs as soon as the event loop is idle
PAUSE_MS = 300  # above, it waits for this pause in typing
LIVE_LIMIT = 100_000
LOADING_POLL_MS = 15  # while the rules load in the background, look again this often


class EtiquetteService(QObject):
    checked = Signal(object, str, str)  # findings, the text they belong to, a note for the user
    rules_changed = Signal()  # the rules in force changed: check the text again
    problem = Signal(str)  # German message, e.g. a rule file with a broken rule

    def __init__(
        self,
        settings: Settings | SettingsService,
        checker: EtiquetteChecker | None = None,
        parent: QObject | None = None,
        language: str = "de",
    ) -> None:
        super().__init__(parent)
        self._settings = SettingsService.of(settings)
        self._settings.option("disabled_rules").changed.connect(lambda _: self.rules_changed.emit())
        self.language = language  # of the findings' messages and explanations
        self.hidden = 0  # findings of the last check that the draft ignores
        # Loading the rules and word lists takes about a tenth of a second: the window shows
        # first, and the first check loads them in a thread, so typing never waits for it.
        self._checker = checker
        self._loader: threading.Thread | None = None
        self._pending: tuple[str, CheckContext, tuple[str, ...]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def _load_in_background(self) -> None:
        from knigge_desktop.core.etiquette.checker import EtiquetteChecker

        def load() -> None:
            EtiquetteChecker.shipped()  # cached per process: the next call returns it at once

        self._loader = threading.Thread(target=load, name="knigge-rules", daemon=True)
        self._loader.start()

    @property
    def checker(self) -> EtiquetteChecker:
        if self._checker is None:
            from knigge_desktop.core.etiquette.checker import EtiquetteChecker

            if self._loader is not None:
                self._loader.join()  # asked for now (a flush, the settings): wait for it
            self._checker = EtiquetteChecker.shipped()
            for error in self._checker.rules.problems:
                where = self.tr("{file}, Zeile {line}").format(
                    file=error.path.name, line=error.line
                )
                self.problem.emit(
                    self.tr("Eine Knigge-Regel wurde übersprungen: {error}").format(
                        error=f"{where}: {translated(error.message)}"
                    )
                )
        return self._checker

    def request(self, text: str, context: CheckContext, ignored: list[str]) -> None:
        self._pending = (text, context, tuple(ignored))
        if self._checker is None and self._loader is None:
            self._load_in_background()
        self._timer.start(0 if len(text) <= QUICK_LIMIT else PAUSE_MS)

    def flush(self) -> None:
        """Run a pending check now (tests, and before copying)."""
        if self._pending is not None:
            self._timer.stop()
            _ = self.checker  # waits for rules still loading in the background
            self._run()

    def check_now(self, text: str, context: CheckContext, ignored: list[str]) -> list[Finding]:
        """The findings of `text` but those the draft ignores; how many those were is in
        `hidden` afterwards (the findings panel says so rather than "no findings")."""
        found = self.checker.check(
            text, context, disabled=self.disabled_rules(), language=self.language
        )
        keys = set(ignored)
        shown = [f for f in found if f.ignore_key(text) not in keys]
        self.hidden = len(found) - len(shown)
        return shown

    def _run(self) -> None:
        if self._pending is None:
            return
        if self._checker is None and self._loader is not None and self._loader.is_alive():
            self._timer.start(LOADING_POLL_MS)  # the rules are still loading: look again soon
            return
        text, context, ignored = self._pending
        self._pending = None
        if len(text) > LIVE_LIMIT:
            number = QLocale().toString
            note = self.tr(
                "Der Text hat {n} Zeichen; die Knigge-Prüfung läuft wieder, "
                "sobald er kürzer als {limit} Zeichen ist."
            ).format(n=number(len(text)), limit=number(LIVE_LIMIT))
            self.hidden = 0
            self.checked.emit([], text, note)
            return
        self.checked.emit(self.check_now(text, context, list(ignored)), text, "")

    # -- the rules, as the interface names them ----------------------------------------

    def disabled_rules(self) -> list[str]:
        return self._settings.disabled_rules()

    def rule_message(self, rule_id: str) -> str:
        rule = self.checker.rules.get(rule_id)
        return rule.wording(self.language)[0] if rule else rule_id

    def rule_name(self, rule_id: str) -> str:
        """What the interface calls a rule: "Sie und du gemischt", not SIE_DU_MIXED."""
        rule = self.checker.rules.get(rule_id)
        return rule.title(self.language) if rule else rule_id

    def rule_groups(self) -> list[tuple[Principle, list[tuple[str, str]]]]:
        """Every rule as (id, human name), grouped by principle in the vocabulary's order."""
        groups: dict[Principle, list[tuple[str, str]]] = {}
        for rule in self.checker.rules.items:
            groups.setdefault(rule.principle, []).append((rule.id, rule.title(self.language)))
        return [(p, sorted(groups[p], key=lambda r: r[1])) for p in Principle if p in groups]
