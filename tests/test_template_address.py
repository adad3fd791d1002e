"""Who a template speaks to (docs/ARCHITECTURE.md, "a template"): the app speaks to its user
per Sie, as every menu and dialog does – labels, help and the "when" line, in a du template
too; what goes into the message follows the template's tone – examples, defaults, choice
values, the samples quoted in a help („…“); and a placeholder an empty field leaves in the
message of a du template ("[…]") speaks to nobody."""

from __future__ import annotations

import re

import pytest

from knigge_desktop.core.templates import load_templates
from knigge_desktop.core.templates.model import Field, Template
from knigge_desktop.core.templates.render import render
from knigge_desktop.core.vocabulary import Tone

SHIPPED = load_templates()

DU_WORDS = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)
SIE_WORDS = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")  # capitals only
QUOTED = re.compile(r"„([^“]*)“")
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")
# At a sentence's start a capital says nothing: "Sie entwickelt …" (she), "Ihr testet …"
# (du plural) are du messages; "Sie erreichen …", "Ihr Vortrag …" are not.
_SHE_OR_YOU_ALL = re.compile(r"(?:Sie|Ihr)\s+[a-zäöüß]+t\b")


def sie_words_in_message(text: str) -> list[str]:
    """The words of `text` (words for the message) that address the reader per Sie."""
    found = []
    for match in SIE_WORDS.finditer(text):
        at_start = SENTENCE_START.search(text[: match.start()]) is not None
        if at_start and _SHE_OR_YOU_ALL.match(text, match.start()):
            continue
        found.append(match.group())
    return found


def own_words(help_text: str) -> str:
    """A help without its quoted samples: what the app itself says to its user."""
    return QUOTED.sub("", help_text)


def message_words(template: Template) -> list[tuple[str, str]]:
    """(where, text) of everything a template puts into the message besides its body."""
    found: list[tuple[str, str]] = []
    for field in template.fields:
        for key in ("example", "default"):
            value = getattr(field, key)
            if isinstance(value, str) and value:
                found.append((f"{field.name}.{key}", value))
        found += [(f"{field.name}.choice", choice.value) for choice in field.choices]
        found += [(f"{field.name}.help „…“", quote) for quote in QUOTED.findall(field.help)]
    return found


def placeholders_in_message(template: Template) -> list[tuple[Field, str]]:
    """Each placeholder the text shows while the template's fields are empty."""
    text = render(template, {})
    return [
        (field, f"[{field.placeholder or field.label}]")
        for field in template.fields
        if f"[{field.placeholder or field.label}]" in text
    ]


def test_the_check_sees_sie_words_and_spares_a_third_person() -> None:
    assert sie_words_in_message("Hätten Sie Zeit?") == ["Sie"]
    assert sie_words_in_message("Sie erreichen mich unter 0561.") == ["Sie"]
    assert sie_words_in_message("Ihr Vortrag hat mir geholfen.") == ["Ihr"]
    assert sie_words_in_message("Sie entwickelt Formulare. Ihr testet viel.") == []
    assert own_words("Woher Sie sich kennen, z. B. „dein Vortrag“.") == (
        "Woher Sie sich kennen, z. B. ."
    )


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_the_app_speaks_to_its_user_per_sie(template: Template) -> None:
    spoken = [("when", template.when)]
    for field in template.fields:
        spoken += [(f"{field.name}.label", field.label)]
        spoken += [(f"{field.name}.help", own_words(field.help))]
        spoken += [(f"{field.name}.choice", choice.label) for choice in field.choices]
    per_du = [(where, text) for where, text in spoken if DU_WORDS.search(text)]
    assert per_du == []


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_what_goes_into_the_message_follows_the_tone(template: Template) -> None:
    words = message_words(template)
    if template.tone is Tone.INFORMAL:
        wrong = [(where, text) for where, text in words if sie_words_in_message(text)]
    else:
        wrong = [(where, text) for where, text in words if DU_WORDS.search(text)]
    assert wrong == []


@pytest.mark.parametrize(
    "template", [t for t in SHIPPED.items if t.tone is Tone.INFORMAL], ids=lambda t: t.id
)
def test_a_placeholder_in_a_du_message_speaks_to_nobody(template: Template) -> None:
    shown = placeholders_in_message(template)
    assert shown, "an empty form leaves its required fields as placeholders"
    addressing = [
        shown_as
        for _field, shown_as in shown
        if SIE_WORDS.search(shown_as) or DU_WORDS.search(shown_as)
    ]
    assert addressing == []
