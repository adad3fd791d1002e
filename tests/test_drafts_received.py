"""The received message a draft answers: stored (schema 6), migrated from schema 5,
exported, imported with limits, and read back from a damaged database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from knigge_desktop.core import drafts
from knigge_desktop.core.drafts import MAX_RECEIVED_CHARS, SCHEMA_VERSION, Draft, DraftStore
from knigge_desktop.core.drafts_import import draft_from_export

RECEIVED = "Anna Wagner möchte sich mit Ihnen vernetzen. 👋\n\nViele Grüße\nAnna Wagner"


def _reply(**changes: object) -> Draft:
    draft = Draft(template="reply_formal", kind="reply", text="Guten Tag Anna Wagner,")
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def test_a_draft_keeps_its_received_message_and_a_plain_draft_has_none(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    reply = store.save(_reply(received=RECEIVED))
    plain = store.save(_reply())
    store.close()
    again = DraftStore.open(tmp_path / "drafts.sqlite3")
    assert again.get(reply.id).received == RECEIVED  # type: ignore[union-attr]
    assert again.get(plain.id).received == ""  # type: ignore[union-attr]
    listed = {s.id: s.received for s in again.list()}
    assert listed[reply.id].startswith("Anna Wagner") and listed[plain.id] == ""
    assert again.get(reply.id).to_json()["received"] == RECEIVED  # type: ignore[union-attr]


def test_an_endless_received_message_keeps_its_beginning(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    saved = store.save(_reply(received=RECEIVED + "x" * (2 * MAX_RECEIVED_CHARS)))
    kept = store.get(saved.id).received  # type: ignore[union-attr]
    assert len(kept) == MAX_RECEIVED_CHARS and kept.startswith(RECEIVED)


def test_a_schema_5_database_gains_the_column_and_keeps_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for version in (2, 3, 4, 5):
        script = drafts._SCHEMA if version == 2 else drafts._MIGRATIONS[version]
        for statement in drafts._statements(script):
            old.execute(statement)
    old.execute(
        "INSERT INTO drafts (title, kind, template, text, created, updated)"
        " VALUES ('Alt', 'reply', 'reply_formal', 'Hallo Kim,', '2026-01-01', '2026-01-01')"
    )
    old.execute("PRAGMA user_version=5")
    old.close()
    store = DraftStore.open(path)
    (draft,) = store.all_drafts()
    assert draft.text == "Hallo Kim," and draft.received == ""
    store.save(draft.__class__(**{**draft.__dict__, "received": RECEIVED}))
    assert store.get(draft.id).received == RECEIVED  # type: ignore[union-attr, arg-type]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION == 6


def test_import_reads_the_received_message_back_and_checks_it() -> None:
    item = {"template": "reply_formal", "kind": "reply", "text": "Hallo", "received": RECEIVED}
    imported = draft_from_export(item, 1)
    assert isinstance(imported, Draft) and imported.received == RECEIVED
    older = draft_from_export({"template": "t", "kind": "reply", "text": "Hallo"}, 2)
    assert isinstance(older, Draft) and older.received == ""  # an export before schema 6
    for bad in (["a list"], 5, "x" * (MAX_RECEIVED_CHARS + 1), "\ud800"):
        refused = draft_from_export({**item, "received": bad}, 3)
        assert isinstance(refused, str) and not isinstance(refused, Draft)
        assert refused.startswith("Entwurf 3: „received“ ")


def test_an_export_round_trip_keeps_the_received_message(tmp_path: Path) -> None:
    source = DraftStore.open(tmp_path / "a.sqlite3")
    source.save(_reply(received=RECEIVED))
    exported = [d.to_json() for d in source.all_drafts()]
    target = DraftStore.open(tmp_path / "b.sqlite3")
    report = target.import_drafts(exported)
    assert report.imported == 1
    assert target.all_drafts()[0].received == RECEIVED


def test_recovery_reads_the_received_message_of_a_schema_6_row() -> None:
    from knigge_desktop.core.drafts_recovery import _draft_of, _looks_like_a_draft

    row = [1, "T", 0, "", "reply", "reply_formal", "{}", "Hallo", 0, "c", "u", None,
           "", "[]", 3, RECEIVED]  # fmt: skip
    assert _looks_like_a_draft(row)
    assert _draft_of(row).received == RECEIVED


def test_a_received_message_edited_outside_the_app_is_read_as_text_and_capped(
    tmp_path: Path,
) -> None:
    """sqlite3 can put a blob or 5 MB into the column: the store reads text of at most the
    app's limit, so the checks, export and import agree (a blob broke every check)."""
    import sqlite3

    path = tmp_path / "drafts.sqlite3"
    store = DraftStore.open(path)
    blob = store.save(_reply(received=RECEIVED))
    huge = store.save(_reply(received=RECEIVED))
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE drafts SET received=x'fffe00' WHERE id=?", (blob.id,))
        db.execute("UPDATE drafts SET received=? WHERE id=?", ("x" * 5_000_000, huge.id))
    again = DraftStore.open(path)
    # Bytes are decoded as every text column is (core/drafts._text): nothing is hidden.
    assert again.get(blob.id).received == "\ufffd\ufffd\x00"  # type: ignore[union-attr]
    assert len(again.get(huge.id).received) == MAX_RECEIVED_CHARS  # type: ignore[union-attr]
    exported = json.dumps([d.to_json() for d in again.all_drafts()])
    assert again.import_drafts(json.loads(exported)).rejected == ()
