"""A drafts database edited outside the app (a version of -1, a table renamed, a column
dropped, bytes in a text column) opens with its drafts: no traceback, no foreign-journal
message for what is no journal, and a rescue keeps each draft's own times."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from knigge_desktop import cli
from knigge_desktop.core.drafts import SCHEMA_VERSION, Draft, DraftStore
from knigge_desktop.core.drafts_recovery import open_or_recover
from knigge_desktop.core.paths import AppPaths


def _one_draft(path: Path, updated: str = "2024-03-05T09:30:00.000000+00:00") -> int:
    store = DraftStore.open(path)
    saved = store.save(
        Draft(template="reply_formal", kind="reply", title="Weber", text="Kleinteilelager"),
        updated=updated,
    )
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    assert saved.id is not None
    return saved.id


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as db:
        for statement in statements:
            db.execute(statement)
        db.commit()


def test_a_negative_version_is_taken_as_lowered_not_as_a_foreign_journal(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    draft_id = _one_draft(path)
    _sql(path, "PRAGMA user_version=-1")
    store, message = open_or_recover(path)
    assert message is None, message
    assert not list(tmp_path.glob("*.defekt-*")), "the file stays where it is"
    draft = store.get(draft_id)
    assert draft is not None and draft.updated.startswith("2024-03-05T09:30")
    store.close()
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize(
    "statement",
    ["ALTER TABLE drafts RENAME TO alt", "DROP TABLE drafts"],
    ids=["renamed", "dropped"],
)
def test_a_missing_drafts_table_is_said_as_it_is(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "drafts.sqlite3"
    _one_draft(path)
    _sql(path, statement)
    _store, message = open_or_recover(path)
    assert message is not None and "Journal" not in message
    assert "fehlte die Tabelle „drafts“ (umbenannt oder gelöscht)" in message


def test_the_missing_table_has_its_own_message() -> None:
    from knigge_desktop.core import drafts_preflight

    assert "fehlt die Tabelle „drafts“" in drafts_preflight._no_drafts_table(Path("x"))


def test_a_rescue_keeps_each_drafts_time(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    _one_draft(path)
    _sql(path, "ALTER TABLE drafts RENAME TO alt")  # set aside and rescued (read by pages)
    store, message = open_or_recover(path)
    assert message is not None
    rescued = store.all_drafts()
    assert [d.title for d in rescued] == ["Weber"], "read from the pages of the renamed table"
    assert rescued[0].updated.startswith("2024-03-05T09:30")


def test_a_rescued_draft_keeps_updated_and_created(tmp_path: Path) -> None:
    from knigge_desktop.core.drafts_recovery import salvage

    old = tmp_path / "alt.sqlite3"
    _one_draft(old)
    store = DraftStore.in_memory()
    assert salvage(old, store) == 1
    [draft] = store.all_drafts()
    assert draft.updated.startswith("2024-03-05T09:30")
    assert draft.created.startswith("2024-03-05T09:30")


def test_a_dropped_column_is_put_back_on_open(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _one_draft(paths.drafts_db)
    _sql(paths.drafts_db, "ALTER TABLE drafts DROP COLUMN received")
    assert cli.main(["drafts", "list", "--format", "json"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [draft_id]
    assert cli.main(["drafts", "show", str(draft_id), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["received"] == ""


def test_bytes_in_a_text_column_are_read_as_text(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = _one_draft(paths.drafts_db)
    _one_draft(paths.drafts_db)  # a second, good draft that the export must not lose
    _sql(paths.drafts_db, f"UPDATE drafts SET text=x'00ff', title=x'ff' WHERE id={draft_id}")
    assert cli.main(["drafts", "show", str(draft_id)]) == 0
    out, err = capsys.readouterr()
    assert "\ufffd" in out and "Bytes, die kein Text sind" in err
    assert cli.main(["drafts", "export"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert len(exported) == 2
    assert {d["text"] for d in exported} == {"\x00\ufffd", "Kleinteilelager"}
    assert cli.main(["drafts", "list"]) == 0


def test_the_window_opens_a_draft_with_bytes_as_its_text(
    qtbot, window_factory, paths: AppPaths
) -> None:
    from PySide6.QtCore import Qt

    draft_id = _one_draft(paths.drafts_db)
    _sql(paths.drafts_db, f"UPDATE drafts SET text=x'4b61ff6c' WHERE id={draft_id}")
    window = window_factory()
    dialog = window.dialogs.show_drafts()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == "Ka\ufffdl", "the draft's text, not the template's"
    assert "Bytes, die kein Text sind" in window.statusBar().currentMessage()
