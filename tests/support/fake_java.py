"""A real child process standing in for `java` (no LanguageTool can be downloaded here).

`java -version` prints FAKE_JAVA_VERSION (default 17.0.15) as OpenJDK does. Started as the
LanguageTool server (`… org.languagetool.server.HTTPServer --port N`) it serves the replaying
loopback server on that port. FAKE_JAVA_MODE: "ok", "crash" (exits at once), "hang" (never
listens); FAKE_JAVA_DIE_AFTER=N exits after answering N checks; FAKE_JAVA_DELAY=s waits
before listening, like a cold JVM.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from support.lt_replay import ReplayServer


def main() -> int:
    if "-version" in sys.argv:
        version = os.environ.get("FAKE_JAVA_VERSION", "17.0.15")
        print(f'openjdk version "{version}" 2025-04-15', file=sys.stderr)
        return 0
    mode = os.environ.get("FAKE_JAVA_MODE", "ok")
    if mode == "crash":
        print("Exception in thread main: java.lang.OutOfMemoryError", file=sys.stderr)
        return 1
    if mode == "hang":
        time.sleep(3600)
        return 0
    time.sleep(float(os.environ.get("FAKE_JAVA_DELAY", "0")))
    port = int(sys.argv[sys.argv.index("--port") + 1])
    try:
        server = ReplayServer(port)
    except OSError:
        print("java.net.BindException: Address already in use", file=sys.stderr, flush=True)
        return 1
    with server:
        die_after = int(os.environ.get("FAKE_JAVA_DIE_AFTER", "0"))
        while True:
            time.sleep(0.05)
            if die_after and len(server.behaviour.requests) >= die_after:
                time.sleep(0.2)  # let the last answer go out
                os._exit(1)


if __name__ == "__main__":
    threading.current_thread().name = "fake-java"
    sys.exit(main())
