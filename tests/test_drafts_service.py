"""The drafts service as the window uses it: imports that report, conflicts that keep text."""

from __future__ import annotations

import json
from pathlib import Path

from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.services.drafts_service import DraftsService


def test_a_partial_import_says_what_was_imported_and_why_the_rest_was_not(
    qtbot,
    tmp_path: Path,
) -> None:
    from knigge_desktop.ui.i18n import apply_language

    apply_language("de")  # the plural forms ("1 Entwurf") come from the German catalogue
    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    good = {"title": None, "kind": "reply", "template": "reply_formal", "text": "Hallo"}
    export = tmp_path / "export.json"
    export.write_text(json.dumps([good, {**good, "fields": {"reason": ["x"]}}]), "utf-8")
    with qtbot.waitSignal(service.changed):
        message = service.import_file(export)
    assert message.splitlines() == [
        "1 Entwurf eingelesen, 1 übersprungen, 0 waren schon da.",
        "Entwurf 2: das Feld „reason“ ist weder Text noch Ja/Nein",
    ]
    [summary] = service.summaries()
    assert summary.title == "" and service.get(summary.id).text == "Hallo"  # type: ignore[union-attr]  # the draft was saved just before


def test_an_import_nested_too_deep_is_refused_in_words(tmp_path: Path) -> None:
    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    export = tmp_path / "tief.json"
    export.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    assert (
        service.import_file(export)
        == "tief.json ließ sich nicht einlesen: Zu tief verschachtelt (mehr als 16 Ebenen)."
    )


def test_a_save_over_a_newer_revision_keeps_the_text_and_offers_a_new_draft(
    qtbot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "drafts.sqlite3"
    mine = DraftsService(DraftStore.open(path))
    elsewhere = DraftsService(DraftStore.open(path))  # a second window, another process
    draft = mine.save(Draft(template="reply_formal", kind="reply", text="Anfang"))
    assert draft is not None and draft.id is not None
    theirs = elsewhere.get(draft.id)
    assert theirs is not None
    theirs.text = "Fassung von nebenan"
    assert elsewhere.save(theirs) is not None
    draft.text = "Meine Fassung"
    with qtbot.waitSignal(mine.conflict) as conflict, qtbot.waitSignal(mine.save_failed) as why:
        assert mine.save(draft) is None
    assert "anderer Stelle" in why.args[0] and "neuer Entwurf" in why.args[0]
    assert mine.get(draft.id).text == "Fassung von nebenan"  # type: ignore[union-attr]  # the draft was saved just before
    copy = mine.save_as_new(conflict.args[0])
    assert copy is not None and copy.id != draft.id and copy.text == "Meine Fassung"
    draft.text = "Meine Fassung, weiter"
    assert mine.save(draft) is None, "still no silent overwrite"


def test_a_file_that_holds_no_list_is_refused_by_window_and_command_line_alike(
    tmp_path: Path,
) -> None:
    from knigge_desktop.cli import main

    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    export = tmp_path / "eins.json"
    export.write_text(json.dumps({"title": "ein Entwurf, keine Liste"}), "utf-8")
    assert service.import_file(export) == (
        "eins.json ließ sich nicht einlesen: keine Liste von Entwürfen."
    )
    assert service.summaries() == []
    command = ["--data-dir", str(tmp_path / "cli"), "drafts", "import", str(export)]
    assert main(command) == 2, "a usage error, the same refusal"


def test_a_kind_this_version_does_not_know_keeps_the_draft_and_opens_with_its_template(
    qtbot, tmp_path: Path
) -> None:
    """Draft.kind is a Kind or None: a database written by a newer version with a kind
    unknown here reads as None (its template names it) and exports as "", which imports; an
    export that names a kind unknown here is skipped and named, as every wrong value."""
    import sqlite3

    from knigge_desktop.core.vocabulary import Kind

    path = tmp_path / "drafts.sqlite3"
    store = DraftStore.open(path)
    future_draft = store.save(Draft(template="reply_formal", kind=Kind.REPLY, text="Bleibt"))
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE drafts SET kind='video_call' WHERE id=?", (future_draft.id,))
    service = DraftsService(DraftStore.open(path))
    [stored] = [service.get(s.id) for s in service.summaries()]
    assert stored is not None and stored.kind is None and stored.to_json()["kind"] == ""
    future = {"kind": "video_call", "template": "reply_formal", "text": "Neu"}
    known = {"kind": "reply", "template": "reply_formal", "text": "Auch"}
    export = tmp_path / "export.json"
    export.write_text(json.dumps([future, known, {**stored.to_json(), "text": "Ohne"}]), "utf-8")
    with qtbot.waitSignal(service.changed):
        assert service.import_file(export).splitlines() == [
            "2 Entwürfe eingelesen, 1 übersprungen, 0 waren schon da.",
            "Entwurf 1: die Art „video_call“ gibt es nicht (möglich: first_contact, "
            "contact_request, follow_up, decline, reply, group_post)",
        ]
    again = DraftStore.open(path)  # as the next start reads it
    drafts = again.all_drafts()
    assert {d.text: d.kind for d in drafts} == {"Bleibt": None, "Auch": Kind.REPLY, "Ohne": None}
    assert {s.kind for s in again.list()} == {None, Kind.REPLY}
