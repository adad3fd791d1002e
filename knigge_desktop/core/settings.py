"""User settings: every option declared once, with its type and default, in OPTIONS.

The file (settings.json in the config dir) carries a version; files of older versions are
migrated (MIGRATIONS). A file that cannot be read, or holds values of the wrong type, is
kept aside as a backup and the defaults are used; unknown options are passed over, with a
copy of the file kept; a text that is none of an option's `choices` (a language "fr") and
a list entry of the wrong form (a rule id "kein Regelname") are refused the same way, the
rest kept. Either way the caller gets a message to show, once per damaged content (a
backup with the same bytes means it was said). Secrets never go here (they belong in the
keyring).
"""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from glob import escape as glob_escape
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.datafile import Invalid, read_json, shown_value
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.private_file import write_private
from knigge_desktop.core.shown_chars import BIDI_CONTROLS, LINE_SEPARATORS, escaped
from knigge_desktop.core.vocabulary import Platform, Tone

SETTINGS_VERSION = 2
# Limits for what the file may hold: a dictionary of 10,000 words is about 200 KB.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 8  # {"values": {"dictionary": [...]}} is 3
_BASE64 = re.compile(r"[A-Za-z0-9+/=]*")


class Option(NamedTuple):
    name: str
    type: type
    default: Any
    label: str
    # Longest string (or list item) allowed: a sender name of 1 MB made the window take
    # 82 s to appear. Lists hold at most `max_items` entries of `item_type`.
    max_length: int = 1000
    item_type: builtins.type = str  # the field `type` above shadows the builtin here
    max_items: int = 10_000
    # The values a str option may take ("" included where it means "not chosen"); empty:
    # any text within max_length.
    choices: tuple[str, ...] = ()
    # What each list item must look like (a rule id); None: any text within max_length.
    item_pattern: re.Pattern[str] | None = None

    def shown_name(self) -> Message:
        """How a message names the option: its label (translated in the window), the key
        of the file after it, so a hand-edited file can be put right."""
        return Message(
            QT_TRANSLATE_NOOP("core", "„{label}“ ({key})"), label=Message(self.label), key=self.name
        )

    def accepts(self, value: Any) -> bool:
        """Whether the file's value can be used as it is."""
        if self.type is bool or self.type is int:
            return type(value) is self.type
        if self.type is str:
            if not _fits(value, self.max_length):
                return False
            return self.name != "window_geometry" or bool(_BASE64.fullmatch(value))
        if self.type is list:
            # Words and rule ids are looked at one by one (refusal): one word too long must
            # not cost the other 9,999. Pane sizes only mean something all together.
            if self.item_type is int:
                return (
                    isinstance(value, list)
                    and len(value) <= self.max_items
                    and all(self._item_ok(item) for item in value)
                )
            return isinstance(value, list)
        return isinstance(value, self.type)

    def _item_ok(self, item: Any) -> bool:
        if self.item_type is int:
            return type(item) is int and 0 <= item <= 100_000
        return _fits(item, self.max_length)

    def refusal(self, value: Any) -> tuple[Any, Message | None]:
        """The value to use for a value of the right type, and why part or all of it was
        refused (None if nothing was): a text that is none of `choices` gives the default,
        a list keeps the items of the right form."""
        if self.choices and value not in self.choices:
            empty = Message(QT_TRANSLATE_NOOP("core", "leer"))
            allowed = _joined([Message(c) if c else empty for c in self.choices], ", ")
            return _copy(self.default), Message(
                QT_TRANSLATE_NOOP("core", "{name}: „{value}“ gibt es nicht (erlaubt: {allowed})"),
                name=self.shown_name(),
                value=shown_value(value),
                allowed=allowed,
            )
        if self.type is list:
            return self._list_refusal(value)
        return value, None

    def _list_refusal(self, value: list[Any]) -> tuple[list[Any], Message | None]:
        """The items of the right form, at most `max_items`, and why the others went."""
        reasons: list[Message] = []
        kept = [item for item in value if self._item_ok(item)]
        if len(kept) < len(value):
            reasons.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}: {count} Einträge zu lang oder von falschem Typ übergangen "
                        "(höchstens {limit} Zeichen)",
                    ),
                    name=self.shown_name(),
                    count=len(value) - len(kept),
                    limit=self.max_length,
                )
            )
        if self.item_pattern is not None:
            pattern = self.item_pattern
            wrong = [item for item in kept if not pattern.fullmatch(item)]
            if wrong:
                kept = [item for item in kept if pattern.fullmatch(item)]
                reasons.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "{name}: „{value}“ ist keine Regel-ID (übergangen: {count})"
                        ),
                        name=self.shown_name(),
                        value=shown_value(wrong[0]),
                        count=len(wrong),
                    )
                )
        if len(kept) > self.max_items:
            reasons.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}: mehr als {limit} Einträge (übergangen: {count})",
                    ),
                    name=self.shown_name(),
                    limit=self.max_items,
                    count=len(kept) - self.max_items,
                )
            )
            kept = kept[: self.max_items]
        return kept, (_joined(reasons) if reasons else None)


def _fits(value: Any, max_length: int) -> bool:
    return isinstance(value, str) and len(value) <= max_length


# Rule ids, the app's own and LanguageTool's: EXCLAMATION_PILE, GERMAN_SPELLER_RULE, DE_CASE.
_RULE_ID = re.compile(r"[A-Z][A-Z0-9_]*")
_TONES = ("", *(tone.value for tone in Tone))
_PLATFORMS = ("", *(platform.value for platform in Platform))


OPTIONS: dict[str, Option] = {
    option.name: option
    for option in (
        Option(
            "disabled_rules",
            list,
            [],
            QT_TRANSLATE_NOOP("core", "Ausgeschaltete Regeln (Knigge und Grammatik)"),
            200,
            item_pattern=_RULE_ID,
        ),
        Option("dictionary", list, [], QT_TRANSLATE_NOOP("core", "Eigenes Wörterbuch"), 200),
        Option(
            "sender_name",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Ihr Name, vorausgefüllt in neuen Entwürfen"),
            200,
        ),
        Option(
            "sender_signature",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Ihre Signatur unter dem Namen"),
            2000,
        ),
        Option(
            "default_tone",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Übliche Anrede: formal, informal oder leer"),
            choices=_TONES,
        ),
        Option(
            "default_platform",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Übliche Plattform: xing, linkedin, email oder leer"),
            choices=_PLATFORMS,
        ),
        Option(
            "grammar_mode",
            str,
            "local",
            QT_TRANSLATE_NOOP("core", "Grammatikprüfung: local, server, premium, off"),
            choices=("local", "server", "premium", "off"),
        ),
        Option(
            "grammar_server_url", str, "", QT_TRANSLATE_NOOP("core", "Eigener LanguageTool-Server")
        ),
        Option(
            "grammar_language",
            str,
            "de-DE",
            QT_TRANSLATE_NOOP("core", "Sprachvariante: de-DE, de-AT, de-CH"),
            choices=("de-DE", "de-AT", "de-CH"),
        ),
        Option(
            "grammar_picky",
            bool,
            False,
            QT_TRANSLATE_NOOP("core", "Pingelige Prüfung (level=picky)"),
        ),
        Option(
            "premium_username",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "LanguageTool-Premium-Benutzername"),
        ),
        Option(
            "java_path",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Java-Programm (leer: automatisch suchen)"),
        ),
        Option(
            "languagetool_folder",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Vorhandener LanguageTool-Ordner"),
        ),
        Option(
            "pane_sizes",
            list,
            [],
            QT_TRANSLATE_NOOP("core", "Breiten von Vorlagen, Feldern und Text"),
            item_type=int,
            max_items=10,
        ),
        Option(
            "window_geometry",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Lage und Größe des Fensters (Qt, Base64)"),
            4096,
        ),
        Option(
            "gallery_group_by",
            str,
            "situation",
            QT_TRANSLATE_NOOP("core", "Vorlagen ordnen: situation oder kind"),
            choices=("situation", "kind"),
        ),
        Option(
            "last_folder",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Ordner des letzten Imports oder Exports"),
            4096,
        ),
        Option(
            "welcome_done",
            bool,
            False,
            QT_TRANSLATE_NOOP("core", "Die Begrüßung beim ersten Start ist erledigt"),
        ),
        Option(
            "language",
            str,
            "",
            QT_TRANSLATE_NOOP("core", "Sprache der Oberfläche: de, en oder leer (wie das System)"),
            choices=("", "de", "en"),
        ),
    )
}


def _dictionary_once(values: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: version 1 kept a word as often as it was added; now each word once."""
    words = values.get("dictionary")
    if isinstance(words, list) and all(isinstance(word, str) for word in words):
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
        """The settings, and a German message when something in the file was wrong. A file
        is set aside once: while the same damaged content is still there (a command line
        run again, before the window writes the file anew), nothing is copied or said again."""
        if not path.exists():
            return cls(path), None
        try:
            values, unknown, bad, refused = _validate(read_json(path, MAX_FILE_BYTES, MAX_DEPTH))
        except NewerVersion as newer:
            # Like the drafts database: the newer app's file stays as it is, and this run
            # keeps its settings in memory only, so it never overwrites it.
            return cls(None), Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Die Einstellungen stammen von einer neueren Version der App (Version "
                    "{version}, diese kennt {known}). Die Datei bleibt unverändert; es gelten "
                    "die Vorgaben, und Änderungen werden nicht gespeichert.",
                ),
                version=newer.version,
                known=SETTINGS_VERSION,
            )
        except (Invalid, ValueError) as exc:
            where = _keep_backup(path, move=True)
            reason = Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Die Einstellungen ließen sich nicht lesen: {error} Es gelten die Vorgaben.",
                ),
                error=_sentence(message_of(exc)),
            )
            return cls(path), Message("{reason}{where}", reason=reason, where=where)
        if not (bad or refused or unknown):
            return cls(path, values), None
        if _already_set_aside(path):
            return cls(path, values), None
        where = _keep_backup(path, move=False)
        problems: list[Message] = []
        if bad:
            # The good values stay; each bad one falls back to its default.
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Ungültige Einstellungen (falscher Typ oder zu lang), es gelten die "
                        "Vorgaben: {names}.",
                    ),
                    names=_joined([OPTIONS[name].shown_name() for name in sorted(bad)], ", "),
                )
            )
        if refused:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("core", "Ungültige Einstellungen übergangen: {reasons}."),
                    reasons=_joined(refused),
                )
            )
        if unknown:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("core", "Unbekannte Einstellungen übergangen: {names}."),
                    names=", ".join(_escaped(name) for name in sorted(unknown)[:10]),
                )
            )
        return cls(path, values), _joined(problems, " ", where)

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
        write_private(self.path, json.dumps(data, ensure_ascii=False, indent=2))


class NewerVersion(Exception):
    """The file was written by a newer app, whose options this one may not know."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def _sentence(error: str) -> str:
    """A reason as a sentence that ends in one full stop, whatever it ended in."""
    return error if error.endswith((".", "!", "?")) else Message("{error}.", error=error)


# Characters that would break the line or turn the text around where a name is shown.
@cache
def _unsafe_in_name() -> re.Pattern[str]:
    # Compiled when a bad name is first shown, not on every start (~0.5 ms).
    return re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}{LINE_SEPARATORS}]")


def _escaped(name: str, limit: int = 80) -> str:
    """An unknown key from the file as a message names it: control characters and
    direction marks written as \\xNN / \\uNNNN (as `drafts list` shows them), not too long."""
    shown = name if len(name) <= limit else name[: limit - 1] + "…"
    return _unsafe_in_name().sub(lambda m: escaped(m[0]), shown)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _keep_backup(path: Path, *, move: bool) -> str:
    """Keep the file as it was next to it; returns the sentence that says where."""
    stamp = f"{path.name}.defekt-{datetime.now():%Y%m%d-%H%M%S}"
    backup = path.with_name(stamp)
    number = 1
    while backup.exists():  # two set aside within a second: the first must stay
        number += 1
        backup = path.with_name(f"{stamp}-{number}")
    try:
        if move:
            path.replace(backup)
        else:
            write_private(backup, path.read_bytes())  # the user's alone, like the original
    except OSError:
        return ""
    return Message(
        QT_TRANSLATE_NOOP("core", " Die alte Datei liegt unter {backup}."), backup=backup
    )


def _joined(parts: list[Message], separator: str = "; ", end: str = "") -> Message:
    """Several messages as one, each still translated on its own (services/core_text)."""
    names = [f"part{i}" for i in range(len(parts))]
    template = separator.join(f"{{{name}}}" for name in names) + "{end}"
    return Message(template, **dict(zip(names, parts, strict=True)), end=end)


def _already_set_aside(path: Path) -> bool:
    """Whether a backup beside the file holds exactly its bytes: set aside before, and
    said then."""
    try:
        content = path.read_bytes()
        for backup in path.parent.glob(f"{glob_escape(path.name)}.defekt-*"):
            if backup.stat().st_size == len(content) and backup.read_bytes() == content:
                return True
    except OSError:
        return False
    return False


def _validate(
    data: Any,
) -> tuple[dict[str, Any], set[str], set[str], list[Message]]:
    """The known good values, migrated to this version, the names of unknown ones and of
    those with a wrong type or beyond the limits, and why values of the right type were
    refused (a language that does not exist, an entry that is no rule id)."""
    if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
        raise ValueError(Message(QT_TRANSLATE_NOOP("core", "kein Einstellungsobjekt")))
    version = data.get("version")
    if type(version) is not int:  # bool is an int to Python, not to a person
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "Die Versionsangabe fehlt oder ist keine ganze Zahl.")
            )
        )
    if version > SETTINGS_VERSION:
        raise NewerVersion(version)
    if version < 1:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "Die Version {version} gibt es nicht."), version=version
            )
        )
    raw = dict(data["values"])
    for old in range(version, SETTINGS_VERSION):
        raw = MIGRATIONS[old](raw)
    values, unknown, bad, refused = {}, set(), set(), []
    for name, value in raw.items():
        option = OPTIONS.get(name)
        if option is None:
            unknown.add(name)
        elif not option.accepts(value):
            bad.add(name)
        else:
            values[name], why = option.refusal(value)
            if why is not None:
                refused.append(why)
    return values, unknown, bad, refused
