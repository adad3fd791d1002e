"""The integration tier: the managed server against a real LanguageTool.

Runs only when KNIGGE_LT_DIR points at a LanguageTool folder with languagetool-server.jar
(a LanguageTool 6.3 server folder, e.g. the one the app downloads into its data folder) and
Java 17+ is on PATH; the default run uses the stand-ins (tests/support/fake_java.py,
lt_replay.py) instead.
"""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from knigge_desktop.core.grammar.client import GrammarClient, GrammarOptions
from knigge_desktop.core.grammar.java import JavaProblem, find_java
from knigge_desktop.core.grammar.server import SERVER_CLASS, LocalServer, free_port

LT_DIR = os.environ.get("KNIGGE_LT_DIR", "")
JAR = Path(LT_DIR) / "languagetool-server.jar"


def _java() -> str | None:
    try:
        return find_java().path
    except JavaProblem:
        return None


pytestmark = pytest.mark.skipif(
    not (LT_DIR and JAR.is_file() and _java()), reason="no real LanguageTool (KNIGGE_LT_DIR)"
)

TEXT = (
    "Guten Tag Herr Weber,\n\nich habe den Haus auf Ihrem Profil gesehen. Ich freue mich auf "
    "Ihre Antwortt.\n\nViele Grüße\nJana"
)


@pytest.fixture
def managed(tmp_path: Path) -> Iterator[list[LocalServer]]:
    made: list[LocalServer] = []
    yield made
    for server in made:
        server.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or "Z" not in stat.read_text().split()[2]


def test_a_port_taken_by_another_languagetool_is_retried(managed, tmp_path: Path) -> None:
    busy = free_port()
    other = subprocess.Popen(
        [_java() or "java", "-Xmx256m", "-cp", str(JAR), SERVER_CLASS, "--port", str(busy)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the other one listens
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{busy}/v2/languages", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        ports = iter([busy, free_port()])
        server = LocalServer(
            _java() or "java", JAR, tmp_path / "run", pick_port=lambda: next(ports)
        )
        managed.append(server)
        server.start()
        assert server.port != busy
        assert "java.net.BindException" not in server.read_log(), "the log is the second try's"
    finally:
        other.terminate()
        other.wait(timeout=30)


def test_the_first_check_after_start_finds_errors_without_waiting_for_german(
    managed, tmp_path: Path
) -> None:
    server = LocalServer(_java() or "java", JAR, tmp_path / "run")
    managed.append(server)
    url = server.start()  # includes the warm-up
    client = GrammarClient(url, GrammarOptions(timeout=5.0))  # German loads in 10-13 s
    rules = {f.rule_id for f in client.check(TEXT)}
    assert {"DE_AGREEMENT", "GERMAN_SPELLER_RULE"} <= rules
    pid = server.process.pid  # type: ignore[union-attr]  # started just before
    server.stop()
    assert not _alive(pid)


def test_names_placeholders_and_paragraphs_against_the_real_server(managed, tmp_path: Path) -> None:
    from knigge_desktop.core.etiquette.context import CheckContext, parse_recipient
    from knigge_desktop.core.grammar.names import known_names

    server = LocalServer(_java() or "java", JAR, tmp_path / "run")
    managed.append(server)
    client = GrammarClient(server.start())
    text = (
        "Sehr geehrter Herr Przybylski,\n\nich habe den Haus auf {plattform_name} 😀 gesehen, "
        "siehe https://example.org/a_b.\n\nViele Grüße\nJonas Beckr"
    )
    names = known_names(
        CheckContext(recipient=parse_recipient("Herr Przybylski"), sender="Jonas Becker")
    )
    findings = client.check(text, names=names)
    assert [(text[f.start : f.end], f.principle.value) for f in findings] == [
        ("den Haus", "language"),
        ("Beckr", "recipient_match"),
    ]
    # One paragraph edited: the cached path finds what a fresh check of the whole text finds.
    edited = text.replace("Sehr geehrter", "Guten Tag")
    fresh = GrammarClient(client.url).check(edited, names=names)
    assert client.check(edited, names=names) == fresh
    assert client.paragraphs.sent == ["Guten Tag Herr Przybylski,"]
