"""The compose session without a window: one draft's life, driven as the window drives it
(the user's edits come in as calls, what to show goes out as signals), questions answered
by the fake Prompts."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fake_prompts import FakePrompts

from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.core.settings import Settings
from knigge_desktop.services.compose_session import ComposeSession
from knigge_desktop.services.drafts_service import DraftsService
from knigge_desktop.services.etiquette_service import EtiquetteService
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.services.template_catalog import TemplateCatalog


class Screen:
    """What a window would show: the session's signals, recorded; the editor's text
    reported back as the window reports it."""

    def __init__(self, session: ComposeSession) -> None:
        self.session = session
        self.opened: list[str] = []  # template ids
        self.replaced: list[str] = []
        self.status: list[str] = []
        self.findings: list[list[str]] = []  # rule ids per publication
        self.save_states: list[tuple[bool, str]] = []
        session.opened.connect(lambda composer: self.opened.append(composer.template.id))
        session.opened.connect(lambda composer: self._write(composer.draft.text))
        session.reshaped.connect(lambda composer: self.replaced.append(composer.draft.text))
        session.reshaped.connect(lambda composer: self._write(composer.draft.text))
        session.text_replaced.connect(self.replaced.append)
        session.text_replaced.connect(self._write)
        session.status.connect(lambda message, _ms: self.status.append(message))
        session.findings_changed.connect(
            lambda found, _text, _note: self.findings.append([f.rule_id for f in found])
        )
        session.save_state.connect(lambda ok, why: self.save_states.append((ok, why)))

    def _write(self, text: str) -> None:
        self.session.text_on_screen(text, typed=False)

    def type(self, text: str) -> None:
        self.session.text_on_screen(text, typed=True)


def _session(
    tmp_path: Path, store: DraftStore | None = None, **settings: object
) -> tuple[ComposeSession, Screen, FakePrompts]:
    values = SettingsService(Settings(None))
    for name, value in settings.items():
        values.set(name, value)
    catalog = TemplateCatalog.load(tmp_path / "own")
    drafts = DraftsService(store or DraftStore.open(tmp_path / "drafts.db"))
    prompts = FakePrompts()
    checks = EtiquetteService(values)
    session = ComposeSession(catalog, drafts, values, checks, None, prompts)
    return session, Screen(session), prompts


@pytest.fixture(autouse=True)
def _qt(qapp) -> None:
    """Timers and signals need the application object, not a window."""


def test_a_new_draft_from_a_template_is_shown_titled_and_not_yet_saved(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    assert session.start_from_template("first_contact_formal")
    assert screen.opened == ["first_contact_formal"]
    assert session.text.startswith("Guten Tag [Name],") and session.pristine
    assert session.title == "Ohne Empfänger – Erstkontakt"
    assert screen.status == ["Neuer Entwurf: Erstkontakt per Nachricht (Sie)"]
    assert session.autosaver.flush() is None, "an untouched draft is not stored"
    assert not session.start_from_template("no_such_template") and screen.opened == [
        "first_contact_formal"
    ]


def test_fields_rewrite_the_text_until_it_is_edited_by_hand(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_from_template("first_contact_formal")
    session.set_field("recipient_last_name", "Wagner")
    assert screen.replaced and "Wagner" in screen.replaced[-1] and "Wagner" in session.text
    assert session.title.startswith("Frau Wagner") or "Wagner" in session.title
    screen.type(session.text + "\nPS: von Hand.")
    before = len(screen.replaced)
    session.set_field("recipient_last_name", "Becker")
    assert len(screen.replaced) == before, "a text edited by hand stays"
    assert session.text.endswith("PS: von Hand.")
    session.regenerate()
    assert "Becker" in session.text and "PS: von Hand." not in session.text
    assert not session.composer.text_edited  # type: ignore[union-attr]


def test_new_drafts_take_the_sender_and_platform_from_the_settings(tmp_path: Path) -> None:
    session, _, _ = _session(tmp_path, sender_name="Jonas Becker", default_platform="linkedin")
    session.start_from_template("first_contact_formal")
    assert session.text.rstrip().endswith("Jonas Becker")
    assert session.composer.platform.value == "linkedin"  # type: ignore[union-attr]
    assert session.pristine, "a pre-filled name alone is nothing to keep"


def test_a_draft_of_a_lost_template_opens_with_a_stand_in(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "drafts.db")
    kept = store.save(Draft(template="gone", kind="follow_up", text="Mein Text bleibt."))
    session, screen, _ = _session(tmp_path, store)
    assert session.open_draft(kept.id or 0)
    assert (
        session.template is not None and session.template.title == "Vorlage „gone“ nicht gefunden"
    )
    assert session.text == "Mein Text bleibt." and screen.opened == ["gone"]
    assert not session.open_draft(9999)


def test_saving_gives_the_draft_its_id_and_deleting_it_starts_afresh(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_from_template("reply_informal")
    screen.type("Hallo Anna,\n\ndanke!")
    stored = session.autosaver.flush()
    assert stored is not None and session.composer.draft.id == stored.id  # type: ignore[union-attr]
    assert screen.save_states[-1] == (True, "")
    assert session.is_open_draft(stored.id or 0)
    session.drafts.delete(stored.id or 0)
    assert not session.is_open_draft(stored.id or 0) and session.pristine
    assert screen.opened == ["reply_informal", "reply_informal"]
    assert "Der offene Entwurf ist gelöscht" in screen.status[-1]


def test_an_ignored_finding_goes_and_comes_back(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_checks()
    session.start_from_template("reply_informal")
    screen.type("Hallo Anna,\n\ndas ist toll!!!\n\nViele Grüße\nJonas")
    session.checks.flush()
    assert "EXCLAMATION_PILE" in screen.findings[-1]
    [finding] = [f for f in session.etiquette_found[0] if f.rule_id == "EXCLAMATION_PILE"]
    session.ignore(finding)
    session.checks.flush()
    assert "EXCLAMATION_PILE" not in screen.findings[-1]
    assert "ausgeblendet" in screen.status[-1]
    session.unignore_all()
    session.checks.flush()
    assert "EXCLAMATION_PILE" in screen.findings[-1]


def test_the_copy_check_names_empty_fields_and_passes_a_finished_text(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    assert session.copy_check() is None, "no draft, nothing to ask"
    session.start_from_template("first_contact_formal")
    check = session.copy_check()
    assert check is not None and "Nachname" in check.missing_fields
    screen.type("Guten Tag Frau Wagner,\n\nich schreibe wegen Ihres Vortrags.\n\nJonas Becker")
    assert session.copy_check() is None


def test_an_unsaved_text_asks_before_closing(tmp_path: Path) -> None:
    session, screen, prompts = _session(tmp_path, DraftStore.in_memory())
    session.start_from_template("reply_informal")
    assert session.may_close(), "untouched: nothing to lose, nothing asked"
    screen.type("Hallo Anna,\n\nmein wichtiger Text.")
    assert not session.may_close(), "closed question: stays open"
    prompts.answer("Trotzdem beenden")
    assert session.may_close()
    target = tmp_path / "gesichert.txt"
    prompts.answer("Als Textdatei sichern …", str(target))
    assert session.may_close()
    assert target.read_text(encoding="utf-8") == "Hallo Anna,\n\nmein wichtiger Text."
    assert [a.kind for a in prompts.asked] == ["choose", "choose", "choose", "save"]


def test_a_restored_version_is_shown_and_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knigge_desktop.core.drafts as drafts

    monkeypatch.setattr(drafts, "VERSION_GAP_SECONDS", -1)  # every save its own version
    session, screen, _ = _session(tmp_path)
    session.start_from_template("reply_informal")
    screen.type("Erste Fassung")
    first = session.autosaver.flush()
    screen.type("Zweite Fassung")
    session.autosaver.flush()
    assert first is not None
    [old] = [v for v in session.drafts.versions(first.id or 0) if v.text == "Erste Fassung"]
    session.restore_version(old)
    assert session.text == "Erste Fassung" and session.composer.text_edited  # type: ignore[union-attr]
    assert session.drafts.get(first.id or 0).text == "Erste Fassung"  # type: ignore[union-attr]
    assert screen.opened[-1] == "reply_informal"


def test_looking_at_templates_follows_only_while_the_draft_is_untouched(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_from_template("reply_informal")
    session.preview("reply_formal")
    assert session.template is not None and session.template.id == "reply_formal"
    screen.type("Sehr geehrte Frau Wagner, schon begonnen.")
    session.preview("first_contact_formal")
    assert session.template.id == "reply_formal", "a begun draft is left only by choosing"


def test_the_welcome_fills_the_sender_into_a_begun_draft(tmp_path: Path) -> None:
    session, _, _ = _session(tmp_path)
    session.start_from_template("first_contact_formal")
    session.set_field("recipient_last_name", "Wagner")
    filled: list[tuple[str, object]] = []
    session.field_filled.connect(lambda name, value: filled.append((name, value)))
    session.settings.set("sender_name", "Jonas Becker")
    session.fill_sender_fields()
    assert filled == [("sender_name", "Jonas Becker")]
    assert session.composer.values["sender_name"] == "Jonas Becker"  # type: ignore[union-attr]


def test_a_start_resumes_the_last_draft_or_begins_in_the_usual_tone(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path, default_tone="informal")
    session.resume()
    assert screen.opened == ["first_contact_informal"], "no draft yet: the usual tone"
    screen.type("Hallo Kim,\n\nschön, dass wir uns kennen.")
    stored = session.autosaver.flush()
    assert stored is not None
    again, screen_again, _ = _session(tmp_path)  # the same drafts database, the next start
    again.resume()
    assert again.is_open_draft(stored.id or 0) and again.text == stored.text
    assert screen_again.opened == ["first_contact_informal"]


def _checked(tmp_path: Path, text: str) -> tuple[ComposeSession, Screen]:
    session, screen, _ = _session(tmp_path)
    session.start_checks()
    session.start_from_template("reply_informal")
    screen.type(text)
    session.checks.flush()
    return session, screen


def test_f7_goes_from_finding_to_finding_and_says_each(tmp_path: Path) -> None:
    text = "hallo!!! wie gehts?? mfg"
    session, screen = _checked(tmp_path, text)
    shown = sorted(session.findings_shown[0], key=lambda f: (f.start, f.end))
    assert len(shown) >= 2 and session.findings_shown[1] == text
    first = session.go_to_finding((0, 0), forward=True)
    assert first is not None and screen.status[-1] == first.message
    second = session.go_to_finding((first.start, first.end), forward=True)
    assert second is not None and (second.start, second.end) > (first.start, first.end)
    assert session.go_to_finding((second.start, second.end), forward=False) == first
    end = len(text)
    assert session.go_to_finding((end, end), forward=True) == shown[0], "wraps around"


def test_f7_on_a_text_without_findings_says_so(tmp_path: Path) -> None:
    session, screen = _checked(tmp_path, "Hallo Anna,\n\ndanke für den Tipp!\n\nViele Grüße\nJonas")
    assert session.findings_shown[0] == []
    assert session.go_to_finding((0, 0), forward=True) is None
    assert screen.status[-1] == "Keine Hinweise im Text."


def test_a_suggestion_goes_where_its_finding_is_while_the_text_is_the_checked_one(
    tmp_path: Path,
) -> None:
    text = "Hallo Anna,\n\n😀 das ist toll!!!\n\nViele Grüße\nJonas"
    session, screen = _checked(tmp_path, text)
    [pile] = [f for f in session.findings_shown[0] if f.rule_id == "EXCLAMATION_PILE"]
    assert session.apply_suggestion(pile, "!") == (pile.start, pile.end)
    assert text[pile.start : pile.end] == "!!!", "Python indices, after an emoji too"
    assert screen.status[-1].startswith("Vorschlag übernommen")
    screen.type(text.replace("toll", "prima"))  # typed before the next check came
    assert session.apply_suggestion(pile, "!") is None, "its place may hold other words now"
    assert "neu geprüft" in screen.status[-1]


def test_copying_an_unfinished_text_asks_and_a_no_keeps_it(tmp_path: Path) -> None:
    session, screen, prompts = _session(tmp_path)
    session.start_from_template("first_contact_formal")
    prompts.answer(False)  # "Zurück zum Text"
    assert not session.may_copy()
    assert [a.kind for a in prompts.asked] == ["copy"] and screen.status[-1] == "Nicht kopiert."
    prompts.answer(True)
    assert session.may_copy(), "Trotzdem kopieren"
    screen.type("Guten Tag Frau Wagner,\n\nich schreibe wegen Ihres Vortrags.\n\nJonas Becker")
    assert session.may_copy() and len(prompts.asked) == 2, "a finished text goes unasked"


def test_a_request_of_a_second_start_starts_only_what_fits(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    crafted = {
        "new_template": "reply_informal",
        "values": {"recipient_first_name": "Anna", "evil": 1},
    }
    assert session.handle_request(crafted) == (True, None)
    assert screen.opened == ["reply_informal"]
    assert (
        session.composer is not None and session.composer.values["recipient_first_name"] == "Anna"
    )
    assert session.composer.first_empty_field() not in (None, "recipient_first_name")
    assert session.handle_request({"new_template": "no_such", "values": {}}) == (False, None)
    unreadable = {"new_template": None, "values": {}, "received": "\x00\x01"}
    assert session.handle_request(unreadable) == (False, "\x00\x01"), "for the paste box"
    assert screen.opened == ["reply_informal"]


def test_the_length_limit_is_the_open_drafts_kind_on_the_chosen_platform(tmp_path: Path) -> None:
    from knigge_desktop.core.platforms import LimitLevel
    from knigge_desktop.core.vocabulary import Kind, Platform

    session, _, _ = _session(tmp_path)
    assert session.length_limit("x" * 5000, Platform.LINKEDIN)[0].level is LimitLevel.NONE
    session.start_from_template("contact_request_formal")
    status, kind = session.length_limit("x" * 5000, Platform.LINKEDIN)
    assert kind is Kind.CONTACT_REQUEST and status.level is LimitLevel.OVER
    assert session.length_limit("kurz", Platform.LINKEDIN)[0].level is LimitLevel.OK
    assert session.length_limit("x" * 5000, None)[0].level is LimitLevel.NONE


LENA = (
    "Hallo,\n\nwir haben uns beim Barcamp in Köln kurz unterhalten. Kannst du mir sagen, "
    "wie ihr die Anmeldung organisiert habt?\n\nViele Grüße\nLena Hoffmann"
)


def test_another_fitting_template_changes_the_open_reply_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    session, screen, _ = _session(tmp_path)
    offers: list[str] = []
    session.undo_offered.connect(offers.append)
    assert session.start_reply_to(LENA, "reply_formal")
    reply_id = session.composer.draft.id  # type: ignore[union-attr]
    assert session.choose_template("reply_informal")
    session.set_field("answer", "Wir hatten ein Formular")
    assert session.choose_template("ask_back_informal")
    composer = session.composer
    assert composer is not None and composer.template.id == "ask_back_informal"
    assert composer.draft.id == reply_id and composer.draft.received == LENA
    assert composer.values["recipient_first_name"] == "Lena"
    session.autosaver.flush()
    assert [d.id for d in session.drafts.summaries()] == [reply_id], "one draft"
    assert session.drafts.get(reply_id).template == "ask_back_informal"  # type: ignore[union-attr,arg-type]
    texts = [v.text for v in session.drafts.versions(reply_id or 0)]
    assert any("Wir hatten ein Formular" in t for t in texts), "the old text is a version"
    assert offers[-1] == "Antwort auf eine Nachricht (du)"
    assert screen.status[-1].startswith("Vorlage gewechselt")
    session.set_field("why", "Wir planen selbst eins")  # typed on the new template
    session.undo()
    session.autosaver.flush()
    texts = [v.text for v in session.drafts.versions(reply_id or 0)]
    assert any("Wir planen selbst eins" in t for t in texts), "kept through the undo too"
    assert session.composer.template.id == "reply_informal"  # type: ignore[union-attr]
    assert session.composer.values["answer"] == "Wir hatten ein Formular"  # type: ignore[union-attr]
    assert "Wir hatten ein Formular" in session.text and offers[-1] == ""
    assert screen.opened == ["reply_formal"], "changed in place, never opened anew"


def test_the_text_before_the_change_typed_back_is_the_undo(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_reply_to(LENA, "reply_informal")
    session.set_field("answer", "Wir hatten ein Formular")
    before = session.text
    session.choose_template("ask_back_informal")
    screen.type(before)  # what Ctrl+Z in the editor does
    composer = session.composer
    assert composer is not None and composer.template.id == "reply_informal"
    assert not composer.text_edited and composer.values["answer"] == "Wir hatten ein Formular"


def test_a_fix_inside_a_field_value_fixes_the_field_and_can_be_undone(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    filled: list[tuple[str, object]] = []
    session.field_filled.connect(lambda name, value: filled.append((name, value)))
    session.start_checks()
    session.start_from_template("first_contact_formal")
    session.set_field("request", "Hätten sie nächste Woche Zeit?")
    session.checks.flush()
    before = session.text
    small = next(f for f in session.findings_shown[0] if before[f.start : f.end] == "sie")
    assert session.apply_suggestion(small, "Sie") is None, "the window replaces nothing"
    composer = session.composer
    assert composer is not None and composer.values["request"] == "Hätten Sie nächste Woche Zeit?"
    assert filled[-1] == ("request", "Hätten Sie nächste Woche Zeit?")
    assert "Hätten Sie nächste" in screen.replaced[-1] and not composer.text_edited
    assert screen.status[-1].startswith("Vorschlag ins Feld „Ihr konkretes Anliegen“")
    session.undo()
    assert session.text == before
    assert session.composer.values["request"] == "Hätten sie nächste Woche Zeit?"  # type: ignore[union-attr]


def test_a_fix_in_a_text_written_by_hand_goes_into_the_text(tmp_path: Path) -> None:
    session, screen, _ = _session(tmp_path)
    session.start_checks()
    session.start_from_template("first_contact_formal")
    session.set_field("request", "Hätten sie nächste Woche Zeit?")
    screen.type(session.text + "\n\nPS: bis bald")
    session.checks.flush()
    small = next(f for f in session.findings_shown[0] if session.text[f.start : f.end] == "sie")
    assert session.apply_suggestion(small, "Sie") == (small.start, small.end)
    assert session.composer.values["request"] == "Hätten sie nächste Woche Zeit?"  # type: ignore[union-attr]
