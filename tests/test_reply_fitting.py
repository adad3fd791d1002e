"""Which templates answer a message that was read: the kind it is, in its tone first."""

from __future__ import annotations

from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.reply import ReadMessage, fitting_templates
from knigge_desktop.core.templates.model import Template
from knigge_desktop.core.vocabulary import Kind, ReceivedKind, Situation, Tone

RK = ReceivedKind


def _template(
    id: str,
    kind: Kind,
    tone: Tone,
    answers: tuple[ReceivedKind, ...],
    situation: Situation | None = None,
) -> Template:
    return Template(
        id=id,
        title=id,
        kind=kind,
        tone=tone,
        platforms=(),
        when="",
        body="{greeting}\n\nText\n",
        fields=(),
        greeting_style=GreetingStyle.SEHR_GEEHRT,
        situation=situation,
        answers=answers,
    )


GALLERY = [
    _template("first_contact_formal", Kind.FIRST_CONTACT, Tone.FORMAL, ()),
    _template("reply_formal", Kind.REPLY, Tone.FORMAL, (RK.FIRST_CONTACT, RK.QUESTION, RK.OTHER)),
    _template(
        "reply_informal", Kind.REPLY, Tone.INFORMAL, (RK.FIRST_CONTACT, RK.QUESTION, RK.OTHER)
    ),
    _template("accept_contact_request_formal", Kind.REPLY, Tone.FORMAL, (RK.CONTACT_REQUEST,)),
    _template("accept_contact_request_informal", Kind.REPLY, Tone.INFORMAL, (RK.CONTACT_REQUEST,)),
    _template("decline_contact_request", Kind.DECLINE, Tone.FORMAL, (RK.CONTACT_REQUEST,)),
    _template(
        "decline_contact_request_informal", Kind.DECLINE, Tone.INFORMAL, (RK.CONTACT_REQUEST,)
    ),
    _template("decline_offer_formal", Kind.DECLINE, Tone.FORMAL, (RK.SALES_PITCH, RK.QUESTION)),
    _template("decline_offer_informal", Kind.DECLINE, Tone.INFORMAL, (RK.SALES_PITCH, RK.QUESTION)),
    _template(
        "ask_back_formal", Kind.REPLY, Tone.FORMAL, (RK.SALES_PITCH, RK.QUESTION, RK.INVITATION)
    ),
    _template("reply_feedback_informal", Kind.REPLY, Tone.INFORMAL, (RK.FEEDBACK,)),
]


def _ids(kind: ReceivedKind, tone: Tone | None) -> list[str]:
    read = ReadMessage(text="Text", kind=kind, tone=tone)
    return [t.id for t in fitting_templates(read, GALLERY)]


def test_a_contact_request_is_answered_by_accept_then_decline_in_its_tone_first() -> None:
    assert _ids(RK.CONTACT_REQUEST, Tone.INFORMAL) == [
        "accept_contact_request_informal",
        "decline_contact_request_informal",
        "accept_contact_request_formal",
        "decline_contact_request",
    ]


def test_a_sales_pitch_is_declined_first() -> None:
    assert _ids(RK.SALES_PITCH, Tone.FORMAL) == [
        "decline_offer_formal",
        "ask_back_formal",
        "decline_offer_informal",
    ]


def test_an_unclear_tone_counts_as_sie() -> None:
    assert _ids(RK.FEEDBACK, None) == ["reply_feedback_informal"]
    assert _ids(RK.QUESTION, None)[0] in {"reply_formal", "ask_back_formal"}
    assert [t for t in _ids(RK.QUESTION, None)][:3] == [
        "reply_formal",
        "ask_back_formal",
        "decline_offer_formal",
    ]


def test_a_kind_no_template_answers_gets_the_general_replies() -> None:
    assert _ids(RK.THANKS, Tone.INFORMAL) == ["reply_informal", "reply_formal"]


def test_templates_without_answers_fall_back_to_replies() -> None:
    plain = [t._replace(answers=()) for t in GALLERY]
    read = ReadMessage(text="Text", kind=RK.INVITATION, tone=Tone.FORMAL)
    ids = [t.id for t in fitting_templates(read, plain)]
    assert ids[0] in {"reply_formal", "accept_contact_request_formal", "ask_back_formal"}
    assert all(t.kind is Kind.REPLY for t in fitting_templates(read, plain))


def test_nothing_read_fits_nothing() -> None:
    assert fitting_templates(ReadMessage(text=""), GALLERY) == []


def test_the_shipped_templates_answer_what_they_say() -> None:
    from knigge_desktop.core.resources import resource_dir
    from knigge_desktop.core.templates import load_templates

    shipped = list(load_templates([resource_dir("templates")]).items)
    read = ReadMessage(text="Hallo", kind=RK.QUESTION, tone=Tone.INFORMAL)
    fitting = fitting_templates(read, shipped)
    assert fitting, "a question is answered by some template"
    assert fitting[0].tone is Tone.INFORMAL
