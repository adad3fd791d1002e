"""Each command of the headless command line, run as a real process, with its exit codes."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
    return ids  # type: ignore[return-value]  # saved drafts have ids


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
    assert set(shown) == {
        "id", "title", "renamed", "kind", "template", "platform", "fields", "text",
        "text_edited", "ignored", "received", "created", "updated",
    }  # fmt: skip
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
    assert "kaputt.toml, Zeile 2: " in result.stderr
    assert "first_contact_formal" in result.stdout


def test_new_opens_the_window_with_that_draft(qtbot: QtBot, tmp_path: Path) -> None:
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
    assert draft.text.startswith("Guten Tag [Vorname] Wagner,"), "never 'Guten Tag Wagner,'"
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
    assert empty.returncode == 2 and "Die Nachricht ist leer" in empty.stderr
    big = tmp_path / "big.txt"
    big.write_text(("Hallo Kim, danke 😀 für alles. " * 40_000)[:1_000_000], encoding="utf-8")
    result = run("check", str(big), "--format", "json")
    assert result.returncode == 1  # far too long
    assert any(f["rule_id"] == "TOO_LONG" for f in json.loads(result.stdout)["findings"])
    assert "Prüfe 1.000.000 Zeichen" in result.stderr, "a slow check says it is working"
    short = run("check", "--no-grammar", stdin="Hallo Kim,\n\ndanke!\n\nViele Grüße\nJonas")
    assert "Prüfe" not in short.stderr


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
    text = "Hallo Kim,\n\ndanke für die Folien!!!\n\nViele Grüße\nJonas"
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


# -- hostile input and usage mistakes: one German line, never a traceback ----------------


def _one_line_without_traceback(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["kaputt"], "Befehl: „kaputt“ gibt es nicht"),
        (["drafts"], "Es fehlt"),
        (["drafts", "show"], "Es fehlt: ID"),
        (["drafts", "show", "zwei"], "keine Entwurfsnummer"),
        (["drafts", "show", "99999999999999999999999999"], "gibt es nicht"),
        (["templates", "--format", "xml"], "„xml“ gibt es nicht"),
        (["--gibt-es-nicht"], "Unbekannte Angaben"),
        (["check", "--kind", "brief"], "erstkontakt"),
        (["check", "--tone"], "--tone braucht einen Wert"),
        (["check", "--grammar", "--no-grammar"], "schließen sich aus"),
        (["render", "reply_formal", "--set", "recipient_gender=divers"], "„Frau“, „Herr“"),
        (["--data-dir", "", "drafts", "list"], "--data-dir braucht einen Ordner"),
    ],
)
def test_usage_mistakes_are_one_german_line(args: list[str], words: str, tmp_path: Path) -> None:
    result = run(*args) if args[0] == "--data-dir" else run(*args, data_dir=tmp_path)
    assert result.returncode == 2
    line = _one_line_without_traceback(result)
    assert words.casefold() in line.casefold()
    for english in ("usage", "error:", "invalid", "required", "choose from", "frau, herr"):
        assert english not in line
    assert result.stdout == ""


def test_an_empty_data_dir_never_means_the_real_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("KNIGGE_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", "", "drafts", "list"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and not home.exists()


def test_kind_and_tone_are_explained_in_the_help() -> None:
    text = run("check", "--help").stdout
    assert "Aufruf: knigge-desktop check" in text and "usage" not in text
    assert "first_contact = Erstkontakt" in text and "formal = Sie" in text


def test_values_that_are_no_utf8_are_refused_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path), "render",
         "reply_formal", "--set", b"recipient_last_name=Wa\xffner"],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert "kein UTF-8" in result.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "verschachtelt"),
        ("[" + "9" * 5000 + "]", "Zahl"),
    ],
    ids=["nested-100000-deep", "5000-digits"],
)
def test_a_hostile_import_file_is_one_line(tmp_path: Path, content: str, words: str) -> None:
    source = tmp_path / "export.json"
    source.write_text(content, encoding="utf-8")
    result = run("drafts", "import", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert words in _one_line_without_traceback(result)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["drafts", "export"], ["drafts", "list"], ["templates"]])
def test_output_to_a_full_disk_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    _seed(tmp_path)
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path), *args],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
        )  # fmt: skip
    assert result.returncode == 2
    assert "kein Platz mehr" in _one_line_without_traceback(result)


def test_ctrl_c_during_check_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from knigge_desktop import cli, cli_check

    def interrupted(_source: str) -> str:
        raise KeyboardInterrupt  # what Python raises on Ctrl+C while check waits for stdin

    monkeypatch.setattr(cli_check, "read_text", interrupted)
    assert cli.main(["check"]) == 130
    err = capsys.readouterr().err
    assert err.strip() == "knigge-desktop: abgebrochen."


def test_drafts_list_shows_control_characters_escaped(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    store.save(Draft(template="reply_formal", kind="reply", text="x", title="A\x00B\x1b[31mC\x07"))
    store.close()
    out = run("drafts", "list", data_dir=tmp_path).stdout
    assert "\x00" not in out and "\x1b" not in out and "\x07" not in out
    assert "A\\x00B\\x1b[31mC\\x07" in out


def test_drafts_as_json_escape_every_control_character(tmp_path: Path) -> None:
    """JSON is read by programs but often shown in a terminal: a raw CSI (U+009B) in a
    draft's title would clear the screen. Escaped, the parsed data holds the same title."""
    title = "Anfrage \x9b2J an Kim 🙂\x7f\x1b[31m"
    store = DraftStore.open(tmp_path / "drafts.sqlite3")
    store.save(Draft(template="reply_formal", kind="reply", text="Grüße", title=title))
    store.close()
    result = run("drafts", "list", "--format", "json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    for control in ("\x9b", "\x7f", "\x1b"):
        assert control not in result.stdout
    assert "\\u009b2J" in result.stdout and "🙂" in result.stdout, "emoji stay as they are"
    [listed] = json.loads(result.stdout)
    assert listed["title"] == title


def test_render_says_which_required_fields_are_empty_and_exits_1(tmp_path: Path) -> None:
    result = run("render", "contact_request_formal", "--set", "recipient_last_name=Becker")
    assert result.returncode == 1
    assert result.stdout.startswith("Guten Tag [Vorname] Becker,\n"), "no 'Guten Tag Becker,'"
    assert result.stderr.startswith("Noch leer:")
    for needed in ("Vorname", "--set recipient_first_name", "Ihr Name", "--set reason"):
        assert needed in result.stderr
    assert "Nachname" not in result.stderr
    assert "Exit-Code 1" in run("render", "--help").stdout


def test_render_takes_name_and_signature_from_the_settings(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir(parents=True)
    values = {"sender_name": "Jonas Becker", "sender_signature": "Einkauf, Becker GmbH"}
    (config / "settings.json").write_text(json.dumps({"version": 2, "values": values}), "utf-8")
    result = run(
        "render", "reply_formal", "--set", "recipient_gender=frau",
        "--set", "recipient_last_name=Wagner", "--example", data_dir=tmp_path,
    )  # fmt: skip
    assert result.stdout.rstrip("\n").endswith("Jonas Becker\nEinkauf, Becker GmbH")
    given = run(
        "render", "reply_formal", "--example", "--set", "sender_name=Kim Roth", data_dir=tmp_path
    )
    assert "Kim Roth\nEinkauf, Becker GmbH" in given.stdout, "--set wins over the settings"


def test_templates_as_text_list_their_fields() -> None:
    out = run("templates").stdout
    # At a line's start: "accept_contact_request_formal" holds the id too.
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("contact_request_formal"))
    end = next(i for i, line in enumerate(lines) if line.startswith("contact_request_informal"))
    block = "\n".join(lines[start:end])
    assert "* recipient_last_name" in block and "Nachname" in block and "* reason" in block
    assert "* recipient_first_name" not in block, "optional in the Sie form"


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path: Path) -> None:
    _seed(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path), "templates"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads, every write fails
    err = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs Linux's /proc")
def test_a_real_ctrl_c_while_check_waits_for_stdin(qtbot: QtBot) -> None:
    import signal

    process = subprocess.Popen(
        [sys.executable, "-m", "knigge_desktop", "check", "--no-grammar"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip

    def waiting_for_stdin() -> bool:
        return "pipe" in Path(f"/proc/{process.pid}/wchan").read_text()

    try:
        qtbot.waitUntil(waiting_for_stdin, timeout=30_000)
        process.send_signal(signal.SIGINT)  # what the terminal sends on Ctrl+C
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130
    assert err.decode("utf-8").splitlines() == ["knigge-desktop: abgebrochen."]


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


def test_check_refuses_a_file_far_too_big_for_a_message_in_one_line(tmp_path: Path) -> None:
    from knigge_desktop.cli_check import MAX_CHECK_BYTES

    huge = tmp_path / "riesig.txt"
    huge.write_bytes(b"Hallo Anna, " * (MAX_CHECK_BYTES // 12 + 10))
    result = run("check", str(huge), "--no-grammar", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "größer als 5 MB" in _one_line_without_traceback(result)


def test_an_import_skips_only_the_draft_with_a_character_that_is_none(tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    good = {"template": "reply_formal", "kind": "reply", "title": "Gut", "text": "Hallo"}
    source.write_text(
        json.dumps([good]).replace("]", ', {"template": "reply_formal", "kind": "reply", '
                                        '"title": "Schlecht", "text": "\\ud800"}]'),
        encoding="utf-8",
    )  # fmt: skip
    result = run("drafts", "import", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stdout.startswith("1 Entwurf eingelesen, 1 übersprungen, 0 waren schon da.\n")
    assert "\n  Entwurf 2: " in result.stdout
    listed = json.loads(
        run("drafts", "list", "--format", "json", data_dir=tmp_path / "data").stdout
    )
    assert [d["title"] for d in listed] == ["Gut"]


@pytest.mark.parametrize(
    "args", [("read", "-"), ("check", "-", "--no-grammar"), ("new", "--reply-to", "-")]
)
def test_a_closed_stdin_is_one_german_line_not_a_traceback(tmp_path: Path, args) -> None:
    """`knigge-desktop read - <&-`: Python gives sys.stdin = None."""
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        preexec_fn=lambda: os.close(0),  # the child starts with fd 0 closed
    )
    assert result.returncode == 2, result.stderr
    assert "stdin ist geschlossen" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv", [[], ["--data-dir", "/tmp/knigge"], ["--data-dir", ""], ["--data-dir", "Ordner mit ü"]]
)
def test_the_window_start_reads_its_arguments_as_the_parser_does(argv: list[str]) -> None:
    """The usual start skips building every command's parser (cli._window_start)."""
    from knigge_desktop.cli import _window_start, build_parser

    quick = _window_start(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


def test_a_received_message_has_the_limit_of_check_and_read() -> None:
    """cli.py states the number itself, so that the window's start loads no command."""
    from knigge_desktop import cli, cli_check

    assert cli.MAX_RECEIVED_BYTES == cli_check.MAX_CHECK_BYTES


@pytest.mark.parametrize(
    "argv",
    [["new"], ["--data-dir", "--version"], ["--data-dir"], ["--data", "x"], ["--data-dir=x"],
     ["--help"], ["--data-dir", "x", "templates"], ["unbekannt"]],
)  # fmt: skip
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    from knigge_desktop.cli import _window_start

    assert _window_start(argv) is None


def test_no_display_is_said_in_one_line_instead_of_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    from knigge_desktop import cli

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert cli.main(["--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Kein Bildschirm gefunden" in err


@pytest.mark.parametrize(
    "content",
    [b"", b"  \n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\u200b\ufeff \n".encode()],
    ids=["empty", "white-space", "utf8-bom", "utf16-bom", "zero-width"],
)
def test_check_of_an_empty_message_says_so_and_exits_2(tmp_path: Path, content: bytes) -> None:
    """An empty text passed every rule ("keine Befunde", exit 0), while `new --reply-to`
    says "Die Nachricht ist leer": `check` says the same, in one line."""
    source = tmp_path / "leer.txt"
    source.write_bytes(content)
    result = run("check", str(source), "--no-grammar", data_dir=tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"knigge-desktop: {source}: Die Nachricht ist leer; es gibt nichts zu prüfen."
    ]
    piped = run("check", "--no-grammar", stdin="\n \n", data_dir=tmp_path / "data")
    assert piped.returncode == 2 and "Die Nachricht ist leer" in piped.stderr


HOSTILE = "Hallo Kim,\n\ndanke\x1b[31m!!!\x1b]0;pwned\x07 \x9b2J\n\nViele Grüße\nJonas"


def test_check_prints_no_control_characters_of_the_message(tmp_path: Path) -> None:
    """A finding names words of the text; an ESC in them coloured the terminal or, as an
    OSC sequence, set its title."""
    result = run("check", "--no-grammar", stdin=HOSTILE, data_dir=tmp_path / "data")
    assert result.returncode in (0, 1), result.stderr
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in result.stdout
    assert "\\x1b]" in result.stdout, "a finding names the ESC, escaped"


def test_read_prints_no_control_characters_of_the_message(tmp_path: Path) -> None:
    message = "Hallo,\n\nkannst du mir\x1b]0;pwned\x07 die Folien schicken?\n\nGrüße\nAnna\x1b[2J"
    result = run("read", stdin=message, data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Fragt oder bittet:" in result.stdout
    for control in ("\x1b", "\x07"):
        assert control not in result.stdout


def test_a_path_that_fails_is_named_not_blamed_on_the_output(tmp_path: Path) -> None:
    """A data folder whose name is too long for the file system: the message names it;
    it said 'Die Ausgabe ließ sich nicht schreiben', though the output was fine."""
    folder = tmp_path / ("x" * 300)
    result = run("drafts", "list", data_dir=folder)
    assert result.returncode == 2
    assert "Ausgabe" not in result.stderr
    assert "der Name ist zu lang" in result.stderr and "x" * 50 in result.stderr
