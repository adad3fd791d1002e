"""What the app has loaded when its window first paints (docs/ARCHITECTURE.md: the window
paints first). Everything here waits until after the first paint, or until the user asks for
it; a change that pulls one of them in before would cost every start, quietly. The figures
are in benchmarks/bench_startup.py; this pins the cause, not the time.

The real start (`knigge-desktop --data-dir DIR`) in a fresh interpreter, stopped at the first
paint by tests/support/first_paint_probe.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from knigge_desktop.core.paths import resolve_paths
from knigge_desktop.services.template_catalog import TemplateCatalog

PROBE = Path(__file__).parent / "support" / "first_paint_probe.py"

NOT_BEFORE_THE_FIRST_PAINT = {
    # The checks: the etiquette engine and its rules, the language layer's word lists,
    # LanguageTool's client and server manager (ComposeSession.start_checks).
    "knigge_desktop.core.etiquette.checker": "the etiquette engine",
    # What a check may know (CheckContext, the address markers' regexes): the limit meter
    # needs only the template's kind (Composer.template_kind).
    "knigge_desktop.core.etiquette.context": "the checks' context",
    "knigge_desktop.core.etiquette.address": "the address markers",
    "knigge_desktop.core.etiquette.kinds": "the rule kinds",
    "knigge_desktop.core.etiquette.rules": "the rule files",
    "knigge_desktop.core.language.lexicon": "the word lists",
    "knigge_desktop.core.grammar.client": "LanguageTool's client",
    "knigge_desktop.core.grammar.server": "LanguageTool's server manager",
    "knigge_desktop.services.grammar_setup": "setting up LanguageTool",
    # Reading a received message: only for Datei → Auf Nachricht antworten or `read`.
    "knigge_desktop.core.reply": "the reader of received messages",
    "knigge_desktop.services.reply_service": "the reply service",
    # The single-instance server listens after the first paint (QtNetwork ~15 ms).
    "PySide6.QtNetwork": "QtNetwork",
    # Dialogs are imported when opened.
    "knigge_desktop.ui.drafts_dialog": "the drafts dialog",
    "knigge_desktop.ui.settings_dialog": "the settings dialog",
    "knigge_desktop.ui.template_editor": "the template editor",
    "knigge_desktop.core.templates.authoring": "writing own templates",
    "knigge_desktop.ui.reply_dialog": "the reply dialog",
    "knigge_desktop.ui.grammar_dialog": "the grammar dialog",
    "knigge_desktop.ui.welcome_dialog": "the welcome (shown after the first paint)",
    "knigge_desktop.ui.shortcuts_dialog": "the shortcuts list",
    "knigge_desktop.ui.versions_dialog": "the versions dialog",
    # The headless commands' modules: the window's start reads its arguments without them
    # (cli._window_start).
    "knigge_desktop.cli_check": "the `check` command",
    "knigge_desktop.cli_read": "the `read` command",
    "knigge_desktop.cli_parser": "the commands' parser",
    # Standard modules the window does not need for its first picture.
    "html": "html.entities' table (ui/rich_text.py escapes what labels show)",
    "socket": "sockets: a second start's hand-over, the quit signals (after the paint)",
    "_hashlib": "OpenSSL (several MB of memory)",
    "ssl": "TLS",
    "urllib.request": "HTTP",
    "email": "mail parsing",
}


def _first_paint(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PROBE), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _keep_templates(data_dir: Path) -> None:
    """What the first start writes after its first paint: the parsed templates."""
    paths = resolve_paths(data_dir)
    paths.ensure()
    catalog = TemplateCatalog.load(paths.user_templates_dir, "de", paths.template_cache)
    catalog.keep_for_next_start()
    assert paths.template_cache.is_file()


@pytest.fixture(params=["first start", "with the templates kept from the last"])
def at_first_paint(request, tmp_path: Path) -> dict:
    data_dir = tmp_path / "data"
    if request.param != "first start":
        _keep_templates(data_dir)
    return _first_paint(data_dir)


def test_nothing_the_first_picture_does_not_need_is_loaded(at_first_paint: dict) -> None:
    loaded = set(at_first_paint["modules"])
    early = {
        f"{name} ({why})"
        for name, why in NOT_BEFORE_THE_FIRST_PAINT.items()
        if name in loaded or any(m.startswith(name + ".") for m in loaded)
    }
    assert not early, "loaded before the first paint: " + ", ".join(sorted(early))


def test_a_usual_start_parses_no_toml(tmp_path: Path) -> None:
    """Templates and platform limits come from the cache the last start kept (tomllib and
    its regexes cost ~2 ms); only a first start, or one after a change, parses."""
    data_dir = tmp_path / "data"
    _keep_templates(data_dir)
    loaded = set(_first_paint(data_dir)["modules"])
    assert "tomllib" not in loaded
    assert "knigge_desktop.core.templates.loader" in loaded  # the cache's own import, fine


def test_the_qt_namespace_waits_for_the_first_paint(at_first_paint: dict) -> None:
    """Its first use builds about 100 enum types (~20 ms, a sixth of a bare window's
    start). The group headings' flags and the form's focus policy come after the paint."""
    assert not at_first_paint["qt_namespace_built"]


def test_the_first_picture_shows_the_templates_the_draft_and_its_fields(
    at_first_paint: dict,
) -> None:
    picture = at_first_paint["picture"]
    assert picture["templates_listed"] >= 30
    assert "Ich schreibe zuerst" in picture["headings"]
    assert picture["text"].startswith("Guten Tag"), picture["text"][:80]
    assert picture["fields"] > 3
    # The 256 and 512 px icons come after the paint (app.full_icon_after_first_paint).
    assert picture["icon_sizes"] == [16, 24, 32, 48, 64, 128]


def test_pysides_import_hook_reads_no_source_of_ours() -> None:
    """knigge_desktop/pyside_hook.py answers the hook for our modules up front; without it
    the hook reads ~55 sources into linecache at every start."""
    probe = (
        "import json, linecache\n"
        "import knigge_desktop.app\n"
        "print(json.dumps(sorted(linecache.cache)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout.splitlines()[-1])
    package = str(Path(__file__).parents[1] / "knigge_desktop")
    assert [path for path in read if path.startswith(package)] == []
    assert len(read) < 10, read
