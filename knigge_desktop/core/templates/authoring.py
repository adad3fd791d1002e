"""Own templates: the editable form of a template file (TemplateSpec), written back as TOML
in the same shape as the shipped ones, and the user's templates folder.

The editor builds a spec, turns it into TOML text and checks that text with the loader
itself (check_template_text), so what it accepts is exactly what the gallery will load.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knigge_desktop.core.datafile import Invalid, parse_toml, read_text
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.core.os_errors import os_error_reason
from knigge_desktop.core.private_file import write_private
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates.loader import LoadResult, check_template_text, load_templates
from knigge_desktop.core.templates.model import Template

RECIPIENT_GROUPS = ("recipient", "recipient_du")  # Sie and du forms of the recipient fields
# The sender's fields per Sie and per du (the du group's placeholder speaks to nobody); a
# template gets the one of its tone.
SENDER_GROUPS = {"formal": "sender", "informal": "sender_du"}


@dataclass
class FieldSpec:
    name: str
    label: str
    type: str = "text"  # text, multiline, choice, date, bool
    required: bool = False
    example: str = ""
    help: str = ""
    default: str | bool = ""  # bool for a Ja/Nein field
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    # English beside the German (shipped files); the editor leaves them out, for an edited
    # text has no English yet and an English window then shows the German.
    label_en: str = ""
    help_en: str = ""
    choices_en: dict[str, str] = field(default_factory=dict)  # value -> English label
    # What an empty required field shows in the message ("" for its label); no column in
    # the editor, kept from the file.
    placeholder: str = ""


@dataclass
class TemplateSpec:
    id: str = ""
    title: str = ""
    kind: str = "first_contact"
    tone: str = "formal"
    platforms: list[str] = field(default_factory=lambda: ["xing", "linkedin", "email"])
    when: str = ""
    body: str = "{greeting}\n\n\n\nViele Grüße\n{sender_name}\n"
    greeting_style: str = ""  # "" for the tone's usual one
    recipient_group: str = "recipient"  # one of RECIPIENT_GROUPS, or "" for none
    sender: bool = True
    fields: list[FieldSpec] = field(default_factory=list)
    situation: str = ""  # "" for the situation of its kind
    answers: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    title_en: str = ""
    when_en: str = ""


def spec_from_toml(text: str) -> TemplateSpec:
    """The spec of a template file (shipped or own), for duplicating or editing it;
    ValueError with a German message when the text is no template file."""
    try:
        return _spec_from_data(parse_toml(text))
    except Invalid as exc:
        raise ValueError(message_of(exc)) from None
    except (AttributeError, TypeError, KeyError):  # a field that is no table, and the like
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("core", "Die Datei ist keine gültige Vorlage."))
        ) from None


def _spec_from_data(data: dict[str, Any]) -> TemplateSpec:
    spec = TemplateSpec(
        id=str(data.get("id", "")),
        title=str(data.get("title", "")),
        kind=str(data.get("kind", "first_contact")),
        tone=str(data.get("tone", "formal")),
        platforms=[str(p) for p in data.get("platforms", ["xing", "linkedin", "email"])],
        when=str(data.get("when", "")),
        body=str(data.get("body", "")),
        greeting_style=str(data.get("greeting_style", "")),
        recipient_group="",
        sender=False,
        situation=str(data.get("situation", "")),
        answers=[str(a) for a in data.get("answers", [])],
        keywords=[str(k) for k in data.get("keywords", [])],
        title_en=str(data.get("title_en", "")),
        when_en=str(data.get("when_en", "")),
    )
    for entry in data.get("fields", []):
        use = entry.get("use")
        if use in RECIPIENT_GROUPS:
            spec.recipient_group = use
        elif use in SENDER_GROUPS.values():
            spec.sender = True
        elif use is None:
            spec.fields.append(
                FieldSpec(
                    name=str(entry.get("name", "")),
                    label=str(entry.get("label", "")),
                    type=str(entry.get("type", "text")),
                    required=bool(entry.get("required", False)),
                    example=str(entry.get("example", "")),
                    help=str(entry.get("help", "")),
                    default=entry.get("default", ""),
                    choices=[(str(c["value"]), str(c["label"])) for c in entry.get("choices", [])],
                    label_en=str(entry.get("label_en", "")),
                    help_en=str(entry.get("help_en", "")),
                    placeholder=str(entry.get("placeholder", "")),
                    choices_en={
                        str(c["value"]): str(c["label_en"])
                        for c in entry.get("choices", [])
                        if "label_en" in c
                    },
                )
            )
    return spec


def _string(value: str | bool) -> str:
    """A TOML basic string (JSON's escapes are valid TOML), or true/false."""
    return json.dumps(value, ensure_ascii=False)


def _list(values: list[str]) -> str:
    return "[" + ", ".join(_string(v) for v in values) + "]"


def _multiline(value: str) -> str:
    """The body as a TOML multi-line string, readable in the file."""
    escaped = value.replace("\\", "\\\\").replace('"""', '""\\"')
    if escaped.endswith('"'):
        escaped = escaped[:-1] + '\\"'
    return f'"""\n{escaped}"""'


def spec_to_toml(spec: TemplateSpec) -> str:
    lines = [
        f"id = {_string(spec.id)}",
        f"title = {_string(spec.title)}",
        *([f"title_en = {_string(spec.title_en)}"] if spec.title_en else []),
        f"kind = {_string(spec.kind)}",
        f"tone = {_string(spec.tone)}",
        f"platforms = [{', '.join(_string(p) for p in spec.platforms)}]",
        f"when = {_string(spec.when)}",
        *([f"when_en = {_string(spec.when_en)}"] if spec.when_en else []),
        *([f"situation = {_string(spec.situation)}"] if spec.situation else []),
        *([f"answers = {_list(spec.answers)}"] if spec.answers else []),
        *([f"keywords = {_list(spec.keywords)}"] if spec.keywords else []),
        *([f"greeting_style = {_string(spec.greeting_style)}"] if spec.greeting_style else []),
        "",
        f"body = {_multiline(spec.body)}",
    ]
    uses = [spec.recipient_group] if spec.recipient_group else []
    uses += [SENDER_GROUPS.get(spec.tone, "sender")] if spec.sender else []
    for use in uses:
        lines += ["", "[[fields]]", f"use = {_string(use)}"]
    for item in spec.fields:
        lines += [
            "",
            "[[fields]]",
            f"name = {_string(item.name)}",
            f"label = {_string(item.label)}",
        ]
        if item.label_en:
            lines.append(f"label_en = {_string(item.label_en)}")
        if item.type != "text":
            lines.append(f"type = {_string(item.type)}")
        if item.required:
            lines.append("required = true")
        for key in ("default", "example", "help", "help_en", "placeholder"):
            value = getattr(item, key)
            if value != "":
                lines.append(f"{key} = {_string(value)}")
        for value, label in item.choices:
            lines += [
                "[[fields.choices]]",
                f"value = {_string(value)}",
                f"label = {_string(label)}",
            ]
            if value in item.choices_en:
                lines.append(f"label_en = {_string(item.choices_en[value])}")
    return "\n".join(lines) + "\n"


def slug(title: str) -> str:
    """An id from a title: 'Erstkontakt Messe (Sie)' -> 'erstkontakt_messe_sie'."""
    text = title.lower().replace("ß", "ss")
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    if not text or not text[0].isalpha():
        text = "vorlage_" + text
    return text[:60].rstrip("_")


def unique_id(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}_{number}"
        number += 1
    return candidate


class TemplateLibrary:
    """The user's templates folder: own templates saved, imported and exported as TOML."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load_all(self) -> LoadResult:
        """The shipped templates and the user's own, as the gallery shows them."""
        return load_templates([resource_dir("templates"), self.folder])

    def path_for(self, template_id: str) -> Path:
        return self.folder / f"{template_id}.toml"

    def is_own(self, template: Template) -> bool:
        return template.source.parent == self.folder

    def check(self, text: str, template_id: str) -> Template:
        """The template the text describes, or Invalid with a German message."""
        return check_template_text(text, self.path_for(template_id or "neu"))

    def save(self, text: str, taken: set[str], replaces: Template | None = None) -> Template:
        """Write a checked template; a new id must not be taken (the shipped ones included).
        `replaces` is the own template being edited: its file goes if the id changed."""
        data: dict[str, Any] = parse_toml(text)
        template_id = str(data.get("id", ""))
        if template_id in taken and (replaces is None or replaces.id != template_id):
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP("core", "Die ID „{template_id}“ gibt es schon."),
                    template_id=template_id,
                ),
                1,
            )
        template = self.check(text, template_id)
        target = self.path_for(template_id)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_private(target, text)
        except OSError as exc:
            raise _not_written(target, exc) from exc
        if replaces is not None and self.is_own(replaces) and replaces.source != target:
            replaces.source.unlink(missing_ok=True)
        return template._replace(source=target)

    def import_file(self, path: Path, taken: set[str]) -> Template:
        """A colleague's template file, checked and copied into the folder; Invalid with
        the reason otherwise (nothing is copied then). Never anything but Invalid: a file
        from elsewhere may be anything, a FIFO, 100 MB, nested 5,000 deep."""
        text = read_text(path)
        template = check_template_text(text, path)
        if template.id in taken:
            raise Invalid(
                Message(
                    QT_TRANSLATE_NOOP("core", "Eine Vorlage mit der ID „{id}“ gibt es schon."),
                    id=template.id,
                ),
                1,
            )
        return self.save(text, taken)

    @staticmethod
    def export(template: Template, target: Path) -> None:
        """The template's own file, unchanged, for sharing; OSError when it fails."""
        write_private(target, template.source.read_bytes())

    def delete(self, template: Template) -> None:
        if self.is_own(template):
            template.source.unlink(missing_ok=True)


def _not_written(target: Path, exc: OSError) -> Invalid:
    return Invalid(
        Message(
            QT_TRANSLATE_NOOP("core", "{path} ließ sich nicht schreiben: {error}"),
            path=target,
            error=os_error_reason(exc),
        ),
        1,
    )
