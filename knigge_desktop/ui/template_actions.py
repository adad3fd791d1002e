"""Vorlagen menu: the template editor opened on what the catalog prepares, and the gallery
kept up with the catalog (services/template_catalog.py decides and asks)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from knigge_desktop.core.templates import Template
from knigge_desktop.services.compose_session import ComposeSession
from knigge_desktop.ui.gallery import TemplateGallery

if TYPE_CHECKING:
    from knigge_desktop.core.templates.authoring import TemplateSpec
    from knigge_desktop.ui.template_editor import TemplateEditor


class TemplateActions(QObject):
    def __init__(self, window: QWidget, session: ComposeSession, gallery: TemplateGallery) -> None:
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
        from knigge_desktop.ui.template_editor import TemplateEditor  # not at start-up

        editor = TemplateEditor(spec, library, self._catalog.taken_ids(), replaces, self._window)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        self.editor = editor
        return editor

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
