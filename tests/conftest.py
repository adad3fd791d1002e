"""Shared test set-up: Qt offscreen, and every test with its own data dir."""

from __future__ import annotations

import os

from pytestqt.qtbot import QtBot

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.fake_prompts import FakePrompts

from knigge_desktop.core.paths import AppPaths, resolve_paths
from knigge_desktop.core.templates import LoadResult, load_templates


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every place the app could write at this test's own folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("KNIGGE_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return data


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window built by a test never opens a real, blocking question: its prompts are a
    fake that answers "cancel" unless the test queued answers."""
    monkeypatch.setattr("knigge_desktop.ui.main_window.Prompts", lambda parent: FakePrompts())


@pytest.fixture
def paths(isolated_dirs: Path) -> AppPaths:
    return resolve_paths(isolated_dirs)


@pytest.fixture
def english(paths: AppPaths) -> Iterator[None]:
    """The user chose English; the next window is built in English. German again after."""
    from knigge_desktop.core.settings import Settings
    from knigge_desktop.ui.i18n import apply_language

    settings = Settings(paths.settings_file)
    settings.set("language", "en")
    settings.save()
    yield
    apply_language("de")


@pytest.fixture(scope="session")
def shipped() -> LoadResult:
    return load_templates()


@pytest.fixture
def window_factory(qtbot: QtBot, paths: AppPaths) -> Iterator:
    """Builds main windows on this test's data dir; closes them at the end."""
    from knigge_desktop.app import build_window, ensure_application

    ensure_application()
    made = []

    def make(**request):
        window = build_window(paths, **request)
        # No real dialog may block a test: questions go to a fake that answers "cancel"
        # unless the test queued answers (window.prompts.answer(...)).
        window.prompts = FakePrompts()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Offscreen has no window manager to activate the window; shortcuts need it active.
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        # Checks start after the first paint (a zero timer after it): tests that type and
        # flush expect them running.
        qtbot.waitUntil(lambda: window.session.checks_started, timeout=3000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        # A window that kept an unsaved text open (the fake answered "cancel") still runs
        # grammar checking: stop it before Qt deletes the service under its thread.
        if window.isVisible() and window.session.grammar is not None:
            window.session.grammar.shutdown()
