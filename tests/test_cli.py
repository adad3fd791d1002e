"""Each command of the headless command line, run as a real process, with its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from knigge_desktop import __version__
from knigge_desktop.core.drafts import Draft, DraftStore


def run(
    *args: str, data_dir: Path | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "knigge_desktop", *prefix, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"knigge-desktop {__version__}"


def test_templates_as_text_and_json() -> None:
    text = run("templates")
    assert text.returncode == 0 and "first_contact_formal" in text.stdout
    listing = json.loads(run("templates", "--format", "json").stdout)
    ids = {t["id"] for t in listing}
    assert {"first_contact_formal", "contact_request_informal", "decline_cooperation"} <= ids
    first = next(t for t in listing if t["id"] == "first_contact_formal")
    assert set(first) == {"id", "title", "kind", "tone", "platforms", "fields"}
    assert first["kind"] == "first_contact" and first["tone"] == "formal"
    field = first["fields"][0]
    assert set(field) == {"name", "label", "type", "required", "default"}
    assert {f["type"] for t in listing for f in t["fields"]} <= {
        "text",
        "multiline",
        "choice",
        "date",
        "bool",
    }


def test_render_fills_fields() -> None:
    result = run(
        "render",
        "contact_request_formal",
        "--set", "recipient_gender=herr",
        "--set", "recipient_title=Dr.",
        "--set", "recipient_last_name=Albrecht",
        "--set", "sender_name=Jonas Becker 🚀",
        "--set", "reason=wir haben uns auf der re:publica getroffen.",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Sehr geehrter Herr Dr. Albrecht,\n\nwir haben uns")
    assert result.stdout.rstrip("\n").endswith("Jonas Becker 🚀")


def test_render_with_examples_and_a_date_in_german_form() -> None:
    result = run("render", "follow_up_formal", "--example", "--set", "date=03.02.2027")
    assert result.returncode == 0
    assert "am 03.02.2027 zum Thema" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "gibt_es_nicht"], "Unbekannte Vorlage „gibt_es_nicht“"),
        (["render", "reply_formal", "--set", "farbe=blau"], "kein Feld „farbe“"),
        (["render", "reply_formal", "--set", "ohne-gleichheitszeichen"], "FELD=WERT"),
        (["render", "reply_formal", "--set", "recipient_gender=divers"], "erlaubt nur"),
        (["render", "follow_up_formal", "--set", "date=31.02.2026"], "kein Datum"),
        (["render", "follow_up_formal", "--set", "attachment=vielleicht"], "Ja/Nein"),
        (["new", "gibt_es_nicht"], "Unbekannte Vorlage"),
        (["new", "reply_formal", "--set", "farbe=blau"], "kein Feld „farbe“"),
        (["drafts", "show", "42"], "gibt es nicht"),
        (["drafts"], "Fehler"),
        (["kaputt"], "Fehler"),
        (["templates", "--format", "xml"], "Fehler"),
    ],
)
def test_bad_usage_gives_exit_2_and_one_line_without_traceback(
    args: list[str], message: str, tmp_path: Path
) -> None:
    result = run(*args, data_dir=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def _seed(data_dir: Path) -> list[int]:
    store = DraftStore.open(data_dir / "drafts.sqlite3")
    ids = []
    for name in ("Albrecht", "Wagner"):
        draft = Draft(
            template="reply_formal",
            kind="reply",
            fields={"recipient_last_name": name},
            text=f"Guten Tag {name}, 👋",
            title=f"{name} – Antwort",
        )
        ids.append(store.save(draft).id)
    store.close()
    return ids  # type: ignore[return-value]


def test_drafts_list_show_export(tmp_path: Path) -> None:
    first, second = _seed(tmp_path)
    listing = json.loads(run("drafts", "list", "--format", "json", data_dir=tmp_path).stdout)
    assert [d["id"] for d in listing] == [second, first]
    assert set(listing[0]) == {"id", "title", "kind", "updated"}
    text = run("drafts", "list", data_dir=tmp_path).stdout
    assert "Wagner – Antwort" in text and "Albrecht – Antwort" in text

    shown = json.loads(
        run("drafts", "show", str(first), "--format", "json", data_dir=tmp_path).stdout
    )
    assert shown["text"] == "Guten Tag Albrecht, 👋"
    assert set(shown) == {"id", "title", "kind", "template", "fields", "text", "updated"}
    assert "Guten Tag Albrecht, 👋" in run("drafts", "show", str(first), data_dir=tmp_path).stdout

    exported = json.loads(run("drafts", "export", "--format", "json", data_dir=tmp_path).stdout)
    assert [d["text"] for d in exported] == ["Guten Tag Wagner, 👋", "Guten Tag Albrecht, 👋"]


def test_empty_drafts_list(tmp_path: Path) -> None:
    assert json.loads(run("drafts", "list", "--format", "json", data_dir=tmp_path).stdout) == []
    assert "Noch keine Entwürfe" in run("drafts", "list", data_dir=tmp_path).stdout


def test_data_dir_and_env_var_move_every_file(tmp_path: Path) -> None:
    by_flag, by_env = tmp_path / "flag", tmp_path / "env"
    assert run("drafts", "list", data_dir=by_flag).returncode == 0
    assert (by_flag / "drafts.sqlite3").exists()
    env = {**os.environ, "KNIGGE_DATA_DIR": str(by_env)}
    subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "drafts", "list"], env=env, check=True, timeout=60
    )
    assert (by_env / "drafts.sqlite3").exists()


def test_user_templates_from_the_data_dir_and_a_broken_one_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir(parents=True)
    (folder / "kaputt.toml").write_text('id = "x"\nkind = \n', encoding="utf-8")
    result = run("templates", data_dir=tmp_path)
    assert result.returncode == 0
    assert "kaputt.toml:2" in result.stderr
    assert "first_contact_formal" in result.stdout


def test_new_opens_the_window_with_that_draft(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path), "new",
         "reply_formal", "--set", "recipient_last_name=Wagner", "--set", "subject=zum Projekt"],
        env=env,
    )  # fmt: skip

    def saved() -> bool:
        if not (tmp_path / "drafts.sqlite3").exists():
            return False
        store = DraftStore.open(tmp_path / "drafts.sqlite3")
        try:
            return bool(store.list())
        finally:
            store.close()

    try:
        qtbot.waitUntil(saved, timeout=30_000)
        assert process.poll() is None, "the window is still open"
    finally:
        process.terminate()
        process.wait(timeout=30)
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    [draft] = store.all_drafts()
    store.close()
    assert draft.template == "reply_formal"
    assert draft.text.startswith("Guten Tag Wagner,")
    assert "zum Projekt" in draft.text


# -- check ------------------------------------------------------------------------------

GOOD_NOTE = (
    "Guten Tag Herr Albrecht,\n\nwir haben uns gestern auf der LogiMAT unterhalten. Ich würde "
    "mich freuen, mit Ihnen in Kontakt zu bleiben.\n\nViele Grüße\nJonas Becker"
)


def test_check_a_good_message_exits_0(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(GOOD_NOTE, encoding="utf-8")
    result = run(
        "check", str(note), "--kind", "contact_request", "--platform", "linkedin",
        "--recipient", "Herr Martin Albrecht", "--format", "json",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert [f for f in report["findings"] if f["severity"] != "hint"] == []
    assert report["grammar"].startswith("unavailable: ")


def test_check_reads_stdin_and_exits_1_on_warnings() -> None:
    text = "Sehr geehrter Frau Wagner,\r\n\r\nhätten sie Zeit?? 👋🏽 [Datei]\r\n\r\nMfG\r\n"
    result = run("check", "-", "--kind", "first_contact", "--format", "json", stdin=text)
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    by_rule = {f["rule_id"]: f for f in findings}
    assert (
        text[by_rule["PLACEHOLDER_LEFT"]["start"] : by_rule["PLACEHOLDER_LEFT"]["end"]] == "[Datei]"
    )
    assert by_rule["GREETING_WRONG_FORM"]["suggestions"] == ["Sehr geehrte"]
    assert set(findings[0]) == {
        "source", "rule_id", "principle", "severity", "start", "end",
        "message", "explanation", "suggestions",
    }  # fmt: skip


def test_check_text_output_names_line_column_and_suggestion() -> None:
    result = run("check", stdin="Hallo Kim,\n\ndanke!!!\n\nViele Grüße\nJonas")
    assert result.returncode == 1
    assert "3:6: Warnung [EXCLAMATION_PILE] „!!!“ wirkt laut." in result.stdout
    assert "Vorschlag: „!“" in result.stdout
    assert "Grammatik:" in result.stdout.splitlines()[-1]


def test_check_empty_and_huge_input(tmp_path: Path) -> None:
    empty = run("check", "--format", "json", stdin="")
    assert empty.returncode == 0 and json.loads(empty.stdout)["findings"] == []
    big = tmp_path / "big.txt"
    big.write_text(("Hallo Kim, danke 😀 für alles. " * 40_000)[:1_000_000], encoding="utf-8")
    result = run("check", str(big), "--format", "json")
    assert result.returncode == 1  # far too long
    assert any(f["rule_id"] == "TOO_LONG" for f in json.loads(result.stdout)["findings"])


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["check", "/gibt/es/nicht.txt"], "", "Datei nicht gefunden"),
        (["check", "/"], "", "ist ein Ordner"),
        (["check", "--kind", "brief"], "", "Fehler"),
        (["check", "--grammar", "--no-grammar"], "", "Fehler"),
    ],
)
def test_check_bad_usage_exits_2(args: list[str], stdin: str, message: str) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_check_refuses_bytes_that_are_not_utf8() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "check"], input=b"Hallo \xff", capture_output=True
    )
    assert result.returncode == 2
    assert "nicht UTF-8" in result.stderr.decode() and b"Traceback" not in result.stderr


def test_check_honours_rules_the_user_turned_off(tmp_path: Path) -> None:
    text = "Hallo Kim,\n\ndanke!!!\n\nViele Grüße\nJonas"
    assert run("check", data_dir=tmp_path, stdin=text).returncode == 1
    config = tmp_path / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        '{"version": 1, "values": {"disabled_rules": ["EXCLAMATION_PILE"]}}', encoding="utf-8"
    )
    result = run("check", "--format", "json", data_dir=tmp_path, stdin=text)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []


def test_drafts_import_twice_adds_nothing_and_bad_files_exit_2(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    _seed(source)
    export = tmp_path / "export.json"
    export.write_text(run("drafts", "export", data_dir=source).stdout, encoding="utf-8")
    first = run("drafts", "import", str(export), data_dir=target)
    assert first.returncode == 0 and "2 Entwürfe eingelesen, 0 waren schon da" in first.stdout
    second = run("drafts", "import", str(export), data_dir=target)
    assert "0 Entwürfe eingelesen, 2 waren schon da" in second.stdout
    assert len(json.loads(run("drafts", "list", "--format", "json", data_dir=target).stdout)) == 2
    (tmp_path / "kaputt.json").write_text("{", encoding="utf-8")
    bad = run("drafts", "import", str(tmp_path / "kaputt.json"), data_dir=target)
    assert bad.returncode == 2 and "kein lesbarer Entwurfs-Export" in bad.stderr


def test_check_without_kind_infers_it_and_says_so() -> None:
    """Without --kind the kind-specific rules still run on a guessed kind, and the JSON
    report names the kind and tone used and whether they were guessed."""
    text = (
        "Guten Tag Herr Albrecht,\n\nvielen Dank für Ihr Angebot. Vielleicht kommen wir später "
        "darauf zurück.\n\nMit freundlichen Grüßen\nJonas Becker"
    )
    result = run("check", "--format", "json", stdin=text)
    report = json.loads(result.stdout)
    assert report["context"] == {
        "kind": "decline", "kind_inferred": True, "tone": "formal", "tone_inferred": True,
        "platform": None,
    }  # fmt: skip
    assert "DECLINE_NO_CLEAR_NO" in {f["rule_id"] for f in report["findings"]}
    given = json.loads(run("check", "--format", "json", "--kind", "reply", stdin=text).stdout)
    assert given["context"]["kind"] == "reply" and given["context"]["kind_inferred"] is False
    shown = run("check", stdin=text).stdout.splitlines()[0]
    assert shown.startswith("Geprüft als: Absage (aus dem Text erschlossen")
