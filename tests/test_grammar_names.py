"""Names from the fields are never typos; near-misses of them are (core/grammar/names.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.lt_replay import ReplayServer, load_recordings

from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
from knigge_desktop.core.findings import Principle
from knigge_desktop.core.grammar.client import GrammarClient
from knigge_desktop.core.grammar.names import edit_distance, intended_name, known_names

RECORDED = load_recordings()
PRZYBYLSKI = RECORDED["names_przybylski"]["request"]["text"]  # "… Herr Przybylski … Jonas Beckr"
WAGNR = RECORDED["names_wagnr"]["request"]["text"]  # "Sehr geehrte Frau Wagnr, …"
TYPO = RECORDED["typo_and_agreement"]["request"]["text"]  # signed "Jana Schulz"


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def flagged(text: str, findings: list) -> list[str]:  # type: ignore[type-arg]  # any findings, any JSON
    return [text[f.start : f.end] for f in findings]


# -- the pieces ---------------------------------------------------------------------------


def test_known_names_are_every_name_word_of_the_fields() -> None:
    context = CheckContext(
        recipient=parse_recipient("Frau Dr. Anna-Lena Wagner"), sender="Jonas von Becker"
    )
    assert set(known_names(context, "Müller & Söhne GmbH")) == {
        "Anna-Lena", "Anna", "Lena", "Wagner", "Jonas", "Becker", "Müller", "Söhne", "GmbH",
    }  # fmt: skip
    assert known_names(None) == ()


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("Wagner", "Wagner", 0), ("Wagnr", "Wagner", 1), ("Wanger", "Wagner", 1),
     ("Wagnerr", "Wagner", 1), ("Wagenr", "Wagner", 1), ("Wgnr", "Wagner", 2),
     ("Schmidt", "Wagner", 3)],
)  # fmt: skip
def test_edit_distance_counts_typos(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


def test_a_near_miss_is_capitalised_and_close() -> None:
    names = ("Wagner", "Kim")
    assert intended_name("Wagnr", names) == "Wagner"
    assert intended_name("Wgnr", names) == "Wagner"  # two edits on a long name
    assert intended_name("wagnr", names) is None  # lowercase: a word, not the name
    assert intended_name("Schmidt", names) is None
    assert intended_name("Kai", names) is None  # short names allow one edit only
    assert intended_name("Kin", names) == "Kim"


# -- through LanguageTool (the replaying stand-in) --------------------------------------


def test_without_names_languagetool_flags_them(replay: ReplayServer) -> None:
    findings = GrammarClient(replay.url).check(PRZYBYLSKI)
    assert flagged(PRZYBYLSKI, findings) == ["Przybylski", "Beckr"]


def test_the_fields_names_are_not_typos_and_near_misses_get_the_name(
    replay: ReplayServer,
) -> None:
    names = known_names(
        CheckContext(recipient=parse_recipient("Herr Przybylski"), sender="Jonas Becker")
    )
    findings = GrammarClient(replay.url).check(PRZYBYLSKI, names=names)
    assert flagged(PRZYBYLSKI, findings) == ["Beckr"]
    (near_miss,) = findings
    assert near_miss.principle is Principle.RECIPIENT_MATCH
    assert near_miss.suggestions == ("Becker",)
    assert "Becker" in near_miss.message


def test_a_near_miss_after_the_salutation(replay: ReplayServer) -> None:
    names = known_names(CheckContext(recipient=parse_recipient("Frau Anna Wagner")))
    (finding,) = GrammarClient(replay.url).check(WAGNR, names=names)
    assert WAGNR[finding.start : finding.end] == "Wagnr"
    assert finding.principle is Principle.RECIPIENT_MATCH and finding.suggestions == ("Wagner",)


def test_names_do_not_go_into_the_dictionary(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url)
    client.check(TYPO, names=("Jana", "Schulz"))
    assert "Jana" in flagged(TYPO, client.check(TYPO)), "the next draft knows nobody"


# -- the command line ---------------------------------------------------------------------


def _check(data_dir: Path, *args: str, text: str) -> dict:  # type: ignore[type-arg]  # any findings, any JSON
    result = subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data_dir), "check", *args,
         "--format", "json"],
        input=text, capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_check_recipient_and_sender_do_what_the_window_does(
    replay: ReplayServer, tmp_path: Path
) -> None:
    plain = _check(tmp_path, "--lt-server", replay.url, text=PRZYBYLSKI)
    assert "Przybylski" in [PRZYBYLSKI[f["start"] : f["end"]] for f in plain["findings"]]
    report = _check(
        tmp_path, "--lt-server", replay.url, "--recipient", "Herr Przybylski",
        "--sender", "Jonas Becker", text=PRZYBYLSKI,
    )  # fmt: skip
    grammar = [f for f in report["findings"] if f["source"] == "grammar"]
    found = [(PRZYBYLSKI[f["start"] : f["end"]], f["principle"], f["suggestions"]) for f in grammar]
    assert found == [("Beckr", "recipient_match", ["Becker"])]
