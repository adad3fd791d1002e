"""Turn a template body and field values into the message text.

Body syntax, small on purpose:
  {name}            the field's value (a choice gives its value, a date "26.11.2026");
                    an empty required field shows "[Label]", so nothing is silently missing
  {greeting}        the salutation built from the recipient_* fields and the template's style
  {#name}…{/name}   a section shown when the field is set (a ticked bool, a non-empty text)
  {^name}…{/name}   a section shown when the field is not set
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from knigge_desktop.core.greeting import Gender, Recipient, build_greeting, needs_first_name
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.templates.model import Field, FieldType, Template

FieldValue = str | bool

GREETING = "greeting"
RECIPIENT_GENDER = "recipient_gender"
RECIPIENT_TITLE = "recipient_title"
RECIPIENT_FIRST_NAME = "recipient_first_name"
RECIPIENT_LAST_NAME = "recipient_last_name"

TOKEN = re.compile(r"\{([#^/]?)([a-z_][a-z0-9_]*)\}")
_TRUE = {"1", "true", "ja", "yes", "on", "wahr"}
_FALSE = {"0", "false", "nein", "no", "off", "falsch", ""}
# Sections inside sections: the shipped templates use 2. Rendering walks the tree
# recursively, so a file with thousands would end in RecursionError.
MAX_SECTION_DEPTH = 20


class TemplateSyntaxError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset  # index into the body


class UnknownFieldError(KeyError):
    """A value was given for a field the template does not have."""

    def __init__(self, template_id: str, name: str) -> None:
        super().__init__(name)
        self.template_id = template_id
        self.name = name

    def __str__(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP("core", "Die Vorlage „{template_id}“ hat kein Feld „{name}“."),
            template_id=self.template_id,
            name=self.name,
        )


class Var(NamedTuple):
    name: str
    offset: int


class Section(NamedTuple):
    name: str
    inverted: bool
    children: tuple[Node, ...]
    offset: int


Node = str | Var | Section


def parse_body(body: str) -> tuple[Node, ...]:
    """Parse into a tree; unbalanced sections raise TemplateSyntaxError with their offset."""
    stack: list[tuple[str, bool, int, list[Node]]] = [("", False, 0, [])]
    pos = 0
    for match in TOKEN.finditer(body):
        if match.start() > pos:
            stack[-1][3].append(body[pos : match.start()])
        sigil, name = match.group(1), match.group(2)
        if sigil in ("#", "^"):
            if len(stack) > MAX_SECTION_DEPTH:
                raise TemplateSyntaxError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "Mehr als {limit} Abschnitte ineinander verschachtelt"
                        ),
                        limit=MAX_SECTION_DEPTH,
                    ),
                    match.start(),
                )
            stack.append((name, sigil == "^", match.start(), []))
        elif sigil == "/":
            open_name, inverted, offset, children = stack[-1]
            if len(stack) == 1 or open_name != name:
                raise TemplateSyntaxError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "„{{/{name}}}“ schließt keinen offenen Abschnitt"
                        ),
                        name=name,
                    ),
                    match.start(),
                )
            stack.pop()
            stack[-1][3].append(Section(name, inverted, tuple(children), offset))
        else:
            stack[-1][3].append(Var(name, match.start()))
        pos = match.end()
    if pos < len(body):
        stack[-1][3].append(body[pos:])
    if len(stack) > 1:
        name, _, offset, _ = stack[-1]
        raise TemplateSyntaxError(
            Message(
                QT_TRANSLATE_NOOP("core", "Abschnitt „{{#{name}}}“ wird nicht geschlossen"),
                name=name,
            ),
            offset,
        )
    return tuple(stack[0][3])


def referenced_names(nodes: tuple[Node, ...]) -> list[tuple[str, int, bool]]:
    """(name, offset, used_as_text) for every field the body mentions."""
    found: list[tuple[str, int, bool]] = []
    for node in nodes:
        if isinstance(node, Var):
            found.append((node.name, node.offset, True))
        elif isinstance(node, Section):
            found.append((node.name, node.offset, False))
            found.extend(referenced_names(node.children))
    return found


def coerce(field: Field, raw: FieldValue) -> FieldValue:
    """A value from the command line, a form or a draft, checked against the field's type."""
    if not isinstance(raw, str | bool) and field.type is not FieldType.BOOL:
        # a number or a table from a file, a list from JSON
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "„{label}“: der Wert muss Text sein."),
                label=field.label,
            )
        )
    if field.type is FieldType.BOOL:
        if isinstance(raw, bool):
            return raw
        text = raw.strip().lower() if isinstance(raw, str) else "?"
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "„{label}“ ist ein Ja/Nein-Feld: „ja“ oder „nein“ angeben."
                ),
                label=field.label,
            )
        )
    text = str(raw)
    if field.type is FieldType.DATE and text.strip():
        return _parse_date(field, text.strip()).isoformat()
    if field.type is FieldType.CHOICE and text:
        for choice in field.choices:
            if text in (choice.value, choice.label):
                return choice.value
        # The labels, as the form shows them: "Frau, Herr", not the values "frau, herr".
        allowed = ", ".join(f"„{c.label}“" for c in field.choices)
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("core", "„{label}“ erlaubt nur: {allowed}."),
                label=field.label,
                allowed=allowed,
            )
        )
    return clean_value(text, single_line=field.type is not FieldType.MULTILINE)


# Control characters (NUL, ESC …) and the bidi overrides that turn text around (U+202A–E,
# U+2066–9): invisible in the form, yet they went into the message and the draft's title.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def clean_value(text: str, *, single_line: bool) -> str:
    """A field's text as it may go into a message: no invisible control characters; a
    one-line field keeps one line (a pasted line break becomes a space)."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n"))
    return _LINE_BREAKS.sub(" ", text) if single_line else text.replace("\r", "\n")


def _parse_date(field: Field, text: str) -> date:
    for pattern in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{1,2})\.(\d{1,2})\.(\d{4})"):
        m = re.fullmatch(pattern, text)
        if m:
            a, b, c = (int(g) for g in m.groups())
            year, month, day = (a, b, c) if a > 31 else (c, b, a)
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise ValueError(
        Message(
            QT_TRANSLATE_NOOP("core", "„{label}“: „{text}“ ist kein Datum (TT.MM.JJJJ)."),
            label=field.label,
            text=text,
        )
    )


def _is_set(value: FieldValue | None) -> bool:
    if isinstance(value, bool):
        return value
    return bool(value and value.strip())


def _display(field: Field, value: FieldValue | None) -> str:
    if not _is_set(value):
        return f"[{field.placeholder or field.label}]" if field.required else ""
    assert isinstance(value, str)  # _is_set: a bool here is a checkbox, and None is unset
    if field.type is FieldType.DATE:
        try:
            return date.fromisoformat(value.strip()).strftime("%d.%m.%Y")
        except ValueError:
            return value
    # Spaces typed around a value never reach the text; inside a multi-line value the lines
    # keep their own indentation.
    return value.strip() if field.type is not FieldType.MULTILINE else value.strip("\n").strip()


def _greeting(template: Template, values: Mapping[str, FieldValue]) -> str:
    return build_greeting(_recipient(values), template.greeting_style)


def _recipient(values: Mapping[str, FieldValue]) -> Recipient:
    def text(name: str) -> str:
        value = values.get(name, "")
        return value if isinstance(value, str) else ""

    try:
        gender = Gender(text(RECIPIENT_GENDER) or Gender.NONE)
    except ValueError:
        gender = Gender.NONE
    return Recipient(
        gender=gender,
        title=text(RECIPIENT_TITLE),
        first_name=text(RECIPIENT_FIRST_NAME),
        last_name=text(RECIPIENT_LAST_NAME),
    )


def missing_fields(template: Template, values: Mapping[str, FieldValue]) -> list[Field]:
    """The fields still to fill for a complete message, in form order: the required ones
    left empty, and the first name when the greeting cannot do without it."""
    merged: dict[str, FieldValue] = {**template.default_values(), **values}
    missing = [f for f in template.fields if f.required and not _is_set(merged.get(f.name))]
    first_name = template.field(RECIPIENT_FIRST_NAME)
    greets = any(name == GREETING for name, _, _ in referenced_names(parse_body(template.body)))
    if (
        first_name is not None
        and first_name not in missing
        and greets
        and needs_first_name(_recipient(merged), template.greeting_style)
    ):
        missing.append(first_name)
        missing.sort(key=template.fields.index)
    return missing


class FieldSpan(NamedTuple):
    """Where one field's value stands in the rendered text: ``text[start:end]`` is the
    value as written there, and ``value[lead + i]`` the value's character under
    ``text[start + i]`` (the spaces the text leaves out come before it)."""

    name: str
    start: int
    end: int
    lead: int


# Marks put around each value while the text is tidied, to find the values afterwards;
# from Unicode's private use area, so no typed text holds them (a value that does gets
# no span).
_OPEN, _CLOSE = "\ue000", "\ue001"


def render(template: Template, values: Mapping[str, FieldValue]) -> str:
    """The message text. Fields without a value fall back to the template's defaults."""
    return _pieces_text(_pieces(template, values), _pieces_values(template, values))


def render_spans(
    template: Template, values: Mapping[str, FieldValue]
) -> tuple[str, tuple[FieldSpan, ...]]:
    """The message text and where each typed value stands in it: a fix for words inside
    one value can then go into the field. A value the tidying changed inside (two spaces
    made one) gets no span, for its characters no longer line up with the text's."""
    pieces = _pieces(template, values)
    merged = _pieces_values(template, values)
    text = _pieces_text(pieces, merged)
    fitted = _fitted(pieces, merged)
    if any(_OPEN in piece or _CLOSE in piece for piece, _ in fitted):
        return text, ()
    marked = tidy(
        "".join(
            f"{_OPEN}{piece}{_CLOSE}" if field is not None and piece else piece
            for piece, field in fitted
        )
    )
    spans: list[FieldSpan] = []
    plain: list[str] = []
    length, start = 0, 0
    shown = iter([(piece, field) for piece, field in fitted if field is not None and piece])
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            start = length
        elif part == _CLOSE:
            piece, field = next(shown)
            assert field is not None
            value = merged.get(field.name)
            written = "".join(plain)[start:length]
            if isinstance(value, str) and written == piece:
                lead = len(value) - len(value.lstrip())
                spans.append(FieldSpan(field.name, start, length, lead))
        else:
            plain.append(part)
            length += len(part)
    if "".join(plain) != text:  # the marks moved what tidy did: no spans rather than wrong
        return text, ()
    return text, tuple(spans)


def _pieces_values(template: Template, values: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    return {**template.default_values(), **values}


def _pieces(template: Template, values: Mapping[str, FieldValue]) -> list[tuple[str, Field | None]]:
    """(text, the field it came from or None for the template's own words), in order."""
    for name in values:
        if template.field(name) is None:
            raise UnknownFieldError(template.id, name)
    merged = _pieces_values(template, values)
    fields = {f.name: f for f in template.fields}
    pieces: list[tuple[str, Field | None]] = []

    def walk(nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, str):
                pieces.append((node, None))
            elif isinstance(node, Var):
                if node.name == GREETING:
                    pieces.append((_greeting(template, merged), None))
                else:
                    field = fields[node.name]
                    pieces.append((_display(field, merged.get(node.name)), field))
            elif _is_set(merged.get(node.name)) != node.inverted:
                walk(node.children)

    walk(parse_body(template.body))
    return pieces


def _pieces_text(pieces: list[tuple[str, Field | None]], values: Mapping[str, FieldValue]) -> str:
    return tidy("".join(piece for piece, _ in _fitted(pieces, values)))


# Words that start a sentence typed into a field but are written small inside one:
# "mein Name ist Jonas Becker, ich leite …". Nouns and "Sie"/"Ihr" keep their capital.
_SMALL_INSIDE = {
    "ich", "wir", "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere",
    "unserem", "unseren", "unserer", "der", "die", "das", "dem", "den", "des", "ein", "eine",
    "einem", "einen", "einer", "als", "bei", "seit", "im", "in", "zurzeit", "derzeit",
    "aktuell", "beruflich", "hier", "dort", "vielen", "danke", "und", "aber", "zu", "zum",
    "zur", "über", "für", "mit", "von", "vom", "auf", "an", "am", "aus", "nach", "wegen",
    "wie", "dass", "weil",
}  # fmt: skip
_TRAILING_MARKS = " \t.,;:!?…"
_FIRST_WORD = re.compile(r"[^\W\d_]+")


# "!!!", "??", "?!": a pile the writer typed stays as typed where the value ends its
# sentence; the checks flag it ("„!!!“ wirkt laut.") and their fix goes into the field. Made
# one mark silently, the form would correct the user behind their back.
_PILE = re.compile(r"[!?]{2,}")


def _sentence_end(marks: str) -> str:
    """The one mark that ends the sentence: a question stays a question."""
    for mark in ("?", "!", "…"):
        if mark in marks:
            return mark
    return "."


def _fitted(
    pieces: list[tuple[str, Field | None]], values: Mapping[str, FieldValue]
) -> list[tuple[str, Field | None]]:
    """The pieces fitted to each other, so that what people type fits the template's
    sentence: no "?." when a topic ends in "?", no "Ich" after a comma, a full stop where a
    sentence ends. Only a typed field's value is fitted (a placeholder has no span)."""
    out = ""
    fitted: list[tuple[str, Field | None]] = []
    for index, (text, field) in enumerate(pieces):
        # Only what was typed into a free-text field; an empty one's "[Label]" stays.
        typed = (
            field is not None
            and field.type in (FieldType.TEXT, FieldType.MULTILINE)
            and bool(text)
            and _is_set(values.get(field.name))
        )
        if typed and field is not None:
            after = "".join(piece for piece, _ in pieces[index + 1 : index + 4])
            text = _fit(text, out, after, sentences=field.type is FieldType.MULTILINE)
        out += text
        fitted.append((text, field if typed else None))
    return fitted


def _fit(value: str, before: str, after: str, *, sentences: bool) -> str:
    """`sentences`: the field holds whole sentences (multi-line), so a capital word after
    it starts a new one; after a one-line value it may just be a noun ("3 Ideen")."""
    # The end: the template's punctuation or words go on, so the value's own marks go.
    core = value.rstrip(_TRAILING_MARKS)
    marks = value[len(core) :].strip()
    if core and re.match(r"[.,;:!?]| +[a-zäöüß]", after):
        value = core
    elif core and _PILE.fullmatch(marks):
        value = core + marks
    elif core and sentences and re.match(r" +[A-ZÄÖÜ]", after):
        value = core + _sentence_end(marks)  # a new sentence follows on the same line
    elif core and len(marks) > 1:
        value = core + _sentence_end(marks)  # "Danke.," or "Gut?." at a line's end
    # The start: what comes before says whether the value begins or continues a sentence.
    head = before.rstrip()
    last = head[-1:]
    new_line = "\n" in before[len(head) :]
    if last in (".", "!", "?") and value[:1].islower():
        value = value[0].upper() + value[1:]
    elif last == "," or (last.isalnum() and not new_line):
        word = _FIRST_WORD.match(value)
        if word and word[0][0].isupper() and word[0].casefold() in _SMALL_INSIDE:
            value = word[0].lower() + value[word.end() :]
    return value


def tidy(text: str) -> str:
    """Clean what empty fields and skipped sections leave behind."""
    lines = [re.sub(r"(?<=\S) {2,}(?=\S)", " ", line).rstrip() for line in text.split("\n")]
    joined = "\n".join(lines)
    joined = re.sub(r" +([,.!?])", r"\1", joined)
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip("\n")
