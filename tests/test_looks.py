"""Looks: the pane widths and the window's place come back at the next start; the colours
the app paints itself follow the system's light or dark palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.core.settings import Settings
from knigge_desktop.ui.theme import BANNER, ERROR_TEXT


def test_pane_widths_are_remembered_across_starts(qtbot: QtBot, window_factory, paths) -> None:
    window = window_factory()
    window.resize(760, 600)  # the offscreen screen is 800 × 800
    window.splitter.setSizes([180, 250, 330])
    chosen = window.splitter.sizes()
    window.close()
    saved, problem = Settings.load(paths.settings_file)
    assert problem is None and saved.get("pane_sizes") == chosen
    assert saved.get("window_geometry")

    again = window_factory()
    assert again.splitter.sizes() == chosen
    assert again.size() == window.size()


def test_the_gallery_grouping_chosen_is_kept_across_starts(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    assert window.gallery.group_by.currentText() == "Nach Situation"  # the first start
    window.gallery.group_by.setFocus()
    qtbot.keyClick(window.gallery.group_by, Qt.Key.Key_Down)  # the user picks "Nach Art"
    assert window.gallery.group_by.currentText() == "Nach Art"
    window.close()
    again = window_factory()
    assert again.gallery.group_by.currentText() == "Nach Art"
    assert again.gallery.group_titles()[0] != "Ich schreibe zuerst"


def test_broken_layout_settings_fall_back_to_the_defaults(window_factory, paths) -> None:
    settings = Settings(paths.settings_file)
    settings.set("pane_sizes", [0, -5, "x"])  # type: ignore[list-item]  # bad values on purpose
    settings.set("window_geometry", "not base64 at all")
    settings.save()
    window = window_factory()
    assert all(size > 0 for size in window.splitter.sizes())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor("#e8eaed"))
    return palette


def test_switching_to_a_dark_palette_recolours_what_the_app_paints(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory(new_template="contact_request_formal")
    pane = window.text_pane
    assert pane.edited_banner.styleSheet() == BANNER[0]
    pane.platform.setCurrentIndex(pane.platform.findData("linkedin"))
    window.editor.setPlainText("x" * 400)
    assert ERROR_TEXT[0] in pane.limit_meter.styleSheet()
    app = QApplication.instance()
    light = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: pane.edited_banner.styleSheet() == BANNER[1], timeout=2000)
        assert ERROR_TEXT[1] in pane.limit_meter.styleSheet()
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: pane.edited_banner.styleSheet() == BANNER[0], timeout=2000)


def test_pane_widths_come_back_with_a_reply_open(qtbot: QtBot, window_factory) -> None:
    """A reply puts the received message above the fields: a column of its own, made when
    the draft shows. The widths the user chose must survive that, at the next start too."""
    window = window_factory()
    message = (
        "Hallo,\n\nkannst du mir die Folien vom Barcamp schicken?\n\nViele Grüße\nLena Hoffmann"
    )
    assert window.session.start_reply_to(message, None, {})
    window.resize(760, 600)  # the offscreen screen is 800 × 800
    window.show()
    qtbot.waitExposed(window)
    window.splitter.setSizes([240, 200, 300])
    chosen = window.splitter.sizes()
    window.close()

    again = window_factory()
    assert again.replies.panel is not None, "the reply is open again, its message above"
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == chosen
