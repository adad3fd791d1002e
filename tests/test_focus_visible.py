"""Every Tab stop of the window shows where the focus is: after the platform choice the
tester pressed Tab three times and saw no focus before it wrapped round. A stop must be
on screen with a size, and a flat button or an empty list shows no focus of its own, so
it is either drawn with a focus frame or no stop at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot


def invisible_focus(widget: QWidget) -> str:
    """Why the focus on `widget` cannot be seen, or "" if it can."""
    if not widget.isVisible() or widget.width() <= 1 or widget.height() <= 1:
        return "hidden or no size"
    if isinstance(widget, QPushButton) and widget.isFlat() and ":focus" not in widget.styleSheet():
        return "flat button without a focus frame"
    if isinstance(widget, QAbstractItemView) and widget.model().rowCount() == 0:
        return "empty list"
    return ""


def test_every_tab_stop_after_the_platform_shows_the_focus(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="first_contact_formal")
    window.editor.setPlainText("")  # nothing to check: the findings list is empty
    qtbot.waitUntil(lambda: not window.findings.items())
    platform = window.text_pane.platform
    platform.setFocus()
    stops: list[tuple[str, str]] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is window.gallery.search:
            break
        name = focus.objectName() or focus.accessibleName() or type(focus).__name__
        stops.append((name, invisible_focus(focus)))
    else:
        raise AssertionError(f"Tab never came round to the search: {stops}")
    hidden = [stop for stop in stops if stop[1]]
    assert not hidden, stops
    assert ("grammar_status", "") in stops, "the grammar state is still reached by Tab"
