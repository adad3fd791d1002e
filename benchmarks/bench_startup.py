"""Start-up time and memory of Knigge Desktop against a bare PySide6 window, as a user starts
them: the installed console script, to the moment its window is mapped on the X server.

Both run the same way: an executable script whose first line names this Python, like the
``knigge-desktop`` script pip installs. The parent watches the X server's root window for
the first MapNotify (libX11 through ctypes), notes the time, reads the child's peak RSS
(VmHWM) at that moment and kills it: what the app does after its first paint is not
start-up. Runs alternate between the two so that noise on a shared machine hits both
alike. Prints JSON; goal: both ratios at most 1.5. Needs an X server (Xvfb):

    xvfb-run -a python benchmarks/bench_startup.py [--runs 9] [--instructions]

Wall-clock times on a shared machine move with its load; --instructions adds one start of
each under valgrind's callgrind, counting the CPU instructions to the map, which do not.

The first start of the app is not measured: it creates the database and, once painted,
writes what later starts read instead of parsing (the templates and the platforms' length
limits, core/templates/cache.py); it runs until that file is there. Every measured start is
then a user's usual start.

PySide6's own Python files were compiled to bytecode when pip installed them, and a user's
Python caches ours on first import. Machines that set PYTHONDONTWRITEBYTECODE would make
the app recompile its sources at every start, so the package is compiled once up front.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1280, 760)
window.show()
app.exec()
"""

MAP_NOTIFY = 19  # X11 event type
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
TIMEOUT_S = 30
VALGRIND_TIMEOUT_S = 300  # a start under callgrind takes some 50 times as long
FIRST_START_PATIENCE_S = 5  # for the kept templates after the first start's first paint


class MapWatch:
    """The X server's root window, told about every top-level window that gets mapped."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise SystemExit("libX11 fehlt: das Maß braucht einen X-Server (xvfb-run -a …)")
        x11 = ctypes.CDLL(name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self._x11 = x11
        self._display = x11.XOpenDisplay(None)
        if not self._display:
            raise SystemExit("Kein X-Server (DISPLAY): xvfb-run -a python benchmarks/…")
        x11.XSelectInput(
            self._display, x11.XDefaultRootWindow(self._display), SUBSTRUCTURE_NOTIFY_MASK
        )
        x11.XSync(self._display, 0)
        self._fd = x11.XConnectionNumber(self._display)
        self._event = (ctypes.c_long * 24)()  # sizeof(XEvent)

    def drain(self) -> None:
        while self._x11.XPending(self._display):
            self._x11.XNextEvent(self._display, self._event)

    def wait_for_map(self, child: subprocess.Popen[bytes], timeout_s: float = 0) -> int:
        """monotonic_ns of the first window mapped from now on."""
        deadline = time.monotonic() + (timeout_s or TIMEOUT_S)
        while time.monotonic() < deadline:
            while self._x11.XPending(self._display):
                self._x11.XNextEvent(self._display, self._event)
                if self._event[0] & 0xFFFFFFFF == MAP_NOTIFY:
                    return time.monotonic_ns()
            if child.poll() is not None:
                raise SystemExit(f"child ended with exit code {child.returncode} before a window")
            select.select([self._fd], [], [], 0.05)
        raise SystemExit("no window within 30 s")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmHWM in /proc (Linux only)")


def measure(
    watch: MapWatch, command: list[str], env: dict[str, str], linger_until: Path | None = None
) -> tuple[float, float]:
    """(milliseconds to a mapped window, peak RSS in MiB until then) of one fresh process.
    `linger_until`: let it run on after the map until this file exists (a few seconds at
    most), as a first start does that the user does not quit at once."""
    watch.drain()
    start = time.monotonic_ns()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        mapped = watch.wait_for_map(child)
        memory = peak_rss_mib(child.pid)
        deadline = time.monotonic() + FIRST_START_PATIENCE_S
        while linger_until is not None and not linger_until.exists():
            if time.monotonic() > deadline or child.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    return (mapped - start) / 1e6, memory


def instructions_to_map(watch: MapWatch, command: list[str], env: dict[str, str]) -> int:
    """CPU instructions one start executes until its window is mapped, counted by valgrind's
    callgrind: the same on every run, whatever else the machine does. The counters are
    dumped the moment the X server maps the window (callgrind_control), then it is killed."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cg"
        child = subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", *command],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            watch.drain()
            watch.wait_for_map(child, timeout_s=VALGRIND_TIMEOUT_S)
            subprocess.run(
                ["callgrind_control", "--dump", str(child.pid)],
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=VALGRIND_TIMEOUT_S,
            )
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        [dump] = sorted(Path(folder).glob("cg.*.1"))
        for line in dump.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise SystemExit("callgrind wrote no totals")


def console_script(folder: Path, name: str, body: str) -> Path:
    """An executable like the ones pip writes: this Python in the first line."""
    path = folder / name
    path.write_text(f"#!{sys.executable}\n{body}", encoding="utf-8")
    path.chmod(0o755)
    return path


def installed_script() -> str:
    script = Path(sys.executable).parent / "knigge-desktop"
    if script.is_file():
        return str(script)
    found = shutil.which("knigge-desktop")
    if found is None:
        raise SystemExit("knigge-desktop ist nicht installiert (pip install -e .)")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions to the map with valgrind (slow; free of load noise)",
    )
    args = parser.parse_args()
    import knigge_desktop

    compileall.compile_dir(os.path.dirname(knigge_desktop.__file__), quiet=1)
    watch = MapWatch()
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
        bare = [str(console_script(Path(folder), "bare-window", BARE))]
        data = Path(folder) / "data"
        app = [installed_script(), "--data-dir", str(data)]
        # The first start: the disk cache warm, the database made, the templates kept.
        measure(watch, app, env, linger_until=data / "templates.cache")
        measure(watch, bare, env)
        for _ in range(args.runs):
            results["bare"].append(measure(watch, bare, env))
            results["app"].append(measure(watch, app, env))
        counted = (
            {name: instructions_to_map(watch, command, env) for name, command in
             (("bare", bare), ("app", app))}
            if args.instructions
            else {}
        )  # fmt: skip

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in results[name])

    report = {
        "runs": args.runs,
        "measured": "console script to a mapped window (X MapNotify), peak RSS until then",
        "bare_window": {"mapped_ms": median("bare", 0), "peak_rss_mib": median("bare", 1)},
        "knigge_desktop": {"mapped_ms": median("app", 0), "peak_rss_mib": median("app", 1)},
        "ratio_time": median("app", 0) / median("bare", 0),
        # The quietest start of each: what the machine allows when nothing else runs.
        "fastest_ms": {name: min(r[0] for r in results[name]) for name in ("bare", "app")},
        "ratio_memory": median("app", 1) / median("bare", 1),
        "goal": "both ratios <= 1.5",
    }
    if counted:
        report["instructions_to_map"] = counted
        report["ratio_instructions"] = counted["app"] / counted["bare"]
    for key in ("bare_window", "knigge_desktop", "fastest_ms"):
        figures = report[key]
        assert isinstance(figures, dict)
        report[key] = {k: round(v, 1) for k, v in figures.items()}
    report = {k: round(v, 3) if isinstance(v, float) else v for k, v in report.items()}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
