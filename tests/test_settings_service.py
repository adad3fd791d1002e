"""The settings service: one writer, a change signal per option, and the services that
listen to the options they care about (and to no other)."""

from __future__ import annotations

from pathlib import Path

from knigge_desktop.core.settings import Settings
from knigge_desktop.services.etiquette_service import EtiquetteService
from knigge_desktop.services.grammar_service import GrammarService
from knigge_desktop.services.settings_service import SettingsService


def test_each_option_signals_its_own_changes_once(tmp_path: Path) -> None:
    settings = SettingsService(Settings(tmp_path / "settings.json"))
    tones: list[object] = []
    names: list[object] = []
    settings.option("default_tone").changed.connect(tones.append)
    settings.option("sender_name").changed.connect(names.append)
    assert settings.update({"default_tone": "informal", "sender_name": ""}) == ["default_tone"]
    assert settings.update({"default_tone": "informal"}) == [], "the same value is no change"
    assert tones == ["informal"] and names == []
    stored, problem = Settings.load(tmp_path / "settings.json")
    assert problem is None and stored.get("default_tone") == "informal"


def test_a_file_that_cannot_be_written_says_so_and_the_value_applies(tmp_path: Path) -> None:
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("eine Datei, kein Ordner", encoding="utf-8")
    settings = SettingsService(Settings(blocker / "settings.json"))
    problems: list[str] = []
    settings.problem.connect(problems.append)
    settings.add_word("Knigge")
    assert settings.get("dictionary") == ["Knigge"]
    [problem] = problems
    assert problem.startswith("Die Einstellung gilt bis zum Beenden")


def test_only_the_rules_turned_off_make_the_etiquette_check_again() -> None:
    settings = SettingsService(Settings(None))
    checks = EtiquetteService(settings)
    again: list[bool] = []
    checks.rules_changed.connect(lambda: again.append(True))
    settings.update({"window_geometry": "AAAA", "pane_sizes": [200, 300, 400]})
    settings.update({"sender_name": "Jonas Becker"})
    assert again == [], "the window's size is no reason to check the text"
    settings.set_rule_enabled("EXCLAMATION_PILE", False)
    assert again == [True] and checks.disabled_rules() == ["EXCLAMATION_PILE"]
    settings.set_rule_enabled("EXCLAMATION_PILE", True)
    assert again == [True, True] and checks.disabled_rules() == []


def test_grammar_restarts_once_when_its_options_change(qtbot, tmp_path: Path) -> None:
    settings = SettingsService(Settings(None))
    grammar = GrammarService(settings, tmp_path)
    restarts: list[bool] = []
    grammar.start = lambda: restarts.append(True)  # type: ignore[method-assign]
    settings.update({"grammar_mode": "server", "grammar_server_url": "http://127.0.0.1:9"})
    qtbot.wait(20)
    assert restarts == [], "not started yet: it starts with the new options"
    grammar._worker = object()  # type: ignore[assignment]  # as if running
    settings.update({"grammar_mode": "off", "grammar_picky": True, "sender_name": "Jonas"})
    qtbot.waitUntil(lambda: restarts == [True])
    qtbot.wait(20)
    assert restarts == [True], "two options changed together: one restart"
    settings.update({"sender_name": "Jana", "dictionary": ["Knigge"]})
    qtbot.wait(20)
    assert restarts == [True], "not a grammar option: no restart"
    grammar._worker = None


def test_closing_the_window_keeps_its_size_and_checks_nothing(qtbot, window_factory, paths) -> None:
    window = window_factory()
    window.session.checks.flush()
    requests: list[str] = []
    window.session.checks.request = lambda text, *_: requests.append(text)  # type: ignore[method-assign]
    window.resize(1000, 700)
    window.close()
    stored, _ = Settings.load(paths.settings_file)
    assert stored.get("window_geometry") and len(stored.get("pane_sizes")) == 3
    assert requests == [], "saving the geometry starts no check"
