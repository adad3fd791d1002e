"""Keystroke latency in a big text: the app's window against a bare QPlainTextEdit holding
the same text, in the same run (issue 12: "typing stays under one frame at 1 MB").

    python benchmarks/bench_typing.py [--size 1000000] [--keys 40]

Prints JSON: median and worst time from a key press to the end of its event processing, for
the window (checks, counters, autosave all on) and the bare editor, and their ratio. Two
texts: ordinary lines, and one single paragraph of the whole size (Qt lays that paragraph
out again on every edit, in the bare editor as well).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KNIGGE_DATA_DIR", tempfile.mkdtemp(prefix="bench-typing-"))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths

LINE = "Sehr geehrte Frau Wagner, ich schreibe Ihnen wegen Ihres Vortrags auf der LogiMAT."


def _settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def _type(app: QApplication, editor: QPlainTextEdit, keys: int) -> list[float]:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    times = []
    for _ in range(keys):
        start = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_A)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    app = ensure_application()
    window = build_window(resolve_paths(os.environ["KNIGGE_DATA_DIR"]))
    window.show()
    _settle(app)
    results = {}
    for shape, separator in (("lines", "\n"), ("one_paragraph", " ")):
        text = ((LINE + separator) * (args.size // (len(LINE) + 1) + 1))[: args.size]
        window.editor.setPlainText(text)
        _settle(app)
        in_window = _summary(_type(app, window.editor, args.keys))
        bare = QPlainTextEdit()
        bare.setPlainText(text)
        bare.show()
        _settle(app, 0.2)
        baseline = _summary(_type(app, bare, args.keys))
        bare.close()
        results[shape] = {
            "window": in_window,
            "bare_editor": baseline,
            "ratio_median": round(in_window["median_ms"] / max(baseline["median_ms"], 0.01), 2),
        }
    window.close_for_signal()  # no question at the end of a benchmark
    print(json.dumps({"size": args.size, **results}, indent=2))


if __name__ == "__main__":
    main()
