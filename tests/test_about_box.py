"""Hilfe → Über Knigge Desktop names the licence, with a link to its text, and the data
folder, with a link that opens it; in German and English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from test_english_window import _choose_english

from knigge_desktop.core.paths import AppPaths
from knigge_desktop.ui.i18n import apply_language


def _open_about(window, qtbot: QtBot) -> QMessageBox:
    help_menu = window.menus["help"]
    [about] = [
        a for a in help_menu.actions() if a.text().replace("&", "").startswith(("Über", "About"))
    ]
    about.trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return box


def _text_label(box: QMessageBox) -> QLabel:
    [label] = [label for label in box.findChildren(QLabel) if "<a href" in label.text()]
    return label


def test_about_names_the_licence_and_the_data_folder(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    window = window_factory()
    box = _open_about(window, qtbot)
    label = _text_label(box)
    text = label.text()
    assert (
        'Lizenz: <a href="https://www.gnu.org/licenses/gpl-3.0.html">GPL-3.0-or-later</a>' in text
    )
    assert f'Datenordner: <a href="{QUrl.fromLocalFile(str(paths.data_dir)).toString()}">' in text
    assert str(paths.data_dir) in text
    assert label.openExternalLinks(), "a click opens the licence and the folder"
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    [ok] = [b for b in box.findChildren(QPushButton) if b.isVisible()]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in window.findChildren(QMessageBox)))


def test_a_data_folder_with_signs_of_html_is_shown_as_it_is(
    window_factory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_factory()
    odd = tmp_path / 'Daten <b>&"Müller"'
    window.session.drafts._data_folder = odd  # as if started with --data-dir on it
    label = _text_label(_open_about(window, qtbot))
    assert label.text().count("<b>") == 1, "only the version is bold"
    assert "Daten &lt;b&gt;&amp;&quot;Müller&quot;" in label.text()


def test_the_english_about_box(window_factory, qtbot: QtBot, paths: AppPaths) -> None:
    _choose_english(paths)
    try:
        window = window_factory()
        text = _text_label(_open_about(window, qtbot)).text()
        assert "Licence: <a href" in text and "Data folder: <a href" in text
    finally:
        apply_language("de")
