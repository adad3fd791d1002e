"""Template files in the window, used as a person does: Ctrl+I on a file that once crashed
the app, and labels from a file shown as the plain text they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from knigge_desktop.core.resources import resource_dir

HOSTILE = "<h1>Riesig</h1><img src='/usr/share/pixmaps/debian-logo.png'>"


def _press_ctrl_i(qtbot: QtBot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_i_on_a_file_nested_5000_deep_says_why_and_keeps_running(
    qtbot: QtBot, window_factory, paths, tmp_path: Path
) -> None:
    window = window_factory()
    deep = tmp_path / "tief.toml"
    deep.write_text('id = "tief"\nx = ' + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    window.prompts.answer(str(deep))
    _press_ctrl_i(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.prompts.of_kind("problem")))
    problems = [a.text for a in window.prompts.of_kind("problem")]
    assert "tief.toml" in problems[0] and "verschachtelt" in problems[0]
    assert not list(paths.user_templates_dir.glob("*.toml"))


def test_an_imported_label_with_html_is_shown_as_plain_text(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    text = (resource_dir("templates") / "reply_formal.toml").read_text("utf-8")
    text = text.replace('id = "reply_formal"', 'id = "fremd"')
    text = text.replace('title = "', f'title = "{HOSTILE} ', 1)
    text = text.replace('when = "', f'when = "{HOSTILE} ', 1)
    text += f'\n[[fields]]\nname = "extra"\nlabel = "{HOSTILE}"\nhelp = "{HOSTILE}"\n'
    text = text.replace("{sender_name}", "{extra}{sender_name}", 1)
    shared = tmp_path / "fremd.toml"
    shared.write_text(text, encoding="utf-8")
    window.prompts.answer(str(shared))
    _press_ctrl_i(qtbot, window)
    qtbot.waitUntil(lambda: window.gallery.current_id() == "fremd")
    qtbot.mouseClick(window.gallery.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "field_extra" in [w.objectName() for w in window.form.inputs()])

    labels = [w for w in window.form.findChildren(QLabel) if HOSTILE in _shown(w.text())]
    assert len(labels) == 2, [w.text() for w in window.form.findChildren(QLabel)]  # title, label
    for label in labels:
        # A rendered <h1> with an image would be far taller than the words as plain text.
        assert _height(label) <= 1.25 * _plain_height(label)
    assert HOSTILE in _shown(window.form.input("extra").toolTip())
    when = window.gallery.when
    assert _shown(when.text()).startswith(HOSTILE)
    assert _height(when) <= 1.25 * _plain_height(when)


def _shown(text: str) -> str:
    """What a label or tooltip shows of `text`: Qt's own decision, rich or plain."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _height(label: QLabel) -> int:
    """The label's height at its width in the window."""
    return label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()


def _plain_height(label: QLabel) -> int:
    """The height of the same words as plain text, at the same width."""
    plain = QLabel(_shown(label.text()), wordWrap=label.wordWrap())
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setFont(label.font())
    return plain.heightForWidth(label.width()) if label.wordWrap() else plain.sizeHint().height()


def test_the_window_starts_with_every_bad_file_in_the_templates_folder(
    window_factory, paths
) -> None:
    import os

    from test_template_limits import BAD_FILES

    paths.ensure()
    for name, text in BAD_FILES.items():
        (paths.user_templates_dir / f"{name}.toml").write_text(text, encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(paths.user_templates_dir / "fifo.toml")  # opened plainly, it would block
    window = window_factory()
    shown = _shown(window.gallery.problems.text())
    for name in [*BAD_FILES, "fifo"] if hasattr(os, "mkfifo") else BAD_FILES:
        assert f"{name}.toml, Zeile " in shown
    assert len(window.gallery.visible_ids()) >= 8
