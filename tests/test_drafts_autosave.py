"""The autosave: after a pause, and during typing that never pauses at least every second."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.services.drafts_service import AUTOSAVE_MAX_WAIT_MS, Autosaver, DraftsService


def test_typing_that_never_pauses_is_still_saved(qtbot: QtBot, tmp_path: Path) -> None:
    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    autosaver = Autosaver(service)
    draft = Draft(template="reply_formal", kind="reply")
    saves: list[Draft] = []
    service.saved.connect(saves.append)

    typed = []

    def keystroke() -> None:  # every 100 ms: the 700 ms pause never comes
        typed.append("x")
        draft.text = "".join(typed)
        autosaver.schedule(lambda: replace(draft))

    keys = QTimer()
    keys.setInterval(100)
    keys.timeout.connect(keystroke)
    keys.start()
    # Two saves while the keys still come: the debounce alone would never have fired.
    qtbot.waitUntil(lambda: len(saves) >= 2, timeout=4 * AUTOSAVE_MAX_WAIT_MS)
    assert keys.isActive()
    keys.stop()
    assert 0 < len(saves[0].text) < len(saves[1].text) <= len(draft.text)
    stored = service.get(saves[1].id)  # type: ignore[arg-type]  # a saved draft has an id
    assert stored is not None and stored.text == saves[1].text


def test_a_pause_saves_and_flush_leaves_nothing_pending(qtbot: QtBot, tmp_path: Path) -> None:
    service = DraftsService(DraftStore.open(tmp_path / "drafts.sqlite3"))
    autosaver = Autosaver(service)
    with qtbot.waitSignal(service.saved, timeout=3000) as blocker:
        autosaver.schedule(lambda: Draft(template="reply_formal", kind="reply", text="Hallo"))
    assert blocker.args[0].text == "Hallo" and not autosaver.pending
    autosaver.schedule(lambda: Draft(template="reply_formal", kind="reply", text="Zwei"))
    assert autosaver.flush() is not None and not autosaver.pending
    with qtbot.assertNotEmitted(service.saved, wait=2 * AUTOSAVE_MAX_WAIT_MS):
        pass  # both timers stopped by the flush: no second save of the same state
