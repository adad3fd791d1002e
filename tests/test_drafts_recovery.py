"""A damaged drafts database: moved aside, the readable drafts carried over, the user told."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
    assert message is not None and str(backup) in message and "übernommen: 0." in message
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
    assert message is not None and f"übernommen: {len(rescued)}." in message
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


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_journal_of_another_database_is_set_aside_before_anything_is_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "drafts.sqlite3"
    texts = _fill(path, 200)
    # A real second SQLite database, its journal still full (its connection stays open).
    other = sqlite3.connect(tmp_path / "other.sqlite3", isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("PRAGMA wal_autocheckpoint=0")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.executemany("INSERT INTO notes VALUES (?)", [("fremd " * 50,)] * 100)
    foreign = (tmp_path / "other.sqlite3-wal").read_bytes()
    assert len(foreign) > 32
    (tmp_path / "drafts.sqlite3-wal").write_bytes(foreign)
    before = path.read_bytes()

    store, message = open_or_recover(path)
    other.close()
    [backup] = tmp_path.glob("drafts.sqlite3.defekt-*[0-9]")
    assert backup.read_bytes() == before, "the database is never changed"
    assert backup.with_name(backup.name + "-wal").read_bytes() == foreign
    assert message is not None and "anderen Datenbank" in message and "übernommen: 200." in message
    assert {d.title: d.text for d in store.all_drafts()} == texts


def test_a_journal_with_another_page_size_is_foreign_too(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    _fill(path, 3)
    other = sqlite3.connect(tmp_path / "other.sqlite3", isolation_level=None)
    other.execute("PRAGMA page_size=1024")
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE notes (body TEXT)")
    (tmp_path / "drafts.sqlite3-wal").write_bytes((tmp_path / "other.sqlite3-wal").read_bytes())
    other.close()
    before = path.read_bytes()
    store, message = open_or_recover(path)
    [backup] = tmp_path.glob("drafts.sqlite3.defekt-*[0-9]")
    assert backup.read_bytes() == before and len(store.all_drafts()) == 3
    assert message is not None and "anderen Datenbank" in message


def test_a_damaged_file_is_set_aside_before_anything_is_written(tmp_path: Path) -> None:
    """The damage is found before the journal mode or the schema are written."""
    path = tmp_path / "drafts.sqlite3"
    _fill(path, 40)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xde\xad" * 4096  # the drafts table's first pages
    path.write_bytes(bytes(data))
    open_or_recover(path)
    [backup] = tmp_path.glob("drafts.sqlite3.defekt-*[0-9]")
    assert backup.read_bytes() == bytes(data)
    assert not backup.with_name(backup.name + "-wal").exists(), "not even a journal written"


@pytest.mark.parametrize("shell", ["as installed", "missing"])
def test_half_a_truncated_file_still_gives_about_half_its_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str
) -> None:
    import shutil

    if shell == "missing":  # without the sqlite3 shell: the pages are read by Python
        monkeypatch.setattr(shutil, "which", lambda name: None)
    path = tmp_path / "drafts.sqlite3"
    texts = _fill(path, 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    store, message = open_or_recover(path)
    rescued = store.all_drafts()
    assert len(rescued) >= 90, f"only {len(rescued)} of 200"
    assert message is not None and f"übernommen: {len(rescued)}." in message
    for draft in rescued:
        assert draft.text == texts[draft.title]


def test_a_damaged_file_in_a_read_only_folder_starts_in_memory_with_its_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def refused(self: Path, target: Path) -> None:  # what a read-only folder answers
        raise PermissionError(13, "Keine Berechtigung", str(self))

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "drafts.sqlite3"
    texts = _fill(path, 30)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _files(folder)
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root: the folder refuses nothing, so say it does
            monkeypatch.setattr(Path, "replace", refused)
        store, message = open_or_recover(path)
    finally:
        folder.chmod(0o700)
    assert store.path is None, "kept in memory"
    assert message is not None and "beiseitelegen" in message and "Arbeitsspeicher" in message
    rescued = store.all_drafts()
    assert rescued and all(d.text == texts[d.title] for d in rescued)
    store.save(Draft(template="reply_formal", kind="reply", text="neu geschrieben"))
    assert _files(folder) == before, "nothing in the folder changed"


def test_a_damaged_file_on_a_full_disk_stays_in_place_and_its_drafts_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Set aside, the damaged file left an empty new database in its place that the full
    disk could not fill: every draft out of sight, at this start and the next."""
    import shutil

    from knigge_desktop.core import os_errors

    folder = tmp_path / "voll"
    folder.mkdir()
    path = folder / "drafts.sqlite3"
    texts = _fill(path, 30)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _files(folder)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(os_errors.shutil, "disk_usage", lambda _p: usage._replace(free=0))
    store, message = open_or_recover(path)
    assert store.path is None, "kept in memory"
    assert message is not None and "kein Platz mehr auf dem Datenträger" in message
    rescued = store.all_drafts()
    assert rescued and all(d.text == texts[d.title] for d in rescued)
    assert _files(folder) == before, "the damaged file stays as it is, where it is"


# Garbage in the index's blocks, from fixed seeds: most make SQLite report a damaged
# database; 33 and 57 make it report "out of memory" (MemoryError in Python).
@pytest.mark.parametrize("seed", [0, 1, 2, 33, 57])
def test_a_damaged_search_index_is_rebuilt_and_no_draft_is_lost(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore.open(path)
    store.save(Draft(template="reply_formal", kind="reply", title="A", text="Kleinteilelager"))
    store.save(Draft(template="reply_formal", kind="reply", title="B", text="Paletten"))
    garbage = random.Random(seed).randbytes(40)
    store._db.execute("UPDATE drafts_search_data SET block = ? WHERE id > 1", (garbage,))
    store.close()
    store, message = open_or_recover(path)
    assert message is None and list(tmp_path.glob("*.defekt-*")) == []
    assert sorted(d.title for d in store.all_drafts()) == ["A", "B"]
    assert [s.title for s in store.search("lager")] == ["A"], "the index was rebuilt"
    draft = store.get(store.search("palett")[0].id)
    assert draft is not None
    draft.text = "Paletten und mehr"
    store.save(draft)  # saves go on


def test_a_shared_memory_file_of_another_database_does_no_harm(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    texts = _fill(path, 20)
    other = sqlite3.connect(tmp_path / "other.sqlite3", isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.executemany("INSERT INTO notes VALUES (?)", [("fremd",)] * 50)
    (tmp_path / "drafts.sqlite3-shm").write_bytes((tmp_path / "other.sqlite3-shm").read_bytes())
    other.close()
    store, message = open_or_recover(path)  # SQLite rebuilds the index of a journal it owns
    assert message is None and {d.title: d.text for d in store.all_drafts()} == texts


def test_the_window_starts_on_a_damaged_database_in_a_read_only_folder(
    qtbot,
    paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from knigge_desktop.app import build_window

    paths.data_dir.mkdir(parents=True)
    texts = _fill(paths.drafts_db, 30)
    whole = paths.drafts_db.read_bytes()
    paths.drafts_db.write_bytes(whole[: len(whole) // 2])

    def refused(self: Path, target: Path) -> None:  # what a read-only folder answers
        raise PermissionError(13, "Keine Berechtigung", str(self))

    monkeypatch.setattr(Path, "replace", refused)
    window = build_window(paths)
    qtbot.addWidget(window)
    assert window.startup_problem and "Arbeitsspeicher" in window.startup_problem
    rescued = window.session.drafts.summaries()
    assert rescued and all(s.title in texts for s in rescued), window.startup_problem
    window.close()


def test_drafts_that_cannot_be_opened_for_writing_are_still_shown(qtbot: QtBot, paths) -> None:
    from knigge_desktop.app import build_window

    paths.data_dir.mkdir(parents=True)
    texts = _fill(paths.drafts_db, 5)
    before = paths.drafts_db.read_bytes()
    # SQLite cannot make its journal here (as in a read-only folder): no writing at all.
    (paths.data_dir / "drafts.sqlite3-wal").mkdir()
    window = build_window(paths)
    qtbot.addWidget(window)
    assert window.startup_problem and "Arbeitsspeicher" in window.startup_problem
    assert sorted(s.title for s in window.session.drafts.summaries()) == sorted(texts)
    assert paths.drafts_db.read_bytes() == before
    window.close()


def test_a_version_4_database_gets_the_trigram_search_and_revisions(tmp_path: Path) -> None:
    from knigge_desktop.core import drafts

    path = tmp_path / "drafts.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for script in (drafts._SCHEMA, drafts._MIGRATIONS[3], drafts._MIGRATIONS[4]):
        old.executescript(script)
    old.execute(
        "INSERT INTO drafts (kind, template, text, created, updated) VALUES"
        " ('reply', 'reply_formal', 'Unser Kleinteilelager', '2026-01-01', '2026-01-01')"
    )
    old.execute("PRAGMA user_version=4")
    old.close()
    store = DraftStore.open(path)
    [found] = store.search("lager")
    draft = store.get(found.id)
    assert draft is not None and draft.revision == 0
    draft.text = "Unser Kleinteilelager zieht um"
    assert store.save(draft).revision == 1
    tables = {r[0] for r in store._db.execute("SELECT name FROM sqlite_master")}
    assert "drafts_fts" not in tables and "drafts_fts_update" not in tables
