"""A drafts import at the edges: dates at the ends of the calendar are skipped with a
reason (no OverflowError), a date in the future is taken as now, and entries past the
import limit are counted in the report instead of vanishing without a word."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop import cli
from knigge_desktop.core import drafts_import
from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.core.paths import AppPaths

EDGE_DATES = ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"]


def _export(tmp_path: Path, items: list[object]) -> Path:
    export = tmp_path / "export.json"
    export.write_text(json.dumps(items), encoding="utf-8")
    return export


def _import(capsys: pytest.CaptureFixture[str], export: Path) -> list[str]:
    assert cli.main(["drafts", "import", str(export)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


def test_dates_at_the_ends_of_the_calendar_skip_only_their_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [{"text": "a", "updated": date} for date in EDGE_DATES] + [{"text": "gut"}]
    assert _import(capsys, _export(tmp_path, items)) == [
        "1 Entwurf eingelesen, 2 übersprungen, 0 waren schon da.",
        f"  Entwurf 1: „updated“ ist kein Datum (ISO 8601): „{EDGE_DATES[0]}“",
        f"  Entwurf 2: „updated“ ist kein Datum (ISO 8601): „{EDGE_DATES[1]}“",
    ]


def test_a_date_in_the_future_is_taken_as_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paths: AppPaths
) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    items = [
        {"text": "Zukunft", "updated": "3000-01-01T00:00:00+00:00"},
        {"text": "bald", "updated": soon},
    ]
    _import(capsys, _export(tmp_path, items))
    store = DraftStore.open(paths.drafts_db)
    updated = {d.text: datetime.fromisoformat(d.updated) for d in store.all_drafts()}
    store.close()
    assert abs(updated["Zukunft"] - datetime.now(UTC)) < timedelta(minutes=5)
    assert updated["bald"] == datetime.fromisoformat(soon), "within a day: the file's time"


def test_the_window_says_why_an_edge_date_was_skipped(
    window_factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    window = window_factory()
    drafts = window.dialogs.show_drafts()
    window.prompts.answer(str(_export(tmp_path, [{"text": "a", "updated": EDGE_DATES[0]}])))
    qtbot.mouseClick(drafts.import_button, Qt.MouseButton.LeftButton)
    assert "Entwurf 1: „updated“ ist kein Datum" in drafts.status.text()
    drafts.close()


def test_entries_past_the_limit_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drafts_import, "MAX_DRAFTS", 5)  # 100,000 real saves take minutes
    items = [{"text": f"Entwurf {i}"} for i in range(10)]
    assert _import(capsys, _export(tmp_path, items)) == [
        "5 Entwürfe eingelesen, 0 waren schon da.",
        "Weitere Einträge nicht gelesen: 5 (höchstens 5 je Import).",
    ]


def test_two_million_entries_say_how_many_were_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.json"
    export.write_text("[" + ",".join(["0"] * 2_000_000) + "]", encoding="utf-8")
    lines = _import(capsys, export)
    assert lines[0] == "0 Entwürfe eingelesen, 100000 übersprungen, 0 waren schon da."
    assert lines[1] == "Weitere Einträge nicht gelesen: 1900000 (höchstens 100.000 je Import)."


def test_the_window_counts_entries_past_the_limit(
    window_factory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(drafts_import, "MAX_DRAFTS", 2)
    window = window_factory()
    drafts = window.dialogs.show_drafts()
    window.prompts.answer(str(_export(tmp_path, [{"text": f"E{i}"} for i in range(3)])))
    qtbot.mouseClick(drafts.import_button, Qt.MouseButton.LeftButton)
    assert "Weitere Einträge nicht gelesen: 1 (höchstens 2 je Import)." in drafts.status.text()
    drafts.close()
