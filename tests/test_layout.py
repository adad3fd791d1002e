"""The window at common sizes: no label clipped, no input too narrow to use, no button cut,
and the space goes to the work (fields and text). Screenshots land in /tmp for a look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

SIZES = [(900, 600), (1280, 800), (1920, 1080)]
USABLE_WIDTH = 120  # px: enough to see what one types
SHOTS = Path("/tmp/knigge_layout")


def _visible(window, kind):
    return [w for w in window.findChildren(kind) if w.isVisibleTo(window) and w.isVisible()]


def _clipped_labels(window) -> list[str]:
    clipped = []
    for label in _visible(window, QLabel):
        if not label.text() or label.parent() is window.statusBar():
            continue
        width, height = label.width(), label.height()
        if label.wordWrap():
            needed_height = label.heightForWidth(width)
            too_small = needed_height > height + 1
        else:
            hint = label.sizeHint()
            too_small = hint.width() > width + 1 or hint.height() > height + 1
        if too_small:
            clipped.append(f"{label.text()!r} {width}x{height}")
    return clipped


def _narrow_inputs(window) -> list[str]:
    narrow = []
    for kind in (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit):
        for widget in _visible(window, kind):
            if isinstance(widget.parent(), QComboBox | QDateEdit):
                continue  # the line edit inside a combo or date box
            if widget.width() < USABLE_WIDTH:
                narrow.append(f"{widget.objectName() or widget.accessibleName()} {widget.width()}")
    return narrow


def _cut_texts(window) -> list[str]:
    """Buttons and combo boxes narrower than their text."""
    cut = []
    for widget in [*_visible(window, QAbstractButton), *_visible(window, QComboBox)]:
        if isinstance(widget, QCheckBox) and not widget.text():
            continue
        if widget.width() + 1 < widget.sizeHint().width():
            name = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
            cut.append(f"{name!r} {widget.width()} < {widget.sizeHint().width()}")
    return cut


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("template", ["follow_up_formal", "first_contact_formal"])
def test_nothing_is_clipped_and_the_work_gets_the_space(
    qtbot: QtBot, window_factory, size, template
) -> None:
    window = window_factory(new_template=template)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{template}_{size[0]}x{size[1]}.png"))

    assert _clipped_labels(window) == []
    assert _narrow_inputs(window) == []
    # The grammar state may change its words just after the first paint (the server's
    # check runs then); the status bar lays out again in the next turn of the loop.
    qtbot.waitUntil(lambda: _cut_texts(window) == [], timeout=2000)
    window.copy_button.setFocus()  # the focus ring must not cut the text either
    qtbot.waitUntil(window.copy_button.hasFocus)
    assert _cut_texts(window) == []
    assert not window.form_scroll.horizontalScrollBar().isVisible(), "no sideways scrolling"
    gallery, form, text = window.splitter.sizes()
    assert form >= gallery and text >= gallery, "the template list gives way first"
    assert window.editor.height() >= window.findings.tree.height(), "the text comes first"


@pytest.mark.parametrize("template", ["follow_up_formal", "first_contact_formal"])
def test_the_english_window_fits_at_the_smallest_size(
    qtbot: QtBot, window_factory, paths, template
) -> None:
    from knigge_desktop.core.settings import Settings
    from knigge_desktop.ui.i18n import apply_language

    settings, _ = Settings.load(paths.settings_file)
    settings.set("language", "en")
    settings.save()
    try:
        window = window_factory(new_template=template)
        window.resize(900, 600)
        qtbot.waitUntil(lambda: window.size().width() == 900)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / f"{template}_en_900x600.png"))
        assert _clipped_labels(window) == []
        assert _narrow_inputs(window) == []
        assert _cut_texts(window) == []
    finally:
        apply_language("de")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_label_beside_its_input_never_wraps_in_any_template(
    qtbot: QtBot, window_factory, paths, language
) -> None:
    """A wrapped label beside its input is clipped: QFormLayout gives the row the input's
    height ("Shared contact (optional)" was cut to half lines on a real screen). So beside
    the inputs every label stays on one line; only above them may a long one wrap."""
    from PySide6.QtWidgets import QFormLayout

    from knigge_desktop.core.settings import Settings
    from knigge_desktop.ui.i18n import apply_language

    settings, _ = Settings.load(paths.settings_file)
    settings.set("language", language)
    settings.save()
    try:
        window = window_factory()
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.size().width() == 1280)
        wrapped = {}
        for template in window.catalog.templates.items:
            window.session.start_from_template(template.id)
            QApplication.processEvents()
            rows = window.form.findChild(QFormLayout)
            if rows.rowWrapPolicy() != QFormLayout.RowWrapPolicy.DontWrapRows:
                continue  # labels above their inputs: wrapping is how they fit
            field_labels = [w for w in window.form.findChildren(QLabel) if w.buddy() is not None]
            labels = [w.text() for w in field_labels if w.wordWrap()]
            if labels:
                wrapped[template.id] = labels
        assert wrapped == {}
    finally:
        apply_language("de")


def test_a_label_above_its_input_takes_the_width_of_the_form(qtbot: QtBot, window_factory) -> None:
    """Above their inputs, long labels wrap at the form's width, not in a column of two
    words a line ("Woher Sie sich kennen oder warum gerade diese Person *" took four lines
    of 89 px in a 400 px pane)."""
    from PySide6.QtWidgets import QFormLayout

    window = window_factory()
    window.resize(900, 600)
    window.session.start_from_template("contact_request_formal")
    qtbot.waitUntil(lambda: window.size().width() == 900)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], 330, sum(sizes) - sizes[0] - 330])  # a narrow form
    QApplication.processEvents()
    rows = window.form.findChild(QFormLayout)
    assert rows.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    label = next(
        w
        for w in window.form.findChildren(QLabel)
        if w.text().replace("&", "").startswith("Woher Sie sich")
    )
    assert label.wordWrap()
    assert label.width() >= window.form.width() * 0.7, (label.width(), window.form.width())
    assert label.width() <= window.form.width()
    assert label.heightForWidth(label.width()) <= label.height() + 1  # not clipped either
