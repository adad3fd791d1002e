"""The templates the gallery offers: the shipped ones and the user's own, in the window's
language, and what the user does with them (new, duplicate, edit, import, export, delete).

Questions to the user go through the window's Prompts (`Asks`); the template editor itself
is a dialog, so the catalog only prepares what it edits (a TemplateSpec) and takes what it
saved. The user's templates folder is made when first needed, not at start-up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from knigge_desktop.core.os_errors import os_error_reason
from knigge_desktop.core.resources import resource_dir
from knigge_desktop.core.templates import LoadResult, Template, load_templates
from knigge_desktop.core.templates import cache as template_cache
from knigge_desktop.services.core_text import reason, translated

if TYPE_CHECKING:
    from knigge_desktop.core.composer import CopyCheck
    from knigge_desktop.core.templates.authoring import TemplateLibrary, TemplateSpec


class Asks(Protocol):
    """What services ask the user: ui/prompts.Prompts (a fake in tests)."""

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool: ...
    def ask_open_path(self, title: str, filter_text: str) -> str: ...
    def ask_save_path(self, title: str, suggested: str, filter_text: str) -> str: ...
    def show_problem(self, title: str, message: str) -> None: ...
    def choose(
        self, title: str, text: str, buttons: list[str], default: int = 0
    ) -> int: ...  # pragma: no cover - a protocol
    def ask_copy_anyway(self, check: CopyCheck) -> bool: ...  # pragma: no cover


def load_shipped_and_own(user_dir: Path | None, language: str) -> LoadResult:
    """The shipped templates and those in `user_dir`, worded in `language`."""
    folders = [resource_dir("templates"), *([user_dir] if user_dir else [])]
    return _worded(load_templates(folders), language)


def _worded(result: LoadResult, language: str) -> LoadResult:
    if language == "en":
        from knigge_desktop.core.templates.localize import localize

        return localize(result)
    return result


class TemplateCatalog(QObject):
    changed = Signal(str)  # the templates were loaded anew; the id to select, or ""
    status = Signal(str, int)  # a message for the status bar, and for how many ms

    def __init__(
        self,
        templates: LoadResult,
        user_dir: Path | None = None,
        language: str = "de",
        prompts: Asks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.language = language
        self.prompts = prompts  # set by the window that shows the catalog
        self._user_dir = user_dir
        self._library: TemplateLibrary | None = None
        self._cache_due: template_cache.Pending | None = None

    @classmethod
    def load(
        cls, user_dir: Path | None, language: str = "de", cache_file: Path | None = None
    ) -> TemplateCatalog:
        """`cache_file`: parsed templates kept between starts (core/templates/cache.py);
        a fresh parse is written there by `keep_for_next_start`, after the first paint."""
        if cache_file is None:
            return cls(load_shipped_and_own(user_dir, language), user_dir, language)
        folders = [resource_dir("templates"), *([user_dir] if user_dir else [])]
        loaded, due = template_cache.load_with_cache(folders, cache_file)
        catalog = cls(_worded(loaded, language), user_dir, language)
        catalog._cache_due = due
        return catalog

    def keep_for_next_start(self) -> None:
        """Write the templates parsed at start-up to the cache, if they were parsed; a
        folder that takes no cache costs the next start a parse, nothing else."""
        due, self._cache_due = self._cache_due, None
        if due is not None:
            with contextlib.suppress(OSError):
                template_cache.store(due)

    def get(self, template_id: str | None) -> Template | None:
        return self.templates.get(template_id) if template_id else None

    def taken_ids(self) -> set[str]:
        return {t.id for t in self.templates.items}

    def counterpart(self, template_id: str, tone: str) -> str:
        """The same template in `tone` (core/templates/pairs.py); itself if none."""
        from knigge_desktop.core.templates.pairs import counterpart

        return counterpart(self.templates.items, template_id, tone)

    def library(self) -> TemplateLibrary | None:
        if self._library is None and self._user_dir is not None:
            from knigge_desktop.core.templates.authoring import TemplateLibrary

            self._library = TemplateLibrary(self._user_dir)
        return self._library

    def reload(self, select: str = "") -> None:
        if self._user_dir is None:
            return
        self.templates = load_shipped_and_own(self._user_dir, self.language)
        self.changed.emit(select)

    # -- what the template editor edits -------------------------------------------------

    def new_spec(self) -> TemplateSpec:
        from knigge_desktop.core.templates.authoring import FieldSpec, TemplateSpec

        return TemplateSpec(
            title=self.tr("Meine Vorlage"),
            when="",
            # The message itself stays German: the app writes German messages.
            body="{greeting}\n\n{anliegen}\n\nViele Grüße\n"
            "{sender_name}{#sender_signature}\n{sender_signature}{/sender_signature}\n",
            fields=[FieldSpec("anliegen", self.tr("Ihr Anliegen"), "multiline", True, "…")],
        )

    def copy_spec(self, template: Template) -> TemplateSpec | None:
        spec = self.spec_of(template)
        if spec is not None:
            spec.title = self.tr("{title} – Kopie").format(title=spec.title)
            spec.id = ""
        return spec

    def edit_spec(self, template: Template) -> tuple[TemplateSpec | None, Template | None]:
        """What editing `template` opens, and the template it replaces: own templates are
        edited in place; a shipped one is duplicated instead (replacing nothing)."""
        library = self.library()
        if library is None:
            return None, None
        if not library.is_own(template):
            self.status.emit(
                self.tr("Mitgelieferte Vorlagen bleiben unverändert: Sie bearbeiten eine Kopie."),
                6000,
            )
            return self.copy_spec(template), None
        return self.spec_of(template), template

    def spec_of(self, template: Template) -> TemplateSpec | None:
        from knigge_desktop.core.templates.authoring import spec_from_toml

        try:
            return spec_from_toml(template.source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            error = reason(exc) if isinstance(exc, OSError) else exc
            self.status.emit(self.tr("Vorlage nicht lesbar: {error}").format(error=error), 8000)
            return None

    def saved(self, template: Template) -> None:
        """The template editor wrote `template`."""
        self.reload(select=template.id)
        message = self.tr("Vorlage „{title}“ gespeichert: {path}")
        self.status.emit(message.format(title=template.title, path=template.source), 8000)

    # -- files --------------------------------------------------------------------------

    def import_template(self) -> Template | None:
        library = self.library()
        if library is None or self.prompts is None:
            return None
        path = self.prompts.ask_open_path(
            self.tr("Vorlage importieren"), self.tr("Vorlagen (*.toml)")
        )
        if not path:
            return None
        from knigge_desktop.core.datafile import Invalid

        try:
            template = library.import_file(Path(path), self.taken_ids())
        except Invalid as exc:
            where = self.tr("{file}, Zeile {line}").format(file=Path(path).name, line=exc.line)
            self.prompts.show_problem(
                self.tr("Vorlage nicht importiert"), f"{where}: {reason(exc)}"
            )
            return None
        except OSError as exc:  # never Python's "[Errno 13] …: '/path'"
            self.prompts.show_problem(
                self.tr("Vorlage nicht importiert"),
                f"{Path(path).name}: {translated(os_error_reason(exc))}",
            )
            return None
        self.reload(select=template.id)
        self.status.emit(
            self.tr("Vorlage „{title}“ importiert.").format(title=template.title), 6000
        )
        return template

    def export_template(self, template: Template | None) -> Path | None:
        library = self.library()
        if template is None or library is None or self.prompts is None:
            return None
        path = self.prompts.ask_save_path(
            self.tr("Vorlage exportieren"), f"{template.id}.toml", self.tr("Vorlagen (*.toml)")
        )
        if not path:
            return None
        try:
            library.export(template, Path(path))
        except OSError as exc:
            self.prompts.show_problem(
                self.tr("Vorlage nicht exportiert"),
                f"{Path(path).name}: {translated(os_error_reason(exc))}",
            )
            return None
        self.status.emit(self.tr("Vorlage exportiert: {path}").format(path=path), 6000)
        return Path(path)

    def delete_template(self, template: Template | None) -> bool:
        library = self.library()
        if template is None or library is None or self.prompts is None:
            return False
        if not library.is_own(template):
            self.status.emit(self.tr("Mitgelieferte Vorlagen lassen sich nicht löschen."), 5000)
            return False
        question = self.tr("Die Vorlage „{title}“ löschen? Entwürfe daraus bleiben erhalten.")
        if not self.prompts.confirm(
            self.tr("Vorlage löschen"),
            question.format(title=template.title),
            self.tr("Ja"),
            self.tr("Nein"),
        ):
            return False
        try:
            library.delete(template)
        except OSError as exc:
            self.prompts.show_problem(self.tr("Vorlage nicht gelöscht"), reason(exc))
            return False
        self.reload()
        self.status.emit(self.tr("Vorlage „{title}“ gelöscht.").format(title=template.title), 5000)
        return True
