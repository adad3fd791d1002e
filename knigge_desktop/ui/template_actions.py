"""Vorlagen menu: the template editor opened on what the catalog prepares, and the gallery
kept up with the catalog (services/template_catalog.py decides and asks)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from knigge_desktop.core.templates import Template
from knigge_desktop.services.compose_session import ComposeSession
from knigge_desktop.ui.gallery import TemplateGallery

if TYPE_CHECKING:
    from knigge_desktop.core.templates.authoring import TemplateSpec
    from knigge_desktop.ui.template_editor import TemplateEditor


class TemplateActions(QObject):
    def __init__(
        self, window: QMainWindow, session: ComposeSession, gallery: TemplateGallery
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._catalog = session.catalog
        self._gallery = gallery
        self.editor: TemplateEditor | None = None  # the last one opened
        self._catalog.changed.connect(self._show_templates)

    def _chosen(self) -> Template | None:
        return self._catalog.get(self._gallery.current_id())

    def _show_templates(self, select: str) -> None:
        templates = self._catalog.templates
        self._gallery.set_templates(templates.items, templates.problems)
        if select:
            self._gallery.select(select)

    def new_template(self) -> TemplateEditor | None:
        return self._open_editor(self._catalog.new_spec(), replaces=None)

    def duplicate_template(self) -> TemplateEditor | None:
        template = self._chosen()
        spec = self._catalog.copy_spec(template) if template else None
        return self._open_editor(spec, replaces=None)

    def edit_template(self) -> TemplateEditor | None:
        """Own templates are edited in place; a shipped one is duplicated instead."""
        template = self._chosen()
        if template is None:
            return None
        spec, replaces = self._catalog.edit_spec(template)
        return self._open_editor(spec, replaces)

    def _open_editor(
        self, spec: TemplateSpec | None, replaces: Template | None
    ) -> TemplateEditor | None:
        library = self._catalog.library()
        if spec is None or library is None:
            return None
        from knigge_desktop.core.datafile import MAX_BYTES
        from knigge_desktop.core.paths import TEMPLATE_EDITOR_FILE
        from knigge_desktop.ui.template_editor import TemplateEditor  # not at start-up

        keeper = self._session.drafts.text_keeper(TEMPLATE_EDITOR_FILE, MAX_BYTES)
        kept = self._kept_work(keeper.text() if keeper else "")
        if kept is not None:  # unsaved work of an earlier run comes first
            spec, replaces = kept
        editor = TemplateEditor(
            spec, library, self._catalog.taken_ids(), replaces, self._window, keeper
        )
        if kept is not None:
            editor.mark_restored()
            self._window.statusBar().showMessage(
                self.tr("Die nicht gespeicherte Vorlage von zuletzt ist wieder geöffnet."), 8000
            )
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        self.editor = editor
        return editor

    def _kept_work(self, text: str) -> tuple[TemplateSpec, Template | None] | None:
        """The editor's state kept by an earlier run, and the own template it edits in
        place (None: a new one); None when nothing (readable) was kept."""
        from knigge_desktop.core.templates.authoring import spec_from_toml

        if not text.strip():
            return None
        try:
            spec = spec_from_toml(text)
        except ValueError:
            return None  # not readable as a template: the editor opens as asked
        library = self._catalog.library()
        edited = self._catalog.get(spec.id)
        own = edited is not None and library is not None and library.is_own(edited)
        return spec, edited if own else None

    def _saved(self, editor: TemplateEditor) -> None:
        if editor.saved is not None:
            self._catalog.saved(editor.saved)
            self._session.follow_template(editor.saved.id)

    def import_template(self) -> Template | None:
        return self._catalog.import_template()

    def export_template(self) -> Path | None:
        return self._catalog.export_template(self._chosen())

    def delete_template(self) -> bool:
        return self._catalog.delete_template(self._chosen())
