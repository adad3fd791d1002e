"""`knigge-desktop read FILE|-`, run as a real process: what it prints, its JSON, its exit
codes and its one German line per bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from knigge_desktop.cli_check import decode_input, input_encoding
from tests.test_cli import run

REQUEST = """Neue Kontaktanfrage von Dr. Lena Brandt

Hallo Paul,

wir kennen uns vom Gründerstammtisch in Kassel. Magst du meine Kontaktanfrage annehmen?

Deine Lena

Kontaktanfrage annehmen
© 2026 New Work SE
"""


def test_read_prints_what_was_read_in_german(tmp_path: Path) -> None:
    source = tmp_path / "nachricht.txt"
    source.write_text(REQUEST, encoding="utf-8")
    result = run("read", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Absender: Frau Dr. Lena Brandt" in lines
    assert "Anrede für die Antwort: Hallo Lena," in lines
    assert "Ton: du (locker)" in lines
    assert "Plattform: XING" in lines
    assert "Art: Kontaktanfrage" in lines
    assert "  - Magst du meine Kontaktanfrage annehmen?" in lines
    assert "Passende Vorlagen:" in lines
    assert "  - Text der Benachrichtigung von XING weggelassen" in lines


def test_read_json_is_to_json_plus_template_ids(tmp_path: Path) -> None:
    result = run("read", "--format", "json", "-", stdin=REQUEST, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["sender"] == {
        "gender": "frau",
        "title": "Dr.",
        "first_name": "Lena",
        "last_name": "Brandt",
    }
    assert report["kind"] == "contact_request" and report["platform"] == "xing"
    assert report["tone"] == "informal"
    assert report["asks"] == ["Magst du meine Kontaktanfrage annehmen?"]
    assert isinstance(report["templates"], list) and report["templates"]
    assert report["reply_values"]["recipient_first_name"] == "Lena"


def test_read_empty_input_says_so_and_fits_nothing(tmp_path: Path) -> None:
    result = run("read", "--format", "json", stdin="", data_dir=tmp_path)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["unread"] == ["Kein Text: nichts zu lesen"] and report["templates"] == []


def test_read_html_and_a_megabyte(tmp_path: Path) -> None:
    html = "<html><body><p>Hallo Jonas,</p><p>hast du Zeit?</p><p>Gruß<br>Eva</p></body></html>"
    result = run("read", "-", stdin=html + "<p>x</p>" * 150_000, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "  - HTML entfernt" in result.stdout.splitlines()
    assert "Text gekürzt: nur die ersten 20.000 Zeichen gelesen" in result.stdout


def test_read_a_windows_file_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "alt.txt"
    source.write_bytes(
        "Hallo Jörg,\n\nwie läuft's? Schick mir die Maße.\n\nGrüße\nUwe".encode("cp1252")
    )
    result = run("read", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 0
    assert (
        result.stderr.strip()
        == f"Warnung: {source} ist nicht UTF-8-kodiert; als Windows-1252 gelesen."
    )
    assert "  - Schick mir die Maße." in result.stdout.splitlines()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "fehlt.txt", "Datei nicht gefunden"),
        (lambda p: p, "ist ein Ordner, keine Datei."),
    ],
    ids=["missing", "folder"],
)
def test_read_bad_files_exit_2_with_one_line(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("read", str(make(tmp_path)), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr


def test_read_refuses_more_than_5_mb(tmp_path: Path) -> None:
    source = tmp_path / "gross.txt"
    source.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    result = run("read", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"knigge-desktop: {source} ist größer als 5 MB; das ist keine Nachricht mehr."
    )


def test_read_bad_format_is_one_german_line(tmp_path: Path) -> None:
    result = run("read", "--format", "xml", stdin="x", data_dir=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "gibt es nicht" in result.stderr


WINDOWS_MESSAGE = "Hallo Jörg,\n\nwie läuft's? Schick mir die Maße.\n\nGrüße\nUwe"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + WINDOWS_MESSAGE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + WINDOWS_MESSAGE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + WINDOWS_MESSAGE.encode("utf-16-be"), "utf-16"),
        (WINDOWS_MESSAGE.encode("utf-16-le"), "utf-16-le"),  # Notepad, PowerShell's ">"
        (WINDOWS_MESSAGE.encode("utf-16-be"), "utf-16-be"),
        (WINDOWS_MESSAGE.encode("utf-8"), "utf-8"),
        (WINDOWS_MESSAGE.encode("cp1252"), "utf-8"),  # no NULs: tried as UTF-8, then 1252
        (b"\x00\x01\x00\x00" * 50, "utf-8"),  # NULs on both sides: binary, not UTF-16
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8", "1252", "nul"],
)
def test_the_encoding_of_a_message_file_is_found(data: bytes, encoding: str) -> None:
    assert input_encoding(data) == encoding
    if encoding != "utf-8":
        assert decode_input(data) == WINDOWS_MESSAGE  # the mark is no character of it


def test_read_a_utf16_file_from_windows_without_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "notepad.txt"
    source.write_bytes(codecs.BOM_UTF16_LE + WINDOWS_MESSAGE.encode("utf-16-le"))
    result = run("read", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 0 and result.stderr == ""
    assert "  - Schick mir die Maße." in result.stdout.splitlines()
    assert "Absender: Herr Uwe" in result.stdout.splitlines()


def test_check_reads_utf16_without_a_mark_too(tmp_path: Path) -> None:
    """`check` shares the decoding: a UTF-16 file is checked, not refused as no UTF-8."""
    source = tmp_path / "powershell.txt"
    source.write_bytes(
        "Hallo Kim,\n\ndanke für die Folien!!!\n\nViele Grüße\nJonas".encode("utf-16-le")
    )
    result = run("check", str(source), data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stderr  # a finding (the "!!!"), not a usage error
    assert "„!!!“" in result.stdout and "UTF-8" not in result.stderr


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF32_LE + WINDOWS_MESSAGE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + WINDOWS_MESSAGE.encode("utf-32-be"),
    ],
    ids=["utf32le-bom", "utf32be-bom"],
)
def test_utf32_with_its_mark_is_read_not_taken_for_utf16(tmp_path: Path, data: bytes) -> None:
    """UTF-32 LE's mark begins with UTF-16 LE's: it was decoded as UTF-16 (NULs between the
    letters), and UTF-32 BE was refused as no UTF-8."""
    assert input_encoding(data) == "utf-32"
    assert decode_input(data) == WINDOWS_MESSAGE
    source = tmp_path / "utf32.txt"
    source.write_bytes(data)
    result = run("check", str(source), "--no-grammar", data_dir=tmp_path / "data")
    assert result.returncode in (0, 1) and result.stderr == ""
    assert result.stdout.startswith("Geprüft als:")


@pytest.mark.parametrize("command", ["check", "read"])
def test_a_file_of_nuls_is_refused_as_no_text(tmp_path: Path, command: str) -> None:
    source = tmp_path / "nullen.bin"
    source.write_bytes(b"\0" * 4096)
    result = run(command, str(source), data_dir=tmp_path / "data")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"knigge-desktop: {source} ist keine Textdatei (sie enthält Nullbytes)."
    ]
