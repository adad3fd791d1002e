"""Speed of the etiquette checks, printed as JSON.

1. Median time of a full check of a realistic German message at 300, 2,000 and 20,000
   characters, and the cost per character at each size (it should not grow with size).
   Goal: 2 ms or less at 2,000 characters.
2. The longest stall of the Qt event loop while 500 characters are typed into the editor,
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


def check_times(runs: int) -> dict[str, object]:
    checker = EtiquetteChecker.shipped()
    context = CheckContext(Kind.FIRST_CONTACT, Tone.FORMAL, Platform.XING)
    result: dict[str, object] = {}
    for size in (300, 2_000, 20_000):
        text = message(size)
        repeats = runs if size <= 2_000 else max(10, runs // 10)
        times = []
        for _ in range(repeats):
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
            window._checks.request = lambda *args: None  # type: ignore[method-assign]
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
    stall_off = typing_stall(checks_on=False)
    stall_on = typing_stall(checks_on=True)
    print(
        json.dumps(
            {
                "check": checks,
                "goal_check_2000_ms": 2.0,
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
