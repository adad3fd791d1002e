"""Start-up time and peak memory of Knigge Desktop against a bare PySide6 window.

Each run starts a fresh Python process that builds its window, shows it and reports the
moment the window first paints; the parent measures from just before the process started
and reads the child's peak RSS from wait4. Runs alternate between the two so that noise on
a shared machine hits both alike. Prints JSON; goal: both ratios at most 1.5.

PySide6's own Python files were compiled to bytecode when pip installed them, and a user's
Python caches ours on first import. Machines that set PYTHONDONTWRITEBYTECODE would make
the app recompile its sources at every start, so the package is compiled once up front.

    python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Shared by both children: report the first paint of the window, then quit.
_FIRST_PAINT = """
import os, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            os.write(1, str(time.monotonic_ns()).encode())
            QApplication.instance().quit()
        return False
"""

BARE = (
    _FIRST_PAINT
    + """
import sys
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1200, 720)
spy = FirstPaint(); window.centralWidget().viewport().installEventFilter(spy)
window.show()
app.exec()
"""
)

APP = (
    _FIRST_PAINT
    + """
import sys
from pathlib import Path
from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths
from knigge_desktop.services.single_instance import hand_over, socket_name
app = ensure_application()
hand_over(socket_name(Path(sys.argv[1])), {})  # as run() asks first: is one running?
window = build_window(resolve_paths(sys.argv[1]))
spy = FirstPaint(); window.editor.viewport().installEventFilter(spy)
window.show()
app.exec()
"""
)


def measure(code: str, data_dir: str, platform: str) -> tuple[float, float]:
    """(milliseconds to first paint, peak RSS in MiB) of one fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    start = time.monotonic_ns()
    child = subprocess.Popen(
        [sys.executable, "-c", code, data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # Qt's offscreen plugin chatters
        env=env,
    )
    assert child.stdout is not None
    painted = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or not painted:
        raise SystemExit(f"child failed with exit code {child.returncode}")
    return (int(painted) - start) / 1e6, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    import knigge_desktop

    compileall.compile_dir(os.path.dirname(knigge_desktop.__file__), quiet=1)
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as data_dir:
        measure(APP, data_dir, args.platform)  # warm the disk cache and create the database
        for _ in range(args.runs):
            results["bare"].append(measure(BARE, data_dir, args.platform))
            results["app"].append(measure(APP, data_dir, args.platform))

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in results[name])

    report = {
        "runs": args.runs,
        "platform": args.platform,
        "bare_window": {"first_paint_ms": median("bare", 0), "peak_rss_mib": median("bare", 1)},
        "knigge_desktop": {"first_paint_ms": median("app", 0), "peak_rss_mib": median("app", 1)},
        "ratio_time": median("app", 0) / median("bare", 0),
        "ratio_memory": median("app", 1) / median("bare", 1),
        "goal": "both ratios <= 1.5",
    }
    report = {k: round(v, 3) if isinstance(v, float) else v for k, v in report.items()}
    for key in ("bare_window", "knigge_desktop"):
        report[key] = {k: round(v, 1) for k, v in report[key].items()}  # type: ignore[union-attr]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
