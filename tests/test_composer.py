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
