"""Check by paragraph: only changed paragraphs go to LanguageTool, the rest keep their
findings and move with the text (core/grammar/paragraphs.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from support.lt_replay import ReplayServer, load_recordings, spelled_out

from knigge_desktop.core.grammar.client import GrammarClient
from knigge_desktop.core.grammar.paragraphs import paragraphs

RECORDED = load_recordings()
# "Guten Tag Herr Weber,\n\nich habe den Haus … Antwortt.\n\nViele Grüße\nJana Schulz"
TYPO = RECORDED["typo_and_agreement"]["request"]["text"]
# "Hallo Anna 😀👍, ich habe den Haus gesehen und freue mich auf … Antwortt …": one paragraph
EMOJI = RECORDED["emoji_before_error"]["request"]["text"]


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def flagged(text: str, findings: list) -> list[str]:  # type: ignore[type-arg]  # any findings, any JSON
    return [text[f.start : f.end] for f in findings]


def sent_texts(replay: ReplayServer) -> list[str]:
    return [spelled_out(request)[0] for request in replay.behaviour.requests]


def test_paragraphs_are_the_blocks_between_blank_lines() -> None:
    text = "Hallo Kim,\n\nerster Absatz.\nNoch Zeile.\n \n\nZweiter.\n\n"
    assert paragraphs(text) == [(0, "Hallo Kim,"), (12, "erster Absatz.\nNoch Zeile."),
                                (42, "Zweiter.")]  # fmt: skip
    assert all(text[p.start : p.start + len(p.text)] == p.text for p in paragraphs(text))


def test_an_edit_sends_only_its_paragraph_and_the_rest_keep_their_findings(
    replay: ReplayServer,
) -> None:
    client = GrammarClient(replay.url)
    assert flagged(TYPO, client.check(TYPO)) == ["den Haus", "Antwortt", "Jana"]
    assert len(replay.behaviour.requests) == 1, "the first check is one request"
    edited = TYPO.replace("Guten Tag Herr Weber,", "Guten Tag, lieber Herr Weber,")
    findings = client.check(edited)
    assert sent_texts(replay)[1:] == ["Guten Tag, lieber Herr Weber,"]
    # Kept, and moved by the seven characters typed before them.
    assert flagged(edited, findings) == ["den Haus", "Antwortt", "Jana"]
    assert client.check(edited) == findings and len(replay.behaviour.requests) == 2


def test_a_changed_paragraph_loses_its_old_findings(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url)
    client.check(TYPO)
    fixed = TYPO.replace("Antwortt", "Antwort").replace("den Haus", "das Haus")
    assert flagged(fixed, client.check(fixed)) == ["Jana"]


def test_emoji_before_a_kept_finding_still_count(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url)
    text = f"Guten Tag 😀👍,\n\n{EMOJI}"
    client.check(text)
    moved = "🎉 " + text
    assert flagged(moved, client.check(moved)) == ["den Haus", "Antwortt"]
    assert sent_texts(replay)[-1] == "🎉 Guten Tag 😀👍,", "only the greeting went again"


def test_rules_switched_off_are_another_answer(replay: ReplayServer) -> None:
    client = GrammarClient(replay.url)
    client.check(TYPO)
    client.check(TYPO, disabled_rules=["GERMAN_SPELLER_RULE"])
    assert len(replay.behaviour.requests) == 2, "not answered from the cache"
    assert replay.behaviour.requests[1]["disabledRules"] == "GERMAN_SPELLER_RULE"


def test_a_whole_check_sends_every_paragraph_for_rules_across_paragraphs(
    replay: ReplayServer,
) -> None:
    client = GrammarClient(replay.url)
    client.check(TYPO)
    edited = TYPO.replace("Guten Tag Herr Weber,", "Guten Tag, lieber Herr Weber,")
    client.check(edited)
    assert sent_texts(replay)[1:] == ["Guten Tag, lieber Herr Weber,"]
    whole = client.check(edited, whole=True)
    assert sent_texts(replay)[2] == "\n\n".join(p.text for p in paragraphs(edited)), (
        "every paragraph, in one request"
    )
    assert flagged(edited, whole) == ["den Haus", "Antwortt", "Jana"]


def test_the_window_asks_for_the_whole_text_once_typing_pauses(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knigge_desktop.core.settings import Settings
    from knigge_desktop.services.grammar_service import Check, GrammarService

    service = GrammarService(Settings(None), data_dir=None)  # type: ignore[arg-type]  # never started: no folder needed
    sent: list[Check] = []
    monkeypatch.setattr(service._tasks, "put", sent.append)
    service._whole_timer.setInterval(50)
    service.request("Hallo Kim,\n\nerster Absatz.")
    service.request("Hallo Kim,\n\nerster Absatz!")
    qtbot.waitUntil(lambda: any(task.whole for task in sent), timeout=2000)
    assert [task.whole for task in sent] == [False, True], "the edit, then the whole text once"
    assert sent[-1].text == "Hallo Kim,\n\nerster Absatz!"
