"""Load templates from TOML files; a bad file is reported with its file and line and skipped.

Shipped templates live in resources/templates/, the user's own in the data dir's templates/
folder; both load the same way. Fields used by many templates (the recipient, the sender) are
declared once in resources/field_groups.toml and pulled in with ``[[fields]] use = "recipient"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from knigge_desktop.core.datafile import (
    FileError,
    Invalid,
    kind_of_value,
    parse_toml,
    read_text,
    read_toml,
    shown_value,
    unknown_value,
)
from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.loaded import Loaded
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates.model import Choice, Field, FieldType, Template
from knigge_desktop.core.templates.render import (
    GREETING,
    TemplateSyntaxError,
    coerce,
    parse_body,
    referenced_names,
)
from knigge_desktop.core.vocabulary import Kind, Platform, ReceivedKind, Situation, Tone

_ID = re.compile(r"[a-z][a-z0-9_]*")
_TEMPLATE_KEYS = {
    "id",
    "title",
    "kind",
    "tone",
    "platforms",
    "when",
    "body",
    "greeting_style",
    "fields",
    "situation",
    "answers",
    "keywords",
    "title_en",
    "when_en",
}
_FIELD_KEYS = {
    "name",
    "label",
    "label_en",
    "type",
    "required",
    "default",
    "example",
    "help",
    "help_en",
    "choices",
    "placeholder",
}
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# The largest shipped template has 12 fields; a form of hundreds is no message any more,
# and a file with 10,000 took 8.8 s to open.
MAX_FIELDS = 200


TemplateError = FileError  # a template file that was skipped, with file and line


# The templates of the folders, in order, and the files that were skipped (core/loaded.py).
LoadResult = Loaded[Template, TemplateError]


class _Source:
    """The file's text, to point an error at the line where a key or table stands."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line_of(self, key: str, occurrence: int = 0) -> int:
        pattern = re.compile(rf"^\s*(\[\[\s*{re.escape(key)}\s*\]\]|{re.escape(key)}\s*=)")
        seen = 0
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                if seen == occurrence:
                    return number
                seen += 1
        return 1

    def line_in_field(self, index: int, key: str) -> int:
        start = self.line_of("fields", index)
        for number in range(start, len(self.lines) + 1):
            if number > start and self.lines[number - 1].lstrip().startswith("["):
                break
            if re.match(rf"^\s*{re.escape(key)}\s*=", self.lines[number - 1]):
                return number
        return start


def load_templates(folders: Iterable[Path] | None = None) -> LoadResult:
    """Every template in the folders, in order; later folders cannot reuse an earlier id."""
    if folders is None:
        folders = [resource_dir("templates")]
    groups, result = _load_field_groups()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                text = read_text(path)
                template = parse_template(text, path, groups)
            except Invalid as exc:
                result.problems.append(TemplateError(path, exc.line, message_of(exc)))
                continue
            if result.get(template.id) is not None:
                line = _Source(text).line_of("id")
                message = Message(
                    QT_TRANSLATE_NOOP("core", "Die ID „{id}“ gibt es schon; Vorlage übersprungen."),
                    id=template.id,
                )
                result.problems.append(TemplateError(path, line, message))
                continue
            result.items.append(template)
    return result


def _read_toml(path: Path) -> tuple[dict[str, Any], _Source]:
    data, text = read_toml(path)
    return data, _Source(text)


def _load_field_groups() -> tuple[dict[str, list[Field]], LoadResult]:
    result = LoadResult()
    path = resource_dir("field_groups.toml")
    groups: dict[str, list[Field]] = {}
    try:
        data, source = _read_toml(path)
        for name, entries in data.items():
            if not isinstance(entries, list):
                raise Invalid(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Gruppe „{name}“ muss eine Liste von Feldern sein."
                        ),
                        name=name,
                    ),
                    1,
                )
            groups[name] = [
                _parse_field(entry, source, i, key=name) for i, entry in enumerate(entries)
            ]
    except Invalid as exc:
        result.problems.append(TemplateError(path, exc.line, message_of(exc)))
    return groups, result


def _require(data: dict[str, Any], key: str, source: _Source, kind: type = str) -> Any:
    if key not in data:
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Pflichtangabe „{key}“ fehlt."), key=key), 1
        )
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„{key}“ hat den falschen Typ oder ist leer."), key=key
            ),
            source.line_of(key),
        )
    return value


def _enum(enum: type[StrEnum], value: Any, key: str, line: Callable[[], int]) -> Any:
    """``line`` is asked only when the value is wrong: finding lines costs start-up time."""
    allowed = ", ".join(member.value for member in enum)
    if not isinstance(value, str):
        message = Message(
            QT_TRANSLATE_NOOP(
                "core", "„{key}“ muss ein Text sein, nicht {kind} (erlaubt: {allowed})."
            ),
            key=key,
            kind=kind_of_value(value),
            allowed=allowed,
        )
        raise Invalid(message, line())
    try:
        return enum(value)
    except ValueError:
        raise Invalid(unknown_value(key, value, allowed), line()) from None


def _string_list(data: dict[str, Any], key: str, source: _Source) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„{key}“ muss eine Liste von Texten sein."), key=key),
            source.line_of(key),
        )
    return value


def _optional_text(data: dict[str, Any], key: str, line: Callable[[str], int]) -> str:
    """A text that may be left out (``help``, a translation beside its German key:
    ``title_en``, ``label_en`` …); "" if absent."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise Invalid(_not_text(key, value), line(key))
    return value


def _not_text(key: str, value: Any) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("core", "„{key}“ muss ein Text sein, nicht {kind}."),
        key=key,
        kind=kind_of_value(value),
    )


def _parse_field(entry: Any, source: _Source, index: int, key: str = "fields") -> Field:
    def line(name: str) -> int:
        return source.line_in_field(index, name) if key == "fields" else source.line_of(key)

    if not isinstance(entry, dict):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Ein Feld muss eine Tabelle sein.")),
            source.line_of(key, index),
        )
    for unknown in sorted(set(entry) - _FIELD_KEYS):
        hint = ""
        if unknown in _TEMPLATE_KEYS:
            hint = Message(
                QT_TRANSLATE_NOOP("core", " Sie gehört vor die erste [[fields]]-Tabelle.")
            )
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Unbekannte Angabe „{unknown}“ in einem Feld.{hint}"),
                unknown=shown_value(unknown),
                hint=hint,
            ),
            line(unknown),
        )
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "Feld ohne gültigen „name“ (Kleinbuchstaben, Ziffern, _)."
                )
            ),
            line("name"),
        )
    label = entry.get("label")
    if not isinstance(label, str) or not label.strip():
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "Feld „{name}“ hat kein „label“."), name=name),
            line("name"),
        )
    ftype = _enum(FieldType, entry.get("type", "text"), "type", lambda: line("type"))
    choices: tuple[Choice, ...] = ()
    if ftype is FieldType.CHOICE:
        raw = entry.get("choices")
        if not isinstance(raw, list) or not raw:
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP("core", "Auswahlfeld „{name}“ braucht „choices“."), name=name
                ),
                line("choices"),
            )
        if all(_is_choice(c) for c in raw):
            choices = tuple(
                Choice(value=c["value"], label=c["label"], label_en=c.get("label_en", ""))
                for c in raw
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core", "„choices“ von „{name}“: jede Wahl braucht value und label als Text."
                ),
                name=name,
            )
            raise Invalid(message, line("choices"))
    default_raw = entry.get("default", False if ftype is FieldType.BOOL else "")
    example_raw = entry.get("example", "")
    prototype = Field(name=name, label=label, type=ftype, choices=choices)
    default = _coerced(prototype, default_raw, "default", line)
    example = _coerced(prototype, example_raw, "example", line) if example_raw != "" else ""
    required = entry.get("required", False)
    if not isinstance(required, bool):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„required“ muss true oder false sein, nicht {kind}."),
                kind=kind_of_value(required),
            ),
            line("required"),
        )
    return Field(
        name=name,
        label=label,
        type=ftype,
        required=required,
        default=default,
        example=example,
        help=_optional_text(entry, "help", line),
        choices=choices,
        label_en=_optional_text(entry, "label_en", line),
        help_en=_optional_text(entry, "help_en", line),
        placeholder=_optional_text(entry, "placeholder", line),
    )


def _is_choice(choice: Any) -> bool:
    return (
        isinstance(choice, dict)
        and isinstance(choice.get("value"), str)
        and isinstance(choice.get("label"), str)
        and isinstance(choice.get("label_en", ""), str)
    )


def _coerced(prototype: Field, raw: Any, key: str, line: Callable[[str], int]) -> Any:
    """A field's default or example as its type takes it; Invalid naming the key."""
    if not isinstance(raw, str | bool):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "„{key}“ muss ein Text oder Ja/Nein sein, nicht {kind}."),
                key=key,
                kind=kind_of_value(raw),
            ),
            line(key),
        )
    try:
        return coerce(prototype, raw)
    except ValueError as exc:
        message = Message("„{key}“: {reason}", key=key, reason=message_of(exc))
        raise Invalid(message, line(key)) from None


def check_template_text(text: str, path: Path) -> Template:
    """The template in this TOML text, as load_templates would read it from `path`;
    Invalid (a German message and the line) if it would be skipped."""
    groups, problem = _shipped_field_groups()
    if problem is not None:
        raise Invalid(problem, 1)
    return parse_template(text, path, groups)


@cache
def _shipped_field_groups() -> tuple[dict[str, list[Field]], str | None]:
    """The field groups once per process: the template editor checks on every pause in
    typing, and the shipped file does not change while the app runs."""
    groups, loaded = _load_field_groups()
    return groups, loaded.problems[0].message if loaded.problems else None


def parse_template(text: str, path: Path, groups: dict[str, list[Field]]) -> Template:
    data = parse_toml(text)
    source = _Source(text)
    for unknown in sorted(set(data) - _TEMPLATE_KEYS):
        raise Invalid(
            Message(
                QT_TRANSLATE_NOOP("core", "Unbekannte Angabe „{unknown}“."),
                unknown=shown_value(unknown),
            ),
            source.line_of(unknown),
        )
    template_id = _require(data, "id", source)
    if not _ID.fullmatch(template_id):
        message = Message(
            QT_TRANSLATE_NOOP("core", "ID „{template_id}“: nur Kleinbuchstaben, Ziffern, _."),
            template_id=shown_value(template_id),
        )
        raise Invalid(message, source.line_of("id"))
    title = _require(data, "title", source)
    when = _require(data, "when", source)
    body = _require(data, "body", source)
    kind = _enum(Kind, _require(data, "kind", source), "kind", lambda: source.line_of("kind"))
    tone = _enum(Tone, _require(data, "tone", source), "tone", lambda: source.line_of("tone"))
    platforms_raw = data.get("platforms", [p.value for p in Platform])
    if not isinstance(platforms_raw, list):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„platforms“ muss eine Liste sein.")),
            source.line_of("platforms"),
        )
    platforms = tuple(
        _enum(Platform, p, "platforms", lambda: source.line_of("platforms")) for p in platforms_raw
    )
    situation = (
        _enum(Situation, data["situation"], "situation", lambda: source.line_of("situation"))
        if "situation" in data
        else None
    )
    answers = tuple(
        _enum(ReceivedKind, a, "answers", lambda: source.line_of("answers"))
        for a in _string_list(data, "answers", source)
    )
    keywords = tuple(str(k) for k in _string_list(data, "keywords", source))
    default_style = GreetingStyle.SEHR_GEEHRT if tone is Tone.FORMAL else GreetingStyle.HALLO
    style = _enum(
        GreetingStyle,
        data.get("greeting_style", default_style.value),
        "greeting_style",
        lambda: source.line_of("greeting_style"),
    )

    fields: list[Field] = []
    raw_fields = data.get("fields", [])
    if not isinstance(raw_fields, list):
        raise Invalid(
            Message(QT_TRANSLATE_NOOP("core", "„fields“ muss eine Liste sein ([[fields]]).")),
            source.line_of("fields"),
        )
    for index, entry in enumerate(raw_fields):
        if len(fields) >= MAX_FIELDS:
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Mehr als {limit} Felder: so viele passen in kein Formular."
                    ),
                    limit=MAX_FIELDS,
                ),
                source.line_of("fields", index),
            )
        if isinstance(entry, dict) and "use" in entry:
            use = entry["use"]
            if not isinstance(use, str):
                raise Invalid(_not_text("use", use), source.line_in_field(index, "use"))
            group = groups.get(use)
            if group is None:
                line = source.line_in_field(index, "use")
                raise Invalid(
                    Message(
                        QT_TRANSLATE_NOOP("core", "Unbekannte Feldgruppe „{use}“."),
                        use=shown_value(use),
                    ),
                    line,
                )
            fields.extend(group)
        else:
            fields.append(_parse_field(entry, source, index))
    names = [f.name for f in fields]
    for name in names:
        if names.count(name) > 1 or name == GREETING:
            message = Message(
                QT_TRANSLATE_NOOP("core", "Feldname „{name}“ ist doppelt oder reserviert."),
                name=name,
            )
            raise Invalid(message, source.line_of("fields"))

    def body_line(offset: int) -> int:
        first = source.line_of("body")
        if source.lines[first - 1].rstrip().endswith(('"""', "'''")):
            first += 1  # TOML drops the line break right after the opening quotes
        return first + body[:offset].count("\n")

    try:
        nodes = parse_body(body)
    except TemplateSyntaxError as exc:
        raise Invalid(message_of(exc), body_line(exc.offset)) from None
    by_name = {f.name: f for f in fields}
    for name, offset, as_text in referenced_names(nodes):
        if name == GREETING and as_text:
            continue
        if name not in by_name:
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP("core", "Der Text nennt das unbekannte Feld „{name}“."),
                    name=name,
                ),
                body_line(offset),
            )
        if as_text and by_name[name].type is FieldType.BOOL:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "core", "Ja/Nein-Feld „{name}“ geht nur als Abschnitt {{#{name}}}."
                ),
                name=name,
            )
            raise Invalid(message, body_line(offset))

    return Template(
        id=template_id,
        title=title,
        kind=kind,
        tone=tone,
        platforms=platforms,
        when=when,
        body=body,
        fields=tuple(fields),
        greeting_style=style,
        source=path,
        situation=situation,
        answers=answers,
        keywords=keywords,
        title_en=_optional_text(data, "title_en", source.line_of),
        when_en=_optional_text(data, "when_en", source.line_of),
    )
