"""A child app that types steadily, 8 characters a second, and never pauses.

    python steady_typist.py DATA_DIR

Prints ``TYPED <count> <time.monotonic()>`` after each character, so whoever kills it knows
what was on screen when. Used by tests/test_crash_safety.py and benchmarks/bench_sigkill_typing.py.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths

# ASCII only: QTest.keyClicks cannot type what has no key of its own ("ü" aborts it).
TEXT = "Guten Tag Frau Wagner, vielen Dank, Ihr Vortrag auf der Messe in Leipzig war gut. " * 10
INTERVAL_MS = 125  # 8 characters a second


def main() -> None:
    app = ensure_application()
    window = build_window(resolve_paths(sys.argv[1]))
    window.show()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        if typed == 0:
            window.editor.setFocus()
            window.editor.selectAll()  # the first character replaces the template's text
        QTest.keyClicks(window.editor, TEXT[typed])
        typed += 1
        print("TYPED", typed, time.monotonic(), flush=True)

    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(type_one)
    window.editor.first_painted.connect(timer.start)
    app.exec()


if __name__ == "__main__":
    main()
