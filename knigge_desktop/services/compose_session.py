"""One draft's life, from the first template to the last save: what the window decides
nothing about. The window lays out widgets, shows what this session says through its
signals, and forwards what the user does (mu-editor's Editor, handed its view).

The session holds the Composer (core/composer.py: may the form rewrite the text?), the
autosaver, the findings of the text on screen (etiquette and grammar, merged), and whether
the text is safely stored. It never touches a widget; tests drive it with a fake Prompts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from knigge_desktop.core.composer import Composer, CopyCheck, draft_title
from knigge_desktop.core.drafts import Draft, Version
from knigge_desktop.core.findings import Finding, merge_findings, neighbour_finding
from knigge_desktop.core.greeting import GreetingStyle
from knigge_desktop.core.platforms import LimitStatus, limit_status
from knigge_desktop.core.templates import FieldValue, Template
from knigge_desktop.core.vocabulary import Kind, Platform, Tone
from knigge_desktop.services.core_text import reason
from knigge_desktop.services.drafts_service import Autosaver, DraftsService
from knigge_desktop.services.etiquette_service import LIVE_LIMIT, EtiquetteService
from knigge_desktop.services.grammar_service import GrammarState
from knigge_desktop.services.rescue import rescue_text
from knigge_desktop.services.settings_service import SettingsService
from knigge_desktop.services.template_catalog import Asks, TemplateCatalog
from knigge_desktop.services.template_switch_words import switch_message

if TYPE_CHECKING:
    from knigge_desktop.core.reply import ReadMessage
    from knigge_desktop.services.grammar_service import GrammarService
    from knigge_desktop.services.reply_service import ReplyService, ReplyStart

FIRST_TEMPLATE = "first_contact_formal"  # a first start opens this one


class RequestOutcome(NamedTuple):
    started: bool  # a draft was started: the user goes on in its first empty field
    paste: str | None  # a received message no reply could be started for: show it


class _Before(NamedTuple):
    """The open draft as it was before the session changed it for the user (another
    template, a fix that went into a field): what "Rückgängig" brings back."""

    template: Template
    draft: Draft


class ComposeSession(QObject):
    opened = Signal(object)  # a Composer: another draft is on screen (form and text anew)
    # The same draft, reshaped (another template, a field fixed): the form anew, the text
    # written as one undoable step, so the editor's Ctrl+Z brings the old one back.
    reshaped = Signal(object)
    undo_offered = Signal(str)  # what "Rückgängig" would undo; "" when nothing
    text_replaced = Signal(str)  # the fields rewrote the text: one undoable step
    field_filled = Signal(str, object)  # the session filled a field (name, value)
    changed = Signal()  # title, "edited by hand", platform or kind may differ now
    findings_changed = Signal(object, str, str)  # findings of the text on screen, text, note
    save_state = Signal(bool, str)  # stored?, and the reason when not
    status = Signal(str, int)  # a message for the status bar, and for how many ms
    # A message said before that is no longer true (a "Strg+Z holt …" once the user typed):
    # the window takes it away if it still shows.
    status_outdated = Signal(str)

    def __init__(
        self,
        catalog: TemplateCatalog,
        drafts: DraftsService,
        settings: SettingsService,
        checks: EtiquetteService,
        grammar: GrammarService | None,
        prompts: Asks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.drafts = drafts
        self.settings = settings
        self.checks = checks
        self.grammar = grammar
        self.prompts = prompts  # the window's (ui/prompts.py); a fake in tests
        self.autosaver = Autosaver(drafts, self)
        self.composer: Composer | None = None
        self.text = ""  # the text on screen, as the window last reported it
        # True from a failed save until the next one succeeds: closing must then ask.
        self.unsaved = not drafts.persistent
        self.checks_started = False  # checks start once the window is painted
        self.etiquette_found: tuple[list[Finding], str, str] = ([], "", "")
        self.grammar_found: tuple[list[Finding], str] = ([], "")
        self.findings_shown: tuple[list[Finding], str] = ([], "")  # merged, and their text
        self._reply: ReplyService | None = None  # made when first used: not on start-up
        self._before: _Before | None = None  # what "Rückgängig" brings back
        self._fresh_reply: Draft | None = None  # a reply as started, before any change
        self._save_problem: str | None = None  # why the last save failed; None once saved
        self._walked_to: Finding | None = None  # where F7 went last (findings may share a place)
        self._undo_promise: str | None = None  # the "Strg+Z …" message said last
        self._saving_for: Composer | None = None  # the composer whose save is scheduled
        self._promise_spares_next_edit = False
        drafts.save_failed.connect(self._save_failed)
        drafts.saved.connect(self._saved)
        drafts.deleted.connect(self._draft_deleted)
        drafts.changed.connect(self._drafts_changed)
        drafts.conflict.connect(self._draft_saved_elsewhere)
        checks.checked.connect(self._etiquette_checked)
        checks.rules_changed.connect(self.request_check)
        # Grammar reads the dictionary at each check: a word taken out is flagged again.
        settings.option("dictionary").changed.connect(lambda _: self.request_check())
        if grammar is not None:
            grammar.checked.connect(self._grammar_checked)
            grammar.status_changed.connect(self._grammar_status_changed)

    @property
    def title(self) -> str:
        return self.composer.draft.title if self.composer else ""

    @property
    def template(self) -> Template | None:
        """The template of the draft on screen."""
        return self.composer.template if self.composer else None

    # -- which draft --------------------------------------------------------------------

    def start_from_template(
        self,
        template_id: str,
        values: dict[str, FieldValue] | None = None,
        *,
        announce: bool = True,
    ) -> bool:
        """A new draft from the template; `announce` says so in the status bar (not while
        the user only looks through the gallery: the list shows what is chosen)."""
        template = self.catalog.get(template_id)
        if template is None or not self.may_leave_draft():
            return False
        new = self.new_draft_defaults()
        if values:
            composer = Composer.from_values(template, values, **new)
            self._show(composer)
            self._save_now()  # a draft asked for from the command line exists at once
        else:
            self._show(Composer(template, **new))
        if announce:
            self.status.emit(self.tr("Neuer Entwurf: {title}").format(title=template.title), 4000)
        return True

    def resume(self) -> None:
        """At start-up: the draft open when the app last ended, else a new one from the
        first contact in the user's usual tone."""
        last = self.drafts.last_open()
        if last is not None and self.open_draft(last.id or 0):
            return
        tone = "informal" if self.settings.get("default_tone") == "informal" else "formal"
        first = (
            self.catalog.get(f"first_contact_{tone}")
            or self.catalog.get(FIRST_TEMPLATE)
            or next(iter(self.catalog.templates.items), None)
        )
        if first is not None:
            self.start_from_template(first.id)

    def preview(self, template_id: str) -> None:
        """Looking at a template: an untouched draft shows it at once; a draft with anything
        typed into it is only left by choosing a template."""
        if self.composer is None or self.composer.template.id == template_id:
            return
        if self.composer.draft.id is None and not self.autosaver.pending and self.pristine:
            # Quietly: while the user types a search or walks the list, a status message per
            # step would only distract from the list, which shows the match.
            self.start_from_template(template_id, announce=False)

    def open_draft(self, draft_id: int) -> bool:
        if self.is_open_draft(draft_id):
            self.autosaver.flush()
        elif not self.may_leave_draft():
            return False
        draft = self.drafts.get(draft_id)
        if draft is None:
            return False
        template = self.catalog.get(draft.template) or self.missing_template(draft)
        self._show(Composer(template, draft, title=self.draft_title))
        self.drafts.remember_open(draft_id)  # the next start reopens this one
        if draft.invalid_bytes:  # edited outside the app: say why "�" stands in the text
            self.status.emit(
                self.tr("Der Entwurf enthielt Bytes, die kein Text sind; sie stehen als „�“ da."),
                10000,
            )
        return True

    def is_open_draft(self, draft_id: int) -> bool:
        return self.composer is not None and self.composer.draft.id == draft_id

    @property
    def pristine(self) -> bool:
        """Nothing entered yet: leaving the draft loses nothing."""
        return self.composer is None or self.composer.pristine

    def new_draft_defaults(self) -> dict[str, Any]:
        """What the user set once for every new draft: their name, signature, platform."""
        prefill = {
            name: self.settings.get(name)
            for name in ("sender_name", "sender_signature")
            if self.settings.get(name).strip()
        }
        try:
            platform = Platform(self.settings.get("default_platform"))
        except ValueError:
            platform = None
        return {"prefill": prefill, "platform": platform, "title": self.draft_title}

    def draft_title(self, recipient: str, kind: str) -> str:
        """A draft's automatic title (core/composer.draft_title) in the window's language."""
        return draft_title(recipient, kind, QCoreApplication.translate)

    def missing_template(self, draft: Draft) -> Template:
        """Stand-in for a template that no longer exists: the draft's text stays editable."""
        kind = draft.kind or Kind.FIRST_CONTACT
        return Template(
            id=draft.template,
            title=self.tr("Vorlage „{id}“ nicht gefunden").format(id=draft.template),
            kind=kind,
            tone=Tone.FORMAL,
            platforms=(),
            when="",
            body="",
            fields=(),
            greeting_style=GreetingStyle.SEHR_GEEHRT,
            source=Path(),
        )

    def _show(self, composer: Composer) -> None:
        self._offer_undo(None)
        self.composer = composer
        self.text = composer.draft.text
        self.opened.emit(composer)
        self.changed.emit()
        self.request_check()

    def _schedule_save(self) -> None:
        if self.composer is not None:
            self._saving_for = self.composer
            self.autosaver.schedule(self.composer.snapshot)

    def _save_now(self) -> None:
        self._schedule_save()
        self.autosaver.flush()

    # -- edits --------------------------------------------------------------------------

    def set_field(self, name: str, value: FieldValue) -> None:
        if self.composer is None:
            return
        self._user_edited()
        try:
            new_text = self.composer.set_field(name, value)
        except ValueError as exc:
            self.status.emit(reason(exc), 6000)
            return
        if new_text is not None and new_text != self.text:
            self.text = new_text
            self.text_replaced.emit(new_text)
        self.changed.emit()
        self._schedule_save()
        self.request_check()  # the recipient may have changed even where the text did not

    def _promise_undo(self, message: str, ms: int, *, before_the_edit: bool = False) -> None:
        """Say what was done and that Ctrl+Z takes it back; taken away again once the user
        edits (then Ctrl+Z takes back that edit first). `before_the_edit`: said before the
        window makes the change it speaks of (a fix it writes into the text)."""
        self._undo_promise = message
        self._promise_spares_next_edit = before_the_edit
        self.status.emit(message, ms)

    def _user_edited(self) -> None:
        if self._promise_spares_next_edit:
            self._promise_spares_next_edit = False  # the change the promise is about
            return
        if self._undo_promise is not None:
            self.status_outdated.emit(self._undo_promise)
            self._undo_promise = None

    def text_on_screen(self, text: str, *, typed: bool) -> None:
        """The editor's text changed: typed (or pasted) by the user, or written by the
        window from what this session said."""
        self.text = text
        if not typed or self.composer is None:
            return
        self._user_edited()
        if self._before is not None and text == self._before.draft.text:
            self.undo()  # Ctrl+Z in the editor: the fields and the template come back too
            return
        self.composer.user_edited(text)
        self.changed.emit()  # a greeting typed by hand names the draft
        self._schedule_save()
        self.request_check()

    def set_platform(self, platform: Platform | None) -> None:
        if self.composer is None:
            return
        self.composer.set_platform(platform)
        self._schedule_save()
        self.changed.emit()
        self.request_check()

    def regenerate(self) -> None:
        if self.composer is None:
            return
        text = self.composer.regenerate()
        replaced = text != self.text
        if replaced:
            self.text = text
            self.text_replaced.emit(text)
        self.changed.emit()
        self._schedule_save()
        self.request_check()  # the findings of the old text would point at wrong words
        if replaced:  # only then is there a text of the user's for Ctrl+Z to bring back
            self._promise_undo(self.tr("Text neu erzeugt. Strg+Z holt Ihren Text zurück."), 5000)
        else:
            self.status.emit(self.tr("Der Text entspricht schon den Feldern."), 4000)

    def restore_version(self, version: Version) -> None:
        """Bring back an earlier version; the state it replaces is already in the history –
        unless it could not be saved (a full disk): then the user decides first."""
        if self.composer is None or not self.may_leave_draft(version=True):
            return
        draft = self.composer.snapshot()
        draft.fields, draft.text = dict(version.fields), version.text
        restored = Composer(self.composer.template, draft, title=self.draft_title)
        restored.user_edited(version.text)  # hand-edited unless it equals the fields' text
        self._show(restored)
        self._save_now()

    def fill_sender_fields(self) -> None:
        """The name and signature were just given (the welcome): into the open draft's empty
        fields. An untouched draft starts afresh instead, in the usual tone: pre-filled, it
        stays untouched and is not saved."""
        if self.composer is None:
            return
        if self.composer.draft.id is None and self.composer.pristine:
            tone = self.settings.get("default_tone")
            self.start_from_template(self.catalog.counterpart(self.composer.template.id, tone))
            return
        fields = {f.name for f in self.composer.template.fields}
        for name, value in self.new_draft_defaults()["prefill"].items():
            if name in fields and not str(self.composer.values.get(name, "")).strip():
                self.field_filled.emit(name, value)
                self.set_field(name, value)

    def follow_template(self, template_id: str) -> None:
        """The template just saved is the open draft's: it takes the new fields and, unless
        its text was edited by hand, the new text."""
        template = self.catalog.get(template_id)
        if self.composer is None or self.composer.template.id != template_id or template is None:
            return
        draft = self.composer.snapshot()
        composer = Composer(template, draft, title=self.draft_title)
        if not draft.text_edited:
            composer.draft.text = composer.rendered()
        self._show(composer)
        self._schedule_save()

    # -- replying to a received message (services/reply_service.py) ------------------

    @property
    def reply(self) -> ReplyService:
        """Reads pasted messages; built when first needed, so nothing of it is on start-up."""
        if self._reply is None:
            from knigge_desktop.services.reply_service import ReplyService

            self._reply = ReplyService(lambda: self.catalog.templates.items, self)
        return self._reply

    def start_reply(self, reply: ReplyStart) -> None:
        """A new draft from the chosen template, its fields filled from what was read and
        the received message kept with it; saved at once, so the message is never lost."""
        template = self.catalog.get(reply.template_id)
        if template is None or not self.may_leave_draft():
            return
        new = self.new_draft_defaults()
        if reply.platform is not None:  # where the message came from, the reply goes back
            new["platform"] = reply.platform
        composer = Composer.from_values(template, reply.values, **new)
        composer.draft.received = reply.received
        untouched = self._untouched_reply(reply.received)
        self._show(composer)
        self._save_now()
        if untouched is not None:  # the new reply holds the same message: nothing is lost
            self.drafts.delete(untouched)
        self._fresh_reply = self.composer.snapshot() if self.composer else None
        self.status.emit(self.tr("Antwort begonnen: {title}").format(title=template.title), 5000)

    def start_reply_to(
        self,
        received: str,
        template_id: str | None = None,
        values: dict[str, FieldValue] | None = None,
    ) -> bool:
        """`knigge-desktop new --reply-to FILE`: read the message and start the reply with
        the template named, else the best fitting one; False if nothing fits or nothing
        could be read (the window then shows the paste box with the message)."""
        from knigge_desktop.services.reply_service import reply_start
        from knigge_desktop.services.single_instance import values_for

        reading = self.reply.read_now(received)
        template = self.catalog.get(template_id) if template_id else None
        if template is None and reading.templates:
            template = reading.templates[0]
        if template is None or reading.read is None:
            return False
        start = reply_start(reading, template)
        checked = values_for(template, values) if values else {}
        self.start_reply(replace(start, values={**start.values, **checked}))
        return True

    def _untouched_reply(self, received: str) -> int | None:
        """The open draft's id if it is a reply to ``received`` left as it was started: a
        new reply to that message replaces it."""
        fresh, composer = self._fresh_reply, self.composer
        if fresh is None or composer is None or composer.draft.id != fresh.id:
            return None
        draft = composer.snapshot()
        as_started = (draft.template, draft.fields, draft.received) == (
            fresh.template,
            fresh.fields,
            received,
        )
        untouched = not (draft.text_edited or draft.ignored or draft.renamed)
        return draft.id if as_started and untouched and fresh.received == received else None

    def handle_request(self, request: Mapping[str, object]) -> RequestOutcome:
        """A second start of the app asked for a draft (`knigge-desktop new …`): start it.
        Only values that fit the template's fields are taken (a crafted request must not
        crash); a reply that cannot be started hands its message back for the paste box."""
        from knigge_desktop.services.single_instance import values_for

        template, values, received = (
            request.get(k) for k in ("new_template", "values", "received")
        )
        chosen = self.catalog.get(template) if isinstance(template, str) else None
        checked = values_for(chosen, values) if chosen and isinstance(values, dict) else {}
        if isinstance(received, str):  # `new --reply-to`: the reply, started and filled
            started = self.start_reply_to(received, chosen.id if chosen else None, checked)
            return RequestOutcome(started, None if started else received)
        if chosen is None:
            return RequestOutcome(False, None)
        return RequestOutcome(self.start_from_template(chosen.id, checked), None)

    def choose_template(self, template_id: str) -> bool:
        """The user chose a template in the gallery. While a reply is open, one that fits
        its received message becomes the template of that same reply (change_template);
        any other starts a new draft."""
        received = self.composer.draft.received if self.composer else ""
        if received and self.composer and template_id in {t.id for t in self.fitting_templates()}:
            return self.change_template(template_id)
        return self.start_from_template(template_id)

    def change_template(self, template_id: str) -> bool:
        """The open draft takes another template: the same draft (no second one beside
        it), its values wherever the new template has the field, its message and platform.
        The state before is saved first, so the versions dialog has it, and "Rückgängig"
        (or Ctrl+Z in the text) brings it back."""
        template = self.catalog.get(template_id)
        if self.composer is None or template is None:
            return False
        if template.id == self.composer.template.id:
            return True
        before = self._keep_before()
        left = self.composer.left_behind(template)
        # A text edited by hand gives way to the new template's: only undo and the
        # versions still have it, like the values without a field. The user must know.
        hand_written = self.composer.text_edited
        self._reshape(self.composer.with_template(template), before)
        said = switch_message(template.title, left, hand_written)
        self._promise_undo(said, 15000 if left or hand_written else 8000)
        return True

    def _keep_before(self) -> _Before:
        """The open draft saved as it is now, as a version of its own (the next save, of
        the changed draft, does not overwrite it): what "Rückgängig" and the versions
        dialog bring back."""
        assert self.composer is not None
        if not self.composer.pristine:
            self._save_now()
            if self.composer.draft.id is not None:
                self.drafts.keep_version(self.composer.draft.id)
        return _Before(self.composer.template, self.composer.snapshot())

    def undo(self) -> None:
        """Rückgängig: the draft as it was before the last template change or field fix."""
        before = self._before
        if before is None or self.composer is None:
            return
        self._keep_before()  # what was typed since stays a version too
        draft = self.composer.snapshot()
        restored = replace(
            before.draft,
            id=draft.id,
            created=draft.created,
            updated=draft.updated,
            revision=draft.revision,
            title=draft.title if draft.renamed else before.draft.title,
            renamed=draft.renamed,
        )
        self._reshape(Composer(before.template, restored, title=self.draft_title), None)
        self.status.emit(self.tr("Rückgängig gemacht."), 4000)

    def _reshape(self, composer: Composer, before: _Before | None) -> None:
        self.composer = composer
        self.text = composer.draft.text
        self.reshaped.emit(composer)
        self._offer_undo(before)
        self.changed.emit()
        self._schedule_save()
        self.request_check()

    def _offer_undo(self, before: _Before | None) -> None:
        if before is None and self._before is None:
            return
        self._before = before
        self.undo_offered.emit(before.template.title if before else "")

    def fitting_templates(self) -> list[Template]:
        """The templates that answer the open draft's received message, best first."""
        read = self.received_read()
        if read is None:
            return []
        from knigge_desktop.core.reply import fitting_templates

        return fitting_templates(read, self.catalog.templates.items)

    def received_read(self) -> ReadMessage | None:
        """The open draft's received message as read, for the checks and the panel."""
        if self.composer is None or not self.composer.draft.received:
            return None
        return self.reply.received_read(self.composer.draft.received)

    # -- findings -----------------------------------------------------------------------

    def start_checks(self) -> None:
        self.checks_started = True
        if self.grammar is not None:
            self.grammar.start()
        self.request_check()

    def request_check(self) -> None:
        if self.composer is not None and self.checks_started:
            context = self.composer.check_context()._replace(received=self.received_read())
            self.checks.request(self.text, context, self.composer.draft.ignored)
            if self.grammar is not None and len(self.text) <= LIVE_LIMIT:  # no 1 MB paste to LT
                self.grammar.request(self.text, context)

    def _etiquette_checked(self, findings: list[Finding], text: str, note: str) -> None:
        self.etiquette_found = (findings, text, note)
        self._publish_findings()

    def _grammar_checked(self, findings: list[Finding], text: str) -> None:
        self.grammar_found = (findings, text)
        self._publish_findings()

    def _publish_findings(self) -> None:
        """Etiquette and grammar findings of the text on screen, merged, ignored ones out."""
        etiquette, etiquette_text, note = self.etiquette_found
        grammar, grammar_text = self.grammar_found
        if etiquette_text != self.text:
            return  # the text moved on; a newer check is on its way
        ignored = set(self.composer.draft.ignored) if self.composer else set()
        language = (
            [f for f in grammar if f.ignore_key(self.text) not in ignored]
            if grammar_text == self.text
            else []
        )
        self.findings_shown = (merge_findings(etiquette, language), self.text)
        self.findings_changed.emit(self.findings_shown[0], self.text, note)

    def go_to_finding(self, selection: tuple[int, int], *, forward: bool) -> Finding | None:
        """F7 / Shift+F7: the finding to select next from ``selection`` (Python indices into
        the text on screen), its message said in the status bar. A check still due for the
        text runs first: the findings of an older text would say "none" for one that has some."""
        if self.findings_shown[1] != self.text:
            self.checks.flush()
        findings, checked_text = self.findings_shown
        if checked_text != self.text:  # the checks have not started yet (rules loading)
            self.status.emit(
                self.tr("Der Text wird noch geprüft; gleich noch einmal, bitte."), 3000
            )
            return None
        finding = neighbour_finding(findings, selection, forward=forward, current=self._walked_to)
        self._walked_to = finding
        note = self.etiquette_found[2] if self.etiquette_found[1] == self.text else ""
        if finding is None:
            # A text too long for the live check has no findings because it is not checked.
            self.status.emit(note or self.tr("Keine Hinweise im Text."), 5000)
        else:
            self.status.emit(finding.message, 8000)
        return finding

    def apply_suggestion(self, finding: Finding, replacement: str) -> tuple[int, int] | None:
        """A suggestion for ``finding`` taken. Wholly inside what one field's value wrote
        into the text, it fixes that field, and the text is made from the fields again
        (`field_filled`, `text_replaced`); None then. Otherwise
        the span (Python indices) of the text on screen that the window replaces, as one
        undoable step. None, and a new check, when the text changed since it was checked:
        the finding's place may hold other words."""
        findings, checked_text = self.findings_shown
        if checked_text != self.text or finding not in findings:
            self.status.emit(
                self.tr("Der Text hat sich inzwischen geändert; er wird neu geprüft."), 5000
            )
            self.request_check()
            return None
        composer = self.composer
        fix = composer.field_fix(finding.start, finding.end, replacement) if composer else None
        if composer is None or fix is None:
            self._promise_undo(
                self.tr("Vorschlag übernommen. Strg+Z macht es rückgängig."),
                5000,
                before_the_edit=True,  # the window writes the fix into the text next
            )
            return finding.start, finding.end
        name, value = fix
        before = self._keep_before()
        self.field_filled.emit(name, value)
        self.set_field(name, value)  # the text from the fields again, one undoable step
        self._offer_undo(before)
        field = composer.template.field(name)
        self._promise_undo(
            self.tr("Vorschlag ins Feld „{field}“ übernommen. Strg+Z macht es rückgängig.").format(
                field=field.label if field else name
            ),
            5000,
        )
        return None

    def _grammar_status_changed(self, state: GrammarState, message: str, need: str) -> None:
        if state == GrammarState.READY:
            self.request_check()

    def ignore(self, finding: Finding) -> None:
        if self.composer is None:
            return
        self.composer.ignore(finding.ignore_key(self.text))
        self._schedule_save()
        self.request_check()
        self.status.emit(
            self.tr(
                "Hinweis in diesem Entwurf ausgeblendet"
                " (Bearbeiten → Ignorierte Hinweise wieder zeigen)."
            ),
            6000,
        )

    def unignore_all(self) -> None:
        """Bearbeiten → Ignorierte Hinweise wieder zeigen, and the status says what it did."""
        if self.composer is None or not self.composer.draft.ignored:
            self.status.emit(self.tr("In diesem Entwurf ist kein Hinweis ausgeblendet."), 5000)
            return
        self.composer.draft.ignored.clear()
        self._schedule_save()
        self.request_check()
        self.status.emit(self.tr("Die ausgeblendeten Hinweise werden wieder gezeigt."), 5000)

    def add_word(self, word: str) -> None:
        """Into the personal dictionary: no spelling finding for it, here and anywhere."""
        self.settings.add_word(word)
        grammar, text = self.grammar_found
        self.grammar_found = ([f for f in grammar if text[f.start : f.end] != word], text)
        self._publish_findings()
        self.request_check()
        self.status.emit(
            self.tr("„{word}“ steht jetzt in Ihrem Wörterbuch.").format(word=word), 5000
        )

    def disable_rule(self, rule_id: str) -> None:
        self.settings.set_rule_enabled(rule_id, False)
        self.status.emit(
            self.tr(
                "Regel „{rule}“ ausgeschaltet; "
                "einschalten unter Bearbeiten → Ausgeschaltete Regeln."
            ).format(rule=self.checks.rule_name(rule_id)),
            8000,
        )

    def enable_rule(self, rule_id: str) -> None:
        """Bearbeiten → Ausgeschaltete Regeln → Einschalten: …"""
        self.settings.set_rule_enabled(rule_id, True)
        self.status.emit(
            self.tr("Regel „{rule}“ wieder eingeschaltet.").format(
                rule=self.checks.rule_name(rule_id)
            ),
            5000,
        )

    def length_limit(self, text: str, platform: Platform | None) -> tuple[LimitStatus, Kind | None]:
        """How long ``text`` is against ``platform``'s limit for the open draft's kind (the
        limit meter under the text), and that kind."""
        kind = self.composer.template_kind if self.composer else None
        return limit_status(text, platform, kind), kind

    def may_copy(self) -> bool:
        """Before the text goes to the clipboard: when something is still open, the user
        decides (the copy question); True when it may be copied."""
        check = self.copy_check()
        if check is None:
            return True
        assert self.prompts is not None, "the window hands its prompts over"
        if self.prompts.ask_copy_anyway(check):
            return True
        self.status.emit(self.tr("Nicht kopiert."), 4000)
        return False

    def copy_check(self) -> CopyCheck | None:
        """What is still open in the text on screen, or None when nothing is (or no draft).
        A check still waiting runs now, so a warning typed a moment ago is not copied
        unasked."""
        if self.composer is None:
            return None
        self.checks.flush()
        findings, checked_text, _ = self.etiquette_found
        check = self.composer.copy_check(self.text, findings if checked_text == self.text else [])
        return None if check.ok else check

    # -- saved, or not ------------------------------------------------------------------

    def _saved(self, draft: Draft) -> None:
        # A new draft (no id yet) takes the id only of its own first save, never of a save
        # of the draft open before it.
        ours = self.composer is not None and (
            self.composer.draft.id == draft.id
            or (self.composer.draft.id is None and self._saving_for is self.composer)
        )
        if ours and self.composer is not None:
            self.composer.draft.id = draft.id
            self.composer.draft.created = draft.created
            self.composer.draft.updated = draft.updated
            self.composer.draft.revision = draft.revision  # the next save starts from it
        self.unsaved = not self.drafts.persistent
        self._save_problem = None
        if not self.unsaved:  # kept in memory only: the "not saved" state stays true
            self.save_state.emit(True, "")

    def _save_failed(self, message: str) -> None:
        if not self.drafts.last_save_failed:
            # Saved elsewhere meanwhile: the text goes on as a new draft at once
            # (_draft_saved_elsewhere), so the message tells, but nothing is unsaved.
            self.status.emit(message, 15000)
            return
        self.unsaved = True
        # The autosaver tries again every few seconds: said once, not at every try.
        if message != self._save_problem:
            self._save_problem = message
            self.save_state.emit(False, message)

    def _drafts_changed(self) -> None:
        """A rename in the drafts dialog: the open draft keeps the new title when it is
        saved next, and the window title follows."""
        if self.composer is None or self.composer.draft.id is None:
            return
        stored = self.drafts.get(self.composer.draft.id)
        if stored is not None:
            self.composer.take_title(stored.title, renamed=stored.renamed)
            self.changed.emit()

    def _draft_saved_elsewhere(self, draft: Draft) -> None:
        # Saved meanwhile by another window or process: nothing was overwritten. The text on
        # screen goes on as a draft of its own, so neither version is lost.
        if self.is_open_draft(draft.id or 0) and self.composer is not None:
            self.composer.draft.id, self.composer.draft.revision = None, 0
            self.composer.draft.created = ""
            self._save_now()

    def _draft_deleted(self, draft_id: int) -> None:
        # The open draft was deleted (the drafts dialog asked first): the session leaves it
        # and starts a fresh draft from the same template, so no keystroke can bring the
        # deleted one back as a copy. Undo in the dialog restores it, and reopens it.
        if not self.is_open_draft(draft_id) or self.composer is None:
            return
        self.autosaver.cancel()
        self._show(Composer(self.composer.template, **self.new_draft_defaults()))
        self.drafts.forget_last_open()
        self.status.emit(
            self.tr("Der offene Entwurf ist gelöscht; ein neuer Entwurf ist begonnen."), 6000
        )

    def offer_text_file(self) -> None:
        """The save state was clicked: only a text that could not be saved needs a file."""
        if self.unsaved:
            self.save_text_as_file()

    def save_text_as_file(self) -> bool:
        """Ask where, and write the text there; True once it is written."""
        assert self.prompts is not None, "the window hands its prompts over"
        suggested = str(Path.home() / "Knigge-Entwurf.txt")
        path = self.prompts.ask_save_path(
            self.tr("Text als Datei sichern"), suggested, self.tr("Text (*.txt)")
        )
        if not path:
            return False
        problem = self.drafts.write_text_file(Path(path), self.text)
        if problem:
            self.status.emit(problem, 15000)
            self.prompts.show_problem(self.tr("Nicht gesichert"), problem)
            return False
        self.status.emit(self.tr("Text gesichert unter {path}.").format(path=path), 8000)
        return True

    def may_leave_draft(self, *, version: bool = False) -> bool:
        """Another draft (or, `version`, an earlier version) is about to replace the open
        text. True unless that text could not be saved (a full disk) and the user keeps
        it: it would be in no draft at all. The save is tried once more first, in case
        there is room again."""
        self._retry_failed_save()
        if self._save_problem is None or self.pristine or not self.text.strip():
            return True
        assert self.prompts is not None, "the window hands its prompts over"
        question = (
            self.tr(
                "Ihr Text konnte nicht als Entwurf gespeichert werden ({reason}). Wenn Sie "
                "jetzt eine frühere Version zurückholen, ist er verloren."
            )
            if version
            else self.tr(
                "Ihr Text konnte nicht als Entwurf gespeichert werden ({reason}). Wenn Sie "
                "jetzt einen anderen Entwurf öffnen, ist er verloren."
            )
        )
        choice = self.prompts.choose(
            self.tr("Text nicht gespeichert"),
            question.format(reason=self._save_problem.rstrip(".")),
            [
                self.tr("Als Textdatei sichern …"),
                self.tr("Trotzdem wechseln"),
                self.tr("Abbrechen"),
            ],
        )
        if choice == 2 or (choice == 0 and not self.save_text_as_file()):
            self.status.emit(self.tr("Nicht gewechselt: Ihr Text bleibt offen."), 6000)
            return False
        self._let_go_of_failed_save()
        return True

    def _let_go_of_failed_save(self) -> None:
        """The user leaves a draft whose text could not be saved (it went to a file, or
        they chose to drop it): its pending save is dropped too. Tried again later it
        would land after another draft is open – and once gave that draft its id."""
        self.autosaver.cancel()
        self._save_problem = None
        self.unsaved = not self.drafts.persistent
        self.save_state.emit(not self.unsaved, "")

    def _retry_failed_save(self) -> None:
        """Save what is pending; after a failed save, the open draft again (the disk may
        have room now)."""
        if self._save_problem is not None and self.composer is not None:
            self._schedule_save()
        self.autosaver.flush()

    def may_close(self) -> bool:
        """True when the window may close: nothing unsaved, or the user decided."""
        self._retry_failed_save()
        if not self.unsaved or self.pristine or not self.text.strip():
            return True
        assert self.prompts is not None, "the window hands its prompts over"
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

    def close(self, *, forced: bool) -> None:
        """The window closes. Forced (a logout, a kill): an unsaved text goes to a rescue
        file (services/rescue.py), as nobody could answer a question."""
        self.autosaver.flush()
        if forced and self.unsaved and not self.pristine and self.text.strip():
            rescue_text(self.text)  # (an untouched template's text is nobody's work)
        if self.grammar is not None:
            self.grammar.shutdown()
