"""The template editor shows what it can: a preview while the template is not yet complete,
the broken part marked; a table wide enough to read; labels, not internal names, in front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.test_template_editor import settle


def test_the_preview_shows_an_unfinished_template(qtbot: QtBot, window_factory) -> None:
    editor = window_factory().templates.new_template()
    settle(qtbot, editor)
    assert "Wann passend" in editor.status.text()  # not yet savable: no "when"
    assert not editor.save_button.isEnabled()
    preview = editor.preview.toPlainText()
    assert "Viele Grüße" in preview and "{greeting}" not in preview, "rendered, not raw"


def test_a_broken_body_is_shown_with_the_error_marked(qtbot: QtBot, window_factory) -> None:
    editor = window_factory().templates.new_template()
    editor.when.setPlainText("Wenn es passt.")
    editor.body.setPlainText("{greeting}\n\n{anliegen} {unbekannt}\n\nViele Grüße\n{sender_name}")
    settle(qtbot, editor)
    assert "unbekannt" in editor.status.text()
    assert "{unbekannt}" in editor.preview.toPlainText()
    marked = [s.cursor.selectedText() for s in editor.preview.extraSelections()]
    assert marked == ["{unbekannt}"]
    editor.body.setPlainText("{greeting}\n\n{anliegen}\n\nViele Grüße\n{sender_name}")
    settle(qtbot, editor)
    assert editor.preview.extraSelections() == []


def test_the_fields_table_is_readable(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.gallery.select("follow_up_formal")
    editor = window.templates.duplicate_template()
    qtbot.waitExposed(editor)
    table = editor.fields
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.columnCount() - 1):  # the last one stretches
        text = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 12, text
    kinds = [table.cellWidget(r, 2) for r in range(table.rowCount())]
    assert all(isinstance(k, QComboBox) for k in kinds)
    widest = max(k.sizeHint().width() for k in kinds)
    assert header.sectionSize(2) >= widest, "Auswahl, Mehrzeilig readable in the Typ column"
    # Labels first; the name to write in the text comes second.
    assert header.logicalIndex(0) == 1 and table.horizontalHeaderItem(1).text() == "Beschriftung"
    assert table.horizontalHeaderItem(0).text() == "Im Text als"


def test_the_field_list_names_labels_first(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.gallery.select("follow_up_formal")
    editor = window.templates.duplicate_template()
    settle(qtbot, editor)
    hint = editor.names_hint.text()
    assert "Begrüßung: {greeting}" in hint and "Thema: {topic}" in hint


def test_a_copy_is_titled_as_a_copy(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    editor = window.templates.duplicate_template()
    assert editor.title.text() == "Antwort auf eine Nachricht (Sie) – Kopie"
    editor.done(0)


def test_own_templates_are_marked_in_the_gallery(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    window.templates.duplicate_template()._save()
    own_id = window.gallery.current_id()
    item = window.gallery.list.currentItem()
    assert item.text() == "Antwort auf eine Nachricht (Sie) – Kopie (eigene)"
    assert window.catalog.templates.get(own_id).title == "Antwort auf eine Nachricht (Sie) – Kopie"
    shipped = [window.gallery.list.item(i) for i in range(window.gallery.list.count())]
    assert sum("(eigene)" in i.text() for i in shipped) == 1
    assert item.data(Qt.ItemDataRole.ToolTipRole)
