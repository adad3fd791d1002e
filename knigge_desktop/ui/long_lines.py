"""Text boxes that hold what others wrote: a pasted message may be one line of a megabyte
(HTML from a browser, a log, a run of spaces), and Qt's word wrap lays such a line out in
seconds to minutes (100,000 characters: about 1 s; 100,000 spaces: no end), while without
wrapping it takes milliseconds. So a box wraps as usual, and stops wrapping while its text
has a line far longer than any sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit

LONG_LINE = 2_000  # characters: no paragraph of a message is this long
_WRAP = QPlainTextEdit.LineWrapMode.WidgetWidth
_NO_WRAP = QPlainTextEdit.LineWrapMode.NoWrap


def longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def replace_fitting_wrap(box: QPlainTextEdit, new_text: str, replace: Callable[[], None]) -> None:
    """Run `replace`, which puts `new_text` into the box, wrapping only if no line of it is
    too long. The order matters: wrapping stops before a long line comes in, and starts only
    after it has gone, for Qt lays the text out again at each switch."""
    wrap = longest_line(new_text) <= LONG_LINE
    if not wrap and box.lineWrapMode() != _NO_WRAP:
        box.setLineWrapMode(_NO_WRAP)
    replace()
    if wrap and box.lineWrapMode() != _WRAP:
        box.setLineWrapMode(_WRAP)


def set_text_fitting_wrap(box: QPlainTextEdit, text: str) -> None:
    replace_fitting_wrap(box, text, lambda: box.setPlainText(text))


class PasteBox(QPlainTextEdit):
    """A QPlainTextEdit that decides on wrapping around a paste."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt's name
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        # The text as it will be: the paste replaces the selection. (Positions count
        # UTF-16 units, Python characters: close enough to judge line lengths.)
        cursor, current = self.textCursor(), self.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        after = current[:start] + source.text() + current[end:]
        replace_fitting_wrap(self, after, lambda: super(PasteBox, self).insertFromMimeData(source))

    def set_text(self, text: str) -> None:
        set_text_fitting_wrap(self, text)
