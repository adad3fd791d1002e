"""A mnemonic (Alt and a letter) for every button and labelled field, none twice.

The labels we write carry their own "&" (chosen by the translator for each language); what
has none – a field label from a template file, a label set at run time – gets the first
free letter here, preferring the start of a word, as KDE's accelerator manager does. The
letters of the window's menu bar are taken from the start: Alt+D opens "Datei".
tests/test_mnemonics.py walks every dialog and the window in German and English.

Alt and a letter is never typing: while its control is disabled (or no control has it) Qt
hands the key to the focused box, which would type the letter into the text (and make it
hand-edited) or jump to a list entry; `give_mnemonics` stops that in every box it sees."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# Boxes that take a letter: they type it, or search their entries with it.
_TAKES_LETTERS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
                  QAbstractItemView)  # fmt: skip


class _AltLettersTypeNothing(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers()
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            return False
        # Ctrl+Alt is AltGr on Windows ("@", "€"): typing, not a mnemonic.
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return False
        text = event.text()
        return bool(text) and text.isprintable() and not text.isspace()


_FILTER: _AltLettersTypeNothing | None = None


def alt_letters_type_nothing(box: QWidget) -> None:
    """Alt and a letter pressed in `box` is dropped when no enabled control took it. Not on
    macOS: there Option and a letter types characters ("@" on a German keyboard), and
    there are no mnemonics."""
    global _FILTER
    if sys.platform == "darwin":
        return
    if _FILTER is None:
        _FILTER = _AltLettersTypeNothing()
    box.installEventFilter(_FILTER)  # once: Qt replaces a filter installed again


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is an ampersand), casefolded; None if none."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at += 2
    return None


def _text_of(widget: QAbstractButton | QLabel) -> str:
    return widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""


# A widget property: the field is left out of its form on purpose (isHidden cannot tell:
# a row just added to a shown form is hidden too until the event loop shows it).
LEFT_OUT = "knigge_left_out"


def mnemonic_controls(root: QWidget) -> list[QAbstractButton | QLabel]:
    """The buttons with words and the labels that name a field, of `root`'s own window
    (not of a dialog it opened), shown or not. The status bar's buttons are left out: they
    show a state in words that change, and the menus reach what they do; so is a label
    whose field is hidden on purpose (a form row left out), which would waste a letter."""
    found: list[QAbstractButton | QLabel] = []
    status_bars = [b for b in root.findChildren(QStatusBar) if b.window() is root.window()]
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():
            continue
        if any(bar.isAncestorOf(widget) for bar in status_bars):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            found.append(widget)
        elif isinstance(widget, QLabel) and widget.text():
            buddy = widget.buddy()
            if buddy is not None and not buddy.property(LEFT_OUT):
                found.append(widget)
    return found


def menu_bar_letters(root: QWidget) -> set[str]:
    bars = [b for b in root.findChildren(QMenuBar) if b.window() is root.window()]
    return {
        letter
        for bar in bars
        for action in bar.actions()
        if (letter := mnemonic_of(action.text())) is not None
    }


def _candidates(text: str) -> list[int]:
    """Places a "&" could go in `text`: letters and digits outside HTML tags and entities,
    word starts first."""
    places: list[int] = []
    starts: list[int] = []
    in_tag = False
    at = 0
    previous = " "
    while at < len(text):
        char = text[at]
        if char == "<":
            in_tag = True
        elif char == ">" and in_tag:
            in_tag = False
        elif char == "&":  # an entity ("&amp;") or an ampersand ("&&"): never a letter
            end = text.find(";", at)
            at = end + 1 if end != -1 and text[at + 1 : end].isalnum() else at + 2
            previous = " "
            continue
        elif not in_tag and char.isalnum():
            (starts if not previous.isalnum() else places).append(at)
        previous = char if not in_tag else previous
        at += 1
    return starts + places


def give_mnemonics(root: QWidget) -> None:
    """Give each control of `root` without a mnemonic a free letter of its text: the
    earliest word start it can have, and where letters run short another one, moved
    along as a matching does, so that as many controls as possible get one. An Alt and a
    letter that no enabled control takes types nothing in `root`'s boxes."""
    for box in root.findChildren(QWidget):
        if isinstance(box, _TAKES_LETTERS) and box.window() is root.window():
            alt_letters_type_nothing(box)
    controls = mnemonic_controls(root)
    taken = menu_bar_letters(root)
    taken |= {m for c in controls if (m := mnemonic_of(_text_of(c))) is not None}
    wanting = [c for c in controls if mnemonic_of(_text_of(c)) is None]
    options = [
        [(at, letter) for at in _candidates(_text_of(c)) if (letter := _text_of(c)[at].casefold())
         not in taken]
        for c in wanting
    ]  # fmt: skip
    holder: dict[str, int] = {}  # letter -> index into `wanting`

    def place(index: int, seen: set[str]) -> bool:
        for _at, letter in options[index]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in holder or place(holder[letter], seen):
                holder[letter] = index
                return True
        return False

    for index in range(len(wanting)):
        place(index, set())
    for letter, index in holder.items():
        control = wanting[index]
        text = _text_of(control)
        at = next(at for at, candidate in options[index] if candidate == letter)
        control.setText(text[:at] + "&" + text[at:])
