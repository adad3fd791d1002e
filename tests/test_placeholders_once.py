"""A placeholder left in the text is named once, wherever the window lists what is open:
the first contact shows "[Ihr Name]" twice (after "mein Name ist" and under the greeting,
both from the one field "Ihr Name"), and "Guten Tag [Name]," is the empty "Nachname"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_copy_question import _answer, _copy


def rows(window) -> list[str]:
    return [item.text(0) for item in window.findings.items()]


def test_the_findings_list_names_a_placeholder_once(window_factory, qtbot: QtBot) -> None:
    window = window_factory()  # first contact, nothing filled in
    assert window.editor.toPlainText().count("[Ihr Name]") == 2
    window.session.checks.flush()
    qtbot.waitUntil(lambda: any("[Ihr Name]" in row for row in rows(window)), timeout=5000)
    named = [row for row in rows(window) if "[Ihr Name]" in row]
    assert named == ["„[Ihr Name]“ ist ein übrig gebliebener Platzhalter. (2×)"]
    group = window.findings.tree.topLevelItem(0).text(0)
    assert group == f"Fehler ({len(rows(window))})", "the heading counts the rows"
    # Both places stay underlined in the text, and the row goes to the first.
    places = [f for f in window.editor.findings() if f.rule_id == "PLACEHOLDER_LEFT"]
    assert (
        len([f for f in places if "[Ihr Name]" in window.editor.toPlainText()[f.start : f.end]])
        == 2
    )
    [item] = [i for i in window.findings.items() if "[Ihr Name]" in i.text(0)]
    window.findings.tree.setCurrentItem(item)
    first = window.editor.toPlainText().index("[Ihr Name]")
    assert window.findings.current().start == first


def test_the_copy_question_names_the_greetings_gap_as_the_empty_name(
    window_factory, qtbot: QtBot
) -> None:
    window = window_factory()
    assert window.editor.toPlainText().startswith("Guten Tag [Name],")
    seen: list[str] = []
    _answer(qtbot, lambda box: box.back_button, seen)
    _copy(qtbot, window)
    [question] = seen
    assert "• Nachname" in question
    assert "[Name]" not in question, "the empty last name, named once"
    assert question.count("Ihr Name") == 1
