"""The report of a drafts import names every skipped draft with its reason (up to a limit,
then how many more), counts in proper German and English plurals, takes "received": null
as no received message, and `drafts import -` reads the export from stdin."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop import cli
from knigge_desktop.core.drafts_import import MAX_REASONS_SHOWN
from knigge_desktop.core.paths import AppPaths

GOOD = {"title": "Anfrage Lager", "kind": "reply", "template": "reply_formal", "text": "Hallo"}


def _export(tmp_path: Path, items: list[object]) -> Path:
    export = tmp_path / "export.json"
    export.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return export


def _import(capsys: pytest.CaptureFixture[str], source: str) -> list[str]:
    assert cli.main(["drafts", "import", source]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


def test_every_skipped_draft_is_named_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [
        GOOD,
        {**GOOD, "text": 42},
        {**GOOD, "fields": {"reason": ["x"]}},
        "kein Entwurf",
        {**GOOD, "text": "Zweiter", "received": None},
    ]
    lines = _import(capsys, str(_export(tmp_path, items)))
    assert lines == [
        "2 Entwürfe eingelesen, 3 übersprungen, 0 waren schon da.",
        "  Entwurf 2: „text“ muss ein Text sein, nicht eine Zahl",
        "  Entwurf 3: das Feld „reason“ ist weder Text noch Ja/Nein",
        "  Entwurf 4: kein Entwurf",
    ]


def test_one_draft_is_counted_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _export(tmp_path, [GOOD, {**GOOD, "text": 42}])
    assert (
        _import(capsys, str(export))[0] == "1 Entwurf eingelesen, 1 übersprungen, 0 waren schon da."
    )
    assert (
        _import(capsys, str(export))[0] == "0 Entwürfe eingelesen, 1 übersprungen, 1 war schon da."
    )


def test_past_the_limit_the_report_says_how_many_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [{**GOOD, "text": n} for n in range(MAX_REASONS_SHOWN + 3)]
    lines = _import(capsys, str(_export(tmp_path, bad)))
    assert (
        lines[0]
        == f"0 Entwürfe eingelesen, {MAX_REASONS_SHOWN + 3} übersprungen, 0 waren schon da."
    )
    assert len(lines) == 1 + MAX_REASONS_SHOWN + 1
    assert lines[-2].startswith(f"  Entwurf {MAX_REASONS_SHOWN}:")
    assert lines[-1] == "  und 3 weitere"
    bad.append({**GOOD, "text": None})
    assert _import(capsys, str(_export(tmp_path, bad)))[-1] == "  und 4 weitere"
    assert _import(capsys, str(_export(tmp_path, bad[: MAX_REASONS_SHOWN + 1])))[-1] == (
        "  und 1 weiterer"
    )


def test_a_null_received_message_is_none(
    tmp_path: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(capsys, str(_export(tmp_path, [{**GOOD, "received": None}])))
    assert cli.main(["drafts", "export"]) == 0
    [draft] = json.loads(capsys.readouterr().out)
    assert draft["received"] == "" and draft["text"] == "Hallo"


def test_drafts_import_dash_reads_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.dumps([GOOD, {**GOOD, "text": "Zweiter"}]).encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _import(capsys, "-") == ["2 Entwürfe eingelesen, 0 waren schon da."]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"kein": "Export"}')))
    assert cli.main(["drafts", "import", "-"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kein Entwurfs-Export" in err


def test_drafts_import_dash_in_a_pipe(tmp_path: Path) -> None:
    export = json.dumps([GOOD])
    command = ["-m", "knigge_desktop", "--data-dir", str(tmp_path / "d"), "drafts", "import"]
    result = subprocess.run(
        [sys.executable, *command, "-"],
        input=export,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1 Entwurf eingelesen, 0 waren schon da.\n"


def _import_in_window(window, qtbot: QtBot, export: Path) -> str:
    from PySide6.QtCore import Qt

    drafts = window.dialogs.show_drafts()
    window.prompts.answer(str(export))
    qtbot.mouseClick(drafts.import_button, Qt.MouseButton.LeftButton)
    text = drafts.status.text()
    drafts.close()
    return text


def test_the_window_reports_in_german_plurals(window_factory, qtbot: QtBot, tmp_path: Path):
    window = window_factory()
    export = _export(tmp_path, [GOOD, {**GOOD, "text": 42}, {**GOOD, "template": None}])
    assert _import_in_window(window, qtbot, export).splitlines() == [
        "1 Entwurf eingelesen, 2 übersprungen, 0 waren schon da.",
        "Entwurf 2: „text“ muss ein Text sein, nicht eine Zahl",
        "Entwurf 3: „template“ muss ein Text sein, nicht leer (null)",
    ]
    assert _import_in_window(window, qtbot, export).splitlines()[0] == (
        "0 Entwürfe eingelesen, 2 übersprungen, 1 war schon da."
    )


def test_the_window_reports_in_english_plurals(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    from knigge_desktop.core.settings import Settings
    from knigge_desktop.ui.i18n import apply_language

    settings = Settings(paths.settings_file)
    settings.set("language", "en")
    settings.save()
    try:
        window = window_factory()
        bad = [{**GOOD, "text": n} for n in range(MAX_REASONS_SHOWN + 1)]
        lines = _import_in_window(window, qtbot, _export(tmp_path, [GOOD, *bad]))
        assert lines.splitlines()[0] == (
            f"1 draft imported, {MAX_REASONS_SHOWN + 1} skipped, 0 were already there."
        )
        assert lines.splitlines()[-1] == "and 1 more"
        assert _import_in_window(window, qtbot, _export(tmp_path, [GOOD])).startswith(
            "0 drafts imported, 1 was already there."
        )
    finally:
        apply_language("de")
