"""The draft list: newest first; open, rename, delete (with undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.drafts import SEARCH_LIMIT, DraftSummary
from knigge_desktop.core.vocabulary import kind_label
from knigge_desktop.services.drafts_service import DraftsService
from knigge_desktop.ui.drafts_files import export_drafts, import_drafts
from knigge_desktop.ui.field_form import plain_tooltip
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.list_search import ListSearch
from knigge_desktop.ui.mnemonics import give_mnemonics
from knigge_desktop.ui.prompts import prompts_of

_ID_ROLE = Qt.ItemDataRole.UserRole


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


class DraftsDialog(QDialog):
    open_requested = Signal(int)

    def __init__(
        self,
        service: DraftsService,
        parent: QWidget | None = None,
        is_open_draft: Callable[[int], bool] = lambda _id: False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entwürfe"))
        self.resize(860, 420)
        # A closed dialog is gone: it must not refresh its table on every later save.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        self._is_open_draft = is_open_draft
        self._deleted: list[int] = []  # for undo, last deleted last
        self._deleted_while_open: set[int] = set()  # undo opens these again
        self._shown: dict[int, DraftSummary] = {}  # the rows on screen, by draft id
        self._select_next: int | None = None  # selected after the next refresh

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Entwürfe"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Empfänger"), self.tr("Titel"), self.tr("Art"), self.tr("Zuletzt geändert"),
             self.tr("Anfang des Textes"), self.tr("Antwort auf")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows walk rows
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("Noch keine Entwürfe. Jede Nachricht wird beim Schreiben gespeichert.")
        )
        self.status = QLabel()
        self.search = ListSearch(placeholderText=self.tr("In allen Entwürfen suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Entwürfe durchsuchen"))
        self.search.steer(self.table)  # Up/Down in the search choose, Enter opens the chosen
        self.show_trash = QCheckBox(self.tr("Papierkorb (30 Tage)"))
        self.restore_button = QPushButton(self.tr("Wiederherstellen"))
        self.import_button = QPushButton(self.tr("Importieren …"))
        self.export_button = QPushButton(self.tr("Exportieren …"))

        self.open_button = QPushButton(self.tr("Öffnen"))
        self.open_button.setDefault(True)
        self.rename_button = QPushButton(self.tr("Umbenennen …"))
        self.rename_button.setToolTip(self.tr("Umbenennen (F2)"))
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(self.tr("Löschen (Entf)"))
        self.undo_button = QPushButton(self.tr("Löschen rückgängig"))
        self.undo_button.setToolTip(self.tr("Den zuletzt gelöschten Entwurf zurückholen (Strg+Z)"))
        close_button = QPushButton(self.tr("Schließen"))

        buttons = QHBoxLayout()
        for button in (
            self.open_button, self.rename_button, self.delete_button, self.undo_button,
            self.restore_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close_button)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_trash)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # From the search straight to the list it searches; the trash box comes last.
        chain: list[QWidget] = [
            self.search, self.table, self.open_button, self.rename_button, self.delete_button,
            self.undo_button, self.restore_button, self.import_button, self.export_button,
            close_button, self.show_trash,
        ]  # fmt: skip
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.open_button.clicked.connect(self.open_selected)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.rename_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self, self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_delete)
        # The search has the focus when the dialog opens and takes Del and Ctrl+Z for its
        # text; with nothing typed they delete the selected draft and bring it back.
        self.search.hand_over_idle_keys()
        self.search.delete_idle.connect(self.delete_selected)
        self.search.undo_idle.connect(self.undo_delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.search.textChanged.connect(self.refresh)
        self.show_trash.toggled.connect(self.refresh)
        self.restore_button.clicked.connect(self.restore_selected)
        self.import_button.clicked.connect(self.import_drafts)
        self.export_button.clicked.connect(self.export_drafts)
        # A closed dialog is gone (its connections with it), and a hidden one does not
        # rebuild its table on every autosave: with 10,000 drafts each refresh costs 0.2 s.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        service.changed.connect(self._service_changed)
        self.refresh()
        give_mnemonics(self)  # a mnemonic for every button and labelled field

    def _service_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _forget_drafts_back_already(self) -> None:
        """A deleted draft that came back another way (an import of the same draft, the
        trash's Wiederherstellen in another window) leaves no delete to undo."""
        self._deleted = [draft_id for draft_id in self._deleted if self._service.in_trash(draft_id)]
        self._deleted_while_open &= set(self._deleted)

    def refresh(self) -> None:
        self._forget_drafts_back_already()
        # A draft just brought back is the one to go on with; otherwise keep the selection.
        selected, self._select_next = self._select_next or self.selected_id(), None
        in_trash = self.show_trash.isChecked()
        self.search.setEnabled(not in_trash)
        summaries = (
            self._service.trash() if in_trash else self._service.summaries(self.search.text())
        )
        header = self.tr("Gelöscht am") if in_trash else self.tr("Zuletzt geändert")
        self.table.setHorizontalHeaderItem(3, QTableWidgetItem(header))
        self.table.setRowCount(len(summaries))
        self._shown = {summary.id: summary for summary in summaries}
        for row, summary in enumerate(summaries):
            cells = [
                summary.recipient or "–",
                summary.title,
                vocabulary(kind_label(summary.kind)),
                local_time(summary.updated),
                " ".join(summary.preview.split())[:90],  # one line, as much as fits
                " ".join(summary.received.split())[:60],  # the message it answers, if any
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, summary.id)
                if summary.received:  # the received message's beginning, unfolded
                    # Plain: a message pasted from a browser may look like HTML.
                    answered = self.tr("Antwort auf:\n{received}")
                    item.setToolTip(plain_tooltip(answered.format(received=summary.received)))
                self.table.setItem(row, column, item)
            if summary.id == selected:
                self.table.selectRow(row)
        for column in (0, 1, 2, 3):
            self.table.resizeColumnToContents(column)
        searching = bool(self.search.text().strip()) and not in_trash
        if in_trash:
            note = self.tr("Der Papierkorb ist leer.")
        elif searching and len(summaries) >= SEARCH_LIMIT:
            note = self.tr("Die {n} besten Treffer; weitere Wörter grenzen ein.").format(
                n=SEARCH_LIMIT
            )
        elif searching:
            note = self.tr("Kein Entwurf enthält diese Wörter.")
        else:
            note = self.tr("Noch keine Entwürfe. Jede Nachricht wird beim Schreiben gespeichert.")
        self.empty.setText(note)
        self.empty.setVisible(not summaries or (searching and len(summaries) >= SEARCH_LIMIT))
        if self.selected_id() is None and summaries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(_ID_ROLE)  # type: ignore[union-attr]  # every row has its id item

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self.open_requested.emit(draft_id)
            self.accept()

    def _selected(self) -> DraftSummary | None:
        draft_id = self.selected_id()
        return None if draft_id is None else self._shown.get(draft_id)

    def rename_selected(self) -> None:
        """Ask for the selected draft's new title (button, F2)."""
        summary = self._selected()
        if summary is None:
            return
        title = prompts_of(self).ask_text(
            self.tr("Entwurf umbenennen"), self.tr("Neuer Titel:"), summary.title
        )
        if title is not None:
            self._service.rename(summary.id, title)

    def delete_selected(self) -> None:
        summary = self._selected()
        if summary is None:
            return
        draft_id, title = summary.id, summary.title
        if self._is_open_draft(draft_id) and not prompts_of(self).confirm(
            self.tr("Offenen Entwurf löschen?"),
            self.tr(
                "„{title}“ ist gerade im Fenster geöffnet. Löschen Sie ihn, beginnt das "
                "Fenster einen neuen Entwurf. Mit Strg+Z holen Sie ihn zurück."
            ).format(title=title),
            self.tr("Löschen"),
            self.tr("Abbrechen"),
        ):
            return
        if self._is_open_draft(draft_id):
            self._deleted_while_open.add(draft_id)
        # Before the delete: its refresh keeps only what is in the trash (a failed delete
        # leaves nothing to undo).
        self._deleted.append(draft_id)
        self._service.delete(draft_id)
        self.status.setText(
            self.tr("„{title}“ gelöscht. Rückgängig mit Strg+Z.").format(title=title)
        )
        self._update_buttons()

    def undo_delete(self) -> None:
        """Bring back the draft this dialog deleted last (button, Ctrl+Z): one step back,
        whichever view is shown. A draft already restored from the trash is no step."""
        self._forget_drafts_back_already()
        if not self._deleted:
            self._update_buttons()
            return
        self._bring_back(self._deleted[-1])

    def restore_selected(self) -> None:
        """Take the draft selected in the trash out of it, however long ago it was deleted."""
        draft_id = self.selected_id()
        if draft_id is not None and self.show_trash.isChecked():
            self._bring_back(draft_id)

    def _bring_back(self, draft_id: int) -> None:
        if draft_id in self._deleted:
            self._deleted.remove(draft_id)  # nothing left to undo for it
        reopen = draft_id in self._deleted_while_open  # the window left it: back there
        self._deleted_while_open.discard(draft_id)
        self._select_next = draft_id
        self._service.undelete(draft_id)
        self.status.setText(self.tr("Entwurf wiederhergestellt."))
        if reopen:
            self.open_requested.emit(draft_id)
        self._update_buttons()

    def import_drafts(self) -> None:
        if said := import_drafts(self, self._service):
            self.status.setText(said)

    def export_drafts(self) -> None:
        if said := export_drafts(self, self._service):
            self.status.setText(said)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        in_trash = self.show_trash.isChecked()
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(has and not in_trash)
            button.setVisible(not in_trash)
        self.restore_button.setVisible(in_trash)
        self.restore_button.setEnabled(has and in_trash)
        self.undo_button.setEnabled(bool(self._deleted))
