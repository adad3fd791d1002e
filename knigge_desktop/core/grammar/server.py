"""The local LanguageTool server the app manages: started, waited for, restarted, stopped.

- Bound to 127.0.0.1 (LanguageTool's HTTPServer listens on localhost unless --public) on a
  free port; a port taken meanwhile is retried with another.
- A heap cap (-Xmx) and a readiness wait long enough for a cold JVM.
- It dies with the app: on Linux the kernel sends SIGTERM when the thread that started it
  ends (PR_SET_PDEATHSIG), so start it from a thread that lives as long as the app; on every
  system a pidfile lets the next start stop a server left behind by a crash.
- It runs in a process group of its own, and stopping it stops the whole group: a java_path
  that is a launcher script without `exec` leaves the JVM as the script's child, and
  killing only the script would leave 768 MB of heap running.
- Why it failed is read from the whole log: real LanguageTool reports a taken port as a Java
  stack trace whose last lines are stack frames (tests/fixtures/languagetool/).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from knigge_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from knigge_desktop.core.private_file import write_private

log = logging.getLogger(__name__)

SERVER_CLASS = "org.languagetool.server.HTTPServer"
# What LanguageTool 6.x prints somewhere in its trace when the port is taken (the last lines
# are stack frames): "PortBindingException", "java.net.BindException: Address already in use".
BIND_FAILURE_MARKS = ("java.net.BindException", "PortBindingException", "Address already in use")
LOG_READ_LIMIT = 256 * 1024  # a log is read for the cause, never more than this
# The server's settings for one local user (LanguageTool's HTTPServerConfig keys), passed as
# a --config properties file. Measured on a real LanguageTool 6.3 here, ~330 characters,
# one word changed per check (median of 10 warm checks, same findings in all three):
#   default 0.71 s, pipelineCaching 0.24 s, pipelineCaching + cacheSize 0.08 s.
# pipelineCaching keeps the built rule pipeline instead of building it per request;
# cacheSize caches the results of unchanged sentences, so a one-word edit re-checks one
# sentence. Prewarming stays off (it builds pipelines for every language, pinning the CPU).
SERVER_PROPERTIES = {
    "pipelineCaching": "true",
    "pipelineExpireTimeInSeconds": "3600",
    "cacheSize": "1000",
    "cacheTTLSeconds": "3600",
    "pipelinePrewarming": "false",
}
WARM_UP_TIMEOUT = 60.0  # the first check of a language loads it: 10-13 s measured here
WARM_UP_TEXT = "Das ist ein kurzer Satz, damit LanguageTool Deutsch lädt."
READY_TIMEOUT = 90.0  # a cold JVM loading German models takes tens of seconds
HEAP_MB = 768


class ServerProblem(Exception):
    """The server would not start or stay up; the message is German, plain words (the raw
    log goes to the app's log). ``cause``: "port", "memory", "java", "crashed", "timeout"."""

    def __init__(self, message: str, cause: str = "crashed") -> None:
        super().__init__(message)
        self.cause = cause


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _group_runs_languagetool(group: int) -> bool:
    """Whether process group `group` has a LanguageTool server in it (so a stale pidfile
    never kills anything else). The group, not the pid: the launcher may be gone already
    while the JVM it started lives on."""
    try:
        import psutil  # installed with language-tool-python

        for process in psutil.process_iter(["cmdline"]):
            with contextlib.suppress(psutil.Error, OSError):
                if os.getpgid(process.pid) == group and SERVER_CLASS in " ".join(
                    process.info["cmdline"] or ()
                ):
                    return True
    except Exception:  # no psutil, no permission: leave it alone
        return False
    return False


def _is_languagetool(pid: int) -> bool:
    """Whether pid is a LanguageTool server (Windows: no process groups to look at)."""
    try:
        import psutil

        return SERVER_CLASS in " ".join(psutil.Process(pid).cmdline())
    except Exception:  # no such process, no permission, no psutil: leave it alone
        return False


def _signal_group(group: int, signum: int) -> bool:
    try:
        os.killpg(group, signum)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _group_alive(group: int) -> bool:
    return _signal_group(group, 0)


def _stop_group(group: int, grace: float = 5.0, reap: Callable[[], object] = lambda: None) -> None:
    """SIGTERM to every process of the group, SIGKILL to what is left after `grace`.
    `reap` collects our own child, which would otherwise linger as a zombie in the group."""
    if not _signal_group(group, signal.SIGTERM):
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        reap()
        if not _group_alive(group):
            return
        time.sleep(0.05)
    _signal_group(group, signal.SIGKILL)


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
        language: str = "de-DE",
    ) -> None:
        self.java, self.jar, self.run_dir = java, jar, run_dir
        self.language = language  # what the warm-up loads
        self.heap_mb, self.ready_timeout, self._pick_port = heap_mb, ready_timeout, pick_port
        self.process: subprocess.Popen[bytes] | None = None
        self.port: int | None = None

    @property
    def pidfile(self) -> Path:
        return self.run_dir / "languagetool-server.json"

    @property
    def config_file(self) -> Path:
        return self.run_dir / "languagetool-server.properties"

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
        self.stop()  # our own server, if any; a crashed run's pidfile is still there
        self.sweep_stale()
        self.run_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        problem = ServerProblem("")
        for _ in range(attempts):
            self.port = self._pick_port()
            self._spawn()
            outcome = self._wait_ready()
            if outcome is None:
                self.warm_up()
                return self.url
            problem = outcome
            self.stop()
            if problem.cause != "port":
                break  # only a taken port is worth another try
            log.info("LanguageTool: port %s taken, trying another", self.port)
        raise problem

    def _spawn(self) -> None:
        self._write_config()
        command = [self.java, f"-Xmx{self.heap_mb}m", "-cp", str(self.jar), SERVER_CLASS,
                   "--port", str(self.port), "--config", str(self.config_file)]  # fmt: skip
        # The log may quote checked text: the user's alone, like every file of the app.
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        output = os.fdopen(os.open(self.log_file, flags, 0o600), "wb")
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if os.name == "posix" else None,
                start_new_session=os.name == "posix",  # its own group: stop() ends all of it
                creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0),
            )
        except OSError as exc:
            log.error("Java did not start (%s): %s", self.java, exc)
            raise ServerProblem(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Java ließ sich nicht starten ({java}). Prüfen Sie in den "
                        "Grammatik-Einstellungen, welches Java benutzt wird.",
                    ),
                    java=self.java,
                ),
                "java",
            ) from exc
        finally:
            output.close()
        write_private(self.pidfile, json.dumps({"pid": self.process.pid, "port": self.port}))

    def _listens_on_port(self) -> bool:
        """Whether our process (or one it started: a launcher's JVM) listens on our port.
        Without psutil or without permission to look, the answer counts as ours."""
        assert self.process is not None
        try:
            import psutil

            root = psutil.Process(self.process.pid)
            for process in (root, *root.children(recursive=True)):
                # net_connections() from psutil 6 on; connections() before
                listing = getattr(process, "net_connections", None) or process.connections
                for connection in listing(kind="tcp"):
                    if (
                        connection.status == psutil.CONN_LISTEN
                        and connection.laddr.port == self.port
                    ):
                        return True
        except ImportError:
            return True
        except Exception:  # gone meanwhile, or no permission
            return self.process.poll() is None and not sys.platform.startswith("linux")
        return False

    def _write_config(self) -> None:
        lines = [f"{key}={value}" for key, value in SERVER_PROPERTIES.items()]
        header = "# Written by Knigge Desktop at every start of LanguageTool.\n"
        write_private(self.config_file, header + "\n".join(lines) + "\n")

    def warm_up(self) -> float | None:
        """One small check in the user's language right after the start, so that the user's
        first check does not wait for LanguageTool to load German. Seconds it took, or None
        if it failed (not a reason to give up on the server: the next check tries anyway)."""
        data = urllib.parse.urlencode({"text": WARM_UP_TEXT, "language": self.language})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(
                f"{self.url}/v2/check", data.encode("utf-8"), timeout=WARM_UP_TIMEOUT
            ) as answer:
                answer.read()
        except OSError as exc:
            log.warning("LanguageTool warm-up failed: %s", exc)
            return None
        return time.monotonic() - started

    def _wait_ready(self) -> ServerProblem | None:
        """None when the server answers; else why not."""
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                return self._why_it_ended(self.process.returncode)
            try:
                with urllib.request.urlopen(f"{self.url}/v2/languages", timeout=2) as answer:
                    # Whoever answers must be ours: a server already on this port (another
                    # app's, another user's) answers too while ours fails to bind.
                    if answer.status == 200 and self._listens_on_port():
                        return None
            except OSError:
                pass
            time.sleep(0.2)
        log.error("LanguageTool not ready after %.0f s; log: %s", self.ready_timeout, self.log_file)
        return ServerProblem(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "LanguageTool war nach {seconds} Sekunden nicht bereit. Der Rechner ist "
                    "vielleicht gerade sehr beschäftigt: Versuchen Sie es gleich noch einmal.",
                ),
                seconds=f"{self.ready_timeout:.0f}",
            ),
            "timeout",
        )

    def read_log(self) -> str:
        """The server's output so far (its last LOG_READ_LIMIT bytes)."""
        try:
            with self.log_file.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - LOG_READ_LIMIT))
                return handle.read().decode("utf-8", errors="replace")
        except OSError:
            return ""

    def _why_it_ended(self, code: int) -> ServerProblem:
        output = self.read_log()
        log.error("LanguageTool ended at start (code %s):\n%s", code, output[-4000:])
        if any(mark in output for mark in BIND_FAILURE_MARKS):
            return ServerProblem(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "Der Port {port} war belegt; LanguageTool konnte nicht starten."
                    ),
                    port=self.port,
                ),
                "port",
            )
        if "OutOfMemoryError" in output or "Could not reserve enough space" in output:
            return ServerProblem(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "LanguageTool hatte nicht genug Arbeitsspeicher (es braucht etwa {mb} MB)."
                        " Schließen Sie andere Programme und versuchen Sie es noch einmal.",
                    ),
                    mb=self.heap_mb,
                ),
                "memory",
            )
        if "UnsupportedClassVersionError" in output:
            return ServerProblem(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Das Java ist zu alt für diese LanguageTool-Version. Installieren Sie ein "
                        "aktuelles Java (17 oder neuer).",
                    )
                ),
                "java",
            )
        return ServerProblem(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "LanguageTool hat sich gleich nach dem Start beendet (Code {code}). "
                    "Einzelheiten stehen in {log}.",
                ),
                code=code,
                log=str(self.log_file),
            ),
            "crashed",
        )

    def stop(self) -> None:
        """Stop our server and every process it started; its pidfile goes with it."""
        process, self.process = self.process, None
        if process is None:
            return  # nothing of ours: a crashed run's pidfile stays for sweep_stale()
        if os.name == "posix":
            # start_new_session: the group id is the child's pid
            _stop_group(process.pid, reap=process.poll)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        elif process.poll() is None:
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
        if os.name == "posix":
            if pid > 1 and _group_runs_languagetool(pid):
                log.info("Stopping a LanguageTool server left by an earlier run (group %s)", pid)
                _stop_group(pid)
                swept = True
        elif _is_languagetool(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGTERM)
                swept = True
        with contextlib.suppress(FileNotFoundError):
            self.pidfile.unlink()
        return swept
