"""User settings: every option declared once, with its type and default, in OPTIONS.

The file (settings.json in the config dir) carries a version; files of older versions are
migrated (MIGRATIONS). A file that cannot be read, or holds values of the wrong type, is
kept aside as a backup and the defaults are used; unknown options are passed over, with a
copy of the file kept. Either way the caller gets a message to show. Secrets never go
here (they belong in the keyring).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

SETTINGS_VERSION = 2


class Option(NamedTuple):
    name: str
    type: type
    default: Any
    label: str


OPTIONS: dict[str, Option] = {
    option.name: option
    for option in (
        Option("disabled_rules", list, [], "Ausgeschaltete Regeln (Knigge und Grammatik)"),
        Option("dictionary", list, [], "Eigenes Wörterbuch"),
        Option("sender_name", str, "", "Ihr Name, vorausgefüllt in neuen Entwürfen"),
        Option("sender_signature", str, "", "Ihre Signatur unter dem Namen"),
        Option("default_tone", str, "", "Übliche Anrede: formal, informal oder leer"),
        Option("default_platform", str, "", "Übliche Plattform: xing, linkedin, email oder leer"),
        Option("grammar_mode", str, "local", "Grammatikprüfung: local, server, premium, off"),
        Option("grammar_server_url", str, "", "Eigener LanguageTool-Server"),
        Option("grammar_language", str, "de-DE", "Sprachvariante: de-DE, de-AT, de-CH"),
        Option("grammar_picky", bool, False, "Pingelige Prüfung (level=picky)"),
        Option("premium_username", str, "", "LanguageTool-Premium-Benutzername"),
        Option("java_path", str, "", "Java-Programm (leer: automatisch suchen)"),
        Option("languagetool_folder", str, "", "Vorhandener LanguageTool-Ordner"),
        Option("pane_sizes", list, [], "Breiten von Vorlagen, Feldern und Text"),
        Option("window_geometry", str, "", "Lage und Größe des Fensters (Qt, Base64)"),
        Option("welcome_done", bool, False, "Die Begrüßung beim ersten Start ist erledigt"),
        Option("language", str, "", "Sprache der Oberfläche: de, en oder leer (wie das System)"),
    )
}


def _dictionary_once(values: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: version 1 kept a word as often as it was added; now each word once."""
    words = values.get("dictionary")
    if isinstance(words, list):
        return {**values, "dictionary": list(dict.fromkeys(words))}
    return values


# How a file of one version becomes the next: {old version: migration}.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _dictionary_once}


class Settings:
    def __init__(self, path: Path | None, values: dict[str, Any] | None = None) -> None:
        self.path = path  # None: kept in memory only
        self._values = {name: _copy(o.default) for name, o in OPTIONS.items()}
        self._values.update(values or {})

    @classmethod
    def load(cls, path: Path) -> tuple[Settings, str | None]:
        """The settings, and a German message when something in the file was wrong."""
        if not path.exists():
            return cls(path), None
        try:
            values, unknown = _validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
            where = _keep_backup(path, move=True)
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Die Einstellungen ließen sich nicht lesen ({error}); es gelten die Vorgaben.",
                ),
                error=exc,
            )
            return cls(path), Message("{reason}{where}", reason=reason, where=where)
        if unknown:
            where = _keep_backup(path, move=False)
            return cls(path, values), Message(
                QT_TRANSLATE_NOOP("core", "Unbekannte Einstellungen übergangen: {names}.{where}"),
                names=", ".join(sorted(unknown)),
                where=where,
            )
        return cls(path, values), None

    def get(self, name: str) -> Any:
        return _copy(self._values[name])

    def set(self, name: str, value: Any) -> None:
        option = OPTIONS[name]
        if not isinstance(value, option.type):
            raise TypeError(f"{name} erwartet {option.type.__name__}")
        self._values[name] = _copy(value)

    def save(self) -> None:
        """Write atomically, readable by the user alone."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {"version": SETTINGS_VERSION, "values": self._values}
        temporary = self.path.with_name(self.path.name + ".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        os.replace(temporary, self.path)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _keep_backup(path: Path, *, move: bool) -> str:
    """Keep the file as it was next to it; returns the sentence that says where."""
    backup = path.with_name(f"{path.name}.defekt-{datetime.now():%Y%m%d-%H%M%S}")
    try:
        if move:
            path.replace(backup)
        else:
            shutil.copy2(path, backup)
    except OSError:
        return ""
    return Message(
        QT_TRANSLATE_NOOP("core", " Die alte Datei liegt unter {backup}."), backup=backup
    )


def _validate(data: Any) -> tuple[dict[str, Any], set[str]]:
    """The known values, migrated to this version, and the names of unknown ones."""
    if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
        raise ValueError(Message(QT_TRANSLATE_NOOP("core", "kein Einstellungsobjekt")))
    version = data.get("version")
    if not isinstance(version, int) or not 1 <= version <= SETTINGS_VERSION:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("core", "unbekannte Version {version}"), version=version)
        )
    raw = dict(data["values"])
    for old in range(version, SETTINGS_VERSION):
        raw = MIGRATIONS[old](raw)
    values, unknown = {}, set()
    for name, value in raw.items():
        option = OPTIONS.get(name)
        if option is None:
            unknown.add(name)
        elif not isinstance(value, option.type):
            raise ValueError(
                Message(QT_TRANSLATE_NOOP("core", "„{name}“ hat den falschen Typ"), name=name)
            )
        else:
            values[name] = value
    return values, unknown
