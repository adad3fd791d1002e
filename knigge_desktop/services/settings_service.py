"""The user's settings for the running app: the one place that writes them, and a change
signal per option, so whoever cares about an option listens to it (the etiquette checks
to the rules turned off, the grammar service to its own options, the gallery to the usual
tone) instead of being told by the window.

The options themselves, their types, defaults and limits are declared in core/settings.py.
Dialogs write through `update`, which stores the file once and says so (`problem`) if it
cannot be written; the values stay in force until the app ends either way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from knigge_desktop.core.settings import OPTIONS, Settings
from knigge_desktop.services.core_text import reason

# The options that change how LanguageTool runs: a change restarts it.
GRAMMAR_OPTIONS = (
    "grammar_mode",
    "grammar_server_url",
    "grammar_language",
    "grammar_picky",
    "premium_username",
    "java_path",
    "languagetool_folder",
)


class OptionSignal(QObject):
    """One option's change signal: `settings.option("default_tone").changed`."""

    changed = Signal(object)  # the new value


class SettingsService(QObject):
    problem = Signal(str)  # the file could not be written (the values still apply)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.values = settings  # read by core code that takes a Settings (grammar config)
        self._signals = {name: OptionSignal(self) for name in OPTIONS}

    @staticmethod
    def of(settings: Settings | SettingsService) -> SettingsService:
        """A service for plain Settings (tests and tools build services from those)."""
        return settings if isinstance(settings, SettingsService) else SettingsService(settings)

    def option(self, name: str) -> OptionSignal:
        return self._signals[name]

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def set(self, name: str, value: Any) -> bool:
        """Change one option in memory (not yet stored); True if it changed."""
        if self.values.get(name) == value:
            return False
        self.values.set(name, value)
        self._signals[name].changed.emit(self.values.get(name))
        return True

    def update(self, values: dict[str, Any]) -> list[str]:
        """Change several options and store them (`problem` says if the file could not be
        written); the names of those that changed. Each changed option signals after all
        are set, so a listener sees them together."""
        changed = [name for name, value in values.items() if self.values.get(name) != value]
        for name in changed:
            self.values.set(name, values[name])
        self.save()
        for name in changed:
            self._signals[name].changed.emit(self.values.get(name))
        return changed

    def save(self) -> bool:
        try:
            self.values.save()
        except OSError as exc:
            self.problem.emit(
                self.tr(
                    "Die Einstellung gilt bis zum Beenden, "
                    "ließ sich aber nicht speichern ({error})."
                ).format(error=reason(exc))
            )
            return False
        return True

    # -- the personal dictionary and the rules turned off ---------------------------------

    def add_word(self, word: str) -> None:
        """Into the personal dictionary: no spelling finding for it, anywhere."""
        words = self.get("dictionary")
        if word not in words:
            self.update({"dictionary": [*words, word]})

    def disabled_rules(self) -> list[str]:
        return self.get("disabled_rules")

    def set_rule_enabled(self, rule_id: str, enabled: bool) -> None:
        disabled = [r for r in self.disabled_rules() if r != rule_id]
        if not enabled:
            disabled.append(rule_id)
        self.update({"disabled_rules": disabled})
