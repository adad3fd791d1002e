"""The window's geometry and pane widths, kept in the settings from one session to the next,
and the order Tab walks its controls in."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from knigge_desktop.services.settings_service import SettingsService


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: SettingsService) -> None:
    """The pane widths and window geometry of the last session, if they still fit."""
    sizes = settings.get("pane_sizes")
    if len(sizes) == 3 and all(isinstance(s, int) and s > 0 for s in sizes):
        splitter.setSizes(sizes)
    geometry = settings.get("window_geometry")
    if geometry:
        from PySide6.QtCore import QByteArray  # only when there is one (~0.4 ms)

        # restoreGeometry ignores data it cannot use, and keeps the window on a screen.
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))


def remember_layout(
    window: QMainWindow, splitter: QSplitter, settings: SettingsService, grouping: str
) -> None:
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    sizes = [int(size) for size in splitter.sizes()]
    settings.update(
        {"pane_sizes": sizes, "window_geometry": geometry, "gallery_group_by": grouping}
    )


def set_tab_order(chain: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next in `chain`. Widgets made later (the form's
    fields) would otherwise come last."""
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)
