"""A drafts database whose `PRAGMA user_version` was lowered (a tool, a restored copy)
already has what the migrations add: every step is safe to run again, so it opens as the
file it is, with its drafts, never as a memory-only window."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from knigge_desktop import cli
from knigge_desktop.core.drafts import SCHEMA_VERSION, Draft, DraftStore
from knigge_desktop.core.paths import AppPaths


def _current_database(path: Path) -> int:
    store = DraftStore.open(path)
    saved = store.save(
        Draft(
            template="reply_formal",
            kind="reply",
            fields={"recipient_last_name": "Weber"},
            text="Kleinteilelager bleibt",
            received="Guten Tag, haben Sie Zeit?",
        )
    )
    store.close()
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize("lowered", range(SCHEMA_VERSION))
def test_a_database_with_a_lowered_version_opens_with_its_drafts(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], lowered: int
) -> None:
    draft_id = _current_database(paths.drafts_db)
    with closing(sqlite3.connect(paths.drafts_db)) as db:
        db.execute(f"PRAGMA user_version={lowered}")

    assert cli.main(["drafts", "show", str(draft_id), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert shown["text"] == "Kleinteilelager bleibt" and err == ""
    assert shown["received"] == "Guten Tag, haben Sie Zeit?"

    from knigge_desktop.app import open_drafts

    service, problem = open_drafts(paths)
    assert problem is None, "the window keeps its drafts on disk"
    assert [s.id for s in service.summaries("lager")] == [draft_id], "search still works"
    with closing(sqlite3.connect(paths.drafts_db)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_the_window_opens_such_a_database_and_lists_its_draft(
    window_factory, paths: AppPaths
) -> None:
    _current_database(paths.drafts_db)
    with closing(sqlite3.connect(paths.drafts_db)) as db:
        db.execute("PRAGMA user_version=4")
    window = window_factory()
    assert window.startup_problem is None, "no memory-only warning"
    drafts = window.dialogs.show_drafts()
    assert drafts.table.rowCount() == 1
    drafts.close()
