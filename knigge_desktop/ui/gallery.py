"""The template gallery: search (title, "when" line, keywords), filter by kind and tone,
templates grouped by the user's situation or by kind, the ones that fit a received message
first, and choose a template."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import Template, TemplateError
from knigge_desktop.core.vocabulary import KIND_LABELS, SITUATION_LABELS, TONE_LABELS
from knigge_desktop.services.core_text import translated
from knigge_desktop.ui.field_form import as_plain, plain_tooltip
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.list_search import ListSearch
from knigge_desktop.ui.menu_keys import menu_keys_first
from knigge_desktop.ui.theme import ERROR_TEXT, pick

# Qt.ItemDataRole.UserRole. The start-up path leaves the Qt namespace alone: its first use
# builds ~100 enum types (about 20 ms, see benchmarks/bench_startup.py).
_ID_ROLE = 256
FILTER_WIDTH = 120  # "Kontaktanfrage", "Sie und du" stay readable
GROUP_BY_SITUATION = "situation"
GROUP_BY_KIND = "kind"


def gallery_order(template: Template) -> tuple[int, int, str]:
    """The order of the work: first contact, request, follow-up, decline, reply."""
    return (
        list(KIND_LABELS).index(template.kind),
        list(TONE_LABELS).index(template.tone),
        template.title,
    )


def pair_order(template: Template) -> tuple[int, str, int]:
    """Within a group: by kind, and the Sie and du forms of one template side by side."""
    stem = re.sub(r"\s*\((?:Sie|du)\)\s*$", "", template.title)
    return list(KIND_LABELS).index(template.kind), stem, list(TONE_LABELS).index(template.tone)


def group_key(template: Template, group_by: str) -> tuple[int, str]:
    """The group a template is listed under: its position among the groups and the label."""
    if group_by == GROUP_BY_KIND:
        return list(KIND_LABELS).index(template.kind), KIND_LABELS[template.kind]
    situation = template.situation_or_default
    return list(SITUATION_LABELS).index(situation), SITUATION_LABELS[situation]


SEARCH_MAX_CHARS = 200


def search_text(template: Template) -> str:
    """What the search looks through: title, "when" line, keywords, id, and the names of
    its situation and kind in German and in the window's language."""
    situation = SITUATION_LABELS[template.situation_or_default]
    kind = KIND_LABELS[template.kind]
    words = [template.title, template.when, *template.keywords, template.id]
    words += [situation, vocabulary(situation), kind, vocabulary(kind)]
    return " ".join(words).casefold()


def search_rank(template: Template, words: Sequence[str]) -> int:
    """How well a template fits the search words (already casefolded): a word that begins a
    word of the title counts most, then one inside the title, then a keyword it begins."""
    title = template.title.casefold()
    keywords = [k.casefold() for k in template.keywords]
    rank = 0
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}", title):
            rank += 3
        elif word in title:
            rank += 2
        if any(k.startswith(word) for k in keywords):
            rank += 1
    return rank


class TemplateGallery(QWidget):
    template_chosen = Signal(str)  # template id: start a new draft from it
    template_highlighted = Signal(str)  # template id: the user looks at it

    def __init__(
        self,
        templates: list[Template],
        errors: list[TemplateError] | None = None,
        parent: QWidget | None = None,
        *,
        first_paint_pending: bool = False,
    ) -> None:
        """`first_paint_pending`: the window has not painted yet; what its first picture
        does not show waits for `after_first_paint()` (see there)."""
        super().__init__(parent)
        self._templates = sorted(templates, key=gallery_order)
        self._painted = not first_paint_pending
        self._shipped = resource_dir("templates")  # any other folder holds own templates
        self._suggested: list[str] = []  # ids that fit a received message, shown first
        self._one_highlight = False  # a search is refilling the list (_search_changed)
        # The open draft's template: listed whatever the kind and tone filters say, so the
        # highlight can rest on it without changing the filters the user chose.
        self._open_id: str | None = None

        heading = QLabel(self.tr("<b>Vorlagen</b>"))
        self.search = ListSearch(placeholderText=self.tr("Vorlagen durchsuchen …"))
        menu_keys_first(self.search)  # Ctrl+E edits the template, it is not "end of line"
        self.search.setAccessibleName(self.tr("Vorlagen durchsuchen"))
        # A search is a few words; a pasted page would be ranked word by word against every
        # template (32,000 characters took most of a second per keystroke).
        self.search.setMaxLength(SEARCH_MAX_CHARS)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Nach Art filtern"))
        self._fill_kinds()
        self.tone_filter = QComboBox()
        self.tone_filter.setAccessibleName(self.tr("Nach Ton filtern"))
        self.tone_filter.addItem(self.tr("Sie und du"), "")
        for tone, label in TONE_LABELS.items():
            self.tone_filter.addItem(vocabulary(label), tone.value)
        self.group_by = QComboBox()
        self.group_by.setAccessibleName(self.tr("Vorlagen gruppieren"))
        self.group_by.setToolTip(self.tr("Vorlagen nach Ihrer Situation oder nach Art ordnen"))
        self.group_by.addItem(self.tr("Nach Situation"), GROUP_BY_SITUATION)
        self.group_by.addItem(self.tr("Nach Art"), GROUP_BY_KIND)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Vorlagen"))
        self.list.setWordWrap(True)
        self.search.steer(self.list)  # Up/Down in the search choose, Enter takes the chosen
        self.when = QLabel(wordWrap=True)
        self.use_button = QPushButton(self.tr("Vorlage ver&wenden"))
        self.use_button.setToolTip(
            self.tr("Neuen Entwurf aus dieser Vorlage beginnen (Eingabetaste)")
        )

        filters = self._filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for combo in self._combos():
            combo.setMinimumWidth(FILTER_WIDTH)
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
        layout.addWidget(self.problems)
        self._show_problems(errors or [])

        self.search.textChanged.connect(self._search_changed)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.tone_filter.currentIndexChanged.connect(self._filters_changed)
        self.group_by.currentIndexChanged.connect(self._refill)
        self.list.currentItemChanged.connect(self._show_when)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.use_button.clicked.connect(self._choose)
        self.search.returnPressed.connect(self._choose)  # the selected one: best match or chosen
        self._refill()
        if self._painted:
            self.after_first_paint()

    def after_first_paint(self) -> None:
        """What the first picture does not need, done once the window is on screen: the
        search's clear button (hidden while the search is empty; its icon costs ~5 ms) and
        the headings' flags (any item flag builds the Qt namespace's ~100 enum types,
        ~20 ms). Until then the headings look the same, only they could still be selected."""
        self._painted = True
        self.search.setClearButtonEnabled(True)
        for index in range(self.list.count()):
            item = self.list.item(index)
            if not item.data(_ID_ROLE):
                self._unselectable(item)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        # Side by side while all three fit; one above the other in a narrow pane.
        count = len(self._combos())
        side_by_side = (
            event.size().width() >= count * FILTER_WIDTH + (count - 1) * self._filters.spacing()
        )
        self._filters.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def set_templates(self, templates: list[Template], errors: list[TemplateError]) -> None:
        """After own templates were saved, imported or deleted."""
        self._templates = sorted(templates, key=gallery_order)
        known = {t.id for t in self._templates}
        self._suggested = [i for i in self._suggested if i in known]  # a deleted one goes
        self.kind_filter.blockSignals(True)
        self._fill_kinds()
        self.kind_filter.blockSignals(False)
        self._show_problems(errors)
        self._refill()

    def set_suggested(self, template_ids: Sequence[str]) -> None:
        """Show these templates first, in this order, in a group of their own ("fits the
        received message"), and select the first; an empty sequence removes the group.
        Unknown ids are left out. The search still narrows them; the kind and tone filters
        do not, for they were chosen for the message the user received."""
        known = {t.id for t in self._templates}
        self._suggested = list(dict.fromkeys(i for i in template_ids if i in known))
        self._refill()
        first = next((i for i in self._suggested if i in self.visible_ids()), None)
        if first is not None:
            self.select(first)

    def suggested_ids(self) -> list[str]:
        return list(self._suggested)

    def grouping(self) -> str:
        """How the list is grouped: GROUP_BY_SITUATION or GROUP_BY_KIND (kept in settings)."""
        return str(self.group_by.currentData())

    def show_grouping(self, group_by: str) -> None:
        """Group as the user last did; an unknown value groups by situation."""
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(group_by)))

    def show_tone(self, tone: str) -> None:
        """Filter by the user's usual tone ("" shows both)."""
        self.tone_filter.setCurrentIndex(max(0, self.tone_filter.findData(tone)))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return (item.data(_ID_ROLE) or None) if item else None

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
        if errors and not self.problems.styleSheet():
            # Coloured once there is something to show: a style sheet on the hidden label
            # would cost every start ~2 ms.
            self.problems.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")
        lines = [
            self.tr("{file}, Zeile {line}: {message}").format(
                file=e.path, line=e.line, message=translated(e.message)
            )
            for e in errors
        ]
        # The messages quote the files, which may hold anything: shown as plain text.
        self.problems.setText(as_plain(self.tr("Nicht geladen:\n") + "\n".join(lines)))
        self.problems.setVisible(bool(errors))

    def focus_chain(self) -> list[QWidget]:
        """The gallery's widgets in the order Tab should visit them."""
        return [self.search, *self._combos(), self.list, self.use_button]

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.kind_filter, self.tone_filter, self.group_by)

    def visible_ids(self) -> list[str]:
        """The templates listed, top to bottom (group headings are no templates)."""
        ids = (self.list.item(i).data(_ID_ROLE) for i in range(self.list.count()))
        return [i for i in ids if i]

    def group_titles(self) -> list[str]:
        """The headings in the list, top to bottom."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if not item.data(_ID_ROLE)]

    def select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_ID_ROLE) == template_id:
                self.list.setCurrentRow(i)
                return

    def show_template(self, template_id: str) -> None:
        """Highlight the open draft's template. One the kind or tone filter hides is listed
        all the same, and the filters stay as the user chose them (a du reply leaves the
        usual "Sie" filter alone), for the highlight must never rest on another template,
        where Enter would start that one; hidden by the search, nothing is highlighted."""
        previous, self._open_id = self._open_id, template_id
        listed = self.visible_ids()
        # The draft before was listed only for being open: it goes back under the filters.
        before = self._by_id(previous) if previous in listed else None
        left_over = before is not None and not self._passes(before)
        hidden = template_id not in listed and self._by_id(template_id) is not None
        if left_over or hidden:
            # Quietly: the list refills in between, and each passing highlight would be
            # taken as the user looking at that template.
            self.list.blockSignals(True)
            try:
                self._refill()
            finally:
                self.list.blockSignals(False)
        self.select(template_id)
        if self.current_id() != template_id:
            self.list.setCurrentRow(-1)

    def _matches_search(self, template: Template) -> bool:
        haystack = search_text(template)
        return all(word in haystack for word in self.search.text().casefold().split())

    def _filters_changed(self) -> None:
        """The user (or the usual tone in the settings) chose a filter: it holds for every
        template, the open one too, so an untouched draft follows it to a listed one."""
        self._open_id = None
        self._refill()

    def _passes(self, template: Template) -> bool:
        """Whether the kind and tone filters let this template through."""
        kind, tone = self.kind_filter.currentData(), self.tone_filter.currentData()
        return (not kind or template.kind.value == kind) and (
            not tone or template.tone.value == tone
        )

    def _matches(self, template: Template) -> bool:
        listed = template.id == self._open_id or self._passes(template)
        return listed and self._matches_search(template)

    def _groups(self) -> list[tuple[str, list[Template]]]:
        """(heading, templates) in the order shown; the suggested group first."""
        by_id = {t.id: t for t in self._templates}
        suggested = [by_id[i] for i in self._suggested if self._matches_search(by_id[i])]
        groups: list[tuple[str, list[Template]]] = []
        if suggested:
            groups.append((self.tr("Passt zur erhaltenen Nachricht"), suggested))
        group_by = self.group_by.currentData() or GROUP_BY_SITUATION
        rest = [t for t in self._templates if t.id not in self._suggested and self._matches(t)]
        keyed: dict[tuple[int, str], list[Template]] = {}
        for template in sorted(rest, key=pair_order):
            keyed.setdefault(group_key(template, group_by), []).append(template)
        groups += [(vocabulary(label), items) for (_, label), items in sorted(keyed.items())]
        return groups

    def _search_changed(self) -> None:
        """Refill, and select the best match: Enter in the search takes it. The entries
        selected on the way (the kept one, the first) are no highlight: one keystroke
        shows one template, not three."""
        self._one_highlight = True
        try:
            self._refill()
            words = self.search.text().casefold().split()
            shown = [t for t in map(self._by_id, self.visible_ids()) if t is not None]
            if words and shown:
                best = max(shown, key=lambda t: search_rank(t, words))  # the first of equals
                self.select(best.id)
        finally:
            self._one_highlight = False
        if self.list.currentItem() is not None:  # else the list says that nothing matches
            self._show_when(self.list.currentItem())

    def _heading(self, text: str) -> QListWidgetItem:
        """A group's heading: bold, neither selectable nor reachable by the arrow keys."""
        item = QListWidgetItem(text)
        if self._painted:
            self._unselectable(item)
        item.setForeground(self.list.palette().text())  # readable, not greyed as disabled
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    @staticmethod
    def _unselectable(item: QListWidgetItem) -> None:
        flags = item.flags()
        item.setFlags(flags & ~flags)  # no flags at all

    def _entry(self, template: Template) -> QListWidgetItem:
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
        return item

    def _refill(self) -> None:
        keep = self.current_id()
        self.list.clear()
        for heading, templates in self._groups():
            self.list.addItem(self._heading(heading))
            for template in templates:
                self.list.addItem(self._entry(template))
        if keep:
            self.select(keep)
        shown = self.visible_ids()
        if self.current_id() is None and shown:
            self.select(shown[0])
        self.use_button.setEnabled(bool(shown))
        if not shown:
            self.when.setText(self.tr("Keine Vorlage passt zu Suche und Filter."))

    def _show_when(self, item: QListWidgetItem | None) -> None:
        if self._one_highlight:
            return  # a search is refilling: it shows the entry it ends on
        template = self._by_id(item.data(_ID_ROLE)) if item and item.data(_ID_ROLE) else None
        self.when.setText(as_plain(template.when) if template else "")  # from the file
        if template is not None:
            self.template_highlighted.emit(template.id)

    def _by_id(self, template_id: str) -> Template | None:
        return next((t for t in self._templates if t.id == template_id), None)

    def _choose(self) -> None:
        template_id = self.current_id()
        if template_id is not None:
            self.template_chosen.emit(template_id)
