"""Runs the etiquette checks for the window, and keeps which rules the user turned off.

Edits are coalesced: a check runs once the event loop is idle, so a burst of keystrokes
costs one check. Longer texts wait for a pause in typing; beyond LIVE_LIMIT characters
(a pasted book is no message) the live check pauses and says so.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.findings import Finding, Principle
from knigge_desktop.core.settings import Settings

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker

QUICK_LIMIT = 10_000  # up to here a check runs as soon as the event loop is idle
PAUSE_MS = 300  # above, it waits for this pause in typing
LIVE_LIMIT = 100_000
LOADING_POLL_MS = 15  # while the rules load in the background, look again this often


class EtiquetteService(QObject):
    checked = Signal(object, str, str)  # findings, the text they belong to, a note for the user
    rules_changed = Signal()
    problem = Signal(str)  # German message, e.g. settings that cannot be saved

    def __init__(
        self,
        settings: Settings,
        checker: EtiquetteChecker | None = None,
        parent: QObject | None = None,
        language: str = "de",
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = language  # of the findings' messages and explanations
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
            for error in self._checker.rules.errors:
                self.problem.emit(
                    self.tr("Eine Knigge-Regel wurde übersprungen: {error}").format(error=error)
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
        return self.checker.check(
            text, context, disabled=self.disabled_rules(), ignored=ignored, language=self.language
        )

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
            self.checked.emit([], text, note)
            return
        self.checked.emit(self.check_now(text, context, list(ignored)), text, "")

    # -- rules turned off ---------------------------------------------------------------

    def disabled_rules(self) -> list[str]:
        return self._settings.get("disabled_rules")

    @property
    def settings(self) -> Settings:
        return self._settings

    def add_word(self, word: str) -> None:
        """Into the personal dictionary: no spelling finding for it, anywhere."""
        words = self._settings.get("dictionary")
        if word not in words:
            self._settings.set("dictionary", [*words, word])
            self._save()

    def save_settings(self) -> None:
        """After the settings dialog: store, and check again with the rules now in force."""
        self._save()
        self.rules_changed.emit()

    def _save(self) -> None:
        try:
            self._settings.save()
        except OSError as exc:
            self.problem.emit(
                self.tr(
                    "Die Einstellung gilt bis zum Beenden, "
                    "ließ sich aber nicht speichern ({error})."
                ).format(error=exc)
            )

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
        for rule in self.checker.rules.rules:
            groups.setdefault(rule.principle, []).append((rule.id, rule.title(self.language)))
        return [(p, sorted(groups[p], key=lambda r: r[1])) for p in Principle if p in groups]

    def set_rule_enabled(self, rule_id: str, enabled: bool) -> None:
        disabled = [r for r in self.disabled_rules() if r != rule_id]
        if not enabled:
            disabled.append(rule_id)
        self._settings.set("disabled_rules", disabled)
        self._save()
        self.rules_changed.emit()
