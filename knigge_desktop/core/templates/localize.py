"""The shipped templates' visible words in English (resources/i18n/templates_en.toml), for
the window in English. Only what the window shows changes: titles, "when" lines, field
labels, help and choice labels; the body, the values and the ids stay German."""

from __future__ import annotations

import tomllib

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates.loader import LoadResult
from knigge_desktop.core.templates.model import Field, Template


def english_table() -> dict[str, str]:
    path = resource_dir("i18n", "templates_en.toml")
    return {str(k): str(v) for k, v in tomllib.loads(path.read_text(encoding="utf-8")).items()}


def visible_words(template: Template) -> list[str]:
    """Everything of a template the window shows as the app's own words."""
    words = [template.title, template.when]
    for item in template.fields:
        words += [item.label, item.help, *(c.label for c in item.choices)]
    return [w for w in words if w]


def localize(result: LoadResult, table: dict[str, str]) -> LoadResult:
    """The templates with their visible words looked up in `table` (German where missing:
    a template of one's own keeps the words its author wrote)."""

    def word(text: str) -> str:
        return table.get(text, text)

    def field(item: Field) -> Field:
        choices = tuple(c._replace(label=word(c.label)) for c in item.choices)
        return item._replace(
            label=word(item.label),
            help=word(item.help),
            choices=choices,
            placeholder=item.placeholder or item.label,  # the message stays German
        )

    templates = [
        t._replace(title=word(t.title), when=word(t.when), fields=tuple(map(field, t.fields)))
        for t in result.templates
    ]
    return LoadResult(templates=templates, errors=list(result.errors))
