"""Keys are written one way everywhere: as Qt spells them in menus (its native text), in
German "Strg+Return", in English "Ctrl+Return". Every visible string is read: the catalogue's
German sources and English translations, German string literals in the code, the README."""

from __future__ import annotations

import io
import re
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
NATIVE = QKeySequence.SequenceFormat.NativeText
KEY = r"(?:[A-Za-zÄÖÜäöü0-9]+|,)"
GERMAN = re.compile(rf"\b(?:Strg|Umschalt|Alt)\+{KEY}(?:\+{KEY})*")
ENGLISH = re.compile(rf"\b(?:Ctrl|Shift|Alt)\+{KEY}(?:\+{KEY})*")


def _catalogue() -> tuple[list[str], list[str]]:
    catalogue = ROOT / "knigge_desktop" / "resources" / "i18n" / "knigge_desktop_en.ts"
    root = ET.parse(catalogue).getroot()
    sources = [m.findtext("source") or "" for m in root.iter("message")]
    translations = [m.findtext("translation") or "" for m in root.iter("message")]
    return sources, translations


def _german_literals() -> list[str]:
    """String literals in the code that spell a key the German way."""
    found = []
    for path in sorted((ROOT / "knigge_desktop").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        found += [t.string for t in tokens if t.type == tokenize.STRING and GERMAN.search(t.string)]
    return found


def _misspelt(texts: list[str], pattern: re.Pattern[str]) -> set[str]:
    bad = set()
    for text in texts:
        for combo in pattern.findall(text):
            as_qt = QKeySequence.fromString(combo, NATIVE).toString(NATIVE)
            # Enter is the keypad's key: the copy key is written as the main key, Return.
            if as_qt != combo or combo.endswith("+Enter"):
                bad.add(combo)
    return bad


@pytest.fixture
def language(qapp: QApplication):
    from knigge_desktop.ui.i18n import apply_language

    yield apply_language
    apply_language("de")


def test_german_keys_are_spelt_as_the_menus_spell_them(language) -> None:
    language("de")
    assert QKeySequence("Ctrl+Return").toString(NATIVE) == "Strg+Return"
    sources, _ = _catalogue()
    assert _misspelt(sources + _german_literals(), GERMAN) == set()


def test_english_keys_are_spelt_as_the_menus_spell_them(language) -> None:
    language("en")
    assert QKeySequence("Ctrl+Return").toString(NATIVE) == "Ctrl+Return"
    _, translations = _catalogue()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _misspelt([*translations, readme], ENGLISH) == set()


def test_the_check_finds_a_misspelt_key(language) -> None:
    language("de")
    assert _misspelt(["mit Strg+Eingabe kopieren", "Strg+Enter"], GERMAN) == {
        "Strg+Eingabe",
        "Strg+Enter",
    }
