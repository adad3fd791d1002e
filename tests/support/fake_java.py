"""A real child process standing in for `java` (no LanguageTool can be downloaded here).

`java -version` prints FAKE_JAVA_VERSION (default 17.0.15) as OpenJDK does. Started as the
LanguageTool server (`… org.languagetool.server.HTTPServer --port N`) it serves the replaying
loopback server on that port. FAKE_JAVA_MODE: "ok", "crash" (exits at once), "hang" (never
listens); FAKE_JAVA_DIE_AFTER=N exits after answering N checks; FAKE_JAVA_DELAY=s waits
before listening, like a cold JVM; FAKE_JAVA_FIRST_CHECK_DELAY=s makes the first check slow,
like LanguageTool loading German. FAKE_JAVA_PIDFILE: where it writes its own pid (the
JVM's, which is not the launcher's when the launcher does not exec).

What it prints is what LanguageTool 6.3 prints: its start-up lines, and on a taken port the
real stack trace, captured from two real servers on one port
(fixtures/languagetool/bind_failure_6.3.log), and a "Check done" line per check.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from support.lt_replay import ReplayServer

BIND_FAILURE = Path(__file__).resolve().parent.parent / "fixtures/languagetool/bind_failure_6.3.log"
REAL_PORT = "18391"  # the port the trace was captured on


def _stamp() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S +0000", time.gmtime())


def main() -> int:
    if "-version" in sys.argv:
        version = os.environ.get("FAKE_JAVA_VERSION", "17.0.15")
        print(f'openjdk version "{version}" 2025-04-15', file=sys.stderr)
        return 0
    if os.environ.get("FAKE_JAVA_PIDFILE"):
        Path(os.environ["FAKE_JAVA_PIDFILE"]).write_text(str(os.getpid()))
    mode = os.environ.get("FAKE_JAVA_MODE", "ok")
    if mode == "crash":
        print(
            'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n'
            "\tat org.languagetool.server.HTTPServer.main(HTTPServer.java:180)",
            file=sys.stderr,
        )
        return 1
    if mode == "hang":
        time.sleep(3600)
        return 0
    time.sleep(float(os.environ.get("FAKE_JAVA_DELAY", "0")))
    port = int(sys.argv[sys.argv.index("--port") + 1])
    try:
        server = ReplayServer(port)
    except OSError:
        trace = BIND_FAILURE.read_text(encoding="utf-8").replace(REAL_PORT, str(port))
        sys.stderr.write(trace)
        return 1
    print(
        f"{_stamp()} Starting LanguageTool 6.3 (build date: 2023-10-06 20:34:38 +0000, fb238b2)"
        f" server on http://localhost:{port}...\n{_stamp()} Server started",
        flush=True,
    )
    with server:
        die_after = int(os.environ.get("FAKE_JAVA_DIE_AFTER", "0"))
        # The first check loads the language (10-13 s for German in real LanguageTool 6.3);
        # every check until it is loaded waits for it, as in LanguageTool.
        load = float(os.environ.get("FAKE_JAVA_FIRST_CHECK_DELAY", "0"))
        server.behaviour.delay = load
        loaded_at: float | None = None
        logged = 0
        while True:
            time.sleep(0.05)
            if load and server.behaviour.requests:
                loaded_at = loaded_at or time.monotonic() + load
                server.behaviour.delay = max(0.0, loaded_at - time.monotonic())
            for form in server.behaviour.requests[logged:]:  # as LanguageTool logs each check
                logged += 1
                print(
                    f"{_stamp()} INFO  org.languagetool.server.TextChecker Check done: "
                    f"{len(form.get('text', ''))} chars, {form.get('language')}, #{logged}",
                    flush=True,
                )
            if die_after and len(server.behaviour.requests) >= die_after:
                time.sleep(0.2)  # let the last answer go out
                os._exit(1)


if __name__ == "__main__":
    threading.current_thread().name = "fake-java"
    sys.exit(main())
