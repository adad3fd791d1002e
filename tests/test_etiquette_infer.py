"""`check` without --kind guesses the kind; a wrong guess runs the wrong kind's rules.

Every shipped template, rendered with its example values, is the plainest message of its
kind there is: the guess must get it right. "wir haben uns gestern … unterhalten. Ich würde
mich freuen, mit Ihnen in Kontakt zu bleiben" is a contact request, not a follow-up.
"""

from __future__ import annotations

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.infer import infer_kind
from knigge_desktop.core.templates import load_templates, render
from knigge_desktop.core.vocabulary import Kind

TEMPLATES = load_templates().items


def _refusals():  # type: ignore[no-untyped-def]
    rule = EtiquetteChecker.shipped().rules.get("DECLINE_NO_CLEAR_NO")
    return rule.patterns if rule is not None else ()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_every_template_example_is_guessed_as_its_own_kind(template) -> None:  # type: ignore[no-untyped-def]
    text = render(template, template.example_values())
    assert infer_kind(text, _refusals()) is template.kind, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Sehr geehrte Frau Dr. Wagner,\n\nwir haben uns gestern auf der LogiMAT unterhalten. "
            "Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.\n\nViele Grüße\nJonas Becker",
            Kind.CONTACT_REQUEST,
        ),
        (
            "Hallo Tobias, ich würde dich gern als Kontakt hinzufügen. Viele Grüße, Lars",
            Kind.CONTACT_REQUEST,
        ),
        (
            "Guten Tag Frau Lindner,\n\ndarf ich nachfragen, ob Sie schon eine Entscheidung "
            "treffen konnten?\n\nMit freundlichen Grüßen\nDennis Kraft",
            Kind.FOLLOW_UP,
        ),
        (
            "Guten Tag Herr Albrecht,\n\nwie am Dienstag besprochen, schicke ich Ihnen das "
            "Konzept.\n\nMit freundlichen Grüßen\nJonas Becker",
            Kind.FOLLOW_UP,
        ),
    ],
)
def test_kind_signs(text: str, kind: Kind) -> None:
    assert infer_kind(text, _refusals()) is kind
