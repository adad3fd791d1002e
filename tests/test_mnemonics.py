"""A mnemonic everywhere, none twice: every button and labelled field of the main window
and of every dialog it opens has a mnemonic, unique in its window, in German and in
English; the entries of each menu have unique ones."""

from __future__ import annotations

from collections import defaultdict

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from knigge_desktop.core.settings import Settings
from knigge_desktop.ui.actions import ACTIONS
from knigge_desktop.ui.i18n import apply_language
from knigge_desktop.ui.mnemonics import (
    _text_of,
    menu_bar_letters,
    mnemonic_controls,
    mnemonic_of,
)

SKIP_ACTIONS = {"quit"}


def problems_of(root: QWidget) -> list[str]:
    """What is wrong with `root`'s mnemonics: controls without one, letters used twice."""
    found: list[str] = []
    users: dict[str, list[str]] = defaultdict(list)
    for letter in menu_bar_letters(root):
        users[letter].append("menu bar")
    for control in mnemonic_controls(root):
        text = _text_of(control)
        letter = mnemonic_of(text)
        if letter is None:
            found.append(f"{type(root).__name__}: no mnemonic: {text!r}")
        else:
            users[letter].append(text)
    found += [
        f"{type(root).__name__}: Alt+{letter.upper()} twice: {texts}"
        for letter, texts in users.items()
        if len(texts) > 1
    ]
    return found


def menu_problems(menu: QMenu) -> list[str]:
    users: dict[str, list[str]] = defaultdict(list)
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isEnabled():  # "Keine Regel ausgeschaltet"
            continue
        letter = mnemonic_of(action.text())
        if letter is None:
            found.append(f"menu {menu.title()!r}: no mnemonic: {action.text()!r}")
        else:
            users[letter].append(action.text())
        if action.menu() is not None:
            found += menu_problems(action.menu())
    return found + [
        f"menu {menu.title()!r}: Alt+{letter.upper()} twice: {texts}"
        for letter, texts in users.items()
        if len(texts) > 1
    ]


def _dialogs() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)}


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_window_and_dialog_has_unique_mnemonics(
    qtbot: QtBot, window_factory, paths, language: str
) -> None:
    settings, _ = Settings.load(paths.settings_file)
    settings.set("language", language)
    settings.save()
    try:
        window = window_factory(new_template="first_contact_formal")
        qtbot.keyClicks(window.form.input("recipient_last_name"), "Wagner")
        window.session.autosaver.flush()
        problems = problems_of(window)
        for menu in window.menus.values():
            window.findings_display.fill_disabled_menu()
            problems += menu_problems(menu)
        checked: list[str] = []

        def check_modal() -> None:
            box = QApplication.activeModalWidget()
            # Qt's own message boxes (About) have Enter and Esc; ours are checked.
            if isinstance(box, QDialog) and box.isVisible():
                if type(box) is not QMessageBox:
                    problems.extend(problems_of(box))
                checked.append(type(box).__name__)
                box.reject()

        timer = QTimer()
        timer.timeout.connect(check_modal)
        timer.start(20)
        try:
            for spec in ACTIONS:
                if spec.submenu or spec.id in SKIP_ACTIONS:
                    continue
                before = _dialogs()
                window.actions_by_id[spec.id].trigger()
                qtbot.wait(10)
                for dialog in QApplication.topLevelWidgets():
                    new = isinstance(dialog, QDialog) and id(dialog) not in before
                    if new and shiboken6.isValid(dialog) and dialog.isVisible():
                        if type(dialog) is not QMessageBox:  # Qt's own, as in check_modal
                            problems += problems_of(dialog)
                        checked.append(type(dialog).__name__)
                        dialog.close()
                        qtbot.wait(1)
        finally:
            timer.stop()
        for expected in ("DraftsDialog", "SettingsDialog", "ReplyDialog", "GrammarDialog"):
            assert expected in checked, checked
        assert not problems, "\n".join(dict.fromkeys(problems))
    finally:
        apply_language("de")
