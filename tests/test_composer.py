"""The composing rules, without any widget."""

from __future__ import annotations

from knigge_desktop.core.composer import Composer
from knigge_desktop.core.templates import LoadResult


def _composer(shipped: LoadResult, template_id: str = "contact_request_formal") -> Composer:
    template = shipped.get(template_id)
    assert template is not None
    return Composer(template)


def test_field_changes_rewrite_the_text(shipped: LoadResult) -> None:
    c = _composer(shipped)
    assert c.set_field("recipient_gender", "herr") is not None
    text = c.set_field("recipient_last_name", "Albrecht")
    assert text is not None and text.startswith("Sehr geehrter Herr Albrecht,")
    assert c.draft.title == "Albrecht – Kontaktanfrage"
    assert c.draft.fields == {"recipient_gender": "herr", "recipient_last_name": "Albrecht"}


def test_hand_edits_are_never_overwritten_by_the_form(shipped: LoadResult) -> None:
    c = _composer(shipped)
    c.set_field("recipient_last_name", "Albrecht")
    mine = c.draft.text + "\nPS: Danke für den Tipp!"
    c.user_edited(mine)
    assert c.text_edited
    assert c.set_field("recipient_last_name", "Wagner") is None
    assert c.draft.text == mine
    assert c.values["recipient_last_name"] == "Wagner"  # the field value is kept
    fresh = c.regenerate()
    assert "Wagner" in fresh and "PS:" not in fresh and not c.text_edited


def test_typing_back_the_generated_text_is_no_hand_edit(shipped: LoadResult) -> None:
    c = _composer(shipped)
    original = c.draft.text
    c.user_edited(original + "x")
    assert c.text_edited
    c.user_edited(original)
    assert not c.text_edited


def test_copy_check_names_missing_fields_and_placeholders(shipped: LoadResult) -> None:
    c = _composer(shipped)
    check = c.copy_check(c.draft.text)
    assert not check.ok
    assert "Nachname" in check.missing_fields and "Ihr Name" in check.missing_fields
    # An empty field's "[Ihr Name]" is the same open point: named once, as the field.
    assert "[Ihr Name]" not in check.placeholders
    template = shipped.get("contact_request_formal")
    assert template is not None
    for name, value in template.example_values().items():
        c.set_field(name, value)
    assert c.copy_check(c.draft.text).ok
    assert c.copy_check(c.draft.text + " am XY").placeholders == ("XY",)


def test_a_hand_written_text_is_not_asked_about_empty_fields(shipped: LoadResult) -> None:
    c = _composer(shipped)
    c.user_edited(
        "Guten Tag Frau Wagner,\n\nich schreibe Ihnen wegen Ihres Vortrags.\n\nViele Grüße\nJonas"
    )
    check = c.copy_check(c.draft.text)
    assert check.missing_fields == ()
    assert check.ok
    c.user_edited("Guten Tag [Name],\n\nich schreibe Ihnen.\n\nViele Grüße\nJonas")
    assert c.copy_check(c.draft.text).placeholders == ("[Name]",)


def test_open_warnings_count_and_hints_do_not(shipped: LoadResult) -> None:
    from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity

    c = _composer(shipped)
    for name, value in shipped.get("contact_request_formal").example_values().items():
        c.set_field(name, value)

    def finding(severity: Severity, message: str, principle=Principle.BREVITY) -> Finding:
        return Finding(FindingSource.ETIQUETTE, "X", principle, severity, 0, 1, message, "")

    found = [
        finding(Severity.WARNING, "Zu lang"),
        finding(Severity.WARNING, "Zu lang"),
        finding(Severity.HINT, "Vielleicht kürzer"),
        finding(Severity.ERROR, "Platzhalter", Principle.PLACEHOLDER),
    ]
    check = c.copy_check(c.draft.text, found)
    assert check.open_findings == ("Zu lang",), "once each; placeholders are listed apart"
    assert not check.ok


def test_from_values_fills_a_new_draft(shipped: LoadResult) -> None:
    template = shipped.get("reply_informal")
    assert template is not None
    c = Composer.from_values(template, {"recipient_first_name": "Kim", "sender_name": "Jo"})
    assert c.draft.text.startswith("Hallo Kim,") and c.draft.text.endswith("Jo")
    assert c.draft.title == "Kim – Antwort"


def test_a_saved_draft_reopens_with_its_values(shipped: LoadResult) -> None:
    c = _composer(shipped)
    c.set_field("recipient_last_name", "Albrecht")
    c.user_edited("Eigener Text")
    again = Composer(c.template, c.snapshot())
    assert again.values["recipient_last_name"] == "Albrecht"
    assert again.draft.text == "Eigener Text" and again.text_edited


def test_a_snapshot_does_not_change_with_the_live_draft(shipped: LoadResult) -> None:
    c = _composer(shipped)
    c.set_field("recipient_last_name", "Albrecht")
    snapshot = c.snapshot()
    c.ignore("EXCLAMATION_PILE:!!")
    c.set_field("recipient_last_name", "Wagner")
    assert snapshot.ignored == [] and snapshot.fields["recipient_last_name"] == "Albrecht"


def test_the_check_context_comes_from_template_fields_and_platform(shipped: LoadResult) -> None:
    from knigge_desktop.core.greeting import Gender
    from knigge_desktop.core.vocabulary import Kind, Platform, Tone

    c = _composer(shipped)
    assert c.platform is Platform.LINKEDIN, "a new draft starts on the template's first platform"
    c.set_field("recipient_gender", "herr")
    c.set_field("recipient_last_name", "Albrecht")
    c.set_platform(Platform.XING)
    context = c.check_context()
    assert (context.kind, context.tone, context.platform) == (
        Kind.CONTACT_REQUEST, Tone.FORMAL, Platform.XING,
    )  # fmt: skip
    assert context.recipient is not None and context.recipient.gender is Gender.HERR
    assert context.recipient.last_name == "Albrecht"


def test_a_text_written_by_hand_is_titled_by_its_greeting(shipped) -> None:
    from knigge_desktop.core.composer import Composer

    composer = Composer(shipped.get("first_contact_formal"))
    assert composer.draft.title.startswith("Ohne Empfänger")
    composer.user_edited("Sehr geehrter Herr Dr. Müller,\n\nich schreibe Ihnen wegen …")
    assert composer.draft.title == "Herr Dr. Müller – Erstkontakt"
    composer.user_edited("Hallo zusammen,\n\nkurz zu mir …")
    assert composer.draft.title.startswith("Ohne Empfänger"), "no name in that greeting"
    composer.user_edited("Hallo Anna!\n\nSchön, dich zu treffen.")
    assert composer.draft.title == "Anna – Erstkontakt"


# -- where each value stands in the text, and fixes that belong to a field -------------


def test_every_typed_value_is_found_where_it_stands_in_the_text(shipped: LoadResult) -> None:
    from knigge_desktop.core.templates.model import FieldType
    from knigge_desktop.core.templates.render import render, render_spans

    found = 0
    for template in shipped.items:
        typed = {
            f.name: f"  {f.example}" if i % 2 else f.example  # some with spaces before
            for i, f in enumerate(template.fields)
            if f.example and f.type in (FieldType.TEXT, FieldType.MULTILINE)
        }
        text, spans = render_spans(template, typed)
        assert text == render(template, typed), template.id
        for span in spans:
            value = str(typed[span.name])
            written = text[span.start : span.end]
            # The first letter may be written in the other case to fit the sentence.
            assert written[1:] == value[span.lead + 1 : span.lead + len(written)], template.id
            found += 1
        assert {s.name for s in spans} <= set(typed)
    assert found > 50, "most typed values have a span"


def test_a_fix_inside_one_value_is_a_new_value_for_that_field(shipped: LoadResult) -> None:
    c = _composer(shipped, "first_contact_formal")
    c.set_field("request", "  Hätten sie nächste Woche Zeit?")
    start = c.draft.text.index("sie nächste")
    assert c.field_fix(start, start + 3, "Sie") == ("request", "  Hätten Sie nächste Woche Zeit?")


def test_a_fix_across_template_words_or_into_a_hand_edit_stays_with_the_text(
    shipped: LoadResult,
) -> None:
    c = _composer(shipped, "first_contact_formal")
    c.set_field("request", "Hätten sie Zeit?")
    c.set_field("reason", "Ihr Vortrag hat mich beeindruckt")
    text = c.draft.text
    across = text.index("Zeit?")
    assert c.field_fix(across, across + 10, "x") is None, "Zeit? and the template's words"
    both = text.index("beeindruckt")
    assert c.field_fix(both, text.index("Zeit?"), "x") is None, "two fields"
    greeting = text.index("Guten Tag")
    assert c.field_fix(greeting, greeting + 5, "Hallo") is None, "the greeting is no field"
    c.user_edited(text + "\nPS: bis bald")
    start = c.draft.text.index("sie Zeit")
    assert c.field_fix(start, start + 3, "Sie") is None, "a text written by hand is the user's"


def test_another_template_takes_the_values_its_fields_have_by_name_or_label(
    shipped: LoadResult,
) -> None:
    c = _composer(shipped, "reply_formal")
    for name, value in {
        "recipient_gender": "frau",
        "recipient_title": "Dr.",
        "recipient_last_name": "Hoffmann",
        "subject": "zum Barcamp",
        "answer": "Gern erzähle ich mehr.",
    }.items():
        c.set_field(name, value)
    c.draft.received, c.draft.id = "Hallo …", 7
    other = shipped.get("decline_offer_formal")
    assert other is not None
    moved = c.with_template(other)
    assert moved.draft.id == 7 and moved.draft.received == "Hallo …"
    assert moved.draft.template == "decline_offer_formal" and moved.template is other
    assert moved.values["recipient_last_name"] == "Hoffmann"
    assert moved.values["request"] == "zum Barcamp", "“Worauf Sie antworten” by its label"
    assert "answer" not in moved.draft.fields
    assert moved.draft.text == moved.rendered() and not moved.text_edited
    answer = c.template.field("answer")
    assert answer is not None
    assert c.left_behind(other) == [answer.label], "only the answer finds no field"
    assert c.left_behind(c.template) == []
    c.set_field("answer", "   ")
    assert c.left_behind(other) == [], "a blank value is nothing to lose"


def test_a_fix_the_joining_would_undo_stays_with_the_text(shipped: LoadResult) -> None:
    c = _composer(shipped, "reply_formal")
    c.set_field("subject", "zum Barcamp")
    text = c.draft.text
    end = text.index("zum Barcamp") + len("zum Barcamp")
    assert text[end] == "."  # the template's full stop follows the value
    # A "!" at the value's end would go again when the value meets the template's ".".
    assert c.field_fix(end, end, "!") is None


def test_the_anrede_is_left_out_only_where_no_word_of_the_template_uses_it(
    shipped: LoadResult,
) -> None:
    """ "Hallo Anna," needs no Frau or Herr; an own du template whose body writes the
    value itself keeps the field (else the user could not change what the text says)."""
    du = _composer(shipped, "reply_informal")
    assert du.hidden_fields() == {"recipient_gender"}
    assert _composer(shipped, "reply_formal").hidden_fields() == frozenset()
    own = du.template._replace(body="Hallo {recipient_first_name} ({recipient_gender}),")
    assert Composer(own).hidden_fields() == frozenset()
