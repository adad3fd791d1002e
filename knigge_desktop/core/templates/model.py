"""What a template is, once loaded and validated."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.vocabulary import (
    SITUATION_OF_KIND,
    Kind,
    Platform,
    ReceivedKind,
    Situation,
    Tone,
)


class FieldType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    DATE = "date"  # stored as ISO "2026-11-26", shown in the text as "26.11.2026"
    BOOL = "bool"  # switches an optional section {#name}…{/name} on and off


class Choice(NamedTuple):
    value: str  # what goes into the text
    label: str  # what the form shows
    label_en: str = ""  # the label in an English window; "" keeps the German one


class Field(NamedTuple):
    name: str
    label: str
    type: FieldType
    required: bool = False
    default: str | bool = ""
    example: str | bool = ""
    help: str = ""
    choices: tuple[Choice, ...] = ()
    # Stands in the text while a required field is empty, as "[Ihr Name]". "" means the label;
    # a translated window keeps the German one here, for the message itself stays German.
    placeholder: str = ""
    # The label and help in an English window ("" keeps the German); the value stays German.
    label_en: str = ""
    help_en: str = ""

    def choice_label(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value


class Template(NamedTuple):
    id: str
    title: str
    kind: Kind
    tone: Tone
    platforms: tuple[Platform, ...]
    when: str  # one line: when to use it, in the Knigge's words
    body: str
    fields: tuple[Field, ...]
    greeting_style: GreetingStyle
    source: Path = Path()
    situation: Situation | None = None  # None: the situation of its kind (SITUATION_OF_KIND)
    answers: tuple[ReceivedKind, ...] = ()  # received messages this template replies to
    keywords: tuple[str, ...] = ()  # what people call the situation, for the search
    # Title and "when" line in an English window ("" keeps the German), beside the German
    # keys like a rule's message_en; the body stays German, for the message is German.
    title_en: str = ""
    when_en: str = ""

    @property
    def situation_or_default(self) -> Situation:
        return self.situation or SITUATION_OF_KIND[self.kind]

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def default_values(self) -> dict[str, str | bool]:
        return {f.name: f.default for f in self.fields}

    def example_values(self) -> dict[str, str | bool]:
        return {f.name: (f.example if f.example != "" else f.default) for f in self.fields}

    def to_json(self) -> dict[str, object]:
        """The shape of ``templates --format json`` (the README documents it)."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind.value,
            "tone": self.tone.value,
            "platforms": [p.value for p in self.platforms],
            "fields": [
                {
                    "name": f.name,
                    "label": f.label,
                    "type": f.type.value,
                    "required": f.required,
                    "default": f.default,
                }
                for f in self.fields
            ],
        }
