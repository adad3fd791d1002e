"""What the command line says of files and arguments it cannot use, run as a real process:
German reasons (core/os_errors.py), never Python's "[Errno 17] …", English strerror or
surrogate escapes; and characters that would turn the terminal's text around shown escaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = ("Errno", "File exists", "Input/output", "No such", "Not a directory")


def run(
    *args: str | bytes, data_dir: Path | None = None, stdin: bytes = b""
) -> tuple[int, str, str]:
    prefix: list[str | bytes] = ["--data-dir", str(data_dir)] if data_dir else []
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", *prefix, *args],
        capture_output=True,
        input=stdin,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"},
    )
    return (
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def test_a_data_folder_that_is_a_file_is_named_in_german(tmp_path: Path) -> None:
    a_file = tmp_path / "eine-datei.txt"
    a_file.write_text("kein Ordner", encoding="utf-8")
    code, _, err = run("drafts", "list", data_dir=a_file)
    assert code == 2
    assert "lässt sich nicht öffnen (dort liegt schon eine Datei dieses Namens)." in err, err
    assert not any(english in err for english in ENGLISH), err


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux's /proc")
@pytest.mark.parametrize("command", [["check", "--no-grammar"], ["read"], ["drafts", "import"]])
def test_a_file_that_fails_to_read_says_why_in_german(tmp_path: Path, command: list[str]) -> None:
    code, _, err = run(*command, "/proc/self/mem", data_dir=tmp_path / "daten")
    assert code == 2
    assert (
        err.strip() == "knigge-desktop: /proc/self/mem lässt sich nicht lesen: Ein-/Ausgabefehler"
    )


NASTY = (
    "A\u202eevil\u202c\u2066B\u2069\u200fC\u200e\u061cD\u2028E\u2029F\u202aG\u202bH\u202dI\ufeffJ"
)
RAW = (
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u200e",
    "\u061c",
    "\u2028",
    "\u2029",
    "\ufeff",
)


def _draft_with_controls(data_dir: Path) -> None:
    from knigge_desktop.core.drafts import Draft, DraftStore
    from knigge_desktop.core.paths import resolve_paths
    from knigge_desktop.core.vocabulary import Kind

    paths = resolve_paths(data_dir)
    paths.ensure()
    store = DraftStore.open(paths.drafts_db)
    store.save(
        Draft(
            template="first_contact_formal",
            kind=Kind.FIRST_CONTACT,
            title="Titel " + NASTY,
            renamed=True,
            text="Sehr geehrte Frau Wagner,\n\n" + NASTY,
            fields={"recipient_last_name": NASTY},
        )
    )
    store.close()


@pytest.mark.parametrize(
    "command",
    [
        ["drafts", "list"],
        ["drafts", "list", "--format", "json"],
        ["drafts", "show", "1"],
        ["drafts", "show", "1", "--format", "json"],
        ["drafts", "export"],
    ],
)
def test_drafts_show_bidi_controls_and_line_separators_escaped(
    tmp_path: Path, command: list[str]
) -> None:
    _draft_with_controls(tmp_path)
    code, out, err = run(*command, data_dir=tmp_path)
    assert code == 0, err
    assert not any(char in out for char in RAW), ascii(out)
    assert "\\u202e" in out and "\\u2028" in out and "\\u061c" in out, out
    if "json" in command or "export" in command:
        import json

        parsed = json.loads(out)
        item = parsed[0] if isinstance(parsed, list) else parsed
        assert item["title"] == "Titel " + NASTY, "JSON's escapes read back as the same text"


@pytest.mark.parametrize("command", [["check", "--no-grammar"], ["read"]])
def test_check_and_read_print_no_raw_bidi_controls(tmp_path: Path, command: list[str]) -> None:
    message = tmp_path / "nachricht.txt"
    message.write_text(
        "Hallo Herr Wagn\u202eer,\n\nkönnen Sie mir helfen\u2028? Danke!!!\n\n"
        "Viele Grüße\nAnna Be\u2066cker\u2069",
        encoding="utf-8",
    )
    code, out, err = run(*command, str(message), data_dir=tmp_path / "daten")
    assert code in (0, 1), err
    assert out.strip(), "something was printed"
    assert not any(char in out + err for char in RAW), ascii(out + err)


@pytest.mark.skipif(os.name != "posix", reason="POSIX arguments are bytes")
@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([b"drafts", b"show", b"\xff"], "„\\xff“ ist keine Entwurfsnummer."),
        (
            [b"check", b"--no-grammar", b"/tmp/\xff\xfe.txt"],
            "Datei nicht gefunden: /tmp/\\xff\\xfe.txt",
        ),
        ([b"read", b"/tmp/kein-\xff.txt"], "Datei nicht gefunden: /tmp/kein-\\xff.txt"),
        (
            [b"drafts", b"import", b"/tmp/kein-\xff.json"],
            "Datei nicht gefunden: /tmp/kein-\\xff.json",
        ),
    ],
)
def test_bytes_that_are_no_utf8_are_shown_as_hex_never_as_surrogates(
    tmp_path: Path, args: list[bytes], said: str
) -> None:
    code, _, err = run(*args, data_dir=tmp_path)
    assert code == 2
    assert said in err, err
    assert "\\udc" not in err and "\ufffd" not in err, err


def test_check_refuses_a_name_that_is_no_utf8_as_render_does(tmp_path: Path) -> None:
    message = tmp_path / "nachricht.txt"
    message.write_text("Hallo Frau Wagner,\n\nwie geht es Ihnen?\n\nGruß\nJonas", "utf-8")
    for option in (b"--recipient", b"--sender"):
        code, out, err = run(b"check", b"--no-grammar", option, b"Frau \xff\xfe", str(message))
        assert code == 2 and out == "", out
        assert err.strip() == (
            f"knigge-desktop: Der Wert für {option.decode()} enthält Bytes, die kein UTF-8 "
            "sind; bitte als UTF-8 angeben."
        ), err


@pytest.mark.parametrize(
    "content",
    [b"\x1b\x1b\x1b\n\t \xe2\x80\x8b", "\u200b\u200e\ufeff\x07\n".encode(), b"\x7f\r\n"],
    ids=["escapes-and-zero-width", "marks-and-bell", "del"],
)
def test_a_reply_to_only_controls_is_refused_as_check_refuses_it(
    tmp_path: Path, content: bytes
) -> None:
    """`check` calls such a text empty (cli_check.is_blank); `new --reply-to` opened the
    window for it. No display here: had the window been started, it would say so instead."""
    source = tmp_path / "leer.txt"
    source.write_bytes(content)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "knigge_desktop", "--data-dir", str(tmp_path / "daten")),
            *("new", "--reply-to", str(source)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"knigge-desktop: {source}: Die Nachricht ist leer; es gibt nichts zu beantworten."
    ], result.stderr
    checked = run("check", "--no-grammar", str(source), data_dir=tmp_path / "daten")
    assert "Die Nachricht ist leer" in checked[2], "check says the same of it"
