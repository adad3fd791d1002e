"""Text boxes that hold what others wrote: a pasted message may be one line of a megabyte
(HTML from a browser, a log, a run of spaces), and Qt's word wrap lays such a line out in
seconds to minutes (100,000 characters: about 1 s; 100,000 spaces: no end), while without
wrapping it takes milliseconds. So a box wraps as usual, and stops wrapping while its text
has a line far longer than any sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

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
    # Qt's own setPlainText: a PasteBox's decides for itself and would come back here.
    replace_fitting_wrap(box, text, lambda: QPlainTextEdit.setPlainText(box, text))


class PasteBox(QPlainTextEdit):
    """A QPlainTextEdit that decides on wrapping around a paste and whenever its text is
    set, and wraps again once the long line has been edited away. `wrapping_changed`
    says when it stops or starts wrapping (for a note that says why)."""

    wrapping_changed = Signal(bool)  # True: wraps at the width again

    def __init__(self, parent: QWidget | None = None, *, readOnly: bool = False) -> None:
        super().__init__(parent)
        self.setReadOnly(readOnly)
        self._deciding = False  # within replace(): the text seen meanwhile is not the last
        self.textChanged.connect(self._wrap_when_short)
        if not self.WATCH_LATER:
            self.watch_changes()

    # The message editor watches from its first paint on (document() is PySide6 type set-up
    # the first picture can do without); its text then came through setPlainText.
    WATCH_LATER = False

    def watch_changes(self) -> None:
        """Catch a long line that comes in by any other way (undo, drag and drop, a cursor):
        Qt says `contentsChange` before it lays the change out, so wrapping stops in time."""
        self.document().contentsChange.connect(self._stop_wrap_for_long_line)

    def _stop_wrap_for_long_line(self, position: int, _removed: int, added: int) -> None:
        if added <= LONG_LINE or not self.wraps() or self._deciding:
            return
        block = self.document().findBlock(position)
        while block.isValid() and block.position() <= position + added:
            if block.length() > LONG_LINE:
                self.setLineWrapMode(_NO_WRAP)
                return
            block = block.next()

    def replace(self, new_text: str, replace: Callable[[], None]) -> None:
        """`replace_fitting_wrap` on this box: for a change made with a cursor."""
        self._deciding = True
        try:
            replace_fitting_wrap(self, new_text, replace)
        finally:
            self._deciding = False

    def setPlainText(self, text: str) -> None:  # Qt's name: every caller is covered
        self.replace(text, lambda: QPlainTextEdit.setPlainText(self, text))

    def setLineWrapMode(self, mode: QPlainTextEdit.LineWrapMode) -> None:  # Qt's name
        if mode != self.lineWrapMode():
            super().setLineWrapMode(mode)
            self.wrapping_changed.emit(mode == _WRAP)

    def wraps(self) -> bool:
        return self.lineWrapMode() == _WRAP

    def _wrap_when_short(self) -> None:
        # Only while not wrapping: then the text has a line of 2,000 characters at least,
        # and a keystroke's look at the whole text costs little beside that.
        if self._deciding or self.wraps():
            return
        if longest_line(self.toPlainText()) <= LONG_LINE:
            self.setLineWrapMode(_WRAP)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt's name
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        # The text as it will be: the paste replaces the selection. (Positions count
        # UTF-16 units, Python characters: close enough to judge line lengths.)
        cursor, current = self.textCursor(), self.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        after = current[:start] + source.text() + current[end:]
        self.replace(after, lambda: super(PasteBox, self).insertFromMimeData(source))

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
