"""Colours for the few things the app paints itself, readable on the system's light and
dark palettes alike. Everything else comes from the palette, which Qt takes from the
desktop (and updates when the user switches between light and dark)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# (on a light palette, on a dark palette)
ERROR_TEXT = ("#b00020", "#ff6e6e")
WARNING_TEXT = ("#9a5b00", "#ffb74d")
BANNER = (  # the yellow note that the text was edited by hand
    "#edited_banner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
    " #edited_banner QLabel { color: #3d3000; }",
    "#edited_banner { background: #4a3f14; border: 1px solid #8a7430; border-radius: 4px; }"
    " #edited_banner QLabel { color: #fff0c0; }",
)


def is_dark(widget: QWidget) -> bool:
    # The window's palette, not the widget's: a widget with a style sheet of its own keeps
    # its palette when the desktop switches.
    return widget.window().palette().window().color().lightness() < 128


def pick(colors: tuple[str, str], widget: QWidget) -> str:
    return colors[1] if is_dark(widget) else colors[0]


# A focus ring where the style draws none that one can see (multi-line fields, the default
# button): the palette's highlight colour, so it suits light and dark alike.
FOCUS_RING = "QPlainTextEdit:focus { border: 2px solid palette(highlight); border-radius: 2px; }"
# A flat button (the status bar's) draws no focus of its own: a frame the colour of the
# background that turns to the highlight with the focus, so Tab shows where it is.
FLAT_FOCUS_RING = (
    "QPushButton { border: 1px solid transparent; border-radius: 3px; padding: 1px 6px; }"
    " QPushButton:focus { border-color: palette(highlight); }"
)
BUTTON_FOCUS_RING = (  # one frame in both states, so focus changes no size, only the colour
    "QPushButton { border: 2px solid palette(mid); border-radius: 4px; padding: 4px 12px;"
    " background: palette(button); color: palette(button-text); }"
    " QPushButton:focus { border-color: palette(highlight); }"
)


class _PaletteWatch(QObject):
    def __init__(self, widget: QWidget, recolour: Callable[[], None]) -> None:
        super().__init__(widget)
        self._recolour = recolour

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        from PySide6.QtCore import QEvent  # see follow_palette

        if event.type() == QEvent.Type.PaletteChange:  # light ⇄ dark
            self._recolour()
        return False


def follow_palette(widget: QWidget, recolour: Callable[[], None]) -> None:
    """Call `recolour` whenever `widget`'s palette changes: the desktop switched between
    light and dark. A filter, which callers put on once the widget is on screen (or has a
    colour of its own to follow), rather than an override of changeEvent: that would be
    handed events while the window is built, and the first event handed to Python code
    costs the start-up ~4 ms of PySide6 type set-up."""
    widget.installEventFilter(_PaletteWatch(widget, recolour))
