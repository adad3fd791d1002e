"""`knigge-desktop read FILE|-`, run as a real process: what it prints, its JSON, its exit
codes and its one German line per bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
