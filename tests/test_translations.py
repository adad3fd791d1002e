"""German and English through Qt's translation system: every marked string has an English
translation, the compiled catalogue is current, and an English window shows no German in
its own words. The app follows the system's language and the setting."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.i18n import choose_language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

# Words and letters that only German text has (the app's own words, not user content).
GERMAN = re.compile(r"[äöüßÄÖÜ„]|\b(und|der|die|das|nicht|Vorlage|Entwurf|Ihr|Ihre|Strg)\b")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_marked_string_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over today's sources into a copy of the catalogue: nothing new may appear,
    nothing may be left unfinished or vanished."""
    copy = tmp_path / "en.ts"
    shutil.copy(update_translations.TS, copy)
    update_translations.lupdate(copy)
    found = messages(copy)
    assert len(found) > 250
    untranslated = [
        source for (_, source), m in found.items()
        if m.find("translation").get("type") or not translated_forms(m)
    ]  # fmt: skip
    assert untranslated == [], "translate these in resources/i18n/knigge_desktop_en.ts"
    assert set(found) == set(messages(update_translations.TS)), "run update_translations.py"


def translated_forms(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a %n message; [] while any is empty."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return forms if forms and all(f.strip() for f in forms) else []
    return [translation.text] if (translation.text or "").strip() else []


def test_german_plurals_have_their_singular(tmp_path: Path) -> None:
    """German is the source language, but "%n Entwürfe" would read "1 Entwürfe": its
    catalogue (lupdate -pluralonly) gives every %n string both forms."""
    copy = tmp_path / "de.ts"
    shutil.copy(update_translations.TS_DE, copy)
    update_translations.lupdate_german(copy)
    found = messages(copy)
    assert found, "the import report counts with %n"
    assert set(found) == set(messages(update_translations.TS_DE)), "run update_translations.py"
    for (_, source), message in found.items():
        singular, plural = translated_forms(message)
        assert plural == source and "%n" in singular, source
    rebuilt = tmp_path / "de.qm"
    update_translations.lrelease(update_translations.TS_DE, rebuilt)
    assert rebuilt.read_bytes() == update_translations.QM_DE.read_bytes()


def test_placeholders_survive_translation() -> None:
    for (_, source), message in messages(update_translations.TS).items():
        # A %n message: every plural form keeps them.
        for translation in translated_forms(message) or [""]:
            assert set(re.findall(r"\{\w+\}", source)) == set(
                re.findall(r"\{\w+\}", translation)
            ) or (
                "{feld}" in source  # the syntax help names its example field in each language
            ), source
            assert source.count("&") == translation.count("&"), f"menu key lost: {source}"


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    rebuilt = tmp_path / "en.qm"
    update_translations.lrelease(update_translations.TS, rebuilt)
    assert rebuilt.read_bytes() == update_translations.QM.read_bytes(), (
        "run scripts/update_translations.py"
    )


def test_the_language_follows_the_setting_then_the_system() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert choose_language("", english) == "en"
    assert choose_language("", french) == "de", "German is the default"
    assert choose_language("de", english) == "de"
    assert choose_language("en", french) == "en"


def visible_words(window: QWidget) -> list[str]:
    """The window's own words: menus, buttons, labels, tips, names. Left out: what comes
    from templates, rules and the user (form fields, gallery entries, editor, findings)."""
    from knigge_desktop.ui.field_form import FieldForm

    content = (FieldForm, type(window.gallery.list), type(window.editor))
    skip = {window.gallery.when, window.findings.explanation, window.findings.tree}
    texts = []  # not the window title: it names the draft, whose title is content
    for menu in window.menus.values():
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()]
    for widget in window.findChildren(QWidget):
        owners, parent = [], widget
        while parent is not None:
            owners.append(parent)
            parent = parent.parentWidget()
        if any(isinstance(o, content) or o in skip for o in owners):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return [t for t in texts if t]


def test_an_english_window_speaks_english(qtbot: QtBot, window_factory, english) -> None:

    window = window_factory(new_template="contact_request_formal")
    pane = window.text_pane
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    assert [m.title() for m in window.menus.values()] == [
        "&File", "&Edit", "&Templates", "&View", "&Help"
    ]  # fmt: skip
    assert window.copy_button.text() == "Copy to the clip&board"
    assert "characters" in window.counts.text()
    german = [t for t in visible_words(window) if GERMAN.search(t)]
    assert german == []
    for dialog in (window.templates.new_template(), window.dialogs.offer_welcome()):
        words = [dialog.windowTitle()]
        words += [w.text() for w in dialog.findChildren(QLabel)]
        words += [w.text() for w in dialog.findChildren(QAbstractButton)]
        assert [t for t in words if GERMAN.search(t)] == [], type(dialog).__name__
        dialog.done(0)


def test_every_rule_explains_itself_in_german_and_english() -> None:
    from knigge_desktop.core.etiquette.rules import load_rules

    rules = load_rules()
    assert rules.problems == [] and len(rules.items) >= 28
    for rule in rules.items:
        for german, english in zip(rule.wording("de"), rule.wording("en"), strict=True):
            assert english.strip() and english != german, rule.id
            assert set(re.findall(r"\{\w+\}", german)) == set(re.findall(r"\{\w+\}", english))
        assert "„" not in rule.message_en + rule.explanation_en, rule.id  # English quotes


def test_english_findings_in_an_english_window(qtbot: QtBot, window_factory, english) -> None:
    window = window_factory(new_template="contact_request_formal")
    window.editor.setPlainText("hallo!!! KAUFEN SIE JETZT")
    loud = "“!!!” comes across as loud."
    # The checks start after the window's first paint, which may come a moment later.
    qtbot.waitUntil(lambda: loud in [f.message for f in window.editor.findings()], timeout=5000)
    assert all(not f.explanation.startswith("Der Knigge") for f in window.editor.findings())


def test_every_word_a_shipped_template_shows_has_english() -> None:
    """Each title, "when" line, label, help and choice label has its _en key beside it."""
    from knigge_desktop.core.templates import load_templates
    from knigge_desktop.core.templates.localize import localize, missing_english

    shipped = load_templates()
    assert {t.id: missing_english(t) for t in shipped.items if missing_english(t)} == {}
    english = localize(shipped)
    shown = [t.title for t in english.items] + [t.when for t in english.items]
    shown += [f.help for t in english.items for f in t.fields]
    assert not [w for w in shown if "„" in w], "German quotes belong to German text"


def test_an_english_window_shows_the_templates_in_english(window_factory, english) -> None:
    from PySide6.QtWidgets import QLabel

    window = window_factory(new_template="contact_request_formal")
    assert window.composer.template.title == "Contact request with a personal note (Sie)"
    assert window.windowTitle() == "No recipient – Contact request – Knigge Desktop"
    labels = [w.text().replace("&", "") for w in window.form.findChildren(QLabel)]
    assert any(t.startswith("Last name") for t in labels)
    assert "Sehr geehrte" in window.editor.toPlainText() or "Guten Tag" in (
        window.editor.toPlainText()
    ), "the message itself stays German"
    assert "First contact by message (Sie)" in [
        window.gallery.list.item(i).text() for i in range(window.gallery.list.count())
    ]


def test_an_english_gallery_groups_and_searches_in_english(qtbot, window_factory, english) -> None:
    window = window_factory()
    gallery = window.gallery
    assert gallery.group_titles() == ["I write first", "I reply", "I decline", "I follow up"]
    window.editor.insertPlainText("Mein Text. ")  # typed: looking at a template keeps it
    gallery.set_suggested(["reminder_informal"])
    assert gallery.group_titles()[0] == "Fits the message you received"
    gallery.search.setText("reminder")
    assert set(gallery.visible_ids()) == {"reminder_formal", "reminder_informal"}
    assert gallery.list.currentItem().text() == "Gentle reminder when no answer came (du)"


def test_a_broken_rule_file_is_named_in_english_in_an_english_window(
    window_factory, english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule file's problem is a core Message like every other: the English window says
    it in English, with the file and line."""
    from knigge_desktop.core.etiquette.checker import EtiquetteChecker
    from knigge_desktop.core.etiquette.rules import load_rules
    from knigge_desktop.core.resources import resource_dir

    folder = tmp_path / "regeln"
    folder.mkdir()
    (folder / "kaputt.toml").write_text("[[rule]]\nid = 3\n", encoding="utf-8")
    broken = EtiquetteChecker(load_rules([resource_dir("etiquette"), folder]))
    monkeypatch.setattr(EtiquetteChecker, "shipped", classmethod(lambda cls: broken))
    window = window_factory()
    messages: list[str] = []
    window.session.checks.problem.connect(messages.append)
    window.session.checks._checker = None  # as before the first check
    window.editor.setPlainText("Hallo Frau Weber,\n\nschnell!!\n\nViele Grüße\nJonas")
    window.session.checks.flush()
    [said] = messages
    assert "kaputt.toml, line 1: “type” is missing or empty." in said, said
    assert not GERMAN.search(said.replace("kaputt.toml", "")), said
