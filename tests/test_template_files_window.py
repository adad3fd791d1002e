"""Template files in the window, used as a person does: Ctrl+I on a file that once crashed
the app, and labels from a file shown as the plain text they are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from knigge_desktop.core.resources import resource_dir

HOSTILE = "<h1>Riesig</h1><img src='/usr/share/pixmaps/debian-logo.png'>"


def _press_ctrl_i(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_i_on_a_file_nested_5000_deep_says_why_and_keeps_running(
    qtbot, window_factory, paths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    problems: list[str] = []
    window.show_problem = lambda title, message: problems.append(message)
    deep = tmp_path / "tief.toml"
    deep.write_text('id = "tief"\nx = ' + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    window.ask_open_path = lambda *_: str(deep)
    _press_ctrl_i(qtbot, window)
    qtbot.waitUntil(lambda: bool(problems))
    assert "tief.toml" in problems[0] and "verschachtelt" in problems[0]
    assert not list(paths.user_templates_dir.glob("*.toml"))


def test_an_imported_label_with_html_is_shown_as_plain_text(
    qtbot, window_factory, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    text = (resource_dir("templates") / "reply_formal.toml").read_text("utf-8")
    text = text.replace('id = "reply_formal"', 'id = "fremd"')
    text = text.replace('title = "', f'title = "{HOSTILE} ', 1)
    text += f'\n[[fields]]\nname = "extra"\nlabel = "{HOSTILE}"\nhelp = "{HOSTILE}"\n'
    text = text.replace("{sender_name}", "{extra}{sender_name}", 1)
    shared = tmp_path / "fremd.toml"
    shared.write_text(text, encoding="utf-8")
    window.ask_open_path = lambda *_: str(shared)
    _press_ctrl_i(qtbot, window)
    qtbot.waitUntil(lambda: window.gallery.current_id() == "fremd")
    qtbot.mouseClick(window.gallery.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "field_extra" in [w.objectName() for w in window.form.inputs()])

    labels = [w for w in window.form.findChildren(QLabel) if HOSTILE in w.text()]
    assert len(labels) == 2, [w.text() for w in window.form.findChildren(QLabel)]  # title, label
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        # A rendered <h1> with an image would be far taller than two lines of text.
        assert label.sizeHint().height() < 4 * label.fontMetrics().lineSpacing()
    tip = window.form.input("extra").toolTip()
    assert "&lt;h1&gt;" in tip and "<h1>" not in tip
    assert window.gallery.when.textFormat() == Qt.TextFormat.PlainText
