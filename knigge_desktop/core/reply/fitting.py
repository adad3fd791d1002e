"""Which templates answer a message that was read, best first."""

from __future__ import annotations

from collections.abc import Sequence

from knigge_desktop.core.reply.model import ReadMessage
from knigge_desktop.core.templates.model import Template
from knigge_desktop.core.vocabulary import Kind, ReceivedKind, Situation, Tone

# What a person most often wants to do with each kind of message: accept a contact request
# before declining it, decline a sales pitch before answering it. Situations not named
# here come after, in the order of Situation.
_PREFERRED_SITUATIONS: dict[ReceivedKind, tuple[Situation, ...]] = {
    ReceivedKind.CONTACT_REQUEST: (Situation.REPLY, Situation.DECLINE),
    ReceivedKind.SALES_PITCH: (Situation.DECLINE, Situation.REPLY),
    ReceivedKind.INVITATION: (Situation.REPLY, Situation.DECLINE),
    ReceivedKind.QUESTION: (Situation.REPLY, Situation.DECLINE),
    ReceivedKind.FEEDBACK: (Situation.REPLY,),
    ReceivedKind.INTRODUCTION: (Situation.REPLY, Situation.WRITE_FIRST),
    ReceivedKind.THANKS: (Situation.REPLY,),
}


# Among the gallery's templates (ids without _formal/_informal), the usual answers to each
# kind, most usual first; templates of one's own that are not named here come after these.
_USUAL_ANSWERS: dict[ReceivedKind, tuple[str, ...]] = {
    ReceivedKind.CONTACT_REQUEST: (
        "accept_contact_request",
        "decline_contact_request",
        "offer_contact",
    ),
    ReceivedKind.FIRST_CONTACT: ("reply", "ask_back", "offer_contact", "decline_offer"),
    ReceivedKind.SALES_PITCH: ("decline_offer", "ask_back", "reply"),
    ReceivedKind.QUESTION: ("reply", "ask_back", "decline_offer", "offer_contact"),
    ReceivedKind.FEEDBACK: ("reply_feedback", "thanks", "reply"),
    ReceivedKind.INVITATION: ("reply", "ask_back", "decline_offer"),
    ReceivedKind.INTRODUCTION: ("introduced", "reply", "offer_contact"),
    ReceivedKind.THANKS: ("reply", "thanks"),
    ReceivedKind.OTHER: ("reply", "ask_back"),
}


def _usual_rank(kind: ReceivedKind, template: Template) -> int:
    usual = _USUAL_ANSWERS.get(kind, ())
    stem = template.id.removesuffix("_formal").removesuffix("_informal")
    return usual.index(stem) if stem in usual else len(usual)


def _situation_rank(kind: ReceivedKind, template: Template) -> int:
    preferred = _PREFERRED_SITUATIONS.get(kind, ())
    situation = template.situation_or_default
    if situation in preferred:
        return preferred.index(situation)
    return len(preferred) + list(Situation).index(situation)


def fitting_templates(read: ReadMessage, templates: Sequence[Template]) -> list[Template]:
    """The templates that answer ``read.kind``, the one in the message's tone first.

    Without a template for the kind, the general replies fit (a reply fits anything). An
    unclear tone counts as Sie: in German business a formal answer is never wrong."""
    if not read.text.strip():
        return []  # nothing was read: nothing to answer
    tone = read.tone or Tone.FORMAL
    fitting = [t for t in templates if read.kind in t.answers]
    if not fitting:
        fitting = [t for t in templates if ReceivedKind.OTHER in t.answers]
    if not fitting:
        fitting = [t for t in templates if t.kind is Kind.REPLY]
    # Templates for what the message is as well come after those for its kind.
    also = [
        t
        for kind in read.also_kinds
        for t in sorted(
            (t for t in templates if kind in t.answers),
            key=lambda t: (t.tone is not tone, t.answers.index(kind), t.id),
        )
    ]

    def order(template: Template) -> tuple[int, int, int, int, str]:
        answers = template.answers
        position = answers.index(read.kind) if read.kind in answers else len(answers)
        return (
            template.tone is not tone,
            _usual_rank(read.kind, template),
            _situation_rank(read.kind, template),
            position,
            template.id,
        )

    first = sorted(fitting, key=order)
    both = first + [t for t in dict.fromkeys(also) if t not in first]
    return sorted(both, key=lambda t: t.tone is not tone)  # stable: the kind's own first
