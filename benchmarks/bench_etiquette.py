"""Speed of the etiquette checks, printed as JSON.

1. Median time of a full check of a realistic German message at 300, 2,000 and 20,000
   characters with nothing cached (the sentence caches of core/language emptied before
   each run), and the cost per character at each size (it should not grow with size).
   Goal: 50 ms or less at 2,000 characters.
2. A check after a one-character edit in a 2,000-character message (the other sentences'
   analysis reused). Goal: 5 ms or less.
3. In the window: the time from the last keystroke to updated findings. Goal: 150 ms.
4. The longest stall of the Qt event loop while 500 characters are typed into the editor,
   with live checks on, against the same typing with checks switched off (the baseline,
   measured in the same run). A 1 ms heartbeat timer notices every stall. Goal: under 16 ms.

    python benchmarks/bench_etiquette.py [--runs 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from knigge_desktop.core.etiquette.checker import EtiquetteChecker
from knigge_desktop.core.etiquette.context import CheckContext
from knigge_desktop.core.vocabulary import Kind, Platform, Tone

PARAGRAPH = (
    "Ihr Vortrag über nachhaltige Lieferketten auf der LogiMAT in Stuttgart hat mich "
    "beeindruckt, besonders Ihr Beispiel zur Bündelung von Transporten. Wir stehen vor einer "
    "ähnlichen Umstellung und fragen uns, wie wir unsere Kunden mitnehmen können. "
)
HEAD = "Sehr geehrte Frau Dr. Wagner,\n\nmein Name ist Jonas Becker, ich leite den Einkauf. "
TAIL = "\n\nHätten Sie Zeit für ein Telefonat?\n\nMit freundlichen Grüßen\nJonas Becker"


def message(size: int) -> str:
    body = (PARAGRAPH * (size // len(PARAGRAPH) + 1))[: max(0, size - len(HEAD) - len(TAIL))]
    return HEAD + body + TAIL


def _forget() -> None:
    """Empty every cache the checks keep between calls: a cold check."""
    from knigge_desktop.core.etiquette import structure
    from knigge_desktop.core.language import sentences

    sentences.tokens_of.cache_clear()
    structure._refers.cache_clear()
    structure._stock_in.cache_clear()
    structure._mass_in.cache_clear()


CONTEXT = CheckContext(Kind.FIRST_CONTACT, Tone.FORMAL, Platform.XING)


def check_times(runs: int) -> dict[str, object]:
    checker = EtiquetteChecker.shipped()
    context = CONTEXT
    result: dict[str, object] = {}
    for size in (300, 2_000, 20_000):
        text = message(size)
        repeats = runs if size <= 2_000 else max(10, runs // 10)
        times = []
        for _ in range(repeats):
            _forget()
            start = time.perf_counter()
            checker.check(text, context)
            times.append(time.perf_counter() - start)
        median_ms = statistics.median(times) * 1000
        result[str(size)] = {
            "chars": len(text),
            "median_ms": round(median_ms, 3),
            "us_per_char": round(median_ms * 1000 / len(text), 3),
        }
    return result


def after_one_edit(runs: int) -> dict[str, float]:
    """A 2,000-character message checked once, then again after one character changed."""
    checker = EtiquetteChecker.shipped()
    text = message(2_000)
    middle = len(text) // 2
    times, cold = [], []
    for n in range(runs):
        _forget()
        start = time.perf_counter()
        checker.check(text, CONTEXT)
        cold.append(time.perf_counter() - start)
        edited = text[:middle] + "xyz"[n % 3] + text[middle + 1 :]
        start = time.perf_counter()
        checker.check(edited, CONTEXT)
        times.append(time.perf_counter() - start)
    return {
        "cold_ms": round(statistics.median(cold) * 1000, 3),
        "after_edit_ms": round(statistics.median(times) * 1000, 3),
        "goal_ms": 5,
    }


def keystroke_to_findings(presses: int = 30) -> dict[str, float]:
    """In the window: from a key press to the findings panel showing the new state (ms)."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtTest import QTest

    from knigge_desktop.app import build_window, ensure_application
    from knigge_desktop.core.paths import resolve_paths

    app = ensure_application()
    delays = []
    with tempfile.TemporaryDirectory() as data_dir:
        window = build_window(resolve_paths(data_dir), new_template="first_contact_formal")
        window.show()
        window.editor.setPlainText(message(2_000))
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        app.processEvents()
        clock = QElapsedTimer()
        for n in range(presses):
            done = [False]

            def seen(_findings: object, text: str, _note: str, done: list[bool] = done) -> None:
                done[0] = text == window.editor.toPlainText()

            window.session.checks.checked.connect(seen)
            clock.start()
            QTest.keyClick(window.editor, "!" if n % 2 else "a")
            while not done[0] and clock.elapsed() < 2_000:
                app.processEvents()
            delays.append(clock.nsecsElapsed() / 1e6)
            window.session.checks.checked.disconnect(seen)
        window.close()
    return {
        "median_ms": round(statistics.median(delays), 2),
        "max_ms": round(max(delays), 2),
        "goal_ms": 150,
    }


def typing_stall(checks_on: bool) -> float:
    """Longest gap between 1 ms heartbeats while 500 characters are typed (ms)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    from knigge_desktop.app import build_window, ensure_application
    from knigge_desktop.core.paths import resolve_paths

    app = ensure_application()
    with tempfile.TemporaryDirectory() as data_dir:
        window = build_window(resolve_paths(data_dir), new_template="first_contact_formal")
        window.show()
        if not checks_on:
            window.session.checks.request = lambda *args: None  # type: ignore[method-assign]
        window.editor.setPlainText(message(1_500))
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        typed = "Ich freue mich auf Ihre Antwort und grüße Sie herzlich aus Kassel. " * 8
        clock, gaps, last = QElapsedTimer(), [], [0.0]
        clock.start()

        def beat() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        heartbeat = QTimer(interval=1)
        heartbeat.timeout.connect(beat)
        position = [0]

        def type_one() -> None:
            if position[0] >= 500:
                app.quit()
                return
            QTest.keyClick(window.editor, typed[position[0]])
            position[0] += 1

        typist = QTimer(interval=8)  # a fast typist: 125 characters a second
        typist.timeout.connect(type_one)
        heartbeat.start()
        typist.start()
        last[0] = clock.nsecsElapsed() / 1e6
        app.exec()
        heartbeat.stop()
        typist.stop()
        window.close()
    return max(gaps[5:])  # the first beats include start-up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    checks = check_times(args.runs)
    edit = after_one_edit(max(20, args.runs // 4))
    keystroke = keystroke_to_findings()
    stall_off = typing_stall(checks_on=False)
    stall_on = typing_stall(checks_on=True)
    print(
        json.dumps(
            {
                "check_cold": checks,
                "goal_check_2000_ms": 50.0,
                "check_after_one_char_edit_2000": edit,
                "keystroke_to_findings": keystroke,
                "typing_500_chars": {
                    "longest_stall_ms_checks_off": round(stall_off, 2),
                    "longest_stall_ms_checks_on": round(stall_on, 2),
                    "ratio": round(stall_on / stall_off, 2),
                    "goal_ms": 16,
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
