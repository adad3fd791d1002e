"""A name pasted with controls (C1 such as U+009B, the terminal's CSI; direction marks and
overrides; a line separator) gives a window title and a draft title without them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.core.composer import draft_title

CONTROLS = "\x1b\x7f\x00\x9b\x85\u202e\u202c\u2066\u2069\u200e\u200f\u061c\u2028\u2029"


def test_a_pasted_name_leaves_its_controls_out_of_the_window_title(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    window.session.start_from_template("first_contact_formal")
    field = window.form.input("recipient_last_name")
    QGuiApplication.clipboard().setText("Wag\x9b31m\u202ener\u200f\u2066\u2028")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    title = window.windowTitle()
    assert "Wag31mner" in title, ascii(title)
    assert not any(char in title for char in CONTROLS), ascii(title)
    assert not any(char in window.session.title for char in CONTROLS), ascii(window.session.title)


def test_the_automatic_title_keeps_no_controls() -> None:
    title = draft_title(f"Frau {CONTROLS}Wagner", "first_contact")
    assert title == "Frau Wagner – Erstkontakt", ascii(title)
    assert draft_title(CONTROLS, "first_contact") == "Ohne Empfänger – Erstkontakt"
