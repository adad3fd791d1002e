"""Every error of a template file is plain German with the file, the line and the key:
never Python's repr of what the file held ("{'name': …}", "('x',)", "[Errno 13]"), never
tomllib's English. Seen by a user in three places: `knigge-desktop templates` on stderr,
the gallery's "Nicht geladen" and Ctrl+I (import an own template)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import Qt
from pytestqt.qtbot import QtBot

from knigge_desktop import cli
from knigge_desktop.core.paths import AppPaths

GOOD = '''id = "meine"
title = "Meine Vorlage"
kind = "reply"
tone = "formal"
when = "Immer"
body = """
{greeting}

{grund}
"""

[[fields]]
name = "grund"
label = "Grund"
'''

# name: (what is wrong in the file, the key or words the message must name, the line)
BROKEN = {
    "type_table": (
        GOOD + 'type = { name = "x" }\n',
        "„type“ muss ein Text sein, nicht eine Tabelle",
        15,
    ),
    "kind_list": (GOOD.replace('kind = "reply"', 'kind = ["reply"]'), "„kind“", 3),
    "tone_number": (GOOD.replace('tone = "formal"', "tone = 1"), "„tone“", 4),
    "use_table": (
        GOOD + '[[fields]]\nuse = { name = "recipient" }\n',
        "„use“ muss ein Text sein",
        16,
    ),
    "platform_table": (
        GOOD.replace('when = "Immer"', 'when = "Immer"\nplatforms = [{ name = "xing" }]'),
        "„platforms“ muss ein Text sein, nicht eine Tabelle",
        6,
    ),
    "situation_bool": (
        GOOD.replace('when = "Immer"', 'when = "Immer"\nsituation = true'),
        "„situation“ muss ein Text sein, nicht ein Ja/Nein-Wert",
        6,
    ),
    "greeting_list": (
        GOOD.replace('when = "Immer"', 'when = "Immer"\ngreeting_style = ["x"]'),
        "„greeting_style“",
        6,
    ),
    "help_table": (
        GOOD + 'help = { text = "x" }\n',
        "„help“ muss ein Text sein, nicht eine Tabelle",
        15,
    ),
    "required_text": (GOOD + 'required = "ja"\n', "„required“ muss true oder false sein", 15),
    "choice_table": (
        GOOD + 'type = "choice"\nchoices = [{ value = { a = 1 }, label = "A" }]\n',
        "„choices“ von „grund“",
        16,
    ),
    "default_table": (
        GOOD + "default = { a = 1 }\n",
        "„default“ muss ein Text oder Ja/Nein sein",
        15,
    ),
    "example_bad": (GOOD + 'type = "bool"\nexample = "vielleicht"\n', "„example“: ", 16),
    "table_twice": (
        GOOD + "[x]\n[x]\n",
        "Kein gültiges TOML in Spalte 3: eine Tabelle steht doppelt",
        16,
    ),
    "unterminated": (GOOD + 'help = "offen', 'ein Text wird nicht mit " geschlossen', 15),
    "no_equals": (GOOD + "label zwei\n", "nach dem Namen fehlt „=“", 15),
    "unclosed": (GOOD + 'help = "offen\n', "Text über mehrere Zeilen", 15),
    "unknown_key": (
        GOOD.replace('tone = "formal"', 'tone = "formal"\n"a\\nb" = 1'),
        "Unbekannte Angabe „a?b“",
        1,
    ),
}
PYTHON_SYNTAX = re.compile(
    r"\{'|\('|\['|'\}|',\)|Errno|Invalid|Expected|Cannot|Unclosed|Unterminated"
)


def _plain(message: str) -> None:
    assert not PYTHON_SYNTAX.search(message), message
    assert "\n" not in message.strip(), message


@pytest.mark.parametrize("name", list(BROKEN))
def test_the_command_line_names_file_line_and_key(
    name: str, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    text, words, line = BROKEN[name]
    paths.user_templates_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_templates_dir / f"{name}.toml").write_text(text, encoding="utf-8")
    assert cli.main(["templates"]) == 0
    [warning] = [w for w in capsys.readouterr().err.splitlines() if name in w]
    _plain(warning)
    assert f"{name}.toml, Zeile {line}: " in warning and words in warning, warning


@pytest.mark.parametrize("name", ["type_table", "use_table", "table_twice", "choice_table"])
def test_ctrl_i_says_the_same_in_plain_words(
    name: str, qtbot: QtBot, window_factory, tmp_path: Path, paths: AppPaths
) -> None:
    text, words, line = BROKEN[name]
    shared = tmp_path / f"{name}.toml"
    shared.write_text(text, encoding="utf-8")
    window = window_factory()
    window.prompts.answer(str(shared))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.prompts.of_kind("problem")))
    [problem] = [a.text for a in window.prompts.of_kind("problem")]
    _plain(problem)
    assert problem.startswith(f"{name}.toml, Zeile {line}: ") and words in problem, problem
    assert not list(paths.user_templates_dir.glob("*.toml")), "nothing copied"


def test_the_gallery_lists_a_broken_own_template_in_plain_words(
    window_factory, paths: AppPaths
) -> None:
    paths.user_templates_dir.mkdir(parents=True, exist_ok=True)
    text, words, line = BROKEN["use_table"]
    (paths.user_templates_dir / "use_table.toml").write_text(text, encoding="utf-8")
    window = window_factory()
    shown = window.gallery.problems.text()
    assert f"use_table.toml, Zeile {line}: " in shown and words in shown
    _plain(shown.split("use_table.toml")[1])


@pytest.mark.parametrize(
    "saved",
    [
        GOOD.encode("utf-8-sig"),  # Windows Notepad's mark at the start
        GOOD.replace("\n", "\r").encode("utf-8"),  # old Mac line ends
        GOOD.replace("\n", "\r\n").encode("utf-8"),  # Windows line ends
    ],
    ids=["bom", "cr", "crlf"],
)
def test_a_template_saved_the_windows_or_old_mac_way_loads(
    saved: bytes, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.user_templates_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_templates_dir / "meine.toml").write_bytes(saved)
    assert cli.main(["templates"]) == 0
    out, err = capsys.readouterr()
    assert "meine" in out and "meine.toml" not in err, err
