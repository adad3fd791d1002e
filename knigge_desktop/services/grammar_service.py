"""Grammar checks for the window, off the UI thread.

One worker thread does everything slow: starting the local LanguageTool server (a cold JVM
takes tens of seconds), every check, stopping. It lives as long as the app, which matters on
Linux: the server is told to die when the thread that started it ends. Checks go out after
a pause in typing; each carries the text's version, and a result for an older version is
dropped, never drawn at the wrong place.
"""

from __future__ import annotations

import queue
import threading
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from knigge_desktop.core.grammar.names import known_names
from knigge_desktop.core.settings import Settings
from knigge_desktop.services.core_text import reason, translated
from knigge_desktop.services.settings_service import GRAMMAR_OPTIONS, SettingsService

if TYPE_CHECKING:  # loaded with the first check, not at start-up
    from knigge_desktop.core.etiquette.context import CheckContext

PAUSE_MS = 700
WHOLE_TEXT_PAUSE_MS = 3000  # then the whole text once (rules across paragraphs)


class GrammarState(StrEnum):
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


# What the worker thread is asked to do, one object per task.
class Configure(NamedTuple):
    """(Re)start the engine with the current settings."""


class Stop(NamedTuple):
    """Stop the engine and end the worker."""


class Check(NamedTuple):
    text: str
    version: int  # dropped when the user typed on meanwhile
    names: tuple[str, ...]  # people's names: no typos
    whole: bool  # the whole text at once (rules across paragraphs), not changed paragraphs


GrammarTask = Configure | Stop | Check


class GrammarService(QObject):
    # state (GrammarState), message in the window's language, need (engine.Need value or "")
    status_changed = Signal(object, str, str)
    # The worker reports here; `_remember` takes it in the UI thread, then tells everyone
    # through status_changed at once: whoever hears of a state sees it in `state` too.
    _reported = Signal(object, str, str)
    checked = Signal(object, str)  # findings, the text they belong to

    STARTING, READY, UNAVAILABLE = (
        GrammarState.STARTING,
        GrammarState.READY,
        GrammarState.UNAVAILABLE,
    )

    def __init__(
        self, settings: Settings | SettingsService, data_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = SettingsService.of(settings)
        # A grammar option changed (the dialog stores several at once): restart once.
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.setInterval(0)
        self._restart.timeout.connect(lambda: self.start())
        for name in GRAMMAR_OPTIONS:
            self._settings.option(name).changed.connect(self._option_changed)
        self._data_dir = data_dir
        self.session_api_key = ""  # a Premium key kept for this session only (no keyring)
        self.state, self.message, self.need = self.STARTING, "", ""
        self._tasks: queue.Queue[GrammarTask] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._version = 0
        self._pending: tuple[str, int, tuple[str, ...]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._send)
        # Typing paused for longer: one check of the whole text, for LanguageTool's rules
        # that read across paragraphs (the checks while typing send changed ones only).
        self._whole_timer = QTimer(self)
        self._whole_timer.setSingleShot(True)
        self._whole_timer.setInterval(WHOLE_TEXT_PAUSE_MS)
        self._whole_timer.timeout.connect(self._send_whole)
        self._last: tuple[str, tuple[str, ...]] | None = None
        self._reported.connect(self._remember)

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    # -- called from the UI thread --------------------------------------------------------

    def start(self) -> None:
        """Start (or, after a settings change, restart) grammar checking in the background."""
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="grammar", daemon=True)
            self._worker.start()
        self._tasks.put(Configure())

    def _option_changed(self, _value: object) -> None:
        if self._worker is not None:  # not started yet: it starts with the new options
            self._restart.start()

    def request(self, text: str, context: CheckContext | None = None) -> None:
        """Check `text` after a pause; `context` (the draft's fields) names the people whose
        names are no typos."""
        self._version += 1
        self._pending = (text, self._version, known_names(context))
        self._last = (text, self._pending[2])
        self._timer.start()
        self._whole_timer.start()

    def flush(self) -> None:
        self._timer.stop()
        self._send()

    def shutdown(self, timeout: float = 10.0) -> None:
        if self._worker is not None:
            self._tasks.put(Stop())
            self._worker.join(timeout)
            self._worker = None

    def _send(self) -> None:
        if self._pending is not None:
            text, version, names = self._pending
            self._tasks.put(Check(text, version, names, whole=False))
            self._pending = None

    def _send_whole(self) -> None:
        if self._last is not None:
            self._send()
            text, names = self._last
            self._tasks.put(Check(text, self._version, names, whole=True))

    def _remember(self, state: GrammarState, message: str, need: str) -> None:
        self.state, self.message, self.need = state, message, need
        self.status_changed.emit(state, message, need)

    # -- the worker thread ------------------------------------------------------------------

    def _work(self) -> None:
        from knigge_desktop.core.grammar.client import GrammarUnavailable
        from knigge_desktop.core.grammar.engine import GrammarEngine, NotReady, config_from_settings

        engine: GrammarEngine | None = None
        while True:
            task = self._tasks.get()
            if isinstance(task, Stop):
                if engine is not None:
                    engine.stop()
                return
            if isinstance(task, Configure):
                if engine is not None:
                    engine.stop()
                config, problem = config_from_settings(
                    self._settings.values, self._data_dir, self.session_api_key
                )
                engine = GrammarEngine(config)
                self._reported.emit(self.STARTING, self.tr("LanguageTool startet …"), "")
                try:
                    engine.start()
                except NotReady as exc:
                    message = f"{reason(exc)} {translated(problem)}" if problem else reason(exc)
                    self._reported.emit(self.UNAVAILABLE, message, exc.need.value)
                    continue
                self._reported.emit(self.READY, self._ready_message(config.mode), "")
                continue
            if engine is None or task.version != self._version:
                continue  # stale: the user typed on
            text = task.text
            try:
                findings = engine.check(
                    text,
                    disabled_rules=self._settings.get("disabled_rules"),
                    dictionary=self._settings.get("dictionary"),
                    names=task.names,
                    whole=task.whole,
                )
            except GrammarUnavailable as exc:
                need = exc.need.value if isinstance(exc, NotReady) else "retry"
                self._reported.emit(self.UNAVAILABLE, reason(exc), need)
                continue
            if self.state != self.READY:
                self._reported.emit(self.READY, self._ready_message(engine.config.mode), "")
            if task.version == self._version:
                # Explanations (and the app's own messages) are core's; worded here in the
                # window's language. LanguageTool's messages are plain strings: kept as sent.
                explained = [
                    f._replace(message=translated(f.message), explanation=translated(f.explanation))
                    for f in findings
                ]
                self.checked.emit(explained, text)

    def off_label(self) -> str:
        """The status bar's few words for why grammar is off (the tooltip has the rest)."""
        mode = self._settings.get("grammar_mode")
        if self.need in ("settings", "retry") and mode == "server":
            if not self._settings.get("grammar_server_url").strip():
                return self.tr("Grammatik aus: kein Server eingetragen")
            return self.tr("Grammatik aus: Server antwortet nicht")
        if self.need in ("settings", "retry") and mode == "premium":
            return self.tr("Grammatik aus: Premium-Zugang prüfen")
        labels = {
            "java": self.tr("Grammatik aus: kein passendes Java"),
            "download": self.tr("Grammatik aus: LanguageTool fehlt noch"),
            "settings": self.tr("Grammatik aus: Einstellungen prüfen"),
            "nothing": self.tr("Grammatik: ausgeschaltet"),
            "retry": self.tr("Grammatik aus: LanguageTool läuft nicht"),
        }
        return labels.get(self.need, self.tr("Grammatik aus – einrichten …"))

    def _ready_message(self, mode: str) -> str:
        return {
            "local": self.tr("bereit (auf diesem Rechner)"),
            "server": self.tr("bereit (Server; der Text verlässt den Rechner)"),
            "premium": self.tr("bereit (Premium; der Text verlässt den Rechner)"),
        }.get(mode, self.tr("bereit"))
