"""The form built from a template's fields. It reports changes; it decides nothing."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.templates import Field, FieldType, FieldValue, Template
from knigge_desktop.ui.long_lines import PasteBox
from knigge_desktop.ui.menu_keys import menu_keys_first
from knigge_desktop.ui.mnemonics import LEFT_OUT
from knigge_desktop.ui.rich_text import escape
from knigge_desktop.ui.theme import ERROR_TEXT, FOCUS_RING, pick

_ISO = "yyyy-MM-dd"  # as a format string: the Qt namespace stays off the start-up path


class _DateInput(QWidget):
    """A date that may stay empty: the box in front switches the date on.

    The box is ticked exactly when the draft has a date, so what the form shows is what the
    text says. A required date starts unticked too: showing today's date there while the
    draft has none would claim a date the text does not contain (the copy check names it)."""

    changed = Signal()

    def __init__(self) -> None:
        # Imported here: only some templates have a date, and the date edit's classes cost
        # a start-up ~1 ms of PySide6 type set-up.
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit

        super().__init__()
        self.enabled = QCheckBox()
        self.enabled.setToolTip(self.tr("Datum angeben"))
        self.enabled.setAccessibleName(self.tr("Datum angeben"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.enabled)

    def value(self) -> str:
        return self.edit.date().toString(_ISO) if self.enabled.isChecked() else ""

    def set_value(self, value: str) -> None:
        from PySide6.QtCore import QDate  # see __init__

        date = QDate.fromString(value, _ISO) if value else QDate()
        for widget in (self.enabled, self.edit):
            widget.blockSignals(True)
        try:
            self.enabled.setChecked(date.isValid())
            self.edit.setEnabled(date.isValid())
            if date.isValid():
                self.edit.setDate(date)
        finally:
            for widget in (self.enabled, self.edit):
                widget.blockSignals(False)


MIN_INPUT_WIDTH = 120  # px: narrower, one no longer sees what one types
BESIDE_INPUT_WIDTH = 200  # px an input needs to stand beside its label; less: label on top
WRAP_LABELS_BEYOND = 260  # px: on top of its input, a longer label wraps (the pane's minimum)


def as_plain(text: str) -> str:
    """What to give a label or tooltip so that it shows `text` exactly as written. Qt takes
    text with a tag ("<h1>", "<img …>") for HTML; such text is escaped inside a <span>.
    (Not setTextFormat(Qt.TextFormat.PlainText): the Qt namespace costs ~20 ms at start-up.)"""
    if "<" not in text:
        return text  # without a tag Qt shows it as plain text anyway
    return "<span>" + escape(text).replace("\n", "<br>") + "</span>"


def plain_label(text: str) -> QLabel:
    """A label that shows `text` exactly as written."""
    return QLabel(as_plain(text), wordWrap=True)


def plain_tooltip(text: str) -> str:
    return as_plain(text)


class FieldLabel(QLabel):
    """A field's label that, wrapped above its input, asks for the room the form has (at
    most its width on one line) and the height that takes. QLabel's own guess for wrapped
    rich text is a column of two words per line, and QFormLayout gives a label the width
    it asks for."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.one_line_width = 0
        self.room = 0  # the form's width for a label above its input; set on each resize

    def sizeHint(self) -> QSize:  # Qt's name
        if not self.wordWrap() or not self.room:
            return super().sizeHint()
        width = max(1, min(self.one_line_width, self.room))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # Qt's name: wrapped, any width down to a word
        return super().minimumSizeHint() if not self.wordWrap() else QSize(0, 0)


class FieldForm(QWidget):
    """Labels stand beside their inputs while the pane is wide enough for the longest label
    on one line and a comfortable input; in a narrower pane each label goes above its input
    and wraps there. (A wrapped label beside an input is clipped: QFormLayout gives the row
    only the input's height.)"""

    value_changed = Signal(str, object)  # field name, new value (str or bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self._layout = QFormLayout()
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self._layout)
        outer.addStretch(1)  # rows start at the top, however tall the pane
        self._inputs: dict[str, QWidget] = {}
        self._hidden: set[str] = set()  # made but not shown (Composer.hidden_fields)
        self._fields: dict[str, Field] = {}
        self._labels: list[FieldLabel] = []
        self._label_widths: list[int] = []  # each label's width on one line
        self._label_width = 0  # the longest of them

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        self._fit_rows(event.size().width())
        super().resizeEvent(event)

    def _fit_rows(self, width: int) -> None:
        outer = self.layout()
        assert outer is not None  # set in __init__
        margins = outer.contentsMargins()
        room = width - margins.left() - margins.right() - self._layout.horizontalSpacing()
        beside = room - self._label_width >= BESIDE_INPUT_WIDTH
        policy = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if beside
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        for label in self._labels:  # never wider than the form, so this cannot widen it
            if label.room != room:
                label.room = room
                label.updateGeometry()
        if self._layout.rowWrapPolicy() == policy:
            return
        self._layout.setRowWrapPolicy(policy)
        # Decided once per switch, never from the width itself: a label that wraps changes
        # the form's minimum width, and deciding again on each resize would go round.
        for label, one_line in zip(self._labels, self._label_widths, strict=True):
            label.setWordWrap(not beside and one_line > WRAP_LABELS_BEYOND)

    def build(
        self,
        template: Template,
        values: dict[str, FieldValue],
        hidden: Collection[str] = (),
    ) -> None:
        """The template's fields, each with its value; those named in `hidden` are made
        but not shown (their values stay the draft's)."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._inputs.clear()
        self._labels.clear()
        self._hidden.clear()
        self._fields = {f.name: f for f in template.fields}
        # Titles, labels and help come from template files, which anyone may have written:
        # they are shown as plain text, never as HTML (an imported label once showed a
        # heading 200 px tall and a local image).
        heading = plain_label(template.title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._layout.addRow(heading)
        if not template.fields:
            self._layout.addRow(QLabel(self.tr("Diese Vorlage hat keine Felder."), wordWrap=True))
        for field in template.fields:
            widget = self._make_input(field)
            widget.setObjectName(f"field_{field.name}")
            required = self.tr("{label} (Pflichtfeld)").format(label=field.label)
            widget.setAccessibleName(required if field.required else field.label)
            if field.help:
                widget.setToolTip(plain_tooltip(field.help))
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setPlaceholderText(field.help)
            self._inputs[field.name] = widget
            self.set_value(field.name, values.get(field.name, field.default))
            if field.required:
                star = f"<span style='color:{pick(ERROR_TEXT, self)}'>*</span>"
                # Rich text for the star, so the label itself is escaped.
                label = FieldLabel(f"{escape(' '.join(field.label.split()))} {star}")
            else:
                label = FieldLabel(as_plain(field.label))
            label.setBuddy(widget)
            self._labels.append(label)
            self._layout.addRow(label, widget)
            if field.name in hidden:
                self._layout.setRowVisible(widget, False)
                widget.setProperty(LEFT_OUT, True)  # no Alt letter for its label
                self._hidden.add(field.name)
        # One line each to start with (plain_label wraps): measured on one line, and beside
        # its input a label must not wrap, for the row would clip it; _fit_rows wraps them
        # once they go above their inputs.
        for label in self._labels:
            label.setWordWrap(False)
        self._label_widths = [label.sizeHint().width() for label in self._labels]
        for label, one_line in zip(self._labels, self._label_widths, strict=True):
            label.one_line_width = one_line
        self._label_width = max(self._label_widths, default=0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._fit_rows(self.width())
        if any(f.required for f in template.fields):
            star = f"<span style='color:{pick(ERROR_TEXT, self)}'>*</span>"
            note = QLabel(self.tr("{star} Pflichtfeld").format(star=star))
            self._layout.addRow(note)

    def inputs(self) -> list[QWidget]:
        """The inputs shown, in form order, for the tab chain."""
        return [w for name, w in self._inputs.items() if name not in self._hidden]

    def input(self, name: str) -> QWidget:
        return self._inputs[name]

    def set_value(self, name: str, value: FieldValue) -> None:
        """Show a value without reporting it back as a change."""
        widget = self._inputs[name]
        widget.blockSignals(True)
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, _DateInput):
                widget.set_value(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
                if not widget.hasFocus():  # a value longer than the box shows its start
                    widget.setCursorPosition(0)
        finally:
            widget.blockSignals(False)

    def _make_input(self, field: Field) -> QWidget:
        widget = self._new_input(field)
        if not isinstance(widget, QCheckBox):
            widget.setMinimumWidth(MIN_INPUT_WIDTH)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            menu_keys_first(widget)
        return widget

    def _new_input(self, field: Field) -> QWidget:
        name = field.name
        if field.type is FieldType.BOOL:
            box = QCheckBox(self.tr("einfügen"))
            box.toggled.connect(lambda on: self.value_changed.emit(name, bool(on)))
            return box
        if field.type is FieldType.CHOICE:
            combo = QComboBox()
            for choice in field.choices:
                combo.addItem(choice.label, choice.value)
            combo.currentIndexChanged.connect(
                lambda _i: self.value_changed.emit(name, combo.currentData())
            )
            return combo
        if field.type is FieldType.MULTILINE:
            # A PasteBox stops wrapping while a line is far too long (a pasted word of
            # 150,000 characters held the window for seconds in Qt's wrapping).
            edit = PasteBox()
            edit.setTabChangesFocus(True)
            edit.setStyleSheet(FOCUS_RING)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            edit.textChanged.connect(lambda: self.value_changed.emit(name, edit.toPlainText()))
            return edit
        if field.type is FieldType.DATE:
            date = _DateInput()
            date.changed.connect(lambda: self.value_changed.emit(name, date.value()))
            return date
        line = QLineEdit()
        line.textChanged.connect(lambda text: self.value_changed.emit(name, text))
        return line
