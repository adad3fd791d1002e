"""Shipped templates, the body syntax, and how bad template files are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import LoadResult, UnknownFieldError, load_templates, render
from knigge_desktop.core.templates.render import parse_body, referenced_names
from knigge_desktop.core.vocabulary import ReceivedKind, Situation

SHIPPED = load_templates()


def test_shipped_templates_load_without_errors(shipped: LoadResult) -> None:
    assert shipped.errors == []
    assert len(shipped.templates) >= 8


def test_gallery_covers_every_kind_and_tone_the_issue_asks_for(shipped: LoadResult) -> None:
    have = {(t.kind.value, t.tone.value) for t in shipped.templates}
    for needed in [
        ("first_contact", "formal"),
        ("first_contact", "informal"),
        ("contact_request", "formal"),
        ("contact_request", "informal"),
        ("follow_up", "formal"),
        ("decline", "formal"),
        ("reply", "formal"),
    ]:
        assert needed in have
    declines = [t.id for t in shipped.templates if t.kind.value == "decline"]
    assert {"decline_cooperation", "decline_contact_request"} <= set(declines)
    assert all(t.when.strip() for t in shipped.templates)


@pytest.mark.parametrize("template", SHIPPED.templates, ids=lambda t: t.id)
def test_renders_with_example_values_completely(template) -> None:
    text = render(template, template.example_values())
    left = [f for f in EtiquetteChecker.shipped().check(text) if f.rule_id == "PLACEHOLDER_LEFT"]
    assert left == [], text
    assert text.splitlines()[0].endswith(","), "the greeting comes first"
    assert text.splitlines()[-1] == template.example_values()["sender_name"], "never anonymous"
    assert "  " not in text and " ," not in text and " ." not in text


@pytest.mark.parametrize("template", SHIPPED.templates, ids=lambda t: t.id)
def test_every_field_is_used_in_the_body(template) -> None:
    used = {name for name, _, _ in referenced_names(parse_body(template.body))}
    for field in template.fields:
        if field.name.startswith("recipient_"):
            assert "greeting" in used
        else:
            assert field.name in used, f"{field.name} is asked for but never shown"


@pytest.mark.parametrize(
    "template", [t for t in SHIPPED.templates if t.kind.value == "contact_request"], ids=str
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
    assert result.errors == []
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
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.path.name == "broken.toml"
    assert error.line == line, str(error)
    assert words in error.message
    assert str(error).startswith(f"{error.path}:{line}: ")
    # the other templates still load
    assert result.get("mine_ok") is not None
    assert len(result.templates) == len(SHIPPED.templates) + 1


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
    assert [e.path.name for e in result.errors] == ["clash.toml"]
    original = result.get("reply_formal")
    assert original is not None and original.source.parent == resource_dir("templates")


def test_invisible_characters_and_line_breaks_never_reach_the_message(shipped) -> None:
    from knigge_desktop.core.templates.render import coerce

    template = shipped.get("first_contact_formal")
    last_name = template.field("recipient_last_name")
    assert coerce(last_name, "Wa\x00gner\r\n Jun.\u202e") == "Wagner Jun."
    reason = template.field("reason")
    assert coerce(reason, "Erste Zeile\r\nZweite\x1b[31m") == "Erste Zeile\nZweite[31m"
