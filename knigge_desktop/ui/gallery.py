"""The template gallery: search, filter by kind and tone, choose a template."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import Template, TemplateError
from knigge_desktop.core.vocabulary import KIND_LABELS, TONE_LABELS
from knigge_desktop.services.core_text import translated
from knigge_desktop.ui.field_form import as_plain, plain_tooltip
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.menu_keys import menu_keys_first
from knigge_desktop.ui.theme import ERROR_TEXT, pick

# Qt.ItemDataRole.UserRole. The start-up path leaves the Qt namespace alone: its first use
# builds ~100 enum types (about 20 ms, see benchmarks/bench_startup.py).
_ID_ROLE = 256


def gallery_order(template: Template) -> tuple[int, int, str]:
    """The order of the work: first contact, request, follow-up, decline, reply."""
    return (
        list(KIND_LABELS).index(template.kind),
        list(TONE_LABELS).index(template.tone),
        template.title,
    )


class TemplateGallery(QWidget):
    template_chosen = Signal(str)  # template id: start a new draft from it
    template_highlighted = Signal(str)  # template id: the user looks at it

    def __init__(
        self,
        templates: list[Template],
        errors: list[TemplateError] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = sorted(templates, key=gallery_order)
        self._shipped = resource_dir("templates")  # any other folder holds own templates

        heading = QLabel(self.tr("<b>Vorlagen</b>"))
        self.search = QLineEdit(placeholderText=self.tr("Vorlagen durchsuchen …"))
        self.search.setClearButtonEnabled(True)
        menu_keys_first(self.search)  # Ctrl+E edits the template, it is not "end of line"
        self.search.setAccessibleName(self.tr("Vorlagen durchsuchen"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Nach Art filtern"))
        self._fill_kinds()
        self.tone_filter = QComboBox()
        self.tone_filter.setAccessibleName(self.tr("Nach Ton filtern"))
        self.tone_filter.addItem(self.tr("Sie und du"), "")
        for tone, label in TONE_LABELS.items():
            self.tone_filter.addItem(vocabulary(label), tone.value)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Vorlagen"))
        self.list.setWordWrap(True)
        self.when = QLabel(wordWrap=True)
        self.use_button = QPushButton(self.tr("Vorlage verwenden"))
        self.use_button.setToolTip(
            self.tr("Neuen Entwurf aus dieser Vorlage beginnen (Eingabetaste)")
        )

        filters = self._filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for combo in (self.kind_filter, self.tone_filter):
            combo.setMinimumWidth(120)  # "Kontaktanfrage", "Sie und du" stay readable
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.when)
        layout.addWidget(self.use_button)
        self.problems = QLabel(wordWrap=True)
        self.problems.setObjectName("template_errors")
        self.problems.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")
        layout.addWidget(self.problems)
        self._show_problems(errors or [])

        self.search.textChanged.connect(self._refill)
        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.tone_filter.currentIndexChanged.connect(self._refill)
        self.list.currentItemChanged.connect(self._show_when)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.use_button.clicked.connect(self._choose)
        self.search.returnPressed.connect(self._choose)  # Enter takes the top match
        self._refill()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        # Side by side while both filters fit; one above the other in a narrow pane.
        side_by_side = event.size().width() >= 2 * 120 + self._filters.spacing()
        self._filters.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def set_templates(self, templates: list[Template], errors: list[TemplateError]) -> None:
        """After own templates were saved, imported or deleted."""
        self._templates = sorted(templates, key=gallery_order)
        self.kind_filter.blockSignals(True)
        self._fill_kinds()
        self.kind_filter.blockSignals(False)
        self._show_problems(errors)
        self._refill()

    def show_tone(self, tone: str) -> None:
        """Filter by the user's usual tone ("" shows both)."""
        self.tone_filter.setCurrentIndex(max(0, self.tone_filter.findData(tone)))

    def counterpart(self, template_id: str, tone: str) -> str:
        """The first template of the same kind in `tone`; the template itself if none."""
        template = self._by_id(template_id)
        if template is None or not tone or template.tone.value == tone:
            return template_id
        same_kind = (t for t in self._templates if t.kind is template.kind)
        return next((t.id for t in same_kind if t.tone.value == tone), template_id)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item else None

    def _fill_kinds(self) -> None:
        chosen = self.kind_filter.currentData()
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("Alle Arten"), "")
        kinds_present = {t.kind for t in self._templates}
        for kind, label in KIND_LABELS.items():
            if kind in kinds_present:
                self.kind_filter.addItem(vocabulary(label), kind.value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(chosen or "")))

    def _show_problems(self, errors: list[TemplateError]) -> None:
        lines = [f"{e.path}:{e.line}: {translated(e.message)}" for e in errors]
        # The messages quote the files, which may hold anything: shown as plain text.
        self.problems.setText(as_plain(self.tr("Nicht geladen:\n") + "\n".join(lines)))
        self.problems.setVisible(bool(errors))

    def focus_chain(self) -> list[QWidget]:
        """The gallery's widgets in the order Tab should visit them."""
        return [self.search, self.kind_filter, self.tone_filter, self.list, self.use_button]

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(_ID_ROLE) for i in range(self.list.count())]

    def select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_ID_ROLE) == template_id:
                self.list.setCurrentRow(i)
                return

    def _matches(self, template: Template) -> bool:
        kind, tone = self.kind_filter.currentData(), self.tone_filter.currentData()
        if kind and template.kind.value != kind:
            return False
        if tone and template.tone.value != tone:
            return False
        words = self.search.text().casefold().split()
        haystack = f"{template.title} {template.when} {template.id}".casefold()
        return all(word in haystack for word in words)

    def _refill(self) -> None:
        current = self.list.currentItem()
        keep = current.data(_ID_ROLE) if current else None
        self.list.clear()
        for template in self._templates:
            if self._matches(template):
                item = QListWidgetItem(template.title)
                item.setData(_ID_ROLE, template.id)
                item.setToolTip(plain_tooltip(template.when))
                if template.source.parent != self._shipped:
                    item.setText(self.tr("{title} (eigene)").format(title=template.title))
                    item.setToolTip(
                        plain_tooltip(
                            self.tr("Eigene Vorlage: {path}").format(path=template.source)
                            + "\n\n"
                            + template.when
                        )
                    )
                self.list.addItem(item)
        if keep:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.use_button.setEnabled(self.list.count() > 0)
        if not self.list.count():
            self.when.setText(self.tr("Keine Vorlage passt zu Suche und Filter."))

    def _show_when(self, item: QListWidgetItem | None) -> None:
        template = self._by_id(item.data(_ID_ROLE)) if item else None
        self.when.setText(as_plain(template.when) if template else "")  # from the file
        if template is not None:
            self.template_highlighted.emit(template.id)

    def _by_id(self, template_id: str) -> Template | None:
        return next((t for t in self._templates if t.id == template_id), None)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.template_chosen.emit(item.data(_ID_ROLE))
