"""The rules of composing one message, without any widget.

The window forwards what the user does (a field changed, the text edited, copy pressed) and
shows what this object answers. The one promise kept here: once the text was edited by
hand, a field change never overwrites it; the user has to ask for a fresh text explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from knigge_desktop.core.drafts import Draft, recipient_of
from knigge_desktop.core.findings import Finding, Principle
from knigge_desktop.core.greeting import (
    FIRST_NAME_PLACEHOLDER,
    NAME_PLACEHOLDER,
    Gender,
    Recipient,
    addressee_in,
    greets_by_gender,
)
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP
from knigge_desktop.core.shown_chars import title_text
from knigge_desktop.core.templates.model import Field, Template
from knigge_desktop.core.templates.render import (
    RECIPIENT_FIRST_NAME,
    RECIPIENT_GENDER,
    RECIPIENT_LAST_NAME,
    RECIPIENT_TITLE,
    FieldValue,
    coerce,
    render,
    render_spans,
)
from knigge_desktop.core.vocabulary import Kind, Platform, kind_label

if TYPE_CHECKING:  # its modules (address markers, regexes) load with the first check
    from knigge_desktop.core.etiquette.context import CheckContext


class CopyCheck(NamedTuple):
    missing_fields: tuple[str, ...]  # labels of required fields still empty
    placeholders: tuple[str, ...]  # remnants like "[Name]" still in the text
    open_findings: tuple[str, ...] = ()  # messages of warnings and errors still in the text

    @property
    def ok(self) -> bool:
        return not self.missing_fields and not self.placeholders and not self.open_findings


def _as_written(context: str, text: str) -> str:
    return text


def draft_title(
    recipient: str, kind: str, translate: Callable[[str, str], str] = _as_written
) -> str:
    """A draft's automatic title: 'Frau Dr. Wagner – Erstkontakt', or 'Ohne Empfänger –
    Erstkontakt'. ``translate(context, text)`` words it in the window's language (the
    session passes Qt's); without it the title stays German (command line, tests)."""
    # A pasted name may carry controls the field keeps (C1, direction marks): not in a title.
    who = title_text(recipient) or translate("core", QT_TRANSLATE_NOOP("core", "Ohne Empfänger"))
    label = translate("vocabulary", kind_label(kind))  # a kind's label has that context
    wording = translate("core", QT_TRANSLATE_NOOP("core", "{recipient} – {kind}"))
    return wording.format(recipient=who, kind=label)


class Composer:
    def __init__(
        self,
        template: Template,
        draft: Draft | None = None,
        *,
        prefill: dict[str, FieldValue] | None = None,
        platform: Platform | None = None,
        title: Callable[[str, str], str] | None = None,
    ) -> None:
        """``prefill`` fills a new draft's fields the user set once for all (their name,
        their signature); ``platform`` is the usual one, if the template is meant for it.
        ``title`` words a draft's automatic title from the recipient ("" if none yet) and
        the kind: the window passes one in its own language."""
        self.template = template
        self._title = title or draft_title
        self._prefill = {k: v for k, v in (prefill or {}).items() if template.field(k)}
        if draft is None:
            draft = Draft(template=template.id, kind=template.kind, fields=dict(self._prefill))
            draft.text = render(template, self._prefill)
            chosen = platform if platform in template.platforms else None
            if chosen is None and template.platforms:
                chosen = template.platforms[0]
            draft.platform = chosen
        self.draft = draft
        self.values: dict[str, FieldValue] = {
            **template.default_values(),
            **{k: v for k, v in draft.fields.items() if template.field(k) is not None},
        }
        self.draft.fields = self._entered_values()
        # An automatic title is worded anew: in the window's language, which may not be the
        # one it was saved in. A title the user gave stays.
        self._retitle()

    @classmethod
    def from_values(cls, template: Template, values: dict[str, FieldValue], **new: Any) -> Composer:
        """A new draft with some fields already filled (``knigge-desktop new … --set``)."""
        composer = cls(template, **new)
        for name, value in values.items():
            composer.values[name] = value
        composer.draft.fields = composer._entered_values()
        composer.draft.text = composer.rendered()
        composer._retitle()
        return composer

    @property
    def pristine(self) -> bool:
        """Nothing entered yet (beyond the pre-filled name): leaving it loses nothing."""
        return (
            self.draft.fields == self._prefill
            and not self.draft.text_edited
            and not self.draft.received  # a pasted message is something to keep
        )

    @property
    def text_edited(self) -> bool:
        return self.draft.text_edited

    def rendered(self) -> str:
        return render(self.template, self.values)

    def _entered_values(self) -> dict[str, FieldValue]:
        # Keep only what differs from the defaults, so a draft stays small and readable.
        defaults = self.template.default_values()
        return {k: v for k, v in self.values.items() if v != defaults.get(k)}

    def _retitle(self) -> None:
        if not self.draft.renamed:
            # The recipient's fields, or for a text written by hand its greeting's name.
            recipient = recipient_of(self.values) or (
                addressee_in(self.draft.text) if self.draft.text_edited else ""
            )
            self.draft.title = self._title(recipient, self.draft.kind or self.template.kind)

    def take_title(self, title: str, *, renamed: bool) -> None:
        """The draft was renamed elsewhere (the drafts list): keep that title; an empty
        one means the automatic title again."""
        self.draft.renamed = renamed
        if renamed:
            self.draft.title = title
        else:
            self._retitle()

    def set_field(self, name: str, value: FieldValue) -> str | None:
        """Store a field value; returns the new text, or None when the user's text stays."""
        field = self.template.field(name)
        if field is None:
            raise KeyError(name)
        self.values[name] = coerce(field, value)
        self.draft.fields = self._entered_values()
        self._retitle()
        if self.draft.text_edited:
            return None
        self.draft.text = self.rendered()
        return self.draft.text

    def user_edited(self, text: str) -> None:
        """The user typed in the editor. Typing back the rendered text counts as no edit."""
        self.draft.text = text
        self.draft.text_edited = text != self.rendered()
        self._retitle()

    def regenerate(self) -> str:
        """The user asked for a fresh text from the fields, dropping hand edits."""
        self.draft.text = self.rendered()
        self.draft.text_edited = False
        return self.draft.text

    def field_fix(self, start: int, end: int, replacement: str) -> tuple[str, str] | None:
        """A fix for ``text[start:end]`` of the text from the fields, as a new field value:
        (field name, value) when the span lies wholly inside what one typed value rendered
        to, so the field is fixed and the text made from it again. None when the text was
        edited by hand or the span touches the template's own words or several fields:
        then the fix belongs to the text."""
        if self.draft.text_edited:
            return None
        text, spans = render_spans(self.template, self.values)
        if text != self.draft.text:
            return None
        for span in spans:
            if span.start <= start and end <= span.end:
                value = self.values.get(span.name)
                if not isinstance(value, str):
                    return None
                first = span.lead + start - span.start
                last = span.lead + end - span.start
                # The text may write the value's first letter in another case ("Ich" after
                # a comma): the fix of a span that starts there goes to the text.
                if value[first:last] != text[start:end]:
                    return None
                fixed = value[:first] + replacement + value[last:]
                # Only when the text made from the fixed value is the text with the fix: the
                # joining of values may drop a mark added at a value's end.
                made = render(self.template, {**self.values, span.name: fixed})
                if made != text[:start] + replacement + text[end:]:
                    return None
                return span.name, fixed
        return None

    def with_template(self, template: Template) -> Composer:
        """The same draft on another template: every value whose field the other template
        has too (by name, else by the same label: "Worauf Sie antworten" is a "subject"
        here and a "request" there) goes along, and the received message and the id stay.
        The text is the new template's from those values; a value that fits none of its
        fields stays in the draft's saved versions. The gender goes along under a greeting
        that does not use it too: the form leaves it out there (hidden_fields), and a
        switch back to Sie finds it again."""
        carried, _sources = self._carried_to(template)
        draft = self.snapshot()
        draft.template, draft.kind = template.id, template.kind
        draft.fields, draft.text_edited = carried, False
        if draft.platform not in template.platforms:
            draft.platform = template.platforms[0] if template.platforms else None
        composer = Composer(template, draft, title=self._title)
        composer._prefill = {k: v for k, v in self._prefill.items() if template.field(k)}
        composer.draft.text = composer.rendered()
        return composer

    def left_behind(self, template: Template) -> list[str]:
        """The labels of the filled fields whose values `with_template(template)` cannot
        take along: the user is told, as they are only in the versions and in undo."""
        _carried, sources = self._carried_to(template)
        return [
            field.label
            for field in self.template.fields
            if field.name not in sources and _typed(field, self.draft.fields.get(field.name))
        ]

    def _carried_to(self, template: Template) -> tuple[dict[str, FieldValue], set[str]]:
        """The values `template`'s fields take from this draft, and the names of the fields
        they come from."""
        old_fields = {f.name: f for f in self.template.fields}
        by_label = {f.label: name for name, f in old_fields.items()}
        carried: dict[str, FieldValue] = {}
        sources: set[str] = set()
        for field in template.fields:
            source = field.name if field.name in old_fields else by_label.get(field.label)
            if source is None or source not in self.draft.fields:
                continue
            try:
                carried[field.name] = coerce(field, self.draft.fields[source])
            except ValueError:
                continue  # a choice the other template does not offer
            sources.add(source)
        return carried, sources

    @property
    def platform(self) -> Platform | None:
        return self.draft.platform

    def set_platform(self, platform: Platform | None) -> None:
        self.draft.platform = platform

    def ignore(self, key: str) -> None:
        """Dismiss one finding in this draft (Finding.ignore_key)."""
        if key not in self.draft.ignored:
            self.draft.ignored.append(key)

    @property
    def template_kind(self) -> Kind | None:
        """The template's kind; None for a stand-in for a lost template, which knows none."""
        return self.template.kind if self.template.body else None

    def check_context(self) -> CheckContext:
        """What the etiquette rules may know: the template's kind and tone, the platform
        chosen for this draft, and the recipient from the fields."""

        def text(name: str) -> str:
            value = self.values.get(name, "")
            return value if isinstance(value, str) else ""

        recipient = None
        if text(RECIPIENT_LAST_NAME) or text(RECIPIENT_FIRST_NAME):
            try:
                gender = Gender(text(RECIPIENT_GENDER) or Gender.NONE)
            except ValueError:
                gender = Gender.NONE
            recipient = Recipient(
                gender, text(RECIPIENT_TITLE), text(RECIPIENT_FIRST_NAME), text(RECIPIENT_LAST_NAME)
            )
        from knigge_desktop.core.etiquette.context import CheckContext  # off the start-up path

        return CheckContext(
            kind=self.template_kind,
            tone=self.template.tone if self.template_kind is not None else None,
            platform=self.platform,
            recipient=recipient,
            # The sender's name from the fields: a signature with it is signed, and a
            # missing one can be offered as the fix.
            sender=text("sender_name").strip() or None,
        )

    def hidden_fields(self) -> frozenset[str]:
        """Fields the form leaves out because their value changes no word of this
        template: the Anrede under a "Hallo Anna," greeting. Their values stay in the
        draft (another template may use them)."""
        if greets_by_gender(self.template.greeting_style):
            return frozenset()
        if re.search(r"\{[#^/]?" + RECIPIENT_GENDER + r"\}", self.template.body):
            return frozenset()  # an own template's body uses the value itself
        return frozenset({RECIPIENT_GENDER}) & {f.name for f in self.template.fields}

    def first_empty_field(self) -> str | None:
        """The first text field still empty, where the user goes on after
        `knigge-desktop new …`; None when every one is filled."""
        for field in self.template.fields:
            value = self.values.get(field.name, "")
            if isinstance(value, str) and not value.strip():
                return field.name
        return None

    def copy_check(self, text: str, findings: Sequence[Finding] = ()) -> CopyCheck:
        """What is really still open before copying. ``findings`` are the current checks of
        ``text`` (the window's, with the user's rules and ignored ones already applied).

        Empty required fields count only while the text comes from the fields: a text
        written by hand may well say it all without them, and whatever it still lacks shows
        as a placeholder. A field's own "[Label]" is the same open point as the field and is
        named once, and so is the greeting's "[Name]" for an empty name field."""
        empty = []
        if not self.draft.text_edited:
            empty = [
                f
                for f in self.template.fields
                if f.required and not str(self.values.get(f.name, "")).strip()
            ]
        missing = tuple(f.label for f in empty)
        from knigge_desktop.core.etiquette.checker import EtiquetteChecker  # off the start-up path

        covered = {f"[{f.placeholder or f.label}]" for f in empty}
        if any(f.name in (RECIPIENT_FIRST_NAME, RECIPIENT_LAST_NAME) for f in empty):
            # The greeting's gap ("Guten Tag [Name],") is the empty name field once more.
            covered |= {NAME_PLACEHOLDER, FIRST_NAME_PLACEHOLDER}
        left = tuple(
            flagged
            for start, end in EtiquetteChecker.shipped().placeholders(text)
            if (flagged := text[start:end]) not in covered
        )
        open_findings = tuple(
            dict.fromkeys(
                f.message for f in findings if f.counts and f.principle is not Principle.PLACEHOLDER
            )
        )
        return CopyCheck(missing, left, open_findings)

    def snapshot(self) -> Draft:
        return replace(self.draft, fields=dict(self.draft.fields), ignored=list(self.draft.ignored))


def _typed(field: Field, value: FieldValue | None) -> bool:
    """A text the user wrote into `field`: not empty and not the field's own default (a
    ticked box or a default greeting is no work to lose)."""
    return isinstance(value, str) and bool(value.strip()) and value != field.default
