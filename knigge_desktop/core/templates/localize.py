"""The templates' visible words in the window's language. Like the rules (``message_en``
beside ``message``), a template file carries its English beside the German keys:
``title_en``, ``when_en``, and per field ``label_en``, ``help_en`` and a choice's
``label_en``. Only what the window shows changes; the body, the values and the ids stay
German, for the message is German. A word without English (a template of one's own) stays
as its author wrote it."""

from __future__ import annotations

from knigge_desktop.core.templates.loader import LoadResult
from knigge_desktop.core.templates.model import Field, Template


def _pick(german: str, english: str) -> str:
    return english if english.strip() else german


def localize_field(item: Field) -> Field:
    choices = tuple(c._replace(label=_pick(c.label, c.label_en)) for c in item.choices)
    return item._replace(
        label=_pick(item.label, item.label_en),
        help=_pick(item.help, item.help_en),
        choices=choices,
        placeholder=item.placeholder or item.label,  # the message stays German
    )


def localize_template(template: Template) -> Template:
    return template._replace(
        title=_pick(template.title, template.title_en),
        when=_pick(template.when, template.when_en),
        fields=tuple(map(localize_field, template.fields)),
    )


def localize(result: LoadResult, language: str = "en") -> LoadResult:
    """The templates with their visible words in `language` ("de" leaves them German)."""
    if language != "en":
        return result
    return LoadResult(
        items=[localize_template(t) for t in result.items], problems=list(result.problems)
    )


def missing_english(template: Template) -> list[str]:
    """The German words this template shows without an English beside them."""
    missing = [
        w
        for w, en in ((template.title, template.title_en), (template.when, template.when_en))
        if not en.strip()
    ]
    for item in template.fields:
        pairs = [(item.label, item.label_en), (item.help, item.help_en)]
        pairs += [(c.label, c.label_en) for c in item.choices]
        missing += [german for german, english in pairs if german.strip() and not english.strip()]
    return missing
