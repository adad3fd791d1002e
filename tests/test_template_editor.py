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
    editor = window.templates.new_template()
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
    editor = window.templates.edit_template()  # shipped: edited as a copy
    assert editor.windowTitle() == "Neue Vorlage"
    assert editor.title.text() == "Antwort auf eine Nachricht (Sie) – Kopie"
    settle(qtbot, editor)
    assert editor.save_button.isEnabled(), editor.status.text()
    editor._save()
    ids = window.gallery.visible_ids()
    assert "reply_formal" in ids and "antwort_auf_eine_nachricht_sie_kopie" in ids
    assert (resource_dir("templates") / "reply_formal.toml").is_file()
    # The copy stays where the gallery filed the original; its English does not follow,
    # for the copy's words are the user's to change.
    original = window.catalog.templates.get("reply_formal")
    copy = window.catalog.templates.get("antwort_auf_eine_nachricht_sie_kopie")
    assert (copy.situation, copy.answers, copy.keywords) == (
        original.situation,
        original.answers,
        original.keywords,
    )
    assert copy.title_en == "" and all(f.label_en == "" for f in copy.fields if f.name == "answer")


def test_a_copy_of_a_du_template_keeps_placeholders_that_speak_to_nobody(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    window.gallery.select("reply_informal")
    editor = window.templates.edit_template()  # shipped: edited as a copy
    settle(qtbot, editor)
    editor._save()
    copy = window.catalog.templates.get("antwort_auf_eine_nachricht_du_kopie")
    placeholders = {f.name: f.placeholder for f in copy.fields}
    assert placeholders["answer"] == "Antwort"
    assert placeholders["sender_name"] == "eigener Name", "the du group of the sender"


def test_editing_an_own_template_rewrites_its_file(qtbot: QtBot, window_factory, paths) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    window.templates.duplicate_template()._save()
    own = window.gallery.current_id()
    editor = window.templates.edit_template()
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
    assert window.catalog.templates.get(own).title == "Meine Antwort", editor.status.text()
    [file] = paths.user_templates_dir.glob("*.toml")
    assert f'name = "{name}"' not in file.read_text("utf-8")


def test_closing_with_changes_asks_first(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    editor = window.templates.new_template()
    editor.title.setText("Geändert")
    prompts = window.prompts
    editor.reject()  # the fake answers "no", as a closed question would
    assert [a.title for a in prompts.of_kind("choose")] == ["Änderungen verwerfen?"]
    assert editor.isVisible()
    prompts.answer(0)  # "Verwerfen"
    editor.reject()
    assert not editor.isVisible()


def test_import_export_and_delete(qtbot: QtBot, window_factory, paths, tmp_path: Path) -> None:
    window = window_factory()
    prompts = window.prompts
    broken = tmp_path / "kaputt.toml"
    broken.write_text('id = "kaputt"\ntitle = ', encoding="utf-8")
    prompts.answer(str(broken))
    assert window.templates.import_template() is None
    problems = [a.text for a in prompts.of_kind("problem")]
    assert problems and "kaputt.toml" in problems[0] and "TOML" in problems[0]
    assert not list(paths.user_templates_dir.glob("*.toml"))

    shared = tmp_path / "kollegin.toml"
    text = (resource_dir("templates") / "reply_informal.toml").read_text("utf-8")
    shared.write_text(text.replace('id = "reply_informal"', 'id = "von_kollegin"'), "utf-8")
    prompts.answer(str(shared))
    imported = window.templates.import_template()
    assert imported is not None and window.gallery.current_id() == "von_kollegin"

    target = tmp_path / "export.toml"
    prompts.answer(str(target))
    assert window.templates.export_template() == target
    assert target.read_text("utf-8") == shared.read_text("utf-8")

    prompts.answer(0)  # "Ja"
    assert window.templates.delete_template()
    assert "von_kollegin" not in window.gallery.visible_ids()
    window.gallery.select("reply_formal")
    assert not window.templates.delete_template(), "shipped templates stay"


def test_the_open_draft_follows_its_edited_template(qtbot: QtBot, window_factory, paths) -> None:
    """A new user edited the template of the open draft and saw no change in it."""
    window = window_factory()
    editor = window.templates.new_template()
    assert "{sender_signature}" in editor.body.toPlainText(), "new templates sign with it"
    editor.title.setText("Nach dem Barcamp")
    editor.when.setPlainText("Nach einem Barcamp.")
    settle(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.gallery.use_button, Qt.MouseButton.LeftButton)
    assert window.composer.template.id == "nach_dem_barcamp"

    editor = window.templates.edit_template()
    editor.body.setPlainText("{greeting}\n\nSchön, Sie beim Barcamp getroffen zu haben.\n\n"
                             "{anliegen}\n\nViele Grüße\n{sender_name}")  # fmt: skip
    settle(qtbot, editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "beim Barcamp getroffen" in window.editor.toPlainText()


def test_an_export_that_fails_says_why_in_words(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    prompts = window.prompts
    for target, words in (
        (tmp_path / "fehlt" / "vorlage.toml", "Datei oder Ordner nicht gefunden"),
        (tmp_path, "das ist ein Ordner"),
    ):
        prompts.answer(str(target))
        assert window.templates.export_template() is None
        problem = prompts.of_kind("problem")[-1].text
        assert words in problem, problem
        assert "Errno" not in problem and "'/" not in problem, problem
