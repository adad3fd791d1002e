"""Shipped templates, the body syntax, and how bad template files are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from knigge_desktop.core.composer import Composer
from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import LoadResult, UnknownFieldError, load_templates, render
from knigge_desktop.core.templates.model import FieldType
from knigge_desktop.core.templates.render import parse_body, referenced_names
from knigge_desktop.core.vocabulary import Kind, ReceivedKind, Situation, Tone

SHIPPED = load_templates()


def test_shipped_templates_load_without_errors(shipped: LoadResult) -> None:
    assert shipped.problems == []
    assert len(shipped.items) >= 8


def test_gallery_covers_every_kind_and_tone_the_issue_asks_for(shipped: LoadResult) -> None:
    have = {(t.kind.value, t.tone.value) for t in shipped.items}
    for needed in [
        ("first_contact", "formal"),
        ("first_contact", "informal"),
        ("contact_request", "formal"),
        ("contact_request", "informal"),
        ("follow_up", "formal"),
        ("follow_up", "informal"),
        ("decline", "formal"),
        ("decline", "informal"),
        ("reply", "formal"),
        ("reply", "informal"),
        ("group_post", "formal"),
        ("group_post", "informal"),
    ]:
        assert needed in have
    declines = [t.id for t in shipped.items if t.kind.value == "decline"]
    assert {"decline_cooperation", "decline_contact_request"} <= set(declines)
    assert all(t.when.strip() for t in shipped.items)


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_renders_with_example_values_completely(template) -> None:
    text = render(template, template.example_values())
    left = [f for f in EtiquetteChecker.shipped().check(text) if f.rule_id == "PLACEHOLDER_LEFT"]
    assert left == [], text
    assert text.splitlines()[0].endswith(","), "the greeting comes first"
    assert text.splitlines()[-1] == template.example_values()["sender_name"], "never anonymous"
    assert "  " not in text and " ," not in text and " ." not in text


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_every_field_is_used_in_the_body(template) -> None:
    used = {name for name, _, _ in referenced_names(parse_body(template.body))}
    for field in template.fields:
        if field.name.startswith("recipient_"):
            assert "greeting" in used
        else:
            assert field.name in used, f"{field.name} is asked for but never shown"


@pytest.mark.parametrize(
    "template", [t for t in SHIPPED.items if t.kind.value == "contact_request"], ids=str
)
def test_contact_request_notes_fit_linkedin(template) -> None:
    assert len(render(template, template.example_values())) <= 300


def test_a_field_may_appear_several_times() -> None:
    template = SHIPPED.get("first_contact_formal")
    assert template is not None
    text = render(template, {**template.example_values(), "sender_name": "Jonas Becker"})
    assert text.count("Jonas Becker") == 2


def test_empty_required_fields_show_as_labelled_placeholders() -> None:
    template = SHIPPED.get("first_contact_formal")
    assert template is not None
    text = render(template, {})
    assert "[Ihr konkretes Anliegen]" in text
    assert text.startswith("Guten Tag [Name],")


def test_optional_sections_switch_on_and_off() -> None:
    template = SHIPPED.get("follow_up_formal")
    assert template is not None
    values = template.example_values()
    assert "Unterlagen finden Sie im Anhang" in render(template, values)
    assert "Unterlagen" not in render(template, {**values, "attachment": False})
    with_date = render(template, values)
    assert "am 19.11.2026 zum Thema" in with_date
    assert "Gespräch zum Thema" in render(template, {**values, "date": ""})


def test_choice_shows_its_label_in_the_form_but_puts_its_value_in_the_text() -> None:
    template = SHIPPED.get("follow_up_formal")
    assert template is not None
    occasion = template.field("occasion")
    assert occasion is not None
    assert occasion.choice_label("vielen Dank für das Telefonat") == "Telefonat"
    text = render(
        template, {**template.example_values(), "occasion": "vielen Dank für das Telefonat"}
    )
    assert "vielen Dank für das Telefonat am" in text


def test_unknown_field_is_refused() -> None:
    template = SHIPPED.get("reply_formal")
    assert template is not None
    with pytest.raises(UnknownFieldError, match="kein Feld „nope“"):
        render(template, {"nope": "x"})


def test_emoji_and_non_bmp_characters_pass_through_unchanged() -> None:
    template = SHIPPED.get("reply_informal")
    assert template is not None
    answer = "Klingt super 👍🏽 – bis bald 👩‍💻 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
    assert answer in render(template, {**template.example_values(), "answer": answer})


# -- malformed files ---------------------------------------------------------------------

GOOD = """\
id = "mine"
title = "Meine Vorlage"
kind = "reply"
tone = "formal"
when = "Zum Testen."
body = \"\"\"
{greeting}

{answer}

Viele Grüße
{sender_name}
\"\"\"

[[fields]]
use = "recipient"

[[fields]]
use = "sender"

[[fields]]
name = "answer"
label = "Antwort"
required = true
"""


def _load_with(tmp_path: Path, **files: str) -> LoadResult:
    folder = tmp_path / "user-templates"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return load_templates([resource_dir("templates"), folder])


def test_user_templates_load_the_same_way(tmp_path: Path) -> None:
    result = _load_with(tmp_path, mine=GOOD)
    assert result.problems == []
    mine = result.get("mine")
    assert mine is not None
    assert render(mine, {"recipient_gender": "herr", "recipient_last_name": "Albrecht"}).startswith(
        "Sehr geehrter Herr Albrecht,"
    )


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace('tone = "formal"', 'tone = "formal'), 4, "TOML"),
        (GOOD.replace('kind = "reply"', 'kind = "brief"'), 3, "unbekannter Wert „brief“"),
        (GOOD.replace("{answer}", "{antwort}"), 9, "unbekannte Feld „antwort“"),
        (GOOD.replace("{answer}", "{#answer}x"), 9, "nicht geschlossen"),
        (GOOD.replace('use = "sender"', 'use = "absender"'), 19, "Feldgruppe „absender“"),
        (GOOD.replace('label = "Antwort"', 'lable = "Antwort"'), 23, "Unbekannte Angabe „lable“"),
        (GOOD.replace('title = "Meine Vorlage"\n', ""), 1, "„title“ fehlt"),
        (GOOD + 'body = "zu spät"\n', 25, "vor die erste [[fields]]"),
        (b"\xff\xfe kaputt".decode("latin-1"), 1, "TOML"),
        (GOOD.replace('kind = "reply"', 'kind = "reply"\nsituation = "zuerst"'), 4, "„zuerst“"),
        (GOOD.replace('kind = "reply"', 'kind = "reply"\nanswers = ["spam"]'), 4, "„spam“"),
        (GOOD.replace('kind = "reply"', 'kind = "reply"\nkeywords = "absagen"'), 4, "Liste"),
    ],
    ids=[
        "syntax",
        "kind",
        "unknown-field",
        "unclosed-section",
        "group",
        "typo",
        "missing",
        "body-in-field",
        "binary",
        "situation",
        "answers",
        "keywords",
    ],
)
def test_a_malformed_file_is_skipped_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    result = _load_with(tmp_path, broken=text, mine=GOOD.replace('"mine"', '"mine_ok"'))
    assert len(result.problems) == 1
    error = result.problems[0]
    assert error.path.name == "broken.toml"
    assert error.line == line, str(error)
    assert words in error.message
    assert str(error).startswith(f"{error.path}, Zeile {line}: ")
    # the other templates still load
    assert result.get("mine_ok") is not None
    assert len(result.items) == len(SHIPPED.items) + 1


def test_situation_answers_and_keywords_are_read(tmp_path: Path) -> None:
    text = GOOD.replace(
        'kind = "reply"',
        'kind = "reply"\nsituation = "decline"\nanswers = ["sales_pitch", "question"]\n'
        'keywords = ["absagen", "nein sagen"]',
    )
    mine = _load_with(tmp_path, mine=text).get("mine")
    assert mine is not None
    assert mine.situation_or_default is Situation.DECLINE
    assert mine.answers == (ReceivedKind.SALES_PITCH, ReceivedKind.QUESTION)
    assert mine.keywords == ("absagen", "nein sagen")
    plain = _load_with(tmp_path, mine=GOOD).get("mine")
    assert plain is not None and plain.situation_or_default is Situation.REPLY  # from its kind


def test_a_duplicate_id_is_reported_not_overwritten(tmp_path: Path) -> None:
    result = _load_with(tmp_path, clash=GOOD.replace('"mine"', '"reply_formal"'))
    assert [e.path.name for e in result.problems] == ["clash.toml"]
    original = result.get("reply_formal")
    assert original is not None and original.source.parent == resource_dir("templates")


def test_invisible_characters_and_line_breaks_never_reach_the_message(shipped) -> None:
    from knigge_desktop.core.templates.render import coerce

    template = shipped.get("first_contact_formal")
    last_name = template.field("recipient_last_name")
    assert coerce(last_name, "Wa\x00gner\r\n Jun.\u202e") == "Wagner Jun."
    reason = template.field("reason")
    assert coerce(reason, "Erste Zeile\r\nZweite\x1b[31m") == "Erste Zeile\nZweite[31m"


def test_english_stands_beside_the_german_and_own_templates_fall_back(tmp_path: Path) -> None:
    from knigge_desktop.core.templates.localize import localize

    translated = GOOD.replace(
        'title = "Meine Vorlage"', 'title = "Meine Vorlage"\ntitle_en = "My template"'
    )
    english = localize(
        _load_with(tmp_path, mine=GOOD, mine_en=translated.replace("mine", "mine_en"))
    )
    own, own_en = english.get("mine"), english.get("mine_en")
    assert own is not None and own_en is not None
    assert (own.title, own.when, own.fields[-1].label) == (
        "Meine Vorlage",
        "Zum Testen.",
        "Antwort",
    )
    assert own_en.title == "My template" and own_en.when == "Zum Testen."
    shipped = english.get("follow_up_formal")
    assert shipped is not None and shipped.title == "Follow-up after a conversation or reply (Sie)"
    gender = shipped.field("recipient_gender")
    assert gender is not None and gender.choice_label("frau") == "Ms (Frau)"
    last_name = shipped.field("recipient_last_name")
    assert last_name is not None and (last_name.label, last_name.placeholder) == (
        "Last name",
        "Nachname",
    ), "the form speaks English, the message keeps its German placeholder"
    assert render(shipped, shipped.example_values()) == render(
        SHIPPED.get("follow_up_formal"), shipped.example_values()
    ), "the message stays German"
    assert localize(SHIPPED, "de").get("follow_up_formal") == SHIPPED.get("follow_up_formal")


def test_a_translation_that_is_no_text_is_reported(tmp_path: Path) -> None:
    broken = GOOD.replace('label = "Antwort"', 'label = "Antwort"\nlabel_en = 3')
    result = _load_with(tmp_path, broken=broken)
    assert [(e.path.name, e.line) for e in result.problems] == [("broken.toml", 24)]
    assert "label_en" in result.problems[0].message


# -- the situations of the Knigge ---------------------------------------------------------

# The reply reader (core/reply) offers these by id; a rename breaks its suggestions.
SITUATION_IDS = [
    "accept_contact_request_formal",
    "accept_contact_request_informal",
    "decline_contact_request",
    "decline_contact_request_informal",
    "decline_offer_formal",
    "decline_offer_informal",
    "reply_feedback_formal",
    "reply_feedback_informal",
    "ask_back_formal",
    "ask_back_informal",
    "follow_up_formal",
    "follow_up_informal",
    "reminder_formal",
    "reminder_informal",
    "offer_contact_formal",
    "offer_contact_informal",
    "introduced_formal",
    "introduced_informal",
    "introduce_two_formal",
    "introduce_two_informal",
    "group_post_formal",
    "group_post_informal",
    "thanks_formal",
    "thanks_informal",
]


def test_every_situation_of_the_knigge_has_its_template_in_sie_and_du() -> None:
    missing = [i for i in SITUATION_IDS if SHIPPED.get(i) is None]
    assert missing == []
    for template_id in SITUATION_IDS:
        template = SHIPPED.get(template_id)
        assert template is not None
        expected = Tone.INFORMAL if template_id.endswith("_informal") else Tone.FORMAL
        assert template.tone is expected, template_id
    group = [t for t in SHIPPED.items if t.kind is Kind.GROUP_POST]
    assert {t.tone for t in group} == {Tone.FORMAL, Tone.INFORMAL}


def test_every_situation_of_the_gallery_has_templates_in_both_tones() -> None:
    have = {(t.situation_or_default, t.tone) for t in SHIPPED.items}
    for situation in Situation:
        assert {(situation, Tone.FORMAL), (situation, Tone.INFORMAL)} <= have, situation


@pytest.mark.parametrize("received", [k for k in ReceivedKind if k is not ReceivedKind.OTHER])
def test_every_received_kind_is_answered_per_sie_and_per_du(received: ReceivedKind) -> None:
    tones = {t.tone for t in SHIPPED.items if received in t.answers}
    assert tones == {Tone.FORMAL, Tone.INFORMAL}, received


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_every_template_is_findable_and_explains_itself(template) -> None:
    assert template.keywords, "search finds a template by what people call the situation"
    assert template.when.strip() and template.situation is not None
    own_fields = [f for f in template.fields if not f.name.startswith(("recipient_", "sender_"))]
    for field in own_fields:
        if field.type in (FieldType.TEXT, FieldType.MULTILINE):
            assert "z. B." in field.help, f"{field.name}: help with an example"
        if field.type is not FieldType.DATE:
            assert field.example != "" or not field.required, f"{field.name}: no example"
    if template.situation_or_default is Situation.REPLY or template.situation is Situation.DECLINE:
        assert template.answers, "a reply names what it answers"


def _with_each_choice(template):
    """The example values, and once more with every other value of each choice field."""
    values = template.example_values()
    yield values
    for field in template.fields:
        for choice in field.choices:
            if choice.value != values[field.name]:
                yield {**values, field.name: choice.value}


@pytest.mark.parametrize("template", SHIPPED.items, ids=lambda t: t.id)
def test_renders_clean_under_every_check_with_its_examples(template) -> None:
    """What the window would flag (all etiquette rules, in the template's kind and tone, on
    each of its platforms, with the recipient and sender from the fields): nothing."""
    checker = EtiquetteChecker.shipped()
    for values in _with_each_choice(template):
        for platform in template.platforms:
            composer = Composer(template, prefill=values, platform=platform)
            text = render(template, values)
            findings = checker.check(text, composer.check_context())
            shown = [(f.rule_id, text[f.start : f.end]) for f in findings]
            assert shown == [], f"{platform.value}: {text}"


@pytest.mark.parametrize("template_id", ["reminder_formal", "reminder_informal"])
@pytest.mark.parametrize(
    "reproach",
    [
        "Sie haben noch nicht geantwortet.",
        "Leider habe ich keine Rückmeldung erhalten.",
        "Ich hatte leider keine Rückmeldung erhalten.",
        "Wie bereits geschrieben, geht es um ein Telefonat.",
        "Ich schreibe Ihnen erneut.",
        "Du hast mir nie geantwortet.",
        "Ich warte immer noch auf deine Antwort.",
    ],
)
def test_the_gentle_reminder_is_flagged_once_it_reproaches(template_id: str, reproach: str) -> None:
    template = SHIPPED.get(template_id)
    assert template is not None
    values = {**template.example_values(), "recap": reproach}
    text = render(template, values)
    context = Composer(template, prefill=values).check_context()
    flagged = [
        text[f.start : f.end]
        for f in EtiquetteChecker.shipped().check(text, context)
        if f.rule_id == "REMINDER_REPROACH"
    ]
    assert len(flagged) == 1 and flagged[0] in reproach, (flagged, text)


def test_a_group_post_greets_the_group_but_may_not_sell_or_collect() -> None:
    template = SHIPPED.get("group_post_informal")
    assert template is not None
    checker = EtiquetteChecker.shipped()
    context = Composer(template).check_context()

    def rules(content: str) -> list[str]:
        text = render(template, {**template.example_values(), "content": content})
        assert text.startswith("Hallo zusammen,")
        return [f.rule_id for f in checker.check(text, context)]

    assert rules("Bei uns haben sich frühe Tests bewährt.") == []  # "Hallo zusammen" is right
    assert "PITCH_IN_FIRST_MESSAGE" in rules("Gern würde ich euch unsere neue Software vorstellen.")
    assert "GROUP_CONTACT_COLLECTING" in rules("Ich freue mich über Kontaktanfragen!")
    assert "COLLECTOR_PHRASE" in rules("Ich möchte mein Netzwerk erweitern.")
    assert "HARD_SELL" in rules("Nur diese Woche 20 % Rabatt für die Gruppe!")


def test_every_shipped_field_group_has_its_english() -> None:
    from knigge_desktop.core.templates.loader import _shipped_field_groups

    groups, problem = _shipped_field_groups()
    assert problem is None and groups
    missing = []
    for name, fields in groups.items():
        for field in fields:
            pairs = [(field.label, field.label_en), (field.help, field.help_en)]
            pairs += [(c.label, c.label_en) for c in field.choices]
            missing += [(name, field.name, de) for de, en in pairs if de and not en]
    assert missing == []
