"""The searches steer their lists as in every launcher, typed in the real window: Up and
Down in the search move the list's selection (headings skipped), Enter takes the chosen
entry, Tab goes from the search to the list. And the trash's two buttons each do one thing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.drafts_dialog import DraftsDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot: QtBot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def test_down_then_enter_in_the_gallery_search_starts_the_chosen_template(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    search = window.gallery.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "bedanken")
    shown = window.gallery.visible_ids()
    assert len(shown) >= 2, shown
    first = window.gallery.current_id()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    chosen = window.gallery.current_id()
    assert chosen is not None and chosen != first, "Down moved the selection"
    assert search.hasFocus(), "the cursor stays in the search"
    qtbot.keyClick(search, Qt.Key.Key_Up)
    assert window.gallery.current_id() == first
    qtbot.keyClick(search, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.gallery.template_chosen) as chosen_signal:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert chosen_signal.args == [chosen]


def test_down_in_the_gallery_search_skips_the_group_headings(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    gallery = window.gallery
    gallery.search.setFocus()
    seen = [gallery.current_id()]
    for _ in range(len(gallery.visible_ids()) - 1):
        qtbot.keyClick(gallery.search, Qt.Key.Key_Down)
        seen.append(gallery.current_id())
    assert seen == gallery.visible_ids(), "each template once, top to bottom, no heading"
    qtbot.keyClick(gallery.search, Qt.Key.Key_PageUp)
    after_page_up = gallery.current_id()
    assert after_page_up in seen[:-2], "Page Up went a page up, onto a template"


def _drafts_dialog(qtbot: QtBot, window, names: tuple[str, ...]) -> DraftsDialog:
    for name in names:
        window.session.start_from_template("first_contact_formal")
        _type(qtbot, window.form.input("recipient_last_name"), name)
        window.session.autosaver.flush()
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))
    [dialog] = [d for d in window.findChildren(DraftsDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _recipient(dialog: DraftsDialog) -> str:
    rows = dialog.table.selectionModel().selectedRows()
    return dialog.table.item(rows[0].row(), 0).text()


def test_down_then_enter_in_the_drafts_search_opens_the_chosen_draft(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    dialog = _drafts_dialog(qtbot, window, ("Albrecht", "Wagner"))
    dialog.search.setFocus()
    assert _recipient(dialog) == "Wagner", "the newest first"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert _recipient(dialog) == "Albrecht"
    assert dialog.search.hasFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.form.input("recipient_last_name").text() == "Albrecht"


def test_tab_goes_from_the_drafts_search_to_the_list(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    dialog = _drafts_dialog(qtbot, window, ("Albrecht",))
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table


def test_undo_after_restoring_from_the_trash_is_no_step_and_says_nothing(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    dialog = _drafts_dialog(qtbot, window, ("Albrecht", "Wagner"))
    dialog.table.selectRow(1)  # Albrecht: not the draft open in the window
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.show_trash, LEFT)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.status.text() == "Entwurf wiederhergestellt."
    assert not dialog.undo_button.isEnabled(), "nothing left to undo"
    dialog.status.clear()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert dialog.status.text() == "", "no claim that something came back"
    qtbot.mouseClick(dialog.show_trash, LEFT)
    assert dialog.table.rowCount() == 2
