"""Vorlagen → Neue Vorlage / Duplizieren / Bearbeiten: title, kind, tone, platforms, the
fields and the body, with a live preview from the fields' examples. The text is checked by
the same loader the gallery uses; Speichern stays off until it passes."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.datafile import Invalid
from knigge_desktop.core.templates import Template, render
from knigge_desktop.core.templates.authoring import (
    FieldSpec,
    TemplateLibrary,
    TemplateSpec,
    slug,
    spec_to_toml,
    unique_id,
)
from knigge_desktop.core.templates.render import TOKEN
from knigge_desktop.core.vocabulary import (
    KIND_LABELS,
    PLATFORM_LABELS,
    QT_TRANSLATE_NOOP,
    TONE_LABELS,
)
from knigge_desktop.services.core_text import reason
from knigge_desktop.services.text_keeper import TextKeeper
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.long_lines import PasteBox
from knigge_desktop.ui.mnemonics import give_mnemonics
from knigge_desktop.ui.prompts import prompts_of
from knigge_desktop.ui.theme import ERROR_TEXT, pick

FIELD_TYPES = {
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "Text"),
    "multiline": QT_TRANSLATE_NOOP("TemplateEditor", "Mehrzeilig"),
    "choice": QT_TRANSLATE_NOOP("TemplateEditor", "Auswahl"),
    "date": QT_TRANSLATE_NOOP("TemplateEditor", "Datum"),
    "bool": QT_TRANSLATE_NOOP("TemplateEditor", "Ja/Nein"),
}
RECIPIENT_CHOICES = {
    "recipient": QT_TRANSLATE_NOOP("TemplateEditor", "per Sie"),
    "recipient_du": QT_TRANSLATE_NOOP("TemplateEditor", "per du"),
    "": QT_TRANSLATE_NOOP("TemplateEditor", "keine"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("TemplateEditor", "Im Text als"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Beschriftung"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Typ"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Pflicht"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Beispiel"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Auswahl (wert=Text; …)"),
)
SYNTAX_HELP = QT_TRANSLATE_NOOP(
    "TemplateEditor",
    "{feld} setzt einen Wert ein, {greeting} die Anrede; {#feld}…{/feld} erscheint nur, "
    "wenn das Feld ausgefüllt ist, {^feld}…{/feld} nur, wenn nicht.",
)


def choices_text(choices: list[tuple[str, str]]) -> str:
    return "; ".join(f"{value}={label}" for value, label in choices)


def parse_choices(text: str) -> list[tuple[str, str]]:
    pairs = []
    for part in text.split(";"):
        if part.strip():
            value, _, label = part.partition("=")
            pairs.append((value.strip(), (label or value).strip()))
    return pairs


class TemplateEditor(QDialog):
    """Edits one spec. `replaces` is the own template being edited (None: a new file)."""

    def __init__(
        self,
        spec: TemplateSpec,
        library: TemplateLibrary,
        taken: set[str],
        replaces: Template | None = None,
        parent: QWidget | None = None,
        keeper: TextKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorlage bearbeiten") if replaces else self.tr("Neue Vorlage"))
        self.resize(1180, 740)  # fits a 1280×800 screen
        self._library = library
        self._taken = taken - ({replaces.id} if replaces else set())
        self._replaces = replaces
        self._fixed_id = spec.id if replaces else ""  # an edited file keeps its id
        # Not edited here, kept as they were: where the gallery files the template.
        self._placing = (spec.situation, list(spec.answers), list(spec.keywords))
        self.saved: Template | None = None
        # The shipped groups' labels ("Anrede", "Ihr Name") in the window's language.
        app = QCoreApplication.instance()
        self._english = app is not None and app.property("knigge_language") == "en"
        self._dirty = False
        # Unsaved work kept as a template file's text, so a crash loses none of it;
        # removed when the template is saved or the changes are discarded.
        self._keeper = keeper
        self._text = ""
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)

        self.title = QLineEdit(spec.title)
        self.title.setAccessibleName(self.tr("Titel der Vorlage"))
        self.id_label = QLabel()
        self.id_label.setObjectName("template_id")
        self.kind = self._combo(self.tr("Art"), KIND_LABELS, spec.kind)
        self.tone = self._combo(self.tr("Anrede"), TONE_LABELS, spec.tone)
        self.platforms = {}
        platform_row = QHBoxLayout()
        for platform, label in PLATFORM_LABELS.items():
            box = QCheckBox(vocabulary(label))
            box.setChecked(platform.value in spec.platforms)
            self.platforms[platform.value] = box
            platform_row.addWidget(box)
        platform_row.addStretch(1)
        # Boxes of the file's text: an imported template may hold a line far too long.
        self.when = PasteBox()
        self.when.setPlainText(spec.when)
        self.when.setAccessibleName(self.tr("Wann passt die Vorlage"))
        self.when.setTabChangesFocus(True)
        self.when.setFixedHeight(self.when.fontMetrics().lineSpacing() * 3 + 12)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Felder für den Empfänger"))
        for value, label in RECIPIENT_CHOICES.items():
            self.recipient.addItem(self.tr(label), value)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(spec.recipient_group)))
        # Not `sender`: that would hide QObject.sender().
        self.sender_box = QCheckBox(self.tr("Ihr Name und Ihre Signatur"))
        self.sender_box.setChecked(spec.sender)
        self._greeting_style = spec.greeting_style

        head = QFormLayout()
        head.addRow(self.tr("&Titel:"), self.title)
        head.addRow(self.tr("Datei:"), self.id_label)
        head.addRow(self.tr("&Art:"), self.kind)
        head.addRow(self.tr("An&rede:"), self.tone)
        head.addRow(self.tr("Plattformen:"), platform_row)
        head.addRow(self.tr("&Wann passend:"), self.when)
        head.addRow(self.tr("&Empfänger-Felder:"), self.recipient)
        head.addRow(self.tr("Absender-Felder:"), self.sender_box)

        self.fields = QTableWidget(0, len(COLUMNS))
        self.fields.setAccessibleName(self.tr("Eigene Felder"))
        self.fields.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeaderItem(0).setToolTip(  # type: ignore[union-attr]  # set above
            self.tr("So steht das Feld im Text: {name}; nur Kleinbuchstaben, Ziffern und _.")
        )
        # The label first: it is what the user sees in the form; the name follows.
        self.fields.horizontalHeader().moveSection(1, 0)
        for item in spec.fields:
            self._add_row(item)
        self._size_columns()
        add = QPushButton(self.tr("Feld &hinzufügen"))
        remove = QPushButton(self.tr("Feld entfernen"))
        up, down = QPushButton(self.tr("Nach oben")), QPushButton(self.tr("Nach unten"))
        add.clicked.connect(lambda: self._add_row(FieldSpec(self._new_field_name(), "Neues Feld")))
        remove.clicked.connect(self._remove_row)
        up.clicked.connect(lambda: self._move_row(-1))
        down.clicked.connect(lambda: self._move_row(1))
        field_buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            field_buttons.addWidget(button)
        field_buttons.addStretch(1)

        self.body = PasteBox()
        self.body.setPlainText(spec.body)
        self.body.setAccessibleName(self.tr("Text der Vorlage"))
        self.body.setTabChangesFocus(True)
        self.names_hint = QLabel(wordWrap=True)
        self.names_hint.setObjectName("field_names")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(
            QLabel(self.tr("<b>Eigene Felder</b> (dazu kommen die gewählten Gruppen)"))
        )
        # Room for four rows before it scrolls.
        self.fields.setMinimumHeight(self.fields.horizontalHeader().sizeHint().height() + 4 * 30)
        left_layout.addWidget(self.fields, 1)
        left_layout.addLayout(field_buttons)
        body_label = QLabel(self.tr("<b>Te&xt</b>"))
        body_label.setBuddy(self.body)
        left_layout.addWidget(body_label)
        left_layout.addWidget(QLabel(self.tr(SYNTAX_HELP), wordWrap=True))
        left_layout.addWidget(self.body, 1)
        left_layout.addWidget(self.names_hint)

        self.preview = PasteBox(readOnly=True)
        self.preview.setAccessibleName(self.tr("Vorschau mit den Beispielwerten"))
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("template_status")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(self.tr("<b>Vorschau</b> (mit den Beispielwerten der Felder)"))
        )
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 420])  # the table's six columns need the room
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(
            self.tr("Als TOML-Datei in Ihrem Vorlagenordner speichern (Strg+S)")
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for signal in (
            self.title.textChanged, self.kind.currentIndexChanged, self.tone.currentIndexChanged,
            self.when.textChanged, self.recipient.currentIndexChanged, self.sender_box.toggled,
            self.fields.itemChanged, self.body.textChanged,
            *(box.toggled for box in self.platforms.values()),
        ):  # fmt: skip
            signal.connect(self._changed)
        self.refresh()
        self._dirty = False  # filling the widgets above is no change of the user's
        if keeper is not None:
            keeper.cancel()  # nor anything to keep
        give_mnemonics(self)  # a mnemonic for every button and labelled field

    # -- building the spec --------------------------------------------------------------

    def _combo(self, name: str, labels: dict[Any, str], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value, label in labels.items():
            combo.addItem(vocabulary(label), value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _add_row(self, item: FieldSpec) -> None:
        row = self.fields.rowCount()
        self.fields.blockSignals(True)
        self.fields.insertRow(row)
        self.fields.setItem(row, 0, QTableWidgetItem(item.name))
        self.fields.setItem(row, 1, QTableWidgetItem(item.label))
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Feldtyp"))
        for value, label in FIELD_TYPES.items():
            kind.addItem(self.tr(label), value)
        kind.setCurrentIndex(max(0, kind.findData(item.type)))
        kind.currentIndexChanged.connect(self._changed)
        self.fields.setCellWidget(row, 2, kind)
        required = QTableWidgetItem()
        required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        required.setCheckState(Qt.CheckState.Checked if item.required else Qt.CheckState.Unchecked)
        self.fields.setItem(row, 3, required)
        self.fields.setItem(row, 4, QTableWidgetItem(item.example))
        self.fields.setItem(row, 5, QTableWidgetItem(choices_text(item.choices)))
        # Kept as they were: what the table has no column for.
        self.fields.item(row, 0).setData(  # type: ignore[union-attr]  # set just above
            Qt.ItemDataRole.UserRole, (item.help, item.default, item.placeholder)
        )
        self.fields.blockSignals(False)
        self._changed()

    def _size_columns(self) -> None:
        """Every column as wide as its header and the widest type box ("Mehrzeilig")."""
        metrics = self.fields.horizontalHeader().fontMetrics()
        probe = QComboBox()
        for label in FIELD_TYPES.values():
            probe.addItem(self.tr(label))
        for column, least in enumerate((100, 150, probe.sizeHint().width(), 50, 140)):
            header = self.fields.horizontalHeaderItem(column).text()  # type: ignore[union-attr]  # labels set
            self.fields.setColumnWidth(column, max(least, metrics.horizontalAdvance(header) + 24))

    def _new_field_name(self) -> str:
        names = {self._cell(row, 0) for row in range(self.fields.rowCount())}
        return unique_id("feld", names)

    def _remove_row(self) -> None:
        row = self.fields.currentRow()
        if row >= 0:
            self.fields.removeRow(row)
            self._changed()

    def _move_row(self, step: int) -> None:
        row = self.fields.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.fields.rowCount():
            return
        specs = self._field_specs()
        specs.insert(target, specs.pop(row))
        self.fields.setRowCount(0)
        for item in specs:
            self._add_row(item)
        self.fields.setCurrentCell(target, 0)

    def _cell(self, row: int, column: int) -> str:
        item = self.fields.item(row, column)
        return item.text().strip() if item else ""

    def _field_specs(self) -> list[FieldSpec]:
        specs = []
        for row in range(self.fields.rowCount()):
            kind = self.fields.cellWidget(row, 2)
            first = self.fields.item(row, 0)
            help_text, default, placeholder = (
                first.data(Qt.ItemDataRole.UserRole) if first else None
            ) or ("", "", "")
            field_type = kind.currentData() if isinstance(kind, QComboBox) else "text"
            specs.append(
                FieldSpec(
                    name=self._cell(row, 0),
                    label=self._cell(row, 1),
                    type=field_type,
                    required=self.fields.item(row, 3).checkState()  # type: ignore[union-attr]  # every row has its items
                    == Qt.CheckState.Checked,
                    example=self._cell(row, 4),
                    help=help_text,
                    default=default if field_type != "choice" or default else "",
                    choices=parse_choices(self._cell(row, 5)) if field_type == "choice" else [],
                    placeholder=placeholder,
                )
            )
        return specs

    def spec(self) -> TemplateSpec:
        title = self.title.text().strip()
        template_id = self._fixed_id or unique_id(slug(title or "vorlage"), self._taken)
        return TemplateSpec(
            id=template_id,
            title=title,
            kind=self.kind.currentData(),
            tone=self.tone.currentData(),
            platforms=[value for value, box in self.platforms.items() if box.isChecked()],
            when=self.when.toPlainText().strip(),
            body=self.body.toPlainText(),
            greeting_style=self._greeting_style,
            recipient_group=self.recipient.currentData(),
            sender=self.sender_box.isChecked(),
            fields=self._field_specs(),
            situation=self._placing[0],
            answers=list(self._placing[1]),
            keywords=list(self._placing[2]),
        )

    # -- checking and preview -----------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()
        if self._keeper is not None:
            self._keeper.schedule(lambda: spec_to_toml(self.spec()))

    def mark_restored(self) -> None:
        """The spec is unsaved work of an earlier run: closing asks before it is dropped."""
        self._dirty = True

    def refresh(self) -> Template | None:
        """Check the current state and show the preview, or why it cannot be saved."""
        spec = self.spec()
        self.id_label.setText(self.tr("{file} im Vorlagenordner").format(file=f"{spec.id}.toml"))
        self._text = spec_to_toml(spec)
        problem = self._problem(spec)
        template = None
        if problem is None:
            try:
                template = self._library.check(self._text, spec.id)
            except Invalid as exc:
                problem = reason(exc)
        self._show_preview(template or self._preview_template(spec), spec, problem)
        if template is not None:
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("✓ Die Vorlage ist vollständig und kann gespeichert werden.")
            )
        else:
            self.status.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")
            self.status.setText(
                self.tr("Noch nicht speicherbar: {problem}").format(problem=problem)
            )
        self.save_button.setEnabled(template is not None)
        return template

    def _preview_template(self, spec: TemplateSpec) -> Template | None:
        """The template as far as it goes: what only the gallery needs (title, when,
        platforms, a free id) filled in for the preview, so text and fields still show."""
        stand_in = replace(
            spec,
            id=unique_id("vorschau", self._taken),
            title=spec.title or "…",
            when=spec.when or "…",
            platforms=spec.platforms or list(self.platforms),
        )
        try:
            return self._library.check(spec_to_toml(stand_in), stand_in.id)
        except Invalid:
            return None

    def _show_preview(
        self, template: Template | None, spec: TemplateSpec, problem: str | None
    ) -> None:
        """The text with the examples; if even that fails, the raw text with the field the
        problem names marked."""
        if template is not None:
            self.preview.setPlainText(render(template, template.example_values()))
            self.preview.setExtraSelections([])
            names = [self.tr("Begrüßung: {name}").format(name="{greeting}")]
            names += [
                f"{f.label_en if self._english and f.label_en else f.label}: {{{f.name}}}"
                for f in template.fields
            ]
            self.names_hint.setText(self.tr("Felder: {names}").format(names=" · ".join(names)))
            return
        self.preview.setPlainText(spec.body)
        marks = []
        named = set(re.findall(r"„([a-z_][a-z0-9_]*)“", problem or ""))
        for match in TOKEN.finditer(spec.body):
            if match.group(2) in named:
                mark = QTextEdit.ExtraSelection()
                mark.cursor = QTextCursor(self.preview.document())
                mark.cursor.setPosition(match.start())
                mark.cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
                mark.format.setBackground(QColor(pick(ERROR_TEXT, self)))
                mark.format.setForeground(QColor("white"))
                marks.append(mark)
        self.preview.setExtraSelections(marks)

    def _problem(self, spec: TemplateSpec) -> str | None:
        """What the loader would accept but a gallery entry needs."""
        if not spec.title:
            return self.tr("Die Vorlage braucht einen Titel.")
        if not spec.when:
            return self.tr("Sagen Sie unter „Wann passend“, wofür die Vorlage gedacht ist.")
        if not spec.platforms:
            return self.tr("Wählen Sie mindestens eine Plattform.")
        if spec.id in self._taken:
            return self.tr("Die ID „{id}“ gibt es schon.").format(id=spec.id)
        names = [f.name for f in spec.fields]
        if any(not name for name in names):
            return self.tr("Jedes Feld braucht einen Namen.")
        return None

    # -- closing ------------------------------------------------------------------------

    def _save(self) -> None:
        self._timer.stop()
        if self.refresh() is None:
            return
        try:
            self.saved = self._library.save(self._text, self._taken, replaces=self._replaces)
        except (Invalid, OSError) as exc:
            prompts_of(self).show_problem(self.tr("Vorlage nicht gespeichert"), reason(exc))
            return
        self._dirty = False
        if self._keeper is not None:
            self._keeper.clear()
        self.accept()

    def reject(self) -> None:
        if self._dirty and not self.confirm_discard():
            return
        if self._keeper is not None:
            self._keeper.clear()  # discarded on purpose (or nothing changed)
        super().reject()

    def confirm_discard(self) -> bool:
        return prompts_of(self).confirm(
            self.tr("Änderungen verwerfen?"),
            self.tr("Die Änderungen an der Vorlage gehen verloren."),
            self.tr("Verwerfen"),
            self.tr("Weiter bearbeiten"),
        )
