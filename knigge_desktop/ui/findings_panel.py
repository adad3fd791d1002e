"""The findings panel: what breaks the Knigge, grouped by severity, with the why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knigge_desktop.core.findings import Finding, Principle, Severity
from knigge_desktop.core.vocabulary import QT_TRANSLATE_NOOP
from knigge_desktop.ui.one_line import label_text

_GROUPS = (
    (Severity.ERROR, QT_TRANSLATE_NOOP("FindingsPanel", "Fehler")),
    (Severity.WARNING, QT_TRANSLATE_NOOP("FindingsPanel", "Warnungen")),
    (Severity.HINT, QT_TRANSLATE_NOOP("FindingsPanel", "Hinweise")),
)
_ROLE = 256  # Qt.ItemDataRole.UserRole, without touching the Qt namespace at start-up
# Items hold an index into FindingsPanel._shown, never a Finding: Python objects kept in Qt
# item data crashed PySide6 (a refcount error) after a few hundred rebuilds while typing.


def _label(finding: Finding, text: str) -> str:
    """The message, led by the flagged words where it does not name them itself
    ("„Antwortt“: Möglicher Tippfehler gefunden."). A count's span is not quoted: "309
    Zeichen: …" needs no "„stik GmbH“" cut from the text's end."""
    flagged = text[finding.start : finding.end].strip()
    if not finding.quotable or not flagged or flagged in finding.message or len(flagged) > 40:
        return finding.message
    return QCoreApplication.translate("FindingsPanel", "„{flagged}“: {message}").format(
        flagged=flagged, message=finding.message
    )


def one_row_per_point(findings: list[Finding], text: str) -> list[tuple[Finding, int]]:
    """The rows of the list: a placeholder the text shows twice ("[Ihr Name]" after "mein
    Name ist" and under the greeting, both from one field) is one open point, one row with
    its first place and the number of places; every other finding has a row of its own."""
    rows: list[tuple[Finding, int]] = []
    seen: dict[tuple[str, str], int] = {}
    for finding in findings:
        if finding.principle is Principle.PLACEHOLDER:
            key = (finding.rule_id, text[finding.start : finding.end])
            if key in seen:
                first, count = rows[seen[key]]
                rows[seen[key]] = (first, count + 1)
                continue
            seen[key] = len(rows)
        rows.append((finding, 1))
    return rows


class FindingsPanel(QWidget):
    selected = Signal(object)  # Finding: show it in the editor and go there
    highlighted = Signal(object)  # Finding: the arrow keys reached it; show its words
    apply_requested = Signal(object, str)  # Finding, replacement
    ignore_requested = Signal(object)  # Finding
    disable_requested = Signal(str)  # rule id
    released = Signal(object)  # Finding: switched off or ignored; its words need no highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Wrapping: a long summary ("2 zu beachten, 1 ausgeblendet – aber der Text ist
        # länger, …") must not widen the pane and push the others narrower.
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("findings_summary")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Knigge-Hinweise"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("finding_explanation")
        self.apply_button = QPushButton(self.tr("Vorschlag &übernehmen"))
        self.ignore_button = QPushButton(self.tr("Hier &ignorieren"))
        self.ignore_button.setToolTip(self.tr("Diesen Hinweis in diesem Entwurf nicht mehr zeigen"))
        self.disable_button = QPushButton(self.tr("Regel a&usschalten"))
        self.disable_button.setToolTip(self.tr("Diese Regel in allen Entwürfen ausschalten"))
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.ignore_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)

        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._activated)
        self.apply_button.clicked.connect(self._apply)
        self.ignore_button.clicked.connect(
            lambda: self._with_current(lambda f: self.ignore_requested.emit(f), release=True)
        )
        self.disable_button.clicked.connect(
            lambda: self._with_current(
                lambda f: self.disable_requested.emit(f.rule_id), release=True
            )
        )
        # None, not (): the first call with no findings must still build the (empty) list
        # and disable the buttons.
        self._signature: tuple[tuple[str, str], ...] | None = None
        self._shown: list[Finding] = []  # in tree order
        self._painted = False  # the focus policy follows the list once the window is up
        self._summary_of: tuple[list[Finding], str, int] = ([], "", 0)
        self._over_limit = False  # the length meter is red
        self.set_findings([], "")

    def after_first_paint(self) -> None:
        """From now on an empty list is no Tab stop: it would take the focus and show none.
        (Not before: a focus policy is the start-up path's first touch of the Qt namespace,
        ~20 ms, benchmarks/bench_startup.py.)"""
        self._painted = True
        self._follow_focus_policy()

    def _follow_focus_policy(self) -> None:
        from PySide6.QtCore import Qt

        policy = Qt.FocusPolicy.StrongFocus if self._shown else Qt.FocusPolicy.NoFocus
        if self.tree.focusPolicy() != policy:
            self.tree.setFocusPolicy(policy)

    def set_findings(
        self, findings: list[Finding], text: str, note: str = "", hidden: int = 0
    ) -> None:
        """Show the findings; rebuilt only when what they say changed, so typing does not
        make the list jump. `hidden`: how many the user ignored in this draft."""
        signature = tuple((f.rule_id, text[f.start : f.end]) for f in findings)
        ordered = [f for severity, _ in _GROUPS for f in findings if f.severity is severity]
        rows = one_row_per_point(ordered, text)
        self._summary_of = ([f for f, _ in rows], note, hidden)  # counts what the list shows
        self._show_summary()
        if signature == self._signature:
            self._shown = [f for f, _ in rows]  # same findings, moved along with the text
            return
        self._signature = signature
        current = self.current()
        # Where the current finding stood: if it is gone (its suggestion was taken), the
        # one now in its place becomes current, so the keyboard can go on from there.
        item = self.tree.currentItem()
        place = self.items().index(item) if current and item is not None else -1
        self._shown = [f for f, _ in rows]
        self.tree.clear()
        index = 0
        for severity, label in _GROUPS:
            group = [(f, n) for f, n in rows if f.severity is severity]
            if not group:
                continue
            parent = QTreeWidgetItem(self.tree, [f"{self.tr(label)} ({len(group)})"])
            for finding, places in group:
                shown = _label(finding, text)
                if places > 1:
                    shown = self.tr("{finding} ({n}×)").format(finding=shown, n=places)
                item = QTreeWidgetItem(parent, [shown])
                item.setData(0, _ROLE, index)
                item.setToolTip(0, finding.explanation)
                index += 1
                if current and (current.rule_id, current.message) == (
                    finding.rule_id,
                    finding.message,
                ):
                    self.tree.setCurrentItem(item)
            parent.setExpanded(True)
        items = self.items()
        if place >= 0 and self.current() is None and items:
            self.tree.setCurrentItem(items[min(place, len(items) - 1)])
        self._current_changed(self.tree.currentItem())
        if self._painted:
            self._follow_focus_policy()

    def set_over_limit(self, over: bool) -> None:
        """The length meter is red: the summary must not say all is well."""
        if over != self._over_limit:
            self._over_limit = over
            self._show_summary()

    def _show_summary(self) -> None:
        findings, note, hidden = self._summary_of
        counting = sum(1 for f in findings if f.counts)
        if note:
            text = note
        elif not findings and not hidden and not self._over_limit:
            text = self.tr("✓ Keine Hinweise: Die Nachricht folgt dem Knigge.")
        elif not findings:
            text = (
                self.tr("Keine Hinweise ({n} ausgeblendet)").format(n=hidden)
                if hidden
                else self.tr("Keine Hinweise")
            )
        else:
            hints = len(findings) - counting
            parts = [self.tr("{n} zu beachten").format(n=counting)] if counting else []
            if hints:
                one = self.tr("1 Hinweis")
                parts.append(one if hints == 1 else self.tr("{n} Hinweise").format(n=hints))
            if hidden:
                parts.append(self.tr("{n} ausgeblendet").format(n=hidden))
            text = ", ".join(parts)
        if self._over_limit and not note:
            text += self.tr(" – aber der Text ist länger, als die Plattform erlaubt.")
        self.summary.setText(text)

    def _finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        index = item.data(0, _ROLE) if item else None
        return self._shown[index] if isinstance(index, int) and index < len(self._shown) else None

    def current(self) -> Finding | None:
        return self._finding_of(self.tree.currentItem())

    def items(self) -> list[QTreeWidgetItem]:
        groups = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [
            child
            for group in groups
            if group is not None
            for child in (group.child(j) for j in range(group.childCount()))
            if child is not None
        ]

    def show_finding(self, finding: Finding) -> None:
        """Make this finding the current one (its explanation shows), without moving focus."""
        for item in self.items():
            if self._finding_of(item) == finding:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _current_changed(self, item: QTreeWidgetItem | None, *_: object) -> None:
        finding = self.current()
        if finding is not None and self.tree.hasFocus():
            self.highlighted.emit(finding)
        if finding:
            self.explanation.setText(finding.explanation)
        elif self.items():
            self.explanation.setText(
                self.tr("Wählen Sie einen Hinweis, um zu sehen, warum er wichtig ist.")
            )
        else:
            self.explanation.setText("")
        self.apply_button.setEnabled(bool(finding and finding.suggestions))
        if finding and finding.suggestions:
            suggestion = finding.suggestions[0]
            self.apply_button.setText(
                self.tr("„{suggestion}“ &übernehmen").format(suggestion=label_text(suggestion))
                if suggestion
                else self.tr("&Entfernen")
            )
            self.apply_button.setToolTip(  # the whole suggestion, line breaks as they are
                self.tr("Ersetzen durch:\n{suggestion}").format(suggestion=suggestion)
                if suggestion
                else self.tr("Die markierte Stelle entfernen")
            )
        else:
            self.apply_button.setText(self.tr("Vorschlag &übernehmen"))
            self.apply_button.setToolTip("")
        self.ignore_button.setEnabled(finding is not None)
        self.disable_button.setEnabled(finding is not None)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        finding = self._finding_of(item)
        if finding is not None:
            self.selected.emit(finding)

    def _activated(self, item: QTreeWidgetItem) -> None:
        self._clicked(item)

    def _apply(self) -> None:
        finding = self.current()
        if finding and finding.suggestions:
            self.apply_requested.emit(finding, finding.suggestions[0])

    def _with_current(self, action: Callable[[Finding], object], release: bool = False) -> None:
        """``release``: afterwards nothing is current. Ignoring or switching off is no step
        to the next finding: its buttons would come up under the same mouse spot, and a
        double click would switch off a second rule."""
        finding = self.current()
        if finding is None:
            return
        if release:
            self.tree.setCurrentIndex(QModelIndex())  # no current item
            self.tree.clearSelection()
            self.released.emit(finding)
        action(finding)
