"""The window carries the app's icon, in the sizes desktops ask for."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from knigge_desktop.app import app_icon, ensure_application


def test_the_icon_has_every_shipped_size(qapp: QApplication) -> None:
    ensure_application()
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
    assert not qapp.windowIcon().isNull()
