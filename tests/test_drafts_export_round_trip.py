"""An export gives every draft back as it was (platform, kind, flags, ignored findings, times),
an older export without the newer keys still imports, and every value of an imported draft
is checked against its type or closed set: a draft with a wrong one is skipped and named."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from knigge_desktop import cli
from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.vocabulary import Kind, Platform

# Belong to one database: a new id and revision are given on import.
_OF_THE_DATABASE = {"id", "revision"}


def _linkedin_draft() -> Draft:
    return Draft(
        template="accept_contact_request_formal",
        kind=Kind.CONTACT_REQUEST,
        fields={"recipient_last_name": "Wagner", "attachment": True, "reason": "Messe 👋"},
        text="Sehr geehrte Frau Wagner,\n\ndanke für Ihre Anfrage.",
        text_edited=False,
        platform=Platform.LINKEDIN,
        ignored=["FORMAL_ADDRESS:Hallo", "LENGTH:"],
        title="Frau Wagner – Kontaktanfrage",
        renamed=False,
        received="Guten Tag, ich würde mich gern vernetzen. Anna Wagner",
    )


def _stored_drafts(store: DraftStore) -> list[Draft]:
    store.save(_linkedin_draft())
    store.save(
        Draft(
            template="decline_formal",
            kind=Kind.DECLINE,
            text="Eigener Text",
            text_edited=True,
            platform=Platform.XING,
            title="Mein Titel",
            renamed=True,
        )
    )
    store.save(Draft(template="reply_formal", kind=None, text="Ohne Art und Plattform"))
    return sorted(store.all_drafts(), key=lambda d: d.text)


def _fields_of(draft: Draft) -> dict[str, object]:
    every = {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}
    return {name: value for name, value in every.items() if name not in _OF_THE_DATABASE}


def test_cli_export_then_import_gives_every_draft_back_field_by_field(
    tmp_path: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    originals = _stored_drafts(DraftStore.open(paths.drafts_db))
    assert cli.main(["drafts", "export"]) == 0
    export = tmp_path / "export.json"
    export.write_text(capsys.readouterr().out, encoding="utf-8")

    other = tmp_path / "other"
    assert cli.main(["--data-dir", str(other), "drafts", "import", str(export)]) == 0
    assert capsys.readouterr().out == "3 Entwürfe eingelesen, 0 waren schon da.\n"
    again = sorted(DraftStore.open(other / "drafts.sqlite3").all_drafts(), key=lambda d: d.text)
    assert len(again) == len(originals)
    for original, imported in zip(originals, again, strict=True):
        assert _fields_of(imported) == _fields_of(original)
    [linkedin] = [d for d in again if d.text.startswith("Sehr geehrte")]
    assert linkedin.platform is Platform.LINKEDIN  # the tester's draft


def test_the_drafts_dialog_export_and_import_keep_the_platform(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    from PySide6.QtCore import Qt

    originals = _stored_drafts(DraftStore.open(paths.drafts_db))
    window = window_factory()
    drafts = window.dialogs.show_drafts()
    export = tmp_path / "entwuerfe.json"
    window.prompts.answer(str(export))
    qtbot.mouseClick(drafts.export_button, Qt.MouseButton.LeftButton)
    assert "gesichert" in drafts.status.text()
    for draft in originals:
        drafts._service.delete(draft.id)  # gone, so the import is no duplicate
    # Out of the trash too: an import brings an identical deleted draft back instead of
    # reading it from the file, and here the file is what is tested.
    drafts._service._store.purge_trash(days=-1)
    window.prompts.answer(str(export))
    qtbot.mouseClick(drafts.import_button, Qt.MouseButton.LeftButton)
    assert drafts.status.text() == "3 Entwürfe eingelesen, 0 waren schon da."
    drafts.close()
    alive = sorted(DraftStore.open(paths.drafts_db).all_drafts(), key=lambda d: d.text)
    assert [_fields_of(d) for d in alive] == [_fields_of(d) for d in originals]


def test_an_older_export_without_the_new_keys_still_imports(tmp_path: Path) -> None:
    """The shape before platform, flags, ignored and created were exported."""
    older = {
        "id": 7,
        "title": "Frau Wagner – Antwort",
        "kind": "reply",
        "template": "reply_formal",
        "fields": {"recipient_last_name": "Wagner"},
        "text": "Hallo",
        "updated": "2025-03-04T05:06:07.000008+00:00",
    }
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    assert store.import_drafts([older]).imported == 1
    [draft] = store.all_drafts()
    assert (draft.platform, draft.ignored, draft.received) == (None, [], "")
    assert draft.renamed and draft.text_edited, "as such an export was always read"
    assert draft.created == draft.updated == older["updated"]


GOOD = {"title": "Anfrage", "kind": "reply", "template": "reply_formal", "text": "Hallo"}
WRONG = [
    ({"kind": "liebesbrief"}, "die Art „liebesbrief“ gibt es nicht (möglich: first_contact"),
    ({"platform": "myspace"}, "die Plattform „myspace“ gibt es nicht (möglich: xing, linkedin"),
    ({"platform": 3}, "„platform“ muss ein Text sein, nicht eine Zahl"),
    ({"text": ["a", "b"]}, "„text“ muss ein Text sein, nicht eine Liste"),
    ({"text": "x" * 5_000_001}, "„text“ ist zu lang (5000001 Zeichen, höchstens 5000000)"),
    ({"text": None}, "der Text fehlt"),
    ({"kind": None}, "„kind“ muss ein Text sein, nicht leer (null)"),
    ({"template": "../../etc"}, "die Vorlagen-ID „../../etc“ ist ungültig"),
    ({"template": ["reply"]}, "„template“ muss ein Text sein, nicht eine Liste"),
    ({"title": {"a": 1}}, "„title“ muss ein Text sein, nicht eine Tabelle"),
    ({"renamed": "ja"}, "„renamed“ muss true oder false sein, nicht ein Text"),
    ({"text_edited": 1}, "„text_edited“ muss true oder false sein, nicht eine Zahl"),
    ({"created": "gestern"}, "„created“ ist kein Datum (ISO 8601): „gestern“"),
    ({"updated": 20250304}, "„updated“ muss ein Text sein, nicht eine Zahl"),
    ({"fields": ["x"]}, "„fields“ muss eine Tabelle sein, nicht eine Liste"),
    ({"fields": {"reason": 5}}, "das Feld „reason“ ist weder Text noch Ja/Nein"),
    ({"fields": {"reason": "x" * 1_000_001}}, "das Feld „reason“ ist zu lang"),
    ({"fields": {f"f{n}": "" for n in range(501)}}, "zu viele Felder (501, höchstens 500)"),
    ({"ignored": "RULE:x"}, "„ignored“ muss eine Liste von höchstens"),
    ({"ignored": ["RULE:x", 5]}, "„ignored“ muss eine Liste von höchstens"),
    ({"received": ["a"]}, "„received“ muss ein Text sein, nicht eine Liste"),
]


def test_a_draft_with_a_wrong_value_is_skipped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [GOOD, *({**GOOD, **change} for change, _ in WRONG)]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    report = store.import_drafts(json.loads(export.read_text(encoding="utf-8")))
    assert report.imported == 1 and len(report.rejected) == len(WRONG)
    for number, (reason, (_change, expected)) in enumerate(
        zip(report.rejected, WRONG, strict=True), start=2
    ):
        assert reason.startswith(f"Entwurf {number}: {expected}"), reason
    [kept] = store.all_drafts()
    assert kept.kind is Kind.REPLY


def test_the_window_names_the_love_letter_it_skipped(
    window_factory, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    export = tmp_path / "export.json"
    export.write_text(json.dumps([GOOD, {**GOOD, "kind": "liebesbrief", "text": "Liebe"}]), "utf-8")
    window = window_factory()
    drafts = window.dialogs.show_drafts()
    window.prompts.answer(str(export))
    qtbot.mouseClick(drafts.import_button, Qt.MouseButton.LeftButton)
    lines = drafts.status.text().splitlines()
    assert lines[0] == "1 Entwurf eingelesen, 1 übersprungen, 0 waren schon da."
    assert lines[1].startswith("Entwurf 2: die Art „liebesbrief“ gibt es nicht")
    assert [s.kind for s in drafts._service.summaries()] == [Kind.REPLY]


def test_what_the_app_holds_exports_and_imports_again(tmp_path: Path) -> None:
    """An attacker's round trip: a text pasted at the editor's limit and typed on, and a
    field value of 150,000 characters (a field box has no limit) were refused by the import
    of the app's own export."""
    from knigge_desktop.core.drafts import MAX_MESSAGE_CHARS

    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    text = "x" * (MAX_MESSAGE_CHARS + 6)
    store.save(
        Draft(
            template="reply_formal",
            kind="reply",
            text=text,
            fields={"answer": "Antwort " * 20_000},
        )
    )
    exported = [d.to_json() for d in store.all_drafts()]
    store.close()
    other = DraftStore.open(tmp_path / "other.sqlite3")
    report = other.import_drafts(json.loads(json.dumps(exported)))
    assert report.imported == 1 and not report.rejected, report.rejected
    [draft] = other.all_drafts()
    assert draft.text == text
