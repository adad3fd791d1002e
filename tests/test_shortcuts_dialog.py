"""Hilfe → Tastenkürzel (F1): every key once, as the keyboard says it, nothing cut off, the
dialogs' keys too, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.shortcuts_dialog import DIALOG_KEYS, ShortcutsDialog, keys_of


def _open_f1(qtbot: QtBot, window) -> ShortcutsDialog:
    from PySide6.QtCore import QTimer

    shown: list[ShortcutsDialog] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ShortcutsDialog):
            shown.append(dialog)
            dialog.close()
        else:
            QTimer.singleShot(10, grab)

    QTimer.singleShot(0, grab)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    assert shown, "F1 opens the list"
    return shown[0]


def _rows(dialog: ShortcutsDialog) -> dict[str, str]:
    table = dialog.table
    return {table.topLevelItem(i).text(0): table.topLevelItem(i).text(1)
            for i in range(table.topLevelItemCount())}  # fmt: skip


def test_media_keys_and_the_keypad_enter_are_not_listed_as_keys(qapp: QApplication) -> None:
    action = QAction("&Öffnen")
    action.setShortcuts(
        [QKeySequence("Ctrl+O"), QKeySequence(Qt.Key.Key_Open), QKeySequence(Qt.Key.Key_New)]
    )
    help_action = QAction("&Tastenkürzel")
    help_action.setShortcuts([QKeySequence("F1"), QKeySequence(Qt.Key.Key_Help)])
    assert keys_of(help_action) == "F1"
    native = QKeySequence.SequenceFormat.NativeText
    assert keys_of(action) == QKeySequence("Ctrl+O").toString(native)
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    assert keys_of(action) == QKeySequence("Ctrl+Return").toString(native)
    # X11's standard Undo is Ctrl+Z and F14, a key no usual keyboard has.
    undo = QAction("&Rückgängig")
    undo.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence(Qt.Key.Key_F14)])
    assert keys_of(undo) == QKeySequence("Ctrl+Z").toString(native)


def test_the_list_has_the_menu_and_dialog_keys_and_nothing_is_cut_off(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    dialog = _open_f1(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = _rows(dialog)
    assert rows["Datei: Text kopieren"] == "Strg+Return, Strg+Umschalt+C"
    assert rows["Entwürfe: Umbenennen"] == "F2"
    assert rows["Entwürfe: Löschen"] == "Entf"
    assert rows["Vorlage bearbeiten: Speichern"] == "Strg+S"
    header = dialog.table.headerItem()
    assert (header.text(0), header.text(1)) == ("Aktion", "Tasten")
    metrics = dialog.table.fontMetrics()
    for name, keys in rows.items():
        assert metrics.horizontalAdvance(name) < dialog.table.columnWidth(0), name
        assert metrics.horizontalAdvance(keys) < dialog.table.columnWidth(1), keys
    assert dialog.table.horizontalScrollBar().maximum() == 0, "no row runs out of sight"
    dialog.close()


def test_the_dialog_keys_listed_are_the_dialogs_own(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    drafts = window.dialogs.show_drafts()
    qtbot.addWidget(drafts)
    bound = {s.key().toString() for s in drafts.findChildren(QShortcut)}
    window.templates.new_template()
    editor = window.templates.editor
    qtbot.addWidget(editor)
    bound |= {editor.save_button.shortcut().toString()}
    listed = {QKeySequence(keys).toString() for _, _, keys in DIALOG_KEYS if keys != "Esc"}
    assert listed <= bound | {"Return"}
    drafts.close()
    editor.done(0)


def test_headers_are_in_english_in_the_english_window(qtbot: QtBot, window_factory, paths) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text('{"version": 1, "values": {"language": "en"}}', "utf-8")
    window = window_factory()
    dialog = ShortcutsDialog(window.all_actions(), window)
    header = dialog.table.headerItem()
    assert (header.text(0), header.text(1)) == ("Action", "Keys")
    assert "Drafts: Rename" in _rows(dialog)
    dialog.close()
