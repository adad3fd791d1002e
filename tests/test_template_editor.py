"""Own templates in the window: create, duplicate and edit with a live preview and a check
that keeps a broken template from being saved; import, export and delete files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from knigge_desktop.core.resources import resource_dir


def settle(qtbot: QtBot, editor) -> None:
    editor._timer.stop()
    editor.refresh()


def test_a_new_template_is_checked_previewed_saved_and_usable(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    editor = window.new_template()
    assert editor is not None and editor.isVisible()
    editor.title.setText("Erstkontakt nach dem Barcamp 👋")
    settle(qtbot, editor)
    assert not editor.save_button.isEnabled() and "Wann passend" in editor.status.text()
    editor.when.setPlainText("Nach einem Barcamp, bei dem Sie sich kurz gesprochen haben.")
    editor.body.setPlainText("{greeting}\n\n{anliegen} {unbekannt}\n\nViele Grüße\n{sender_name}")
    settle(qtbot, editor)
    assert not editor.save_button.isEnabled()
    assert "unbekannte Feld „unbekannt“" in editor.status.text()
    editor.body.setPlainText("{greeting}\n\n{anliegen} 🙂\n\nViele Grüße\n{sender_name}")
    settle(qtbot, editor)
    assert editor.save_button.isEnabled(), editor.status.text()
    assert "… 🙂" in editor.preview.toPlainText()  # the field's example, rendered
    assert editor.id_label.text().startswith("erstkontakt_nach_dem_barcamp.toml")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = paths.user_templates_dir / "erstkontakt_nach_dem_barcamp.toml"
    assert saved.is_file() and not editor.isVisible()
    assert window.gallery.current_id() == "erstkontakt_nach_dem_barcamp"
    window.gallery.use_button.click()
    assert window.composer.template.title == "Erstkontakt nach dem Barcamp 👋"


def test_duplicating_a_shipped_template_keeps_the_original(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    editor = window.edit_template()  # shipped: edited as a copy
    assert editor.windowTitle() == "Neue Vorlage"
    assert editor.title.text() == "Antwort auf eine Nachricht (Sie) – Kopie"
    settle(qtbot, editor)
    assert editor.save_button.isEnabled(), editor.status.text()
    editor._save()
    ids = window.gallery.visible_ids()
    assert "reply_formal" in ids and "antwort_auf_eine_nachricht_sie_kopie" in ids
    assert (resource_dir("templates") / "reply_formal.toml").is_file()


def test_editing_an_own_template_rewrites_its_file(qtbot: QtBot, window_factory, paths) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    window.duplicate_template()._save()
    own = window.gallery.current_id()
    editor = window.edit_template()
    assert editor.windowTitle() == "Vorlage bearbeiten"
    editor.title.setText("Meine Antwort")  # the file name stays
    # Removing a field the text still uses is refused until the text changes too.
    last = editor.fields.rowCount() - 1
    name = editor.fields.item(last, 0).text()
    editor.fields.setCurrentCell(last, 0)
    editor._remove_row()
    settle(qtbot, editor)
    assert not editor.save_button.isEnabled() and name in editor.status.text()
    body = editor.body.toPlainText()
    start, end = body.index(f"{{#{name}}}"), body.index(f"{{/{name}}}") + len(name) + 3
    editor.body.setPlainText(body[:start] + body[end:])
    settle(qtbot, editor)
    editor._save()
    assert window._templates.get(own).title == "Meine Antwort", editor.status.text()
    [file] = paths.user_templates_dir.glob("*.toml")
    assert f'name = "{name}"' not in file.read_text("utf-8")


def test_closing_with_changes_asks_first(qtbot: QtBot, window_factory) -> None:
    editor = window_factory().new_template()
    editor.title.setText("Geändert")
    answers = []
    editor.confirm_discard = lambda: answers.append("asked") or False
    editor.reject()
    assert answers == ["asked"] and editor.isVisible()
    editor.confirm_discard = lambda: True
    editor.reject()
    assert not editor.isVisible()


def test_import_export_and_delete(qtbot: QtBot, window_factory, paths, tmp_path: Path) -> None:
    window = window_factory()
    problems = []
    window.show_problem = lambda title, message: problems.append(message)
    broken = tmp_path / "kaputt.toml"
    broken.write_text('id = "kaputt"\ntitle = ', encoding="utf-8")
    window.ask_open_path = lambda *_: str(broken)
    assert window.import_template() is None
    assert problems and "kaputt.toml" in problems[0] and "TOML" in problems[0]
    assert not list(paths.user_templates_dir.glob("*.toml"))

    shared = tmp_path / "kollegin.toml"
    text = (resource_dir("templates") / "reply_informal.toml").read_text("utf-8")
    shared.write_text(text.replace('id = "reply_informal"', 'id = "von_kollegin"'), "utf-8")
    window.ask_open_path = lambda *_: str(shared)
    imported = window.import_template()
    assert imported is not None and window.gallery.current_id() == "von_kollegin"

    target = tmp_path / "export.toml"
    window.ask_save_path_for = lambda *_: str(target)
    assert window.export_template() == target
    assert target.read_text("utf-8") == shared.read_text("utf-8")

    window.confirm = lambda *_: True
    assert window.delete_template()
    assert "von_kollegin" not in window.gallery.visible_ids()
    window.gallery.select("reply_formal")
    assert not window.delete_template(), "shipped templates stay"


def test_the_open_draft_follows_its_edited_template(qtbot: QtBot, window_factory, paths) -> None:
    """A new user edited the template of the open draft and saw no change in it."""
    window = window_factory()
    editor = window.new_template()
    assert "{sender_signature}" in editor.body.toPlainText(), "new templates sign with it"
    editor.title.setText("Nach dem Barcamp")
    editor.when.setPlainText("Nach einem Barcamp.")
    settle(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.gallery.use_button, Qt.MouseButton.LeftButton)
    assert window.composer.template.id == "nach_dem_barcamp"

    editor = window.edit_template()
    editor.body.setPlainText("{greeting}\n\nSchön, Sie beim Barcamp getroffen zu haben.\n\n"
                             "{anliegen}\n\nViele Grüße\n{sender_name}")  # fmt: skip
    settle(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "beim Barcamp getroffen" in window.editor.toPlainText()
