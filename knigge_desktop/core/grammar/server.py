"""The local LanguageTool server the app manages: started, waited for, restarted, stopped.

- Bound to 127.0.0.1 (LanguageTool's HTTPServer listens on localhost unless --public) on a
  free port; a port taken meanwhile is retried with another.
- A heap cap (-Xmx) and a readiness wait long enough for a cold JVM.
- It dies with the app: on Linux the kernel sends SIGTERM when the thread that started it
  ends (PR_SET_PDEATHSIG), so start it from a thread that lives as long as the app; on every
  system a pidfile lets the next start stop a server left behind by a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message

SERVER_CLASS = "org.languagetool.server.HTTPServer"
READY_TIMEOUT = 90.0  # a cold JVM loading German models takes tens of seconds
HEAP_MB = 768


class ServerProblem(Exception):
    """The server would not start or stay up; the message is German."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _is_languagetool(pid: int) -> bool:
    """Whether pid is a LanguageTool server (so a stale pidfile never kills anything else)."""
    try:
        import psutil  # installed with language-tool-python

        return SERVER_CLASS in " ".join(psutil.Process(pid).cmdline())
    except Exception:  # no such process, no permission, no psutil: leave it alone
        return False


class LocalServer:
    def __init__(
        self,
        java: str,
        jar: Path,
        run_dir: Path,
        *,
        heap_mb: int = HEAP_MB,
        ready_timeout: float = READY_TIMEOUT,
        pick_port: Callable[[], int] = free_port,
    ) -> None:
        self.java, self.jar, self.run_dir = java, jar, run_dir
        self.heap_mb, self.ready_timeout, self._pick_port = heap_mb, ready_timeout, pick_port
        self.process: subprocess.Popen[bytes] | None = None
        self.port: int | None = None

    @property
    def pidfile(self) -> Path:
        return self.run_dir / "languagetool-server.json"

    @property
    def log_file(self) -> Path:
        return self.run_dir / "languagetool-server.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def is_alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def ensure_running(self) -> str:
        if not self.is_alive():
            self.start()
        return self.url

    def start(self, attempts: int = 3) -> str:
        self.stop()
        self.sweep_stale()
        self.run_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        problem = ""
        for _ in range(attempts):
            self.port = self._pick_port()
            self._spawn()
            outcome = self._wait_ready()
            if outcome is None:
                return self.url
            problem = outcome
            self.stop()
            if "in use" not in problem.lower() and "bind" not in problem.lower():
                break  # only a taken port is worth another try
        raise ServerProblem(problem)

    def _spawn(self) -> None:
        command = [self.java, f"-Xmx{self.heap_mb}m", "-cp", str(self.jar), SERVER_CLASS,
                   "--port", str(self.port)]  # fmt: skip
        # The log may quote checked text: the user's alone, like every file of the app.
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        log = os.fdopen(os.open(self.log_file, flags, 0o600), "wb")
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if os.name == "posix" else None,
            )
        except OSError as exc:
            raise ServerProblem(
                Message(
                    QT_TRANSLATE_NOOP("core", "Java ließ sich nicht starten: {error}"), error=exc
                )
            ) from exc
        finally:
            log.close()
        descriptor = os.open(self.pidfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            json.dump({"pid": self.process.pid, "port": self.port}, handle)

    def _wait_ready(self) -> str | None:
        """None when the server answers; else why not."""
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                code = self.process.returncode
                return Message(
                    QT_TRANSLATE_NOOP(
                        "core", "LanguageTool hat sich gleich beendet (Code {code}): {log}"
                    ),
                    code=code,
                    log=self._log_tail(),
                )
            try:
                with urllib.request.urlopen(f"{self.url}/v2/languages", timeout=2) as answer:
                    if answer.status == 200:
                        return None
            except OSError:
                pass
            time.sleep(0.2)
        return Message(
            QT_TRANSLATE_NOOP("core", "LanguageTool war nach {seconds} Sekunden nicht bereit."),
            seconds=f"{self.ready_timeout:.0f}",
        )

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " / ".join(lines[-3:])

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        with contextlib.suppress(FileNotFoundError):
            self.pidfile.unlink()

    def sweep_stale(self) -> bool:
        """Stop a server an earlier, crashed run left behind. True if there was one."""
        try:
            data = json.loads(self.pidfile.read_text(encoding="utf-8"))
            pid = int(data["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return False
        swept = False
        if _is_languagetool(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGTERM)
                swept = True
        with contextlib.suppress(FileNotFoundError):
            self.pidfile.unlink()
        return swept
