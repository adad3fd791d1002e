"""A template's counterpart in the other form of address (Sie or du).

Templates come in one file per tone; a pair shares its id but for the suffix
("decline_offer_formal", "decline_offer_informal"; "decline_contact_request" and
"decline_contact_request_informal"). Used when the user's usual tone changes under an
untouched draft (ComposeSession.fill_sender_fields)."""

from __future__ import annotations

from collections.abc import Sequence

from knigge_desktop.core.templates.model import Template


def tone_stem(template_id: str) -> str:
    """ "decline_offer_formal" and "decline_offer_informal" share "decline_offer"."""
    for suffix in ("_informal", "_formal"):
        if template_id.endswith(suffix):
            return template_id.removesuffix(suffix)
    return template_id


def counterpart(templates: Sequence[Template], template_id: str, tone: str) -> str:
    """The same template in `tone`: the one whose id differs only by _formal/_informal,
    else, of the same kind and situation, the one that answers most of the same kinds of
    message, else the first of the same kind; the template itself if none."""
    template = next((t for t in templates if t.id == template_id), None)
    if template is None or not tone or template.tone.value == tone:
        return template_id
    in_tone = [t for t in templates if t.tone.value == tone and t.kind is template.kind]
    stem = tone_stem(template.id)
    found = next((t for t in in_tone if tone_stem(t.id) == stem), None)
    if found is None:
        situation = template.situation_or_default
        same_situation = [t for t in in_tone if t.situation_or_default is situation]
        answers = set(template.answers)
        # max keeps the first of equals: the order of `templates` decides only a true tie.
        found = max(same_situation, key=lambda t: len(answers & set(t.answers)), default=None)
    found = found or next(iter(in_tone), None)
    return found.id if found else template_id
