"""A damaged drafts database: moved aside, the readable drafts carried over, the user told."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from knigge_desktop.core.drafts import Draft, DraftStore, DraftStoreError, NewerDatabase
from knigge_desktop.core.drafts_recovery import open_or_recover


def _fill(path: Path, count: int) -> dict[str, str]:
    store = DraftStore.open(path)
    texts = {}
    for i in range(count):
        text = f"Entwurf {i}: " + ("Sehr geehrte Frau Wagner, 😀 " * 60)
        store.save(Draft(template="reply_formal", kind="reply", title=f"T{i}", text=text))
        texts[f"T{i}"] = text
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return texts


def test_a_file_that_is_no_database_is_moved_aside_and_a_fresh_one_works(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    junk = b"kein SQLite" * 100
    path.write_bytes(junk)
    store, message = open_or_recover(path)
    [backup] = tmp_path.glob("drafts.sqlite3.defekt-*")
    assert backup.read_bytes() == junk, "the old file is kept unchanged"
    assert message is not None and str(backup) in message and "0 Entwürfe" in message
    store.save(Draft(template="reply_formal", kind="reply", text="neu"))
    assert [d.text for d in store.all_drafts()] == ["neu"]


def test_readable_drafts_of_a_damaged_file_are_carried_over(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    texts = _fill(path, 40)
    data = bytearray(path.read_bytes())
    page = 4096
    marker = b"Entwurf 17: "
    hits = [i for i in range(len(data)) if data.startswith(marker, i)]
    assert hits, "the draft's text is in the file"
    for hit in hits:  # destroy every page holding draft 17 (its row and its history)
        start = hit // page * page
        data[start : start + page] = b"\xde\xad" * (page // 2)
    path.write_bytes(bytes(data))

    store, message = open_or_recover(path)
    rescued = store.all_drafts()
    assert message is not None and f"{len(rescued)} Entwürfe" in message
    assert 0 < len(rescued) < 40
    assert "T17" not in {d.title for d in rescued}
    for draft in rescued:
        assert draft.text == texts[draft.title], "what was rescued is rescued whole"


def test_a_healthy_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    _fill(path, 2)
    store, message = open_or_recover(path)
    assert message is None and len(store.all_drafts()) == 2
    assert list(tmp_path.glob("*.defekt-*")) == []


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    _fill(path, 1)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase, match="neueren Version"):
        open_or_recover(path)
    assert path.read_bytes() == before and list(tmp_path.glob("*.defekt-*")) == []


def test_an_unreachable_folder_is_no_corruption(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DraftStoreError) as caught:
        open_or_recover(blocker / "drafts.sqlite3")  # a file where a folder should be
    assert not caught.value.corrupt
