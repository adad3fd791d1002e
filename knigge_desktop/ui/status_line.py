"""The status bar's lasting part: the grammar state, whether the draft is stored, and the
word and character count. It shows what it is told; the compose session decides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QLocale, QObject, SignalInstance
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from knigge_desktop.core.textstats import text_stats
from knigge_desktop.services.grammar_service import GrammarState
from knigge_desktop.ui.theme import ERROR_TEXT, FLAT_FOCUS_RING, follow_palette, pick


class SaveStateButton(QPushButton):
    """ "Gespeichert", or in the error colour what to do about a text that is not stored."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("save_state")
        self.setAccessibleName(self.tr("Speicherstand des Entwurfs"))
        self.setFlat(True)
        self._warning = False
        self._followed = False  # the palette, once there is a warning to colour

    def show_warning(self, text: str, tooltip: str = "") -> None:
        if not self._followed:  # only a warning has a colour of its own (ui/theme.py)
            self._followed = True
            follow_palette(self, self._recolour)
        self._warning = True
        self.setText(text)
        self.setToolTip(tooltip)
        self.setStyleSheet(self._sheet())

    def _sheet(self) -> str:
        """The focus frame (once the window is up or a warning shows) and the colour."""
        colour = f" QPushButton {{ color: {pick(ERROR_TEXT, self)}; }}" if self._warning else ""
        return FLAT_FOCUS_RING + colour

    def show_stored(self) -> None:
        self._warning = False
        if self.styleSheet():  # none before the first paint: it would cost the start
            self.setStyleSheet(self._sheet())
        self.setToolTip("")
        self.setText(self.tr("Gespeichert"))

    def _recolour(self) -> None:
        # The desktop switched between light and dark: the warning colour follows. Setting
        # a style sheet changes the palette again; the same sheet is not set twice.
        if self._warning:
            sheet = self._sheet()
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)


PROBLEM_MS = 20000  # a service's problem (a setting not stored) stays this long


class StatusLine(QObject):
    def __init__(self, window: QMainWindow, persistent: bool) -> None:
        super().__init__(window)
        self._bar = window.statusBar()
        # A problem and until when it shows: a routine message in that time (the rule just
        # switched off, a template chosen) is shown with it, not instead of it.
        self._problem = ""
        self._problem_until = QDeadlineTimer(0)
        self._bar.messageChanged.connect(self._keep_problem)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.save_state = SaveStateButton()
        self.grammar_status = QPushButton(self.tr("Grammatik: startet …"))
        self.grammar_status.setObjectName("grammar_status")
        self.grammar_status.setFlat(True)
        self.grammar_status.setToolTip(self.tr("Grammatik- und Rechtschreibprüfung einrichten"))
        self._save_failure = ""  # the status message of the last failed save, while it holds
        self.undo_button = QPushButton(self.tr("Rückgängig"))
        self.undo_button.setObjectName("undo_reshape")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        for widget in (self.undo_button, self.grammar_status, self.save_state, self.counts):
            self._bar.addPermanentWidget(widget)
        if not persistent:
            self.save_state.show_warning(
                self.tr("Entwürfe werden nicht gespeichert – als Textdatei sichern …")
            )

    def offer_undo(self, template_title: str) -> None:
        """ "Rückgängig" while the session can bring back the draft before its last
        template change or field fix (named by that template); hidden when it cannot."""
        self.undo_button.setToolTip(
            self.tr("Zurück zum Stand mit der Vorlage „{title}“").format(title=template_title)
        )
        self.undo_button.setVisible(bool(template_title))

    def after_first_paint(self) -> None:
        """The flat buttons' focus frames: a style sheet before the first paint would cost
        the start some milliseconds, and nobody has pressed Tab yet."""
        self.grammar_status.setStyleSheet(FLAT_FOCUS_RING)
        self.save_state.setStyleSheet(self.save_state._sheet())

    def show_counts(self, text: str) -> None:
        stats = text_stats(text)
        words = self.tr("1 Wort") if stats.words == 1 else self.tr("{n} Wörter")
        chars = self.tr("1 Zeichen") if stats.characters == 1 else self.tr("{n} Zeichen")
        number = QLocale().toString  # 1.050.026 in German, 1,050,026 in English: as the meter
        words, chars = words.format(n=number(stats.words)), chars.format(n=number(stats.characters))
        self.counts.setText(f"{words} · {chars}")

    def show_save_state(self, stored: bool, message: str) -> None:
        if stored:
            self.save_state.show_stored()
            if self._save_failure:  # saved after all: the failure no longer holds
                self.clear_if(self._save_failure)
                self._save_failure = ""
            return
        self.save_state.show_warning(
            self.tr("Nicht gespeichert – als Textdatei sichern …"), tooltip=message
        )
        self._save_failure = (
            message
            + " "
            + self.tr("Ihr Text bleibt im Fenster; Sie können ihn als Textdatei sichern.")
        )
        self._bar.showMessage(self._save_failure, 15000)

    def follow_grammar(self, status_changed: SignalInstance, off_label: Callable[[], str]) -> None:
        """Show the grammar service's state, each time it changes."""
        self._grammar_off_label = off_label
        status_changed.connect(self._grammar_changed)

    def _grammar_changed(self, state: GrammarState, message: str, _need: str) -> None:
        self.show_grammar(state, message, self._grammar_off_label)

    def show_paste_refused(self, total: int) -> None:
        """The editor refused a paste that would make the text longer than a message."""
        from PySide6.QtCore import QLocale

        from knigge_desktop.core.drafts import MAX_MESSAGE_CHARS

        locale = QLocale()
        self._bar.showMessage(
            self.tr(
                "Nicht eingefügt: Der Text hätte {total} Zeichen, eine Nachricht höchstens "
                "{limit}. Die Zwischenablage behält ihn."
            ).format(total=locale.toString(total), limit=locale.toString(MAX_MESSAGE_CHARS)),
            10000,
        )

    def clear_if(self, message: str) -> None:
        """Take `message` away if it is what the status bar still says."""
        if self._bar.currentMessage() == message:
            self._bar.clearMessage()

    def show_problem(self, message: str) -> None:
        """A service's problem, for PROBLEM_MS, even when other messages follow at once."""
        self._problem = message
        self._problem_until = QDeadlineTimer(PROBLEM_MS)
        self._bar.showMessage(message, PROBLEM_MS)

    def _keep_problem(self, shown: str) -> None:
        if not self._problem or self._problem in shown:
            return
        left = self._problem_until.remainingTime()
        if left <= 100:  # the bar's own timer ends it just before the deadline
            self._problem = ""
            return
        joined = f"{shown} – {self._problem}" if shown else self._problem
        self._bar.showMessage(joined, left)

    def show_grammar(self, state: GrammarState, message: str, off_label: Callable[[], str]) -> None:
        labels = {
            GrammarState.STARTING: self.tr("Grammatik: startet …"),
            GrammarState.READY: self.tr("Grammatik: {state}").format(state=message),
        }
        # Off: the service words why in a few words ("kein passendes Java"); the tooltip has all.
        self.grammar_status.setText(labels.get(state) or off_label())
        self.grammar_status.setToolTip(
            message or self.tr("Grammatik- und Rechtschreibprüfung einrichten")
        )

    def show_grammar_off(self) -> None:
        self.grammar_status.setText(self.tr("Grammatik: aus"))
