"""Every choice in the form is read whole at the default window size (1280 × 760), in
German and in English: "Ohne Geschlecht (Vor- und Nachnan" was cut. The explanation of a
choice belongs in the field's tooltip, not in the choice. Measured with a 12 pt font, more
than most desktops use, so the labels fit with room to spare."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot
from test_english_window import _choose_english

from knigge_desktop.core.templates import FieldType
from knigge_desktop.ui.i18n import apply_language


@pytest.fixture
def large_font() -> Iterator[None]:
    before = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(12)
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


def _text_room(combo: QComboBox) -> int:
    """The width the combo's style leaves for the chosen entry's text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def _cut_choices(window, qtbot: QtBot) -> list[tuple[str, str, int, int]]:
    """(template, choice, its width, the room) of every choice that does not fit."""
    cut = []
    template = window.composer.template
    for field in template.fields:
        if field.type is not FieldType.CHOICE or field.name in window.composer.hidden_fields():
            continue  # a left-out field (the Anrede under "Hallo Anna,") shows nothing
        combo = window.form.input(field.name)
        qtbot.waitUntil(combo.isVisible)
        metrics = QFontMetrics(combo.font())
        for index in range(combo.count()):
            text, room = combo.itemText(index), _text_room(combo)
            if metrics.horizontalAdvance(text) > room:
                cut.append((template.id, text, metrics.horizontalAdvance(text), room))
    return cut


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_choice_of_every_template_fits_at_1280(
    window_factory, qtbot: QtBot, paths, language: str, large_font: None
) -> None:
    if language == "en":
        _choose_english(paths)
    try:
        window = window_factory()
        window.resize(1280, 760)
        qtbot.waitUntil(lambda: window.width() == 1280)
        cut = []
        for template in window.session.catalog.templates.items:
            window.session.start_from_template(template.id)
            cut += _cut_choices(window, qtbot)
        assert cut == [], "\n".join(map(str, cut))
    finally:
        apply_language("de")


def test_the_anrede_explains_itself_in_its_tooltip(window_factory, qtbot: QtBot) -> None:
    window = window_factory(new_template="first_contact_formal")
    combo = window.form.input("recipient_gender")
    assert "Vor- und Nachnamen" in combo.toolTip()
