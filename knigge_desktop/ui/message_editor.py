"""The message editor: plain text, with findings underlined and offered in its menu.

Etiquette findings get dashed (errors, warnings) or dotted (hints) underlines, so that the
red wave stays reserved for spelling and grammar. Qt counts positions in UTF-16 units,
findings in Python indices: Utf16Map converts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QWidget

from knigge_desktop.core.drafts import MAX_MESSAGE_CHARS
from knigge_desktop.core.findings import Finding, FindingSource, Severity
from knigge_desktop.core.textspan import Utf16Map
from knigge_desktop.ui.long_lines import PasteBox
from knigge_desktop.ui.one_line import label_text
from knigge_desktop.ui.rich_text import escape

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QContextMenuEvent

# Start-up: QTextCursor, QTextCharFormat, QColor and QEvent are imported where they are used,
# once the window is on screen. PySide6 builds a Qt class's enum types on its first use
# (QTextFormat alone has 116 members), and the first event handed to Python code builds
# ~50 event types (~4 ms); the editor needs none of them for its first picture.
GRAMMAR_COLOR = "#d32f2f"
UNDERLINE_COLORS = {
    Severity.ERROR: "#c2185b",
    Severity.WARNING: "#e08a00",
    Severity.HINT: "#1e88e5",
}


class MessageEditor(PasteBox):
    """Wraps like every box of pasted text (ui/long_lines.py): a draft with a line of
    100,000 spaces hung the window at each start, in Qt's layout of the wrapped line."""

    apply_requested = Signal(object, str)  # Finding, replacement
    ignore_requested = Signal(object)  # Finding
    disable_requested = Signal(str)  # rule id
    first_painted = Signal()  # the window is on screen: slower work may start now
    add_word_requested = Signal(str)  # a word for the personal dictionary
    paste_refused = Signal(int)  # the characters the text would have had, over the limit

    WATCH_LATER = True  # from the first paint on (see paintEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The first paint is seen in paintEvent, not by a filter on viewport(): the first
        # viewport() call costs ~9 ms of PySide6 type set-up, which can wait until then.
        self._painted = False
        self._findings: list[Finding] = []
        self._ranges: list[tuple[int, int]] = []  # UTF-16 ranges, parallel to _findings

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt's name
        """A paste that would make the text longer than one message may be is refused
        whole (the clipboard still holds it): cut, it would lose its end unseen."""
        if source.hasText():
            # In characters, as the limit is (Qt's positions count UTF-16 units: an emoji
            # is two of them).
            selected = len(self.textCursor().selectedText())
            total = len(self.toPlainText()) - selected + len(source.text())
            if total > MAX_MESSAGE_CHARS:
                self.paste_refused.emit(total)
                return
        super().insertFromMimeData(source)

    # -- findings -------------------------------------------------------------------------

    def set_findings(self, findings: list[Finding], text: str) -> None:
        """Underline the findings of ``text``; ignored if the editor moved on meanwhile."""
        if text != self.toPlainText():
            return
        # After the first paint (see the top of the module).
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        mapping = Utf16Map(text)
        self._findings = findings
        self._ranges = [(mapping.to_utf16(f.start), mapping.to_utf16(f.end)) for f in findings]
        selections = []
        for finding, (start, end) in zip(findings, self._ranges, strict=True):
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if (
                finding.source is FindingSource.GRAMMAR
            ):  # spelling and grammar: the familiar red wave
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(GRAMMAR_COLOR))
            else:
                style = (
                    QTextCharFormat.UnderlineStyle.DotLine
                    if finding.severity is Severity.HINT
                    else QTextCharFormat.UnderlineStyle.DashUnderline
                )
                fmt.setUnderlineStyle(style)
                fmt.setUnderlineColor(QColor(UNDERLINE_COLORS[finding.severity]))
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def findings_at(self, position: int) -> list[Finding]:
        """Findings under a UTF-16 document position, most severe first."""
        found = [
            f
            for f, (start, end) in zip(self._findings, self._ranges, strict=True)
            if start <= position < end or (start == end == position)
        ]
        return sorted(found, key=lambda f: -f.severity.rank)

    def selection_span(self) -> tuple[int, int]:
        """What is selected (the cursor twice if nothing), in Python indices of the text."""
        cursor, mapping = self.textCursor(), Utf16Map(self.toPlainText())
        return (
            mapping.from_utf16(cursor.selectionStart()),
            mapping.from_utf16(cursor.selectionEnd()),
        )

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's words and go there."""
        if self.show_finding(finding):
            self.setFocus()

    def show_finding(self, finding: Finding) -> bool:
        """Select the finding's words, leaving the focus where it is (the findings list)."""
        if finding not in self._findings:
            return False
        start, end = self._ranges[self._findings.index(finding)]
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def let_go_of_finding(self, finding: Finding) -> None:
        """The finding is switched off or ignored: its words, if still selected as it left
        them, lose the selection (the cursor stays); a selection of the user's own stays."""
        if finding not in self._findings:
            return
        start, end = self._ranges[self._findings.index(finding)]
        cursor = self.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) == (start, end) and start != end:
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace the text from ``start`` to ``end`` (Python indices) as one undoable step."""
        mapping = Utf16Map(self.toPlainText())
        from PySide6.QtGui import QTextCursor  # after the first paint (see the top)

        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(mapping.to_utf16(start))
        cursor.setPosition(mapping.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        cursor.endEditBlock()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name; the viewport's paint
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The findings' tooltips from now on: a handler of every event (an override of
            # event()) would be called, and cost its types, while the window is built.
            self.installEventFilter(_FindingTooltips(self))
            self.watch_changes()
            QTimer.singleShot(0, self, self.first_painted.emit)

    # -- hover and menu -------------------------------------------------------------------

    def show_tooltip(self, event: QEvent) -> bool:
        """Hovering over findings explains them; elsewhere the text has no tooltip. False
        for an event that is no tooltip request."""
        from PySide6.QtGui import QHelpEvent  # after the first paint (see the top)
        from PySide6.QtWidgets import QToolTip

        if not isinstance(event, QHelpEvent):
            return False
        position = self.cursorForPosition(self.viewport().mapFrom(self, event.pos())).position()
        found = self.findings_at(position)
        if found:
            # Rich text, so a finding about "<Vorname>" must be escaped to be seen.
            text = "<br>".join(
                f"<b>{escape(f.message)}</b><br>{escape(f.explanation)}" for f in found
            )
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
        return True

    def finding_actions(self, position: int, parent: QObject) -> list[QAction]:
        """Menu entries for the findings at a UTF-16 position: suggestions, ignore, rule off."""
        actions: list[QAction] = []
        for finding in self.findings_at(position):
            for suggestion in finding.suggestions:
                label = (
                    self.tr("„{suggestion}“ übernehmen").format(suggestion=label_text(suggestion))
                    if suggestion
                    else self.tr("Entfernen")
                )
                act = QAction(label, parent)
                act.setToolTip(suggestion)  # the whole of it, where the label is cut
                act.triggered.connect(
                    lambda _=False, f=finding, s=suggestion: self.apply_requested.emit(f, s)
                )
                actions.append(act)
            if finding.source is FindingSource.GRAMMAR and finding.severity is Severity.ERROR:
                word = self.toPlainText()[finding.start : finding.end]
                add = QAction(
                    self.tr("„{word}“ zum Wörterbuch hinzufügen").format(word=label_text(word)),
                    parent,
                )
                add.triggered.connect(lambda _=False, w=word: self.add_word_requested.emit(w))
                actions.append(add)
            ignore = QAction(
                self.tr("Hier ignorieren: {message}").format(
                    message=label_text(finding.message, 60)
                ),
                parent,
            )
            ignore.triggered.connect(lambda _=False, f=finding: self.ignore_requested.emit(f))
            disable = QAction(
                self.tr("Regel „{rule}“ ausschalten").format(
                    rule=label_text(finding.rule_name or finding.message, 60)
                ),
                parent,
            )
            disable.triggered.connect(
                lambda _=False, r=finding.rule_id: self.disable_requested.emit(r)
            )
            actions += [ignore, disable]
        return actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt's name
        menu = self.createStandardContextMenu(event.pos())
        menu.setToolTipsVisible(True)  # a cut suggestion shows whole
        ours = self.finding_actions(self.cursorForPosition(event.pos()).position(), menu)
        if ours:
            first = menu.actions()[0] if menu.actions() else None
            # None appends at the end: PySide6's stubs do not allow it, Qt does.
            menu.insertActions(first, ours)  # type: ignore[arg-type]  # see above
            menu.insertSeparator(first)  # type: ignore[arg-type]  # see above
        menu.exec(event.globalPos())

    def viewport_point(self, position: int) -> QPoint:
        """Where a document position is drawn (for tests and tooltips)."""
        from PySide6.QtGui import QTextCursor  # after the first paint (see the top)

        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).center()


class _FindingTooltips(QObject):
    """The editor's tooltip events, shown by MessageEditor.show_tooltip."""

    def __init__(self, editor: MessageEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        from PySide6.QtCore import QEvent  # installed after the first paint (see the top)

        if watched is self._editor and event.type() == QEvent.Type.ToolTip:
            return self._editor.show_tooltip(event)
        return False
