"""Placeholders, URLs and e-mail addresses go to LanguageTool as markup, never as prose."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from support.lt_replay import ReplayServer, load_recordings

from knigge_desktop.core.grammar.annotate import annotation
from knigge_desktop.core.grammar.client import GrammarClient

RECORDED = load_recordings()
# "Guten Tag {anrede_name} 😀, … https://www.xing.com/… jonas.becker@example.org … am [Datum]
# an, ich habe den Haus gesehen. …": recorded as plain text (LanguageTool flags "name" in
# the placeholder) and as the app sends it now.
PLACEHOLDERS = RECORDED["placeholders_plain"]["request"]["text"]


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


def markups(text: str) -> list[str]:
    return [part["markup"] for part in annotation(text) if "markup" in part]


def test_the_parts_add_up_to_the_text() -> None:
    parts = annotation(PLACEHOLDERS)
    assert "".join(p.get("text", p.get("markup", "")) for p in parts) == PLACEHOLDERS
    assert markups(PLACEHOLDERS) == [
        "{anrede_name}",
        "https://www.xing.com/profile/Anna_Wagner",
        "jonas.becker@example.org",
        "[Datum]",
    ]


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("Guten Tag [Name], wie geht es?", ["[Name]"]),
        ("Siehe www.example.org.", ["www.example.org"]),  # the full stop is the sentence's
        ("(https://example.org/a?b=1)", ["https://example.org/a?b=1"]),
        ("Hallo <Firma> und {sender_name}", ["<Firma>", "{sender_name}"]),
        ("Ganz normaler Text ohne alles.", []),
    ],
)
def test_what_is_markup(text: str, markup: list[str]) -> None:
    assert markups(text) == markup


def test_a_placeholder_is_read_as_a_word() -> None:
    parts = annotation("Guten Tag [Name] und {recipient_name},")
    assert [p.get("interpretAs") for p in parts if "markup" in p] == ["Name", "Muster"]


def test_the_request_carries_the_annotation_and_the_placeholder_is_no_typo(
    replay: ReplayServer,
) -> None:
    findings = GrammarClient(replay.url).check(PLACEHOLDERS)
    (request,) = replay.behaviour.requests
    assert "text" not in request
    sent = json.loads(request["data"])["annotation"]
    assert {"markup": "{anrede_name}", "interpretAs": "Muster"} in sent
    assert {"markup": "[Datum]", "interpretAs": "Datum"} in sent
    # Only the agreement error is left, exactly on its words, the emoji before it counted.
    assert [PLACEHOLDERS[f.start : f.end] for f in findings] == ["den Haus"]


def test_offsets_land_on_the_plain_text_after_emoji_and_markup(replay: ReplayServer) -> None:
    """The annotated answer is a real LanguageTool 6.3's: its offsets count the markup and
    the emoji's two UTF-16 units."""
    (finding,) = GrammarClient(replay.url).check(PLACEHOLDERS)
    recorded = RECORDED["placeholders_annotated"]["response"]["matches"][0]
    assert recorded["offset"] == PLACEHOLDERS.index("den Haus") + 1  # the emoji's extra unit
    assert (finding.start, finding.end) == (
        PLACEHOLDERS.index("den Haus"),
        PLACEHOLDERS.index("den Haus") + len("den Haus"),
    )


def test_plain_text_is_sent_as_text(replay: ReplayServer) -> None:
    GrammarClient(replay.url).check("Das ist ist ein guter Vorschlag.")
    (request,) = replay.behaviour.requests
    assert request["text"] == "Das ist ist ein guter Vorschlag." and "data" not in request
