"""The composer window: gallery | fields | text. It lays out widgets, shows what the
compose session says and forwards what the user does.

What happens to a draft (which template, opening, saving, findings, the copy question's
content) is decided in services/compose_session.py; the templates and what the user does
with them in services/template_catalog.py.

Start-up cost: building the window leaves the Qt namespace (Qt.AlignmentFlag, …) and
QMessageBox alone, because their first use creates many enum types (about 20 ms, a sixth of
a bare window's start). Later actions import them when needed; bench_startup.py watches.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.composer import Composer
from knigge_desktop.services.compose_session import ComposeSession, RequestOutcome
from knigge_desktop.services.last_folder import LastFolder
from knigge_desktop.ui.actions import build_menus
from knigge_desktop.ui.field_form import FieldForm
from knigge_desktop.ui.findings_display import FindingsDisplay
from knigge_desktop.ui.gallery import TemplateGallery
from knigge_desktop.ui.length_display import LengthDisplay
from knigge_desktop.ui.menu_keys import TEXT_UNDO_FIRST
from knigge_desktop.ui.mnemonics import give_mnemonics
from knigge_desktop.ui.prompts import Prompts
from knigge_desktop.ui.reply_actions import ReplyActions
from knigge_desktop.ui.status_line import StatusLine
from knigge_desktop.ui.template_actions import TemplateActions
from knigge_desktop.ui.text_pane import COPY_LABEL, TextPane
from knigge_desktop.ui.window_dialogs import WindowDialogs
from knigge_desktop.ui.window_layout import remember_layout, restore_layout, set_tab_order


class MainWindow(QMainWindow):
    def __init__(self, session: ComposeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1280, 760)
        self.session = session
        self.catalog = session.catalog
        self._last_folder = LastFolder(session.settings)  # where file dialogs start
        self.prompts = Prompts(self)  # every question to the user; tests swap in a fake
        self._applying = False  # True while the window itself writes into the editor
        self._force_close = False  # a signal (logout, kill) closes without asking
        self._painted = False  # the first paint is done
        self.startup_problem: str | None = None  # shown once the window is up

        self.gallery = TemplateGallery(
            self.catalog.templates.items,
            self.catalog.templates.problems,
            first_paint_pending=True,
        )
        self.gallery.show_tone(session.settings.get("default_tone"))
        self.gallery.show_grouping(session.settings.get("gallery_group_by"))
        self.form = FieldForm()
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll = form_scroll
        # The middle column: a reply's received message goes above the fields
        # (ui/reply_actions.py). Made now, so the splitter keeps its three panes and the
        # widths the user chose whatever opens.
        form_column = QWidget()
        self.form_column = QVBoxLayout(form_column)
        self.form_column.setContentsMargins(0, 0, 0, 0)
        self.form_column.addWidget(form_scroll, 1)

        self.text_pane = TextPane()
        # The widgets tests and menus reach for.
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
        splitter.addWidget(form_column)
        splitter.addWidget(self.text_pane)
        splitter.setSizes([260, 380, 560])
        # Space goes to the work: the fields and the text grow and shrink most, the template
        # list least; none gets so narrow that its inputs cannot be used.
        for index, stretch in enumerate((1, 2, 3)):
            splitter.setStretchFactor(index, stretch)
        # 900 px wide still fits: 180 + 300 (the widest choices uncut, tests/
        # test_choice_labels_fit.py) + the text pane's 393 (the findings' three buttons).
        self.gallery.setMinimumWidth(180)
        form_column.setMinimumWidth(300)
        self.splitter = splitter
        restore_layout(self, splitter, session.settings)
        container = QWidget()
        outer = QVBoxLayout(container)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(splitter)
        self.setCentralWidget(container)

        self.status_line = StatusLine(self, session.drafts.persistent)
        self.counts = self.status_line.counts
        self.save_state = self.status_line.save_state
        self.grammar_status = self.status_line.grammar_status

        self.lengths = LengthDisplay(session, self.text_pane, self.status_line)
        self.findings_display = FindingsDisplay(self, session, self.editor, self.findings)
        self.templates = TemplateActions(self, session, self.gallery)
        self.dialogs = WindowDialogs(self, session)
        self.replies = ReplyActions(self, session)
        self._build_menus()
        self._connect()

    def _connect(self) -> None:
        """What the user does goes to the session; what the session says is shown."""
        session, catalog = self.session, self.catalog
        self.gallery.template_chosen.connect(self._template_chosen)
        self.gallery.template_highlighted.connect(session.preview)
        self.form.value_changed.connect(session.set_field)
        # After set_field: the text this typing renders is the field's own to undo.
        self.form.value_changed.connect(self._user_typed)
        self.editor.textChanged.connect(self._text_changed)
        self.regenerate_button.clicked.connect(session.regenerate)
        self.copy_button.clicked.connect(self.copy_text)
        self.editor.first_painted.connect(self._after_first_paint)
        self.editor.add_word_requested.connect(session.add_word)
        self.editor.paste_refused.connect(self.status_line.show_paste_refused)
        self.grammar_status.clicked.connect(self.dialogs.open_grammar_settings)
        self.save_state.clicked.connect(session.offer_text_file)
        session.opened.connect(self._show)
        session.reshaped.connect(self._show_reshaped)
        session.undo_offered.connect(self.status_line.offer_undo)
        self.status_line.undo_button.clicked.connect(session.undo)
        session.text_replaced.connect(self._replace_text)
        session.field_filled.connect(self.form.set_value)
        session.changed.connect(self._show_draft_state)
        session.save_state.connect(self.status_line.show_save_state)
        session.status.connect(self.statusBar().showMessage)
        session.status_outdated.connect(self.status_line.clear_if)
        catalog.status.connect(self.statusBar().showMessage)
        for problem in (session.checks.problem, session.settings.problem):
            problem.connect(self.status_line.show_problem)
        session.settings.option("default_tone").changed.connect(self.gallery.show_tone)
        if session.grammar is not None:
            self.status_line.follow_grammar(
                session.grammar.status_changed, session.grammar.off_label
            )
        else:
            self.status_line.show_grammar_off()

    @property
    def prompts(self) -> Prompts:
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        """The window's questions are the session's and the catalog's too."""
        prompts.last_folder = self._last_folder
        self._prompts = self.session.prompts = self.catalog.prompts = prompts

    @property
    def composer(self) -> Composer | None:
        return self.session.composer

    # -- menus (the table in ui/actions.py) --------------------------------------------

    def _build_menus(self) -> None:
        built = build_menus(self)
        self.menus = built.menus
        self.actions_by_id = built.actions
        self.action_handlers = built.handlers
        self.findings_display.disabled_menu = built.submenus["disabled_rules"]
        self._built_menus = built

    def all_actions(self) -> list[tuple[str, QAction]]:
        """Every menu action with its menu's name, in menu order (submenus left out)."""
        return self._built_menus.in_menu_order()

    def _show_focused_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form.isAncestorOf(new):
            self.form_scroll.ensureWidgetVisible(new)

    def focus_fields(self) -> None:
        """The first field, not the form itself."""
        inputs = self.form.inputs()
        (inputs[0] if inputs else self.form).setFocus()

    # -- which draft --------------------------------------------------------------------

    def handle_request(self, request: dict[str, object]) -> None:
        """A second start of the app asked for something: do it here, and come forward."""
        self.go_on_with(self.session.handle_request(request))
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def go_on_with(self, outcome: RequestOutcome) -> None:
        """After a draft was asked for: the user goes on in its first empty field, or in
        the paste box with a message no reply could be started for."""
        if outcome.started:
            self.focus_first_empty_field()
        elif outcome.paste is not None:
            self.replies.reply_to_message(text=outcome.paste)

    def focus_first_empty_field(self) -> None:
        """Where the user goes on after `knigge-desktop new …`: the first field still empty,
        or the text when every field is filled."""
        if self.composer is not None:
            empty = self.composer.first_empty_field()
            (self.form.input(empty) if empty else self.editor).setFocus()

    def _template_chosen(self, template_id: str) -> None:
        self.session.choose_template(template_id)
        inputs = self.form.inputs()
        target = inputs[0] if inputs else self.editor  # the user goes on typing there
        # New form rows become visible on the next turn of the event loop; focus them then.
        QTimer.singleShot(0, target, target.setFocus)

    # -- showing the session's state ----------------------------------------------------

    def _show(self, composer: Composer) -> None:
        self._build_form(composer)
        self._applying = True
        try:
            self.editor.setPlainText(composer.draft.text)
        finally:
            self._applying = False
        self.text_pane.show_platform(composer.platform)
        self.replies.show_received(composer)
        self.lengths.update()

    def _build_form(self, composer: Composer) -> None:
        """The template's form, a letter for each label (Alt and that letter), the tab chain."""
        self.gallery.show_template(composer.template.id)
        self.form.build(composer.template, composer.values, composer.hidden_fields())
        if self._painted:  # before, `_after_first_paint` does it, off the start-up path
            give_mnemonics(self)
        self._set_tab_order()

    def _show_reshaped(self, composer: Composer) -> None:
        """The same draft on another template, or with a field fixed: the form anew, the
        text as one undoable step (Ctrl+Z in the text brings the old one back)."""
        self._build_form(composer)
        self._replace_text(composer.draft.text)
        self.text_pane.show_platform(composer.platform)
        self.replies.show_received(composer)
        self.lengths.update()

    def _show_draft_state(self) -> None:
        composer = self.composer
        self.edited_banner.setVisible(composer is not None and composer.text_edited)
        title = self.session.title
        self.setWindowTitle(f"{title} – Knigge Desktop" if title else "Knigge Desktop")

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
        set_tab_order(chain)

    def _text_changed(self) -> None:
        self.lengths.update()
        if not self._applying:
            self._user_typed()
        self.session.text_on_screen(self.editor.toPlainText(), typed=not self._applying)

    def _user_typed(self) -> None:
        """The user's own edit is now the last: Ctrl+Z in a box undoes the box's typing."""
        self.setProperty(TEXT_UNDO_FIRST, False)

    def _replace_text(self, text: str) -> None:
        """Write into the editor as one undoable step, keeping the caret where it was."""
        if text == self.editor.toPlainText():
            return
        from PySide6.QtGui import QTextCursor  # not at start-up: its enums cost ~0.5 ms

        position = self.editor.textCursor().position()
        cursor = QTextCursor(self.editor.document())

        def replace() -> None:
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()

        self._applying = True
        try:
            self.editor.replace(text, replace)  # no wrapping of a line far too long
        finally:
            self._applying = False
        # The window's step is the last change: Ctrl+Z takes it back, also from a field
        # (ui/menu_keys.py); typing in a field right after clears this (_user_typed).
        self.setProperty(TEXT_UNDO_FIRST, True)
        caret = self.editor.textCursor()
        caret.setPosition(min(position, len(text)))
        self.editor.setTextCursor(caret)

    # -- findings -----------------------------------------------------------------------

    def _after_first_paint(self) -> None:
        """Work that would delay the first paint: the checks, and anything that touches the
        Qt namespace (its first use costs ~20 ms, benchmarks/bench_startup.py)."""
        from PySide6.QtCore import Qt

        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        self.gallery.after_first_paint()
        self.findings.after_first_paint()
        self.status_line.after_first_paint()
        self._painted = True
        # Tab scrolls the fields to the one it reaches; Alt and a label's letter does not.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused_field)
        give_mnemonics(self)  # the form's labels come from the template: letters given here
        self.catalog.keep_for_next_start()
        self.session.start_checks()

    # -- copy -----------------------------------------------------------------------------

    def copy_text(self) -> bool:
        text = self.editor.toPlainText()
        if not self.session.may_copy():
            return False
        QGuiApplication.clipboard().setText(text)
        copied = self.tr("✓ Kopiert: {n} Zeichen in der Zwischenablage.").format(n=len(text))
        self.statusBar().showMessage(copied, 5000)
        self.copy_button.setText(self.tr("✓ Kopiert"))  # back to COPY_LABEL after two seconds
        self._copy_feedback.start()
        return True

    # -- dialogs --------------------------------------------------------------------------

    def focus_gallery(self) -> None:
        self.gallery.search.setFocus()
        self.gallery.search.selectAll()

    def show_internal_error(self, message: str, first: bool) -> None:
        """An exception nobody caught (ui/error_hook.py): the status bar says so each time,
        a dialog only the first time in a session."""
        self.statusBar().showMessage(message, 15000)
        if first:
            self.prompts.show_problem(self.tr("Interner Fehler"), message)

    # -- layout and closing -------------------------------------------------------------

    def close_for_signal(self) -> None:
        """A logout or kill: close without a question nobody could answer; an unsaved
        text is written to a rescue file instead (services/rescue.py)."""
        self._force_close = True
        if not self.close():  # pragma: no cover - a forced close is never refused
            self._force_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._force_close and not self.session.may_close():
            event.ignore()
            self.statusBar().showMessage(self.tr("Nicht beendet."), 4000)
            return
        self.session.close(forced=self._force_close)
        remember_layout(self, self.splitter, self.session.settings, self.gallery.grouping())
        super().closeEvent(event)
