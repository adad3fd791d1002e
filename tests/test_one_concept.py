"""Concepts that exist once: where two parts of the app must agree, they share the code,
and these tests hold them to it on awkward text."""

from __future__ import annotations

import pytest

from knigge_desktop.core.etiquette import kinds
from knigge_desktop.core.textspan import Utf16Map, index_at_utf16, utf16_length
from knigge_desktop.core.textstats import text_stats

TRICKY = [
    "Hallo Frau Müller-Lüdenscheidt, ich bin’s – Jonas. 👋🏽 Rückfrage: E-Mail-Adresse?",
    "snake_case und __init__ zählen; 3,5 % und 10.000 € auch. Geht's? O'Brien…",
    "Zeile\n\nNoch eine—ohne Leerzeichen—hier. 🇩🇪🇩🇪 ÄÖÜß 漢字 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "",
    "   \t ",
    "- - -' '-' a-b -c d- 'e' f'g",
]


@pytest.mark.parametrize("text", TRICKY)
def test_the_status_bar_counts_the_words_the_length_rules_count(text: str) -> None:
    counted_by_rules = len(kinds._words(text, 0, len(text)))
    assert text_stats(text).words == counted_by_rules


def test_the_word_count_is_not_trivially_equal() -> None:
    # Guards the test above: a count that ignored its input would agree as well.
    assert [text_stats(t).words for t in ("", "eins", "E-Mail-Adresse ok", "a_b")] == [0, 1, 2, 2]


@pytest.mark.parametrize("text", TRICKY)
def test_utf16_lengths_and_cuts_agree_with_the_encoding(text: str) -> None:
    units = len(text.encode("utf-16-le")) // 2
    assert utf16_length(text) == units
    mapping = Utf16Map(text)
    for cut in range(units + 1):
        by_encoding = len(text.encode("utf-16-le")[: cut * 2].decode("utf-16-le", "ignore"))
        assert index_at_utf16(text, cut) == by_encoding == mapping.from_utf16(cut)


def test_every_loader_that_skips_bad_parts_returns_one_result_type(tmp_path) -> None:
    """Issue 14: templates, rules and the drafts of an export each had their own "items
    plus what was skipped"; now all are core/loaded.Loaded, with items and problems."""
    from knigge_desktop.core.drafts_import import drafts_from_export
    from knigge_desktop.core.etiquette.rules import load_rules
    from knigge_desktop.core.loaded import Loaded
    from knigge_desktop.core.templates import load_templates

    (tmp_path / "kaputt.toml").write_text("= 1\n", encoding="utf-8")
    templates = load_templates([tmp_path])
    rules = load_rules([tmp_path])
    drafts = drafts_from_export([{"template": "x", "kind": "reply", "text": "a"}, "kein"])
    for loaded in (templates, rules, drafts):
        assert type(loaded) is Loaded
        assert len(loaded.problems) == 1, loaded
    assert [p.path.name for p in (*templates.problems, *rules.problems)] == ["kaputt.toml"] * 2
    assert [d.text for d in drafts.items] == ["a"] and drafts.problems[0].startswith("Entwurf 2")
    assert load_templates().get("reply_formal") is not None
    assert load_rules().get("EXCLAMATION_PILE") is not None
