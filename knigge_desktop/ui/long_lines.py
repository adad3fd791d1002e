"""Text boxes that hold what others wrote: a pasted message may be one line of a megabyte
(HTML from a browser, a log, a run of spaces), and Qt's word wrap lays such a line out in
seconds to minutes (100,000 characters: about 1 s; 100,000 spaces: no end), while without
wrapping it takes milliseconds. So a box wraps as usual, and stops wrapping while its text
has a line far longer than any sentence."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit

LONG_LINE = 2_000  # characters: no paragraph of a message is this long


def longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def fit_wrapping(box: QPlainTextEdit, text: str) -> None:
    """Wrap at the box's width, unless `text` has a line too long to lay out quickly."""
    mode = (
        QPlainTextEdit.LineWrapMode.NoWrap
        if longest_line(text) > LONG_LINE
        else QPlainTextEdit.LineWrapMode.WidgetWidth
    )
    if box.lineWrapMode() != mode:
        box.setLineWrapMode(mode)


class PasteBox(QPlainTextEdit):
    """A QPlainTextEdit that decides on wrapping before a paste is laid out."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt's name
        if source.hasText():
            # The text as it will be: the paste replaces the selection. (Positions count
            # UTF-16 units, Python characters: close enough to judge line lengths.)
            cursor, current = self.textCursor(), self.toPlainText()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            fit_wrapping(self, current[:start] + source.text() + current[end:])
        super().insertFromMimeData(source)

    def set_text(self, text: str) -> None:
        fit_wrapping(self, text)
        self.setPlainText(text)
