"""The composer window: gallery | fields | text. It shows state and forwards intent.

The rules (when the form may rewrite the text, what to ask before copying) live in
core.composer.Composer; saving goes through services.drafts_service.

Start-up cost: building the window leaves the Qt namespace (Qt.AlignmentFlag, …) and
QMessageBox alone, because their first use creates many enum types (about 20 ms, a sixth of
a bare window's start). Later actions import them when needed; bench_startup.py watches.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop import __version__
from knigge_desktop.core.composer import Composer, CopyCheck
from knigge_desktop.core.drafts import Draft, Version
from knigge_desktop.core.findings import Finding, merge_findings
from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.platforms import limit_status
from knigge_desktop.core.templates import FieldValue, LoadResult, Template
from knigge_desktop.core.textstats import text_stats
from knigge_desktop.core.vocabulary import KIND_LABELS, Kind, Platform, Tone
from knigge_desktop.services.core_text import reason
from knigge_desktop.services.drafts_service import Autosaver, DraftsService
from knigge_desktop.services.etiquette_service import LIVE_LIMIT, EtiquetteService
from knigge_desktop.services.grammar_service import GrammarService
from knigge_desktop.services.rescue import rescue_text
from knigge_desktop.services.single_instance import values_for
from knigge_desktop.ui.field_form import FieldForm
from knigge_desktop.ui.gallery import TemplateGallery
from knigge_desktop.ui.i18n import vocabulary
from knigge_desktop.ui.prompts import Prompts
from knigge_desktop.ui.text_pane import COPY_LABEL, TextPane
from knigge_desktop.ui.theme import ERROR_TEXT, pick

if TYPE_CHECKING:
    from knigge_desktop.core.reply import ReadMessage
    from knigge_desktop.core.templates.authoring import TemplateLibrary, TemplateSpec
    from knigge_desktop.services.reply_service import ReplyService, ReplyStart
    from knigge_desktop.ui.drafts_dialog import DraftsDialog
    from knigge_desktop.ui.received_panel import ReceivedPanel
    from knigge_desktop.ui.reply_dialog import ReplyDialog
    from knigge_desktop.ui.template_editor import TemplateEditor
    from knigge_desktop.ui.versions_dialog import VersionsDialog
    from knigge_desktop.ui.welcome_dialog import WelcomeDialog

COPY_SHORTCUT = QKeySequence("Ctrl+Shift+C")


def missing_template(draft: Draft) -> Template:
    """Stand-in for a template that no longer exists: the draft's text stays editable."""
    try:
        kind = Kind(draft.kind)
    except ValueError:
        kind = Kind.FIRST_CONTACT
    return Template(
        id=draft.template,
        title=QCoreApplication.translate("MainWindow", "Vorlage „{id}“ nicht gefunden").format(
            id=draft.template
        ),
        kind=kind,
        tone=Tone.FORMAL,
        platforms=(),
        when="",
        body="",
        fields=(),
        greeting_style=GreetingStyle.SEHR_GEEHRT,
        source=Path(),
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        templates: LoadResult,
        drafts: DraftsService,
        checks: EtiquetteService,
        grammar: GrammarService | None = None,
        parent: QWidget | None = None,
        library: Callable[[], TemplateLibrary] | None = None,
    ) -> None:
        super().__init__(parent)
        # The user's templates folder, made when first needed (not at start-up).
        self._library_factory = library
        self._library: TemplateLibrary | None = None
        self.resize(1280, 760)
        self._templates = templates
        self._drafts = drafts
        self._checks = checks
        self._grammar = grammar
        self._etiquette_found: tuple[list[Finding], str, str] = ([], "", "")
        self._grammar_found: tuple[list[Finding], str] = ([], "")
        self._autosaver = Autosaver(drafts, self)
        self._applying = False  # True while the window itself writes into the editor
        self.prompts = Prompts(self)  # every question to the user; tests swap in a fake
        # True from a failed save until the next one succeeds: closing must then ask.
        self._unsaved = not drafts.persistent
        self._force_close = False  # a signal (logout, kill) closes without asking
        self.composer: Composer | None = None
        # Checks start once the window is painted: loading the rules would delay it.
        self._checks_started = False
        self._counts_due = False  # a deferred word count is pending
        self.startup_problem: str | None = None  # shown once the window is up
        # Replying to a received message: made when first used (see the reply block).
        self._reply: ReplyService | None = None
        self.reply_dialog: ReplyDialog | None = None
        self.received_panel: ReceivedPanel | None = None

        self.gallery = TemplateGallery(templates.templates, templates.errors)
        self.gallery.show_tone(self._checks.settings.get("default_tone"))
        self.form = FieldForm()
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._form_scroll = form_scroll

        self.text_pane = TextPane()
        # The widgets tests and menus reach for, under their old names.
        self.editor = self.text_pane.editor
        self.edited_banner = self.text_pane.edited_banner
        self.regenerate_button = self.text_pane.regenerate_button
        self.copy_button = self.text_pane.copy_button
        self.findings = self.text_pane.findings
        # Owned by the window, so it cannot fire after the window is gone.
        self._copy_feedback = QTimer(self, singleShot=True, interval=2000)
        self._copy_feedback.timeout.connect(
            lambda: self.copy_button.setText(QCoreApplication.translate("TextPane", COPY_LABEL))
        )

        splitter = QSplitter()  # horizontal
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.gallery)
        splitter.addWidget(form_scroll)
        splitter.addWidget(self.text_pane)
        splitter.setSizes([260, 380, 560])
        # Space goes to the work: the fields and the text grow and shrink most, the template
        # list least; none gets so narrow that its inputs cannot be used.
        for index, stretch in enumerate((1, 2, 3)):
            splitter.setStretchFactor(index, stretch)
        # 900 px wide still fits: 180 + 300 (the widest choice, "Ohne Geschlecht (Vor- und
        # Nachname)", uncut) + the text pane's 393 (the findings' three buttons).
        self.gallery.setMinimumWidth(180)
        form_scroll.setMinimumWidth(300)
        self.splitter = splitter
        self._restore_layout()
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(splitter)
        self.setCentralWidget(container)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.save_state = QPushButton()
        self.save_state.setObjectName("save_state")
        self.save_state.setAccessibleName(self.tr("Speicherstand des Entwurfs"))
        self.save_state.setFlat(True)
        self.save_state.clicked.connect(self._offer_text_file)
        self.grammar_status = QPushButton(self.tr("Grammatik: startet …"))
        self.grammar_status.setObjectName("grammar_status")
        self.grammar_status.setFlat(True)
        self.grammar_status.setToolTip(self.tr("Grammatik- und Rechtschreibprüfung einrichten"))
        self.statusBar().addPermanentWidget(self.grammar_status)
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.counts)
        if not drafts.persistent:
            self.save_state.setText(
                self.tr("Entwürfe werden nicht gespeichert – als Textdatei sichern …")
            )
            self.save_state.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")

        self._build_menus()
        self.gallery.template_chosen.connect(self._template_chosen)
        self.gallery.template_highlighted.connect(self._preview_template)
        self.form.value_changed.connect(self._field_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.regenerate_button.clicked.connect(self.regenerate_text)
        self.copy_button.clicked.connect(self.copy_text)
        drafts.save_failed.connect(self._save_failed)
        drafts.saved.connect(self._saved)
        drafts.deleted.connect(self._draft_deleted)
        drafts.changed.connect(self._drafts_changed)
        drafts.conflict.connect(self._draft_saved_elsewhere)
        self.text_pane.platform.currentIndexChanged.connect(self._platform_changed)
        checks.checked.connect(self._show_findings)
        checks.rules_changed.connect(self.request_check)
        checks.problem.connect(lambda message: self.statusBar().showMessage(message, 10000))
        for source in (self.editor, self.findings):
            source.apply_requested.connect(self.apply_suggestion)
            source.ignore_requested.connect(self.ignore_finding)
            source.disable_requested.connect(self.disable_rule)
        self.findings.selected.connect(self.editor.select_finding)
        self.findings.highlighted.connect(self.editor.show_finding)
        self.editor.first_painted.connect(self._after_first_paint)
        self.editor.add_word_requested.connect(self.add_to_dictionary)
        self.grammar_status.clicked.connect(self.open_grammar_settings)
        if grammar is not None:
            grammar.checked.connect(self._show_grammar)
            grammar.status_changed.connect(self._grammar_status_changed)
        else:
            self.grammar_status.setText(self.tr("Grammatik: aus"))

    # -- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(
            menu_name: str,
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        ) -> QAction:
            act = QAction(text, self)
            # setShortcuts, not setShortcut: it takes every binding of a standard key, and
            # its overloads do not pull in the Qt namespace at start-up.
            if isinstance(shortcut, QKeySequence):
                act.setShortcuts([shortcut])
            elif shortcut is not None:
                act.setShortcuts(shortcut)
            # A handler takes no argument: triggered(bool) would fill an optional one
            # (F7 once walked backwards that way). tests/test_slot_signatures.py holds this.
            act.triggered.connect(lambda _checked=False: slot())
            self.action_handlers[act] = slot
            menus[menu_name].addAction(act)
            return act

        self.action_handlers: dict[QAction, Callable[[], object]] = {}
        bar = self.menuBar()
        names = ("&Datei", "&Bearbeiten", "&Vorlagen", "&Ansicht", "&Hilfe")
        titles = [self.tr("&Datei"), self.tr("&Bearbeiten"), self.tr("&Vorlagen"),
                  self.tr("&Ansicht"), self.tr("&Hilfe")]  # fmt: skip
        menus = {name: bar.addMenu(title) for name, title in zip(names, titles, strict=True)}
        key = QKeySequence
        action(
            "&Datei", self.tr("Neuer Entwurf aus &Vorlage"), self.focus_gallery, key.StandardKey.New
        )
        action("&Datei", self.tr("&Entwürfe …"), self.show_drafts, key.StandardKey.Open)
        action(  # reply to a received message (the reply block below)
            "&Datei", self.tr("Auf Nachricht &antworten …"), self.reply_to_message,
            key("Ctrl+Shift+R"),
        )  # fmt: skip
        action("&Datei", self.tr("&Frühere Versionen …"), self.show_versions, key("Ctrl+H"))
        # Ctrl+Enter is the key the issue asks for; Ctrl+Shift+C stays for those used to it.
        self.copy_action = action(
            "&Datei", self.tr("Text &kopieren"), self.copy_text, key("Ctrl+Return")
        )
        self.copy_action.setShortcuts([key("Ctrl+Return"), key("Ctrl+Enter"), COPY_SHORTCUT])
        menus["&Datei"].addSeparator()
        action(
            "&Datei", self.tr("&Beenden"), self.close, key("Ctrl+Q")
        )  # Quit has no key on some desktops
        # The editor handles Ctrl+Z itself; "\t" shows the key in the menu without a second,
        # competing shortcut.
        native = QKeySequence.SequenceFormat.NativeText
        undo_key = key(key.StandardKey.Undo).toString(native)
        redo_key = key(key.StandardKey.Redo).toString(native)
        action("&Bearbeiten", self.tr("&Rückgängig") + f"\t{undo_key}", self.editor.undo)
        action("&Bearbeiten", self.tr("&Wiederholen") + f"\t{redo_key}", self.editor.redo)
        menus["&Bearbeiten"].addSeparator()
        action("&Bearbeiten", self.tr("&Nächster Hinweis"), self.next_finding, key("F7"))
        action(
            "&Bearbeiten", self.tr("&Vorheriger Hinweis"), self.previous_finding, key("Shift+F7")
        )
        action(
            "&Bearbeiten",
            self.tr("Text aus &Feldern neu erzeugen"),
            self.regenerate_text,
            key("Ctrl+R"),
        )
        menus["&Bearbeiten"].addSeparator()
        action(
            "&Bearbeiten", self.tr("&Ignorierte Hinweise wieder zeigen"), self.unignore_all,
            key("Ctrl+Shift+I"),
        )  # fmt: skip
        self.disabled_menu = menus["&Bearbeiten"].addMenu(self.tr("Ausgeschaltete &Regeln"))
        self.disabled_menu.aboutToShow.connect(self._fill_disabled_menu)
        menus["&Bearbeiten"].addSeparator()
        action(
            "&Bearbeiten", self.tr("&Grammatik und Rechtschreibung …"), self.open_grammar_settings,
            key("Ctrl+Shift+G"),
        )  # fmt: skip
        action(
            "&Bearbeiten", self.tr("&Einstellungen …"), self.open_settings,
            key("Ctrl+,"),  # Preferences has no key on most Linux desktops
        )  # fmt: skip
        action("&Vorlagen", self.tr("&Neue Vorlage …"), self.new_template, key("Ctrl+Shift+N"))
        action(
            "&Vorlagen", self.tr("Vorlage &duplizieren …"), self.duplicate_template, key("Ctrl+D")
        )
        action("&Vorlagen", self.tr("Vorlage &bearbeiten …"), self.edit_template, key("Ctrl+E"))
        menus["&Vorlagen"].addSeparator()
        action("&Vorlagen", self.tr("Vorlage &importieren …"), self.import_template, key("Ctrl+I"))
        action(
            "&Vorlagen",
            self.tr("Vorlage e&xportieren …"),
            self.export_template,
            key("Ctrl+Shift+E"),
        )
        menus["&Vorlagen"].addSeparator()
        action(
            "&Vorlagen", self.tr("Vorlage &löschen"), self.delete_template, key("Ctrl+Shift+Del")
        )
        for number, (label, target) in enumerate(
            (
                (self.tr("&Vorlagen"), self.gallery.search),
                (self.tr("&Felder"), self.form),
                (self.tr("&Text"), self.editor),
                (self.tr("&Hinweise"), self.findings.tree),
            ),
            start=1,
        ):
            action("&Ansicht", label, self._focuser(target), key(f"Ctrl+{number}"))
        action(
            "&Hilfe", self.tr("&Tastenkürzel …"), self.show_shortcuts, key.StandardKey.HelpContents
        )
        action("&Hilfe", self.tr("Ü&ber Knigge Desktop"), self.show_about, key("Shift+F1"))
        self.menus = menus

    def _focuser(self, target: QWidget) -> Callable[[], None]:
        def focus() -> None:
            if target is self.form:  # the first field, not the form itself
                inputs = self.form.inputs()
                (inputs[0] if inputs else self.form).setFocus()
            else:
                target.setFocus()

        return focus

    def all_actions(self) -> list[tuple[str, QAction]]:
        """Every menu action with its menu's name, in menu order (dynamic submenus left out)."""
        return [
            (menu.title().replace("&", ""), act)
            for menu in self.menus.values()
            for act in menu.actions()
            if not act.isSeparator() and act.menu() is None
        ]

    def show_shortcuts(self) -> None:
        from knigge_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.all_actions(), self).exec()

    # -- opening drafts -----------------------------------------------------------------

    def start_from_template(
        self, template_id: str, values: dict[str, FieldValue] | None = None
    ) -> None:
        template = self._templates.get(template_id)
        if template is None:
            return
        self._autosaver.flush()
        new = self._new_draft_defaults()
        if values:
            composer = Composer.from_values(template, values, **new)
            self._show(composer)
            self._autosaver.schedule(composer.snapshot)
            self._autosaver.flush()  # a draft asked for from the command line exists at once
        else:
            self._show(Composer(template, **new))
        self.statusBar().showMessage(
            self.tr("Neuer Entwurf: {title}").format(title=template.title), 4000
        )

    def _new_draft_defaults(self) -> dict[str, Any]:
        """What the user set once for every new draft: their name, signature, platform."""
        settings = self._checks.settings
        prefill = {
            name: settings.get(name)
            for name in ("sender_name", "sender_signature")
            if settings.get(name).strip()
        }
        try:
            platform = Platform(settings.get("default_platform"))
        except ValueError:
            platform = None
        return {"prefill": prefill, "platform": platform, "title": self._draft_title}

    def _draft_title(self, recipient: str, kind: str) -> str:
        """A draft's automatic title in the window's language."""
        try:
            label = vocabulary(KIND_LABELS[Kind(kind)])
        except ValueError:
            label = kind
        who = recipient or self.tr("Ohne Empfänger")
        return self.tr("{recipient} – {kind}").format(recipient=who, kind=label)

    def handle_request(self, request: dict[str, object]) -> None:
        """A second start of the app asked for something: do it here, and come forward."""
        template = request.get("new_template")
        values = request.get("values")
        chosen = self._templates.get(template) if isinstance(template, str) else None
        received = request.get("received")
        if isinstance(received, str):  # `new --reply-to`: the reply block below
            self.start_reply_to(received, chosen.id if chosen else None, values or {})  # type: ignore[arg-type]
        elif chosen is not None:
            # Only values that fit the template's fields (a crafted request must not crash).
            checked = values_for(chosen, values) if isinstance(values, dict) else {}
            self.start_from_template(chosen.id, checked)
            self.focus_first_empty_field()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def focus_first_empty_field(self) -> None:
        """Where the user goes on after `knigge-desktop new …`: the first field still empty,
        or the text when every field is filled."""
        if self.composer is None:
            return
        for field in self.composer.template.fields:
            value = self.composer.values.get(field.name, "")
            if isinstance(value, str) and not value.strip():
                self.form.input(field.name).setFocus()
                return
        self.editor.setFocus()

    def _template_chosen(self, template_id: str) -> None:
        self.start_from_template(template_id)
        inputs = self.form.inputs()
        target = inputs[0] if inputs else self.editor  # the user goes on typing there
        # New form rows become visible on the next turn of the event loop; focus them then.
        QTimer.singleShot(0, target, target.setFocus)

    def _preview_template(self, template_id: str) -> None:
        # While the current draft is untouched, looking at a template shows it at once;
        # a draft with anything typed into it is only left by choosing a template.
        if self.composer is None or self.composer.template.id == template_id:
            return
        if (
            self.composer.draft.id is None
            and not self._autosaver.pending
            and self.composer.pristine
        ):
            self.start_from_template(template_id)

    def open_draft(self, draft_id: int) -> bool:
        self._autosaver.flush()
        draft = self._drafts.get(draft_id)
        if draft is None:
            return False
        template = self._templates.get(draft.template) or missing_template(draft)
        self._show(Composer(template, draft, title=self._draft_title))
        self._drafts.remember_open(draft_id)  # the next start reopens this one
        return True

    def _show(self, composer: Composer) -> None:
        self.composer = composer
        self.gallery.select(composer.template.id)
        self.form.build(composer.template, composer.values)
        self._set_tab_order()
        self._applying = True
        try:
            self.editor.setPlainText(composer.draft.text)
        finally:
            self._applying = False
        self.edited_banner.setVisible(composer.text_edited)
        self.text_pane.show_platform(composer.platform)
        self._show_received(composer)  # the reply block below
        self._update_counts()
        self._update_title()
        self.request_check()

    # -- editing ------------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        """Tab walks the work: the gallery, the fields in order, the text, the copy button,
        the platform, the findings, the status bar. The form's fields are made after the
        rest, so without this they would come last."""
        pane, findings = self.text_pane, self.findings
        chain = [
            *self.gallery.focus_chain(),
            *self.form.inputs(),
            self.editor,
            self.regenerate_button,
            self.copy_button,
            pane.platform,
            findings.tree,
            findings.apply_button,
            findings.ignore_button,
            findings.disable_button,
            self.grammar_status,
            self.save_state,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _field_changed(self, name: str, value: FieldValue) -> None:
        if self.composer is None:
            return
        try:
            new_text = self.composer.set_field(name, value)
        except ValueError as exc:
            self.statusBar().showMessage(reason(exc), 6000)
            return
        if new_text is not None:
            self._replace_text(new_text)
        self.edited_banner.setVisible(self.composer.text_edited)
        self._update_title()
        self._autosaver.schedule(self.composer.snapshot)
        self.request_check()  # the recipient may have changed even where the text did not

    def _text_changed(self) -> None:
        self._update_counts()
        if self._applying or self.composer is None:
            return
        self.composer.user_edited(self.editor.toPlainText())
        self.edited_banner.setVisible(self.composer.text_edited)
        self._update_title()  # a greeting typed by hand names the draft
        self._autosaver.schedule(self.composer.snapshot)
        self.request_check()

    def _replace_text(self, text: str) -> None:
        """Write into the editor as one undoable step, keeping the caret where it was."""
        if text == self.editor.toPlainText():
            return
        position = self.editor.textCursor().position()
        cursor = QTextCursor(self.editor.document())
        self._applying = True
        try:
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._applying = False
        caret = self.editor.textCursor()
        caret.setPosition(min(position, len(text)))
        self.editor.setTextCursor(caret)

    # -- etiquette checks ---------------------------------------------------------------

    def _after_first_paint(self) -> None:
        """Work that would delay the first paint: the checks, and anything that touches the
        Qt namespace (its first use costs ~20 ms, benchmarks/bench_startup.py)."""
        from PySide6.QtCore import Qt

        self._form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self._start_checks()

    def _start_checks(self) -> None:
        self._checks_started = True
        if self._grammar is not None:
            self._grammar.start()
        self.request_check()

    def request_check(self) -> None:
        if self.composer is not None and self._checks_started:
            text, context = self.editor.toPlainText(), self.composer.check_context()
            context = context._replace(received=self._received_read(self.composer))
            self._checks.request(text, context, self.composer.draft.ignored)
            if self._grammar is not None and len(text) <= LIVE_LIMIT:  # no 1 MB paste to LT
                self._grammar.request(text, context)

    def _show_findings(self, findings: list[Finding], text: str, note: str) -> None:
        self._etiquette_found = (findings, text, note)
        self._render_findings()

    def _show_grammar(self, findings: list[Finding], text: str) -> None:
        self._grammar_found = (findings, text)
        self._render_findings()

    def _render_findings(self) -> None:
        """Etiquette and grammar findings of the text on screen, underlined and listed."""
        text = self.editor.toPlainText()
        etiquette, etiquette_text, note = self._etiquette_found
        grammar, grammar_text = self._grammar_found
        if etiquette_text != text:
            return  # the text moved on; a newer check is on its way
        ignored = set(self.composer.draft.ignored) if self.composer else set()
        language = (
            [f for f in grammar if f.ignore_key(text) not in ignored]
            if grammar_text == text
            else []
        )
        combined = merge_findings(etiquette, language)
        self.editor.set_findings(combined, text)
        self.findings.set_findings(combined, text, note)

    def _grammar_status_changed(self, state: str, message: str, need: str) -> None:
        labels = {
            "starting": self.tr("Grammatik: startet …"),
            "ready": self.tr("Grammatik: {state}").format(state=message),
        }
        # Off: the service words why in a few words ("kein passendes Java"); the tooltip has all.
        label = labels.get(state) or self._grammar.off_label()  # type: ignore[union-attr]
        self.grammar_status.setText(label)
        self.grammar_status.setToolTip(
            message or self.tr("Grammatik- und Rechtschreibprüfung einrichten")
        )
        if state == "ready":
            self.request_check()

    def add_to_dictionary(self, word: str) -> None:
        self._checks.add_word(word)
        grammar, text = self._grammar_found
        self._grammar_found = ([f for f in grammar if text[f.start : f.end] != word], text)
        self._render_findings()
        self.request_check()
        self.statusBar().showMessage(
            self.tr("„{word}“ steht jetzt in Ihrem Wörterbuch.").format(word=word), 5000
        )

    # -- own templates ------------------------------------------------------------------

    def library(self) -> TemplateLibrary | None:
        if self._library is None and self._library_factory is not None:
            self._library = self._library_factory()
        return self._library

    def _chosen_template(self) -> Template | None:
        template_id = self.gallery.current_id()
        return self._templates.get(template_id) if template_id else None

    def _taken_ids(self) -> set[str]:
        return {t.id for t in self._templates.templates}

    def new_template(self) -> TemplateEditor | None:
        from knigge_desktop.core.templates.authoring import FieldSpec, TemplateSpec

        spec = TemplateSpec(
            title=self.tr("Meine Vorlage"),
            when="",
            # The message itself stays German: the app writes German messages.
            body="{greeting}\n\n{anliegen}\n\nViele Grüße\n"
            "{sender_name}{#sender_signature}\n{sender_signature}{/sender_signature}\n",
            fields=[FieldSpec("anliegen", self.tr("Ihr Anliegen"), "multiline", True, "…")],
        )
        return self._open_editor(spec, replaces=None)

    def duplicate_template(self) -> TemplateEditor | None:
        template = self._chosen_template()
        if template is None:
            return None
        spec = self._spec_of(template)
        if spec is None:
            return None
        spec.title = self.tr("{title} – Kopie").format(title=spec.title)
        spec.id = ""
        return self._open_editor(spec, replaces=None)

    def edit_template(self) -> TemplateEditor | None:
        """Own templates are edited in place; a shipped one is duplicated instead."""
        template = self._chosen_template()
        library = self.library()
        if template is None or library is None:
            return None
        if not library.is_own(template):
            self.statusBar().showMessage(
                self.tr("Mitgelieferte Vorlagen bleiben unverändert: Sie bearbeiten eine Kopie."),
                6000,
            )
            return self.duplicate_template()
        spec = self._spec_of(template)
        return self._open_editor(spec, replaces=template) if spec else None

    def _spec_of(self, template: Template) -> TemplateSpec | None:
        from knigge_desktop.core.templates.authoring import spec_from_toml

        try:
            return spec_from_toml(template.source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self.statusBar().showMessage(
                self.tr("Vorlage nicht lesbar: {error}").format(error=exc), 8000
            )
            return None

    def _open_editor(self, spec: TemplateSpec, replaces: Template | None) -> TemplateEditor | None:
        library = self.library()
        if library is None:
            return None
        from knigge_desktop.ui.template_editor import TemplateEditor

        editor = TemplateEditor(spec, library, self._taken_ids(), replaces, self)
        editor.accepted.connect(lambda: self._template_saved(editor))
        editor.open()
        self.template_editor = editor
        return editor

    def _template_saved(self, editor: TemplateEditor) -> None:
        if editor.saved is None:
            return
        self.reload_templates(select=editor.saved.id)
        self._follow_edited_template(editor.saved.id)
        where = editor.saved.source
        message = self.tr("Vorlage „{title}“ gespeichert: {path}")
        self.statusBar().showMessage(message.format(title=editor.saved.title, path=where), 8000)

    def _follow_edited_template(self, template_id: str) -> None:
        """The open draft uses the template just saved: it takes the new fields and, unless
        its text was edited by hand, the new text."""
        template = self._templates.get(template_id)
        if self.composer is None or self.composer.template.id != template_id or template is None:
            return
        draft = self.composer.snapshot()
        composer = Composer(template, draft, title=self._draft_title)
        if not draft.text_edited:
            composer.draft.text = composer.rendered()
        self._show(composer)
        self._autosaver.schedule(composer.snapshot)

    def reload_templates(self, select: str | None = None) -> None:
        library = self.library()
        if library is None:
            return
        self._templates = library.load_all()
        if self._checks.language == "en":
            from knigge_desktop.core.templates.localize import english_table, localize

            self._templates = localize(self._templates, english_table())
        self.gallery.set_templates(self._templates.templates, self._templates.errors)
        if select:
            self.gallery.select(select)

    def import_template(self) -> Template | None:
        library = self.library()
        if library is None:
            return None
        path = self.ask_open_path(self.tr("Vorlage importieren"), self.tr("Vorlagen (*.toml)"))
        if not path:
            return None
        from knigge_desktop.core.datafile import Invalid

        try:
            template = library.import_file(Path(path), self._taken_ids())
        except (Invalid, OSError) as exc:
            self.show_problem(
                self.tr("Vorlage nicht importiert"), f"{Path(path).name}: {reason(exc)}"
            )
            return None
        self.reload_templates(select=template.id)
        self.statusBar().showMessage(
            self.tr("Vorlage „{title}“ importiert.").format(title=template.title), 6000
        )
        return template

    def export_template(self) -> Path | None:
        template = self._chosen_template()
        library = self.library()
        if template is None or library is None:
            return None
        path = self.ask_save_path_for(
            self.tr("Vorlage exportieren"), f"{template.id}.toml", self.tr("Vorlagen (*.toml)")
        )
        if not path:
            return None
        try:
            library.export(template, Path(path))
        except OSError as exc:
            self.show_problem(self.tr("Vorlage nicht exportiert"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Vorlage exportiert: {path}").format(path=path), 6000)
        return Path(path)

    def delete_template(self) -> bool:
        template = self._chosen_template()
        library = self.library()
        if template is None or library is None:
            return False
        if not library.is_own(template):
            self.statusBar().showMessage(
                self.tr("Mitgelieferte Vorlagen lassen sich nicht löschen."), 5000
            )
            return False
        question = self.tr("Die Vorlage „{title}“ löschen? Entwürfe daraus bleiben erhalten.")
        if not self.confirm(self.tr("Vorlage löschen"), question.format(title=template.title)):
            return False
        try:
            library.delete(template)
        except OSError as exc:
            self.show_problem(self.tr("Vorlage nicht gelöscht"), str(exc))
            return False
        self.reload_templates()
        self.statusBar().showMessage(
            self.tr("Vorlage „{title}“ gelöscht.").format(title=template.title), 5000
        )
        return True

    def ask_open_path(self, title: str, filter_text: str) -> str:
        return self.prompts.ask_open_path(title, filter_text)

    def ask_save_path_for(self, title: str, name: str, filter_text: str) -> str:
        return self.prompts.ask_save_path(title, name, filter_text)

    def show_problem(self, title: str, message: str) -> None:
        self.prompts.show_problem(title, message)

    def offer_welcome(self) -> WelcomeDialog | None:
        """The welcome, once per user (settings: welcome_done); None if already done."""
        if self._checks.settings.get("welcome_done"):
            return None
        from knigge_desktop.ui.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self._checks.settings, self)
        dialog.finished.connect(self._welcome_finished)
        dialog.open()  # window-modal, not a nested event loop
        self.welcome_dialog = dialog
        return dialog

    def _welcome_finished(self) -> None:
        self._checks.save_settings()
        self.gallery.show_tone(self._checks.settings.get("default_tone"))
        self._fill_sender_fields()

    def _fill_sender_fields(self) -> None:
        """Put the name and signature just given into the open draft's empty fields. An
        untouched draft starts afresh instead, in the usual tone: pre-filled, it stays
        untouched and is not saved."""
        if self.composer is None:
            return
        if self.composer.draft.id is None and self.composer.pristine:
            tone = self._checks.settings.get("default_tone")
            self.start_from_template(self.gallery.counterpart(self.composer.template.id, tone))
            return
        for name, value in self._new_draft_defaults()["prefill"].items():
            fields = {f.name for f in self.composer.template.fields}
            if name in fields and not str(self.composer.values.get(name, "")).strip():
                self.form.set_value(name, value)
                self._field_changed(name, value)

    def open_settings(self) -> None:
        from knigge_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._checks.settings, self._checks.rule_groups(), self)
        dialog.grammar_requested.connect(self.open_grammar_settings)
        dialog.accepted.connect(self._settings_changed)
        dialog.open()
        self.settings_dialog = dialog

    def _settings_changed(self) -> None:
        self._checks.save_settings()  # says so if the file cannot be written
        self.gallery.show_tone(self._checks.settings.get("default_tone"))
        self.request_check()

    def open_grammar_settings(self) -> None:
        from knigge_desktop.ui.grammar_dialog import GrammarDialog

        dialog = GrammarDialog(self._checks.settings, self._grammar, self)
        dialog.open()
        self.grammar_dialog = dialog

    def _platform_changed(self) -> None:
        if self.composer is None:
            return
        self.composer.set_platform(self.text_pane.chosen_platform())
        self._autosaver.schedule(self.composer.snapshot)
        self._update_limit()
        self.request_check()

    def next_finding(self) -> None:
        """F7: select the next finding in the text and explain it."""
        self._go_to_finding(forward=True)

    def previous_finding(self) -> None:
        """Shift+F7: the previous finding."""
        self._go_to_finding(forward=False)

    def _go_to_finding(self, *, forward: bool) -> None:
        finding = self.editor.neighbour_finding(forward)
        if finding is None:
            self.statusBar().showMessage(self.tr("Keine Hinweise im Text."), 3000)
            return
        self.editor.select_finding(finding)
        self.findings.show_finding(finding)
        self.statusBar().showMessage(finding.message, 8000)

    def apply_suggestion(self, finding: Finding, replacement: str) -> None:
        if self.editor.replace_finding(finding, replacement):
            self.statusBar().showMessage(
                self.tr("Vorschlag übernommen. Strg+Z macht es rückgängig."), 5000
            )
        else:
            self.statusBar().showMessage(
                self.tr("Der Text hat sich inzwischen geändert; er wird neu geprüft."), 5000
            )
            self.request_check()

    def ignore_finding(self, finding: Finding) -> None:
        if self.composer is None:
            return
        self.composer.ignore(finding.ignore_key(self.editor.toPlainText()))
        self._autosaver.schedule(self.composer.snapshot)
        self.request_check()
        self.statusBar().showMessage(
            self.tr(
                "Hinweis in diesem Entwurf ausgeblendet"
                " (Bearbeiten → Ignorierte Hinweise wieder zeigen)."
            ),
            6000,
        )

    def unignore_all(self) -> None:
        if self.composer is not None and self.composer.draft.ignored:
            self.composer.draft.ignored.clear()
            self._autosaver.schedule(self.composer.snapshot)
            self.request_check()

    def disable_rule(self, rule_id: str) -> None:
        self._checks.set_rule_enabled(rule_id, False)
        self.statusBar().showMessage(
            self.tr(
                "Regel „{rule}“ ausgeschaltet; "
                "einschalten unter Bearbeiten → Ausgeschaltete Regeln."
            ).format(rule=self._checks.rule_name(rule_id)),
            8000,
        )

    def _fill_disabled_menu(self) -> None:
        self.disabled_menu.clear()
        disabled = self._checks.disabled_rules()
        if not disabled:
            self.disabled_menu.addAction(self.tr("Keine Regel ausgeschaltet")).setEnabled(False)
        for rule_id in disabled:
            act = self.disabled_menu.addAction(
                self.tr("Einschalten: {rule}").format(rule=self._checks.rule_name(rule_id))
            )
            act.triggered.connect(lambda _=False, r=rule_id: self._checks.set_rule_enabled(r, True))

    def regenerate_text(self) -> None:
        if self.composer is None:
            return
        self._replace_text(self.composer.regenerate())
        self.edited_banner.hide()
        self._autosaver.schedule(self.composer.snapshot)
        self.request_check()  # the findings of the old text would point at wrong words
        self.statusBar().showMessage(
            self.tr("Text neu erzeugt. Strg+Z holt Ihren Text zurück."), 5000
        )

    def _update_counts(self) -> None:
        # Counting words in a huge paste on every keystroke would stall typing: there the
        # count waits for a pause.
        if self.editor.document().characterCount() > LIVE_LIMIT:
            if not self._counts_due:
                self._counts_due = True
                QTimer.singleShot(300, self, self._update_counts_now)
            return
        self._update_counts_now()

    def _update_counts_now(self) -> None:
        self._counts_due = False
        text = self.editor.toPlainText()
        stats = text_stats(text)
        words = self.tr("1 Wort") if stats.words == 1 else self.tr("{n} Wörter")
        chars = self.tr("1 Zeichen") if stats.characters == 1 else self.tr("{n} Zeichen")
        self.counts.setText(f"{words.format(n=stats.words)} · {chars.format(n=stats.characters)}")
        self._update_limit(text)

    def _update_limit(self, text: str | None = None) -> None:
        context = self.composer.check_context() if self.composer else None
        kind = context.kind if context else None
        platform = self.text_pane.chosen_platform()
        text = self.editor.toPlainText() if text is None else text
        self.text_pane.limit_meter.show_status(
            limit_status(text, platform, kind),
            platform,
            vocabulary(KIND_LABELS[kind]) if kind else "",
        )

    def _update_title(self) -> None:
        title = self.composer.draft.title if self.composer else ""
        self.setWindowTitle(f"{title} – Knigge Desktop" if title else "Knigge Desktop")

    # -- copy -----------------------------------------------------------------------------

    def confirm(self, title: str, question: str) -> bool:
        """A yes/no question through the window's prompts."""
        return self.prompts.confirm(title, question, self.tr("Ja"), self.tr("Nein"))

    def ask_copy_anyway(self, check: CopyCheck) -> bool:
        """Name what is still open; True if the user copies all the same."""
        from knigge_desktop.ui.copy_question import CopyQuestion

        self.copy_question = CopyQuestion(check, self)
        return self.copy_question.copy_anyway()

    def _current_etiquette_findings(self) -> list[Finding]:
        """The etiquette findings of the text on screen: a check still waiting runs now, so a
        warning typed a moment ago is not copied unasked."""
        self._checks.flush()
        findings, checked_text, _ = self._etiquette_found
        return findings if checked_text == self.editor.toPlainText() else []

    def copy_text(self) -> bool:
        text = self.editor.toPlainText()
        if self.composer is not None:
            check = self.composer.copy_check(text, self._current_etiquette_findings())
            if not check.ok and not self.ask_copy_anyway(check):
                self.statusBar().showMessage(self.tr("Nicht kopiert."), 4000)
                return False
        QGuiApplication.clipboard().setText(text)
        copied = self.tr("✓ Kopiert: {n} Zeichen in der Zwischenablage.").format(n=len(text))
        self.statusBar().showMessage(copied, 5000)
        self.copy_button.setText(self.tr("✓ Kopiert"))  # back to COPY_LABEL after two seconds
        self._copy_feedback.start()
        return True

    # -- drafts ---------------------------------------------------------------------------

    def focus_gallery(self) -> None:
        self.gallery.search.setFocus()
        self.gallery.search.selectAll()

    def show_drafts(self) -> DraftsDialog:
        from knigge_desktop.ui.drafts_dialog import DraftsDialog  # not needed to start up

        self._autosaver.flush()
        dialog = DraftsDialog(self._drafts, self, is_open_draft=self.is_open_draft)
        dialog.open_requested.connect(self.open_draft)
        dialog.open()
        return dialog

    def show_versions(self) -> VersionsDialog | None:
        from knigge_desktop.ui.versions_dialog import VersionsDialog

        self._autosaver.flush()
        if self.composer is None or self.composer.draft.id is None:
            self.statusBar().showMessage(
                self.tr("Dieser Entwurf hat noch keine gespeicherte Version."), 5000
            )
            return None
        dialog = VersionsDialog(self._drafts.versions(self.composer.draft.id), self)
        dialog.restore_requested.connect(self.restore_version)
        dialog.open()
        return dialog

    def restore_version(self, version: Version) -> None:
        """Bring back an earlier version; the state it replaces is already in the history."""
        if self.composer is None:
            return
        draft = self.composer.snapshot()
        draft.fields, draft.text = dict(version.fields), version.text
        restored = Composer(self.composer.template, draft, title=self._draft_title)
        restored.user_edited(version.text)  # hand-edited unless it equals the fields' text
        self._show(restored)
        self._autosaver.schedule(restored.snapshot)
        self._autosaver.flush()
        from knigge_desktop.ui.drafts_dialog import local_time

        when = local_time(version.saved)
        self.statusBar().showMessage(
            self.tr("Version vom {when} wiederhergestellt.").format(when=when), 6000
        )

    def _saved(self, draft: Draft) -> None:
        if self.composer is not None and self.composer.draft.id in (None, draft.id):
            self.composer.draft.id = draft.id
            self.composer.draft.created = draft.created
            self.composer.draft.updated = draft.updated
            self.composer.draft.revision = draft.revision  # the next save starts from it
        self._unsaved = not self._drafts.persistent
        if self._unsaved:
            return  # kept in memory only: the red "not saved" label stays true
        self.save_state.setStyleSheet("")
        self.save_state.setToolTip("")
        self.save_state.setText(self.tr("Gespeichert"))

    def _save_failed(self, message: str) -> None:
        self._unsaved = True
        self.save_state.setText(self.tr("Nicht gespeichert – als Textdatei sichern …"))
        self.save_state.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")
        self.save_state.setToolTip(message)
        self.statusBar().showMessage(
            message
            + " "
            + self.tr("Ihr Text bleibt im Fenster; Sie können ihn als Textdatei sichern."),
            15000,
        )

    def _offer_text_file(self) -> None:
        """The status bar's save state was clicked: only an unsaved text needs a file."""
        if self._unsaved:
            self.save_text_as_file()

    def save_text_as_file(self) -> bool:
        """Ask where, and write the text there; True once it is written."""
        suggested = str(Path.home() / "Knigge-Entwurf.txt")
        path = self.prompts.ask_save_path(
            self.tr("Text als Datei sichern"), suggested, self.tr("Text (*.txt)")
        )
        if not path:
            return False
        problem = self._drafts.write_text_file(Path(path), self.editor.toPlainText())
        if problem:
            self.statusBar().showMessage(problem, 15000)
            self.prompts.show_problem(self.tr("Nicht gesichert"), problem)
            return False
        self.statusBar().showMessage(
            self.tr("Text gesichert unter {path}.").format(path=path), 8000
        )
        return True

    def _drafts_changed(self) -> None:
        """A rename in the drafts dialog: the open draft keeps the new title when it is
        saved next, and the window title follows."""
        if self.composer is None or self.composer.draft.id is None:
            return
        stored = self._drafts.get(self.composer.draft.id)
        if stored is not None:
            self.composer.take_title(stored.title, renamed=stored.renamed)
            self._update_title()

    def is_open_draft(self, draft_id: int) -> bool:
        return self.composer is not None and self.composer.draft.id == draft_id

    def _draft_saved_elsewhere(self, draft: Draft) -> None:
        # Saved meanwhile by another window or process: nothing was overwritten. The text on
        # screen goes on as a draft of its own, so neither version is lost.
        if self.composer is not None and self.composer.draft.id == draft.id:
            self.composer.draft.id, self.composer.draft.revision = None, 0
            self.composer.draft.created = ""
            self._autosaver.schedule(self.composer.snapshot)
            self._autosaver.flush()

    def _draft_deleted(self, draft_id: int) -> None:
        # The open draft was deleted (the drafts dialog asked first): the window leaves it
        # and starts a fresh draft from the same template, so no keystroke can bring the
        # deleted one back as a copy. Undo in the dialog restores it, and reopens it.
        if not self.is_open_draft(draft_id) or self.composer is None:
            return
        self._autosaver.cancel()
        self._show(Composer(self.composer.template, **self._new_draft_defaults()))
        self._drafts.forget_last_open()
        self.statusBar().showMessage(
            self.tr("Der offene Entwurf ist gelöscht; ein neuer Entwurf ist begonnen."), 6000
        )

    def show_internal_error(self, message: str, first: bool) -> None:
        """An exception nobody caught (ui/error_hook.py): the status bar says so each time,
        a dialog only the first time in a session."""
        self.statusBar().showMessage(message, 15000)
        if first:
            self.prompts.show_problem(self.tr("Interner Fehler"), message)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("Über Knigge Desktop"),
            f"<b>Knigge Desktop {__version__}</b><p>"
            + self.tr(
                "Gute erste Nachrichten im Business-Netzwerk: freundlich, kurz, persönlich "
                "und in korrektem Deutsch."
            )
            + "</p>",
        )

    # -- replying to a received message (ui/reply_dialog.py, services/reply_service.py) ---
    # Built when first needed: nothing of this is on the start-up path.

    def _reply_service(self) -> ReplyService:
        if self._reply is None:
            from knigge_desktop.services.reply_service import ReplyService

            self._reply = ReplyService(lambda: self._templates.templates, self)
        return self._reply

    def reply_to_message(self, *, text: str | None = None) -> ReplyDialog:
        """Datei → Auf Nachricht antworten: the paste box, the open draft's received message
        in it if it has one and the box is empty."""
        from knigge_desktop.ui.reply_dialog import ReplyDialog

        if self.reply_dialog is None:
            self.reply_dialog = ReplyDialog(self._reply_service(), self)
            self.reply_dialog.reply_chosen.connect(self.start_reply)
        dialog = self.reply_dialog
        if text is None and not dialog.paste.toPlainText() and self.composer is not None:
            text = self.composer.draft.received or None
        if text is not None:
            dialog.set_text(text)
        dialog.open()
        dialog.paste.setFocus()
        return dialog

    def start_reply(self, reply: ReplyStart) -> None:
        """A new draft from the chosen template, its fields filled from what was read and
        the received message kept with it; saved at once, like a draft from the command
        line."""
        template = self._templates.get(reply.template_id)
        if template is None:
            return
        self._autosaver.flush()
        new = self._new_draft_defaults()
        if reply.platform is not None:  # where the message came from, the reply goes back
            new["platform"] = reply.platform
        composer = Composer.from_values(template, reply.values, **new)
        composer.draft.received = reply.received
        self._show(composer)
        self._autosaver.schedule(composer.snapshot)
        self._autosaver.flush()
        self.statusBar().showMessage(
            self.tr("Antwort begonnen: {title}").format(title=template.title), 5000
        )
        self.focus_first_empty_field()

    def start_reply_to(
        self,
        received: str,
        template_id: str | None = None,
        values: dict[str, FieldValue] | None = None,
    ) -> bool:
        """`knigge-desktop new --reply-to FILE`: read the file's message and start the reply
        with the first fitting template (or the one named); False if nothing could start."""
        from dataclasses import replace

        from knigge_desktop.services.reply_service import reply_start

        reading = self._reply_service().read_now(received)
        template = self._templates.get(template_id) if template_id else None
        if template is None and reading.templates:
            template = reading.templates[0]
        if template is None or reading.read is None:
            self.reply_to_message(text=received)  # the user sees what was read, and chooses
            return False
        reply = reply_start(reading, template)
        checked = values_for(template, values) if values else {}
        self.start_reply(replace(reply, values={**reply.values, **checked}))
        return True

    def _received_read(self, composer: Composer) -> ReadMessage | None:
        if not composer.draft.received:
            return None
        return self._reply_service().received_read(composer.draft.received)

    def _show_received(self, composer: Composer) -> None:
        """The received message above the fields while its reply is open; hidden otherwise."""
        if self.received_panel is None:
            if not composer.draft.received:
                return
            from PySide6.QtWidgets import QVBoxLayout as Column

            from knigge_desktop.ui.received_panel import ReceivedPanel

            self.received_panel = ReceivedPanel()
            index = self.splitter.indexOf(self._form_scroll)
            column = QWidget()
            layout = Column(column)
            layout.setContentsMargins(0, 0, 0, 0)
            # Not replaceWidget: PySide deletes the widget it hands back. Moving the fields
            # into the new column takes them out of the splitter; the widths stay.
            sizes = self.splitter.sizes()
            self.splitter.insertWidget(index, column)
            layout.addWidget(self.received_panel)
            layout.addWidget(self._form_scroll, 1)
            self.splitter.setStretchFactor(index, 2)
            if all(size > 0 for size in sizes):  # not yet laid out: the defaults stay
                self.splitter.setSizes(sizes)
        received = composer.draft.received
        self.received_panel.show_received(received, self._received_read(composer))

    # -- layout and looks ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The pane widths and window geometry of the last session, if they still fit."""
        settings = self._checks.settings
        sizes = settings.get("pane_sizes")
        if len(sizes) == 3 and all(isinstance(s, int) and s > 0 for s in sizes):
            self.splitter.setSizes(sizes)
        geometry = settings.get("window_geometry")
        if geometry:
            # restoreGeometry ignores data it cannot use, and keeps the window on a screen.
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))

    def _remember_layout(self) -> None:
        settings = self._checks.settings
        settings.set("pane_sizes", [int(size) for size in self.splitter.sizes()])
        settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self._checks.save_settings()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        # The desktop switched between light and dark. The text pane recolours its own
        # parts (children get this event after the window); the status bar is ours.
        if event.type() == QEvent.Type.PaletteChange and self.save_state.styleSheet():
            self.save_state.setStyleSheet(f"color: {pick(ERROR_TEXT, self)};")
        super().changeEvent(event)

    def close_for_signal(self) -> None:
        """A logout or kill: close without a question nobody could answer; an unsaved
        text is written to a rescue file instead (services/rescue.py)."""
        self._force_close = True
        if not self.close():  # pragma: no cover - a forced close is never refused
            self._force_close = False

    def _ask_before_quitting(self) -> bool:
        """True when the window may close: nothing unsaved, or the user decided."""
        untouched = self.composer is None or self.composer.pristine  # the template's own text
        if not self._unsaved or untouched or not self.editor.toPlainText().strip():
            return True
        choice = self.prompts.choose(
            self.tr("Text nicht gespeichert"),
            self.tr(
                "Ihr Text konnte nicht als Entwurf gespeichert werden. Wenn Sie jetzt "
                "beenden, ist er verloren."
            ),
            [self.tr("Als Textdatei sichern …"), self.tr("Trotzdem beenden"), self.tr("Abbrechen")],
        )
        if choice == 0:
            return self.save_text_as_file()
        return choice == 1

    def closeEvent(self, event: QCloseEvent) -> None:
        self._autosaver.flush()
        if self._force_close:
            if self._unsaved:
                rescue_text(self.editor.toPlainText())
        elif not self._ask_before_quitting():
            event.ignore()
            self.statusBar().showMessage(self.tr("Nicht beendet."), 4000)
            return
        self._remember_layout()
        if self._grammar is not None:
            self._grammar.shutdown()
        super().closeEvent(event)
