"""Every shipped template with what people really type: trailing punctuation, sentences
where half a sentence was meant, spaces around the words, optional fields left empty.
The text never shows "?.", ",.", double spaces or a capital "Ich" after a comma."""

from __future__ import annotations

import re

import pytest

from knigge_desktop.core.templates import load_templates, render
from knigge_desktop.core.templates.model import FieldType, Template

SHIPPED = load_templates().items

# Awkward ways to type a value; {example} is the field's own example.
AWKWARD = {
    "trailing-question": "{example}?",
    "trailing-full-stop": "{example}.",
    "trailing-comma": "{example},",
    "as-a-sentence": "{example_upper}.",
    "spaces-around": "  {example}  ",
    "no-full-stop": "{example_bare}",
}


def _typed(template: Template, how: str) -> dict[str, str | bool]:
    values = template.example_values()
    for field in template.fields:
        example = values[field.name]
        if field.type not in (FieldType.TEXT, FieldType.MULTILINE) or not example:
            continue
        if field.name.startswith(("recipient_", "sender_name", "sender_signature")):
            continue
        assert isinstance(example, str)
        bare = example.rstrip(".?!")
        values[field.name] = AWKWARD[how].format(
            example=example, example_upper=bare[:1].upper() + bare[1:], example_bare=bare
        )
    return values


def _no_wrong_joins(text: str) -> None:
    assert "?." not in text and "!." not in text and ",." not in text and ".." not in text
    assert ".," not in text and "?," not in text
    assert not re.search(r"(?<=\S)  +(?=\S)", text), "double space"
    assert not re.search(r", (Ich|Wir|Mein|Meine)\b", text), "capital after a comma"
    small = r"(Ich|Wir|Zu|Zum|Zur|Über|Für|Mit|Auf|Von|Vom)"
    assert not re.search(rf"[a-zäöüß] {small}\b", text), "capital inside a sentence"
    assert not re.search(r"[a-zäöüß] [a-zäöüß]+ (Ich|Wir) ", text), "sentence without a stop"
    assert not re.search(r"[.!?] [a-zäöü]", text), "small letter after a full stop"


@pytest.mark.parametrize("how", AWKWARD)
@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_awkward_input_still_gives_correct_joins(template: Template, how: str) -> None:
    _no_wrong_joins(render(template, _typed(template, how)))


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_optional_fields_left_empty(template: Template) -> None:
    values = template.example_values()
    for field in template.fields:
        if not field.required and field.type is not FieldType.CHOICE:
            values[field.name] = False if field.type is FieldType.BOOL else ""
    _no_wrong_joins(render(template, values))


def test_the_walk_through_cases() -> None:
    first = next(t for t in SHIPPED if t.id == "first_contact_formal")
    values = {**first.example_values(), "sender_role": "Ich leite den Einkauf der Becker GmbH."}
    text = render(first, values)
    assert "mein Name ist Jonas Becker, ich leite den Einkauf der Becker GmbH. " in text
    follow = next(t for t in SHIPPED if t.id == "follow_up_formal")
    text = render(follow, {**follow.example_values(), "topic": "die zweite Dezemberwoche?"})
    assert "zum Thema die zweite Dezemberwoche. " in text


def test_nouns_keep_their_capital_after_a_comma() -> None:
    first = next(t for t in SHIPPED if t.id == "first_contact_formal")
    text = render(first, {**first.example_values(), "sender_role": "Einkaufsleiterin bei Hahn"})
    assert "Jonas Becker, Einkaufsleiterin bei Hahn. " in text


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_free_text_fields_show_an_example_in_their_help(template: Template) -> None:
    for field in template.fields:
        if field.type in (FieldType.TEXT, FieldType.MULTILINE) and field.example:
            if field.name.startswith("recipient_") or field.name == "sender_name":
                continue
            assert "z. B." in field.help, f"{template.id}.{field.name}: {field.help!r}"


def test_a_noun_after_a_one_line_value_is_no_new_sentence() -> None:
    from pathlib import Path

    from knigge_desktop.core.templates.loader import check_template_text

    text = (
        'id = "ideen"\ntitle = "Ideen"\nkind = "reply"\ntone = "formal"\nwhen = "Test."\n'
        'body = "Ich habe {count} Ideen für Sie."\n'
        '[[fields]]\nname = "count"\nlabel = "Anzahl"\n'
    )
    template = check_template_text(text, Path("ideen.toml"))
    assert render(template, {"count": "drei"}) == "Ich habe drei Ideen für Sie."
    assert render(template, {"count": "drei neue"}) == "Ich habe drei neue Ideen für Sie."
