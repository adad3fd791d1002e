"""The window carries the app's icon, in the sizes desktops ask for."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.app import (
    SMALL_ICONS,
    app_icon,
    build_window,
    ensure_application,
    full_icon_after_first_paint,
)


def test_the_icon_has_every_shipped_size(qapp: QApplication) -> None:
    ensure_application()
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
    assert not qapp.windowIcon().isNull()


def test_the_window_maps_with_the_small_sizes_and_gets_every_size_once_painted(
    qtbot: QtBot, paths
) -> None:
    """The large sizes cost the start-up ~8 ms and ~4 MB on X11; they come after the first
    paint (app.run), and then the window and the application (for later dialogs) have them
    all."""
    app = ensure_application()
    app.setWindowIcon(app_icon(largest=SMALL_ICONS))  # as at start-up, whatever ran before
    window = build_window(paths)
    qtbot.addWidget(window)
    full_icon_after_first_paint(window)
    assert max(s.width() for s in window.windowIcon().availableSizes()) == SMALL_ICONS
    assert max(s.width() for s in app.windowIcon().availableSizes()) == SMALL_ICONS
    with qtbot.waitSignal(window.editor.first_painted, timeout=5000):
        window.show()
    for icon in (window.windowIcon(), app.windowIcon()):
        assert {16, 24, 32, 48, 64, 128, 256, 512} <= {s.width() for s in icon.availableSizes()}
    window.close()
    if window.session.grammar is not None:  # as window_factory does
        window.session.grammar.shutdown()
