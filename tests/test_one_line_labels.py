"""A suggestion that begins with a line break, or is long, or holds "&", keeps the fix
button and the editor's menu entry on one line: breaks shown as "↵", the rest cut with
"…", the whole text in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from knigge_desktop.core.findings import Finding, FindingSource, Principle, Severity
from knigge_desktop.ui.findings_panel import FindingsPanel
from knigge_desktop.ui.one_line import LABEL_CHARS, one_line

TEXT = "Viele Grüße\nJonas Becker"
SUGGESTION = "\nJonas Becker” & Team, mit einem langen Zusatz, der nicht auf den Knopf passt"


def _finding(suggestion: str) -> Finding:
    return Finding(
        FindingSource.ETIQUETTE, "closing_quote", Principle.CLOSING, Severity.WARNING,
        11, 12, "Zeilenumbruch vor dem Namen", "Warum", (suggestion,),
    )  # fmt: skip


def test_a_suggestion_starting_with_a_line_break_keeps_the_button_on_one_line(
    qtbot: QtBot,
) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    plain_height = QPushButton("Hier ignorieren").sizeHint().height()
    panel.set_findings([_finding(SUGGESTION)], TEXT)
    panel.tree.setCurrentItem(panel.items()[0])
    label = panel.apply_button.text()
    assert "\n" not in label and "↵" in label and "…" in label, label
    assert "&& Team" in label, "the ampersand is shown, no mnemonic"
    assert panel.apply_button.sizeHint().height() == plain_height
    assert SUGGESTION in panel.apply_button.toolTip()


def test_the_editors_menu_entry_for_the_suggestion_is_one_line(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    window.editor.setPlainText(TEXT)
    window.editor.set_findings([_finding(SUGGESTION)], TEXT)
    [apply, *_] = window.editor.finding_actions(11, window.editor)
    assert "\n" not in apply.text() and apply.text().startswith("„↵Jonas Becker”")
    assert apply.toolTip() == SUGGESTION
    qtbot.keyClick(window.editor, Qt.Key.Key_End)  # the window still answers


def test_one_line_cuts_to_its_limit_and_leaves_short_text_alone() -> None:
    assert one_line("Sehr geehrte") == "Sehr geehrte"
    assert one_line("a\r\nb\u2028c") == "a↵b↵c"
    cut = one_line("x" * 100)
    assert len(cut) == LABEL_CHARS and cut.endswith("…")
