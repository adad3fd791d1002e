from __future__ import annotations

import stat
from datetime import UTC
from pathlib import Path

import pytest

from knigge_desktop.core.drafts import SCHEMA_VERSION, Draft, DraftStore, DraftStoreError
from knigge_desktop.core.vocabulary import Platform


@pytest.fixture
def store(tmp_path: Path):
    s = DraftStore.open(tmp_path / "d" / "drafts.sqlite3")
    yield s
    s.close()


def _draft(name: str, text: str = "Hallo") -> Draft:
    return Draft(
        template="reply_formal",
        kind="reply",
        fields={"recipient_first_name": name, "recipient_last_name": "Weber"},
        text=text,
        title=f"{name} Weber – Antwort",
    )


def test_save_and_read_back_exactly(store: DraftStore) -> None:
    text = "Guten Tag 👩‍👩‍👧 🇩🇪 e\u0301 𝔘\r\nZeile zwei\n"
    saved = store.save(_draft("Alex", text))
    assert saved.id is not None and saved.created and saved.updated
    again = store.get(saved.id)
    assert again is not None
    assert again.text == text
    assert again.fields == {"recipient_first_name": "Alex", "recipient_last_name": "Weber"}
    assert again.recipient == "Alex Weber"


def test_update_keeps_the_id_and_moves_the_draft_to_the_top(store: DraftStore) -> None:
    first = store.save(_draft("Anna"))
    second = store.save(_draft("Ben"))
    assert [s.id for s in store.list()] == [second.id, first.id]
    first.text = "geändert"
    store.save(first)
    assert [s.id for s in store.list()] == [first.id, second.id]
    assert store.get(first.id).text == "geändert"  # type: ignore[union-attr]  # the draft was saved just before
    assert store.list()[0].recipient == "Anna Weber"


def test_rename_delete_and_undelete(store: DraftStore) -> None:
    draft = store.save(_draft("Anna"))
    assert draft.id is not None
    store.rename(draft.id, "Anfrage Logistik")
    got = store.get(draft.id)
    assert got is not None and got.title == "Anfrage Logistik" and got.renamed
    store.delete(draft.id)
    assert store.list() == [] and store.get(draft.id) is None
    store.undelete(draft.id)
    assert [s.title for s in store.list()] == ["Anfrage Logistik"]


def test_last_open_is_remembered(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore.open(path)
    draft = store.save(_draft("Anna"))
    store.set_last_open(draft.id)
    store.close()
    reopened = DraftStore.open(path)
    assert reopened.last_open() == draft.id
    reopened.close()


def test_the_file_is_the_users_alone(store: DraftStore) -> None:
    assert store.path is not None
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_a_megabyte_of_text_is_stored(store: DraftStore) -> None:
    text = ("Sehr geehrte Frau Wagner, 😀 " * 40_000)[:1_000_000]
    saved = store.save(_draft("Anna", text))
    assert store.get(saved.id).text == text  # type: ignore[arg-type,union-attr]  # the draft was saved just before


def test_a_file_that_is_no_database_gives_a_clear_error_and_stays_untouched(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    junk = b"this is not sqlite" * 100
    path.write_bytes(junk)
    with pytest.raises(DraftStoreError, match="ist beschädigt") as caught:
        DraftStore.open(path)
    assert caught.value.corrupt
    assert path.read_bytes() == junk, "opening never changes a damaged file"


def test_json_shapes_match_design(store: DraftStore) -> None:
    draft = store.save(_draft("Anna"))
    assert set(store.list()[0].to_json()) == {"id", "title", "kind", "updated"}
    assert set(draft.to_json()) == {
        "id",
        "title",
        "renamed",
        "kind",
        "template",
        "platform",
        "fields",
        "text",
        "text_edited",
        "ignored",
        "received",
        "created",
        "updated",
    }


def test_platform_and_ignored_findings_are_kept(store: DraftStore) -> None:
    draft = _draft("Anna")
    draft.platform = Platform.LINKEDIN
    draft.ignored = ["EXCLAMATION_PILE:!!!"]
    again = store.get(store.save(draft).id)  # type: ignore[arg-type]  # a saved draft has an id
    assert again is not None
    assert again.platform is Platform.LINKEDIN and again.ignored == ["EXCLAMATION_PILE:!!!"]


V1_SCHEMA = """
CREATE TABLE drafts (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '',
    renamed INTEGER NOT NULL DEFAULT 0, recipient TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
    template TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '{}', text TEXT NOT NULL DEFAULT '',
    text_edited INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL,
    deleted TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO drafts (kind, template, fields, text, created, updated)
    VALUES ('reply', 'reply_formal', '{"recipient_last_name": "Weber"}', 'Alter Text 👋',
            '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00');
PRAGMA user_version=1;
"""


def test_a_version_1_database_is_migrated_in_place(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "drafts.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(V1_SCHEMA)
    old.close()
    store = DraftStore.open(path)
    [draft] = store.all_drafts()
    assert draft.text == "Alter Text 👋" and draft.platform is None and draft.ignored == []
    assert [s.id for s in store.search("alter")] == [draft.id], "the old draft is searchable"
    draft.platform = Platform.XING
    store.save(draft)
    store.close()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_a_damaged_json_column_loses_extras_not_the_draft(store: DraftStore) -> None:
    saved = store.save(_draft("Anna", "Text bleibt"))
    store._db.execute("UPDATE drafts SET fields='{kaputt', ignored='42' WHERE id=?", (saved.id,))
    again = store.get(saved.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert again is not None and again.text == "Text bleibt"
    assert again.fields == {} and again.ignored == []


def test_full_text_search_over_title_recipient_and_text(store: DraftStore) -> None:
    a = store.save(_draft("Anna", "Ihr Vortrag über Mehrweg-Ladungsträger 😀"))
    b = store.save(_draft("Ben", "Danke für das Gespräch über Paletten"))
    assert [s.id for s in store.search("mehrweg")] == [a.id]
    assert [s.id for s in store.search("Palet")] == [b.id], "prefixes match"
    assert [s.id for s in store.search("ben weber")] == [b.id], "the recipient counts"
    assert store.search("gesprach") and store.search("gesprach")[0].id == b.id, "ä = a"
    assert store.search('"') == store.list() and store.search("nirgends") == []
    b.text = "Ganz neuer Inhalt"
    store.save(b)
    assert store.search("Paletten") == [], "the index follows every save"
    store.delete(a.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert store.search("mehrweg") == [], "deleted drafts are not found"


def test_the_trash_keeps_deleted_drafts_for_30_days(store: DraftStore) -> None:
    kept = store.save(_draft("Anna"))
    old = store.save(_draft("Ben"))
    store.delete(kept.id)  # type: ignore[arg-type]  # a saved draft has an id
    store.delete(old.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert [s.id for s in store.trash()] == [old.id, kept.id]
    store._db.execute("UPDATE drafts SET deleted='2020-01-01T00:00:00+00:00' WHERE id=?", (old.id,))
    assert store.purge_trash() == 1
    assert store.check_search_index() is False, "the index lost the purged draft too"
    assert [s.id for s in store.trash()] == [kept.id]
    store.undelete(kept.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert store.trash() == [] and [s.id for s in store.list()] == [kept.id]


def test_importing_the_same_export_twice_adds_nothing(store: DraftStore, tmp_path: Path) -> None:
    store.save(_draft("Anna", "Erster 👋"))
    store.save(_draft("Ben", "Zweiter"))
    exported = [d.to_json() for d in store.all_drafts()]
    other = DraftStore.open(tmp_path / "other.sqlite3")
    assert other.import_drafts(exported)[:2] == (2, 0)
    assert other.import_drafts(exported)[:2] == (0, 2)
    assert sorted(d.text for d in other.all_drafts()) == ["Erster 👋", "Zweiter"]
    assert store.import_drafts(exported)[:2] == (0, 2), "importing into the source adds nothing"
    other.close()


def test_an_import_checks_every_value_and_skips_only_the_bad_drafts(store: DraftStore) -> None:
    good = {"title": "Anfrage Lager", "kind": "reply", "template": "reply_formal",
            "fields": {"recipient_last_name": "Wagner", "attachment": True}, "text": "Hallo",
            "updated": "2025-03-04T05:06:07.000008+00:00"}  # fmt: skip
    untitled = {**good, "title": None, "text": "Ohne Titel", "updated": None}
    bad = [
        {**good, "fields": {"reason": ["x"]}},  # issue 12: then every save failed
        {**good, "text": 42},
        {**good, "title": "\ud800"},  # a lone surrogate SQLite cannot store
        {**good, "fields": {"reason": {"tief": {"tiefer": "x"}}}},
        {**good, "updated": "gestern"},
        {**good, "template": None},
        "kein Entwurf",
    ]
    report = store.import_drafts([good, *bad, untitled])
    assert report.imported == 2 and report.duplicates == 0 and len(report.rejected) == len(bad)
    assert "Entwurf 2" in report.rejected[0] and "„reason“" in report.rejected[0]
    assert [r.split(":")[0] for r in report.rejected] == [f"Entwurf {n}" for n in range(2, 9)]
    summary = report.summary()
    assert summary.startswith("2 Entwürfe eingelesen, 7 übersprungen, 0 waren schon da.\n")
    assert summary.count("\n  Entwurf ") == 7, "each skipped draft with its reason"
    by_text = {d.text: d for d in store.all_drafts()}
    assert by_text["Hallo"].updated == "2025-03-04T05:06:07.000008+00:00", "the file's time"
    assert by_text["Hallo"].fields == good["fields"] and by_text["Hallo"].renamed
    assert by_text["Ohne Titel"].title == "" and not by_text["Ohne Titel"].renamed, "not 'None'"
    draft = by_text["Hallo"]
    draft.text = "Hallo, geändert"
    store.save(draft)  # an imported draft saves like any other


def test_search_lists_at_most_the_best_matches(store: DraftStore) -> None:
    for i in range(5):
        store.save(_draft(f"P{i}", "Paletten " * (i + 1)))
    assert len(store.search("paletten", limit=3)) == 3
    assert len(store.search("paletten")) == 5


def test_the_journal_files_are_the_users_alone_too(store: DraftStore) -> None:
    store.save(_draft("Anna"))
    assert store.path is not None
    journals = [store.path.with_name(store.path.name + s) for s in ("-wal", "-shm")]
    assert [stat.S_IMODE(p.stat().st_mode) for p in journals] == [0o600, 0o600]


def test_history_coalesces_bursts_and_keeps_earlier_versions(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, timedelta

    import knigge_desktop.core.drafts as drafts

    clock = [datetime(2026, 11, 26, 9, 0, tzinfo=UTC)]
    monkeypatch.setattr(drafts, "now", lambda: clock[0].isoformat(timespec="microseconds"))
    draft = store.save(_draft("Anna", "Hallo"))
    for text in ("Hallo A", "Hallo An", "Hallo Ann"):  # a burst of typing
        clock[0] += timedelta(seconds=5)
        draft.text = text
        draft = store.save(draft)
    clock[0] += timedelta(minutes=10)  # a pause, then more writing
    draft.text = "Hallo Anna, danke!"
    draft = store.save(draft)
    history = store.versions(draft.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert [v.text for v in history] == ["Hallo Anna, danke!", "Hallo Ann"]
    assert history[1].fields == {"recipient_first_name": "Anna", "recipient_last_name": "Weber"}


def test_a_kept_version_is_not_overwritten_by_the_next_save(store: DraftStore) -> None:
    draft = store.save(_draft("Anna", "Antwort mit der ersten Vorlage"))
    store.keep_version(draft.id)  # type: ignore[arg-type]  # a saved draft has an id
    draft.text = "Antwort mit der zweiten Vorlage"  # a moment later: a burst otherwise
    draft = store.save(draft)
    draft.text = "Antwort mit der zweiten Vorlage, weiter getippt"
    draft = store.save(draft)
    texts = [v.text for v in store.versions(draft.id)]  # type: ignore[arg-type]
    assert texts == [
        "Antwort mit der zweiten Vorlage, weiter getippt",
        "Antwort mit der ersten Vorlage",
    ]


def test_history_keeps_at_most_fifty_versions(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knigge_desktop.core.drafts as drafts

    monkeypatch.setattr(drafts, "VERSION_GAP_SECONDS", -1)  # every save its own version
    draft = store.save(_draft("Anna", "0"))
    for i in range(1, 60):
        draft.text = str(i)
        draft = store.save(draft)
    history = store.versions(draft.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert len(history) == 50 and history[0].text == "59" and history[-1].text == "10"


def test_two_processes_opening_a_new_database_at_once_both_succeed(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "drafts.sqlite3"
    code = (
        "import sys; from pathlib import Path; from knigge_desktop.core.drafts import DraftStore;"
        "s = DraftStore.open(Path(sys.argv[1])); print(len(s.list()))"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    outputs = [run.communicate(timeout=60)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0] * 6 and outputs == ["0"] * 6
    assert list(tmp_path.glob("*.defekt-*")) == [], "no healthy file was taken for damaged"


def test_a_write_failing_midway_leaves_no_transaction_open(tmp_path: Path) -> None:
    """Issue 11's blocker: an exception inside a write (here a title that is no str, as a
    button's clicked(bool) once passed) must roll back, not leave the database locked."""
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore.open(path)
    draft = store.save(_draft("Anna", "vorher"))
    with pytest.raises(AttributeError):
        store.rename(draft.id, False)  # type: ignore[arg-type]  # a wrong value on purpose
    assert not store._db.in_transaction
    draft.text = "nachher"
    store.save(draft)  # the same connection writes again
    other = DraftStore.open(path)  # and a second one (another process, the CLI) too
    other.save(_draft("Ben", "von nebenan"))
    assert sorted(d.text for d in store.all_drafts()) == ["nachher", "von nebenan"]
    other.close()
    store.close()


def test_a_save_never_overwrites_a_newer_revision(tmp_path: Path) -> None:
    from knigge_desktop.core.drafts import DraftConflict

    path = tmp_path / "drafts.sqlite3"
    mine, theirs = DraftStore.open(path), DraftStore.open(path)
    draft = mine.save(_draft("Anna", "erste Fassung"))
    their_copy = theirs.get(draft.id)  # type: ignore[arg-type]  # a saved draft has an id
    assert their_copy is not None
    their_copy.text = "von jemand anderem"
    theirs.save(their_copy)
    draft.text = "meine Fassung"
    with pytest.raises(DraftConflict, match="anderer Stelle"):
        mine.save(draft)
    assert mine.get(draft.id).text == "von jemand anderem"  # type: ignore[arg-type, union-attr]  # the draft was saved just before
    assert not mine._db.in_transaction
    mine.close()
    theirs.close()


def test_search_finds_parts_of_compounds_and_short_words(store: DraftStore) -> None:
    lager = store.save(_draft("Anna", "Unser Kleinteilelager zieht um."))
    kurz = store.save(_draft("Ben", "Wir sind ab Q3 in Köln."))
    assert [s.id for s in store.search("lager")] == [lager.id]
    assert [s.id for s in store.search("LAGER zieht")] == [lager.id]
    assert [s.id for s in store.search("q3")] == [kurz.id], "two letters: by LIKE"
    assert [s.id for s in store.search("koln q3")] == [kurz.id], "ö = o, with a short word"
    assert store.search("%") == [] and store.search("_") == [], "LIKE's wildcards are letters"
