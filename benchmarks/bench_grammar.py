"""The app's grammar check after a one-word edit against a raw POST of the whole message to
a LanguageTool with default settings, in one run; printed as JSON.

The message: about 1,000 characters in four paragraphs. Each round changes one word (a
number in the third paragraph, new every round, so no cache has seen it) and times
- raw: requests.post of the whole message to a server started with default settings, JSON
  parsed;
- app: GrammarClient.check (paragraph cache, annotation, Findings) against the server the
  app manages (LocalServer: its properties file, its warm-up), with the message checked once
  before, as it was while the user wrote it.
Goal: app at most half the raw time (ratio <= 0.5). With a real LanguageTool it also
reports the time from starting a server to the first finding (the app's, warm-up included,
and a default server's, which loads German on the first check) and the servers' memory
(goal: the app's under 1 GB resident).

The server is the replaying stand-in from tests/ by default (then only the app's overhead
shows); KNIGGE_LT_DIR=<folder with languagetool-server.jar> (or --lt-dir) uses a real one
(../shared/languagetool/build.sh builds it) and Java 17+.

    python benchmarks/bench_grammar.py [--runs 20] [--lt-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

PARAGRAPHS = (
    "Sehr geehrte Frau Dr. Wagner,",
    "vielen Dank für Ihren Vortrag über nachhaltige Lieferketten auf der Fachtagung in Kassel "
    "am vergangenen Donnerstag. Besonders Ihr Beispiel aus der Textilbranche hat mich zum "
    "Nachdenken gebracht, weil wir in unserem Unternehmen vor einer ganz ähnlichen Frage "
    "stehen. Ich habe den Haus Ihrer Folien noch einmal in Ruhe angesehen und mir einige "
    "Notizen gemacht, die ich gern mit Ihnen besprechen würde. Auch Ihre Hinweise zur "
    "Zertifizierung kleiner Betriebe fand ich hilfreich.",
    "Wir arbeiten seit {years} Jahren mit kleinen Zulieferern aus Portugal zusammen und "
    "möchten unsere Lieferkette bis zum Ende des nächsten Jahres vollständig offenlegen. Dabei "
    "stoßen wir immer wieder auf dieselben Hürden: fehlende Daten, unterschiedliche Standards "
    "und sehr viel Handarbeit. Hätten Sie in den kommenden Wochen Zeit für ein kurzes "
    "Gespräch von etwa zwanzig Minuten? Ich richte mich gern nach Ihrem Kalender und schicke "
    "Ihnen vorab eine kurze Übersicht.",
    "Mit freundlichen Grüßen\nJonas Becker\nLeiter Einkauf, Becker & Söhne GmbH",
)


def message(years: int) -> str:
    return "\n\n".join(PARAGRAPHS).replace("{years}", str(years))


def _rss_mb(pid: int) -> float | None:
    try:
        import psutil

        root = psutil.Process(pid)
        return round(sum(p.memory_info().rss for p in (root, *root.children(True))) / 2**20, 1)
    except Exception:  # gone, no permission, no psutil
        return None


def _post(url: str, text: str) -> dict[str, Any]:
    import requests

    answer = requests.post(f"{url}/v2/check", data={"language": "de-DE", "text": text}, timeout=60)
    return answer.json()


def _wait_until_up(url: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{url}/v2/languages", timeout=2),
        ):
            return
        time.sleep(0.1)
    raise SystemExit(f"LanguageTool at {url} did not come up")


@contextlib.contextmanager
def default_server(java: str, jar: Path) -> Iterator[tuple[str, int, float]]:
    """A LanguageTool as it starts without a properties file: url, pid, and the seconds
    from start to the first finding (German loads on the first check)."""
    from knigge_desktop.core.grammar.server import SERVER_CLASS, free_port

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    process = subprocess.Popen(
        [java, "-Xmx1g", "-cp", str(jar), SERVER_CLASS, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_until_up(url)
        assert _post(url, message(3))["matches"], "the message has errors"
        yield url, process.pid, time.monotonic() - started
    finally:
        process.terminate()
        process.wait(10)


@contextlib.contextmanager
def servers(lt_dir: str) -> Iterator[dict[str, Any]]:
    if not lt_dir:
        from support.lt_replay import ReplayServer

        with ReplayServer() as replay:
            yield {"kind": "replaying stand-in (tests/support/lt_replay.py)",
                   "raw_url": replay.url, "app_url": replay.url}  # fmt: skip
        return
    from knigge_desktop.core.grammar.client import GrammarClient
    from knigge_desktop.core.grammar.java import find_java
    from knigge_desktop.core.grammar.server import LocalServer

    java, jar = find_java().path, Path(lt_dir) / "languagetool-server.jar"
    with tempfile.TemporaryDirectory() as run_dir, default_server(java, jar) as raw:
        raw_url, raw_pid, raw_first = raw
        local = LocalServer(java, jar, Path(run_dir))
        started = time.monotonic()
        try:
            app_url = local.start()  # waits for the server and sends the warm-up
            up = time.monotonic() - started
            first_check = time.monotonic()
            assert GrammarClient(app_url).check(message(3)), "the message has errors"
            yield {
                "kind": "LanguageTool (real)",
                "raw_url": raw_url,
                "app_url": app_url,
                "app_start_to_first_finding_s": round(time.monotonic() - started, 2),
                "app_start_and_warm_up_s": round(up, 2),
                # what the user's first check waits once the status says "bereit"
                "app_first_check_after_ready_s": round(time.monotonic() - first_check, 2),
                "default_start_to_first_finding_s": round(raw_first, 2),
                "pids": {"app": local.process.pid if local.process else None, "raw": raw_pid},
            }
        finally:
            local.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--lt-dir", default=os.environ.get("KNIGGE_LT_DIR", ""))
    args = parser.parse_args()

    from knigge_desktop.core.grammar.client import GrammarClient

    with servers(args.lt_dir) as setup:
        raw_url, app_url = setup.pop("raw_url"), setup.pop("app_url")
        pids = setup.pop("pids", {})
        client = GrammarClient(app_url)
        client.check(message(2))  # the message as it stood before the edit
        _post(raw_url, message(2))
        ours, raw, tuned, sent = [], [], [], []
        for round_ in range(args.runs):
            edited = message(10 + round_)  # one word changed, never seen before
            start = time.perf_counter()
            client.check(edited)
            ours.append(time.perf_counter() - start)
            sent.append(sum(len(p) for p in client.paragraphs.sent))
            start = time.perf_counter()
            _post(raw_url, edited)
            raw.append(time.perf_counter() - start)
            # The whole message to the app's server: what its settings alone win.
            start = time.perf_counter()
            _post(app_url, message(1000 + round_))
            tuned.append(time.perf_counter() - start)
        memory = {name: _rss_mb(pid) for name, pid in pids.items() if pid}
    median_ours, median_raw = statistics.median(ours), statistics.median(raw)
    print(json.dumps({
        "server": setup.pop("kind"),
        "runs": args.runs,
        "message_chars": len(message(10)),
        "chars_sent_per_edit": statistics.median(sent),
        "median_ms_app_after_one_word_edit": round(median_ours * 1000, 2),
        "median_ms_raw_post_default_server": round(median_raw * 1000, 2),
        "median_ms_raw_post_app_server": round(statistics.median(tuned) * 1000, 2),
        "ratio": round(median_ours / median_raw, 3),
        "goal": "ratio <= 0.5; app server under 1024 MB resident",
        **setup,
        **({"resident_mb": memory} if memory else {}),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
