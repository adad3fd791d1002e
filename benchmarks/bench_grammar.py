"""Overhead of the app's grammar check path over a raw HTTP request, printed as JSON.

Both run in one process against the same LanguageTool server, alternating: the median of
GrammarClient.check (language-tool-python, offset conversion, Findings) and of a bare
requests.post of the same text to /v2/check with its JSON parsed. Goal: ratio <= 1.10.
The server is the replaying stand-in from tests/ by default; with --real, a real
LanguageTool installed in the data dir (and Java 17+) is started and used instead.

    python benchmarks/bench_grammar.py [--runs 200] [--real --data-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

TEXT = (
    "Guten Tag Herr Weber,\n\nich habe den Haus auf Ihrem Profil gesehen. Ich freue mich auf "
    "Ihre Antwortt und grüße Sie herzlich 😀 aus Kassel.\n\nViele Grüße\nJana"
)


@contextlib.contextmanager
def server(real: bool, data_dir: Path | None) -> Iterator[tuple[str, str]]:
    if real:
        from knigge_desktop.core.grammar.install import find_installation
        from knigge_desktop.core.grammar.java import find_java
        from knigge_desktop.core.grammar.server import LocalServer

        jar = find_installation(data_dir or Path.home())
        if jar is None:
            raise SystemExit("No LanguageTool installed in the data dir; run without --real.")
        local = LocalServer(find_java().path, jar, (data_dir or Path.home()) / "run")
        try:
            yield local.start(), "LanguageTool (real)"
        finally:
            local.stop()
        return
    from support.lt_replay import ReplayServer

    with ReplayServer() as replay:
        yield replay.url, "replaying stand-in (tests/support/lt_replay.py)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    import requests

    from knigge_desktop.core.grammar.client import GrammarClient

    with server(args.real, args.data_dir) as (url, kind):
        client = GrammarClient(url)
        ours, raw = [], []
        for _ in range(5):  # warm up both paths
            client.check(TEXT)
            requests.post(f"{url}/v2/check", data={"language": "de-DE", "text": TEXT}).json()
        for _ in range(args.runs):
            start = time.perf_counter()
            client.check(TEXT)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            answer = requests.post(f"{url}/v2/check", data={"language": "de-DE", "text": TEXT})
            answer.json()
            raw.append(time.perf_counter() - start)
    median_ours, median_raw = statistics.median(ours), statistics.median(raw)
    print(json.dumps({
        "server": kind,
        "runs": args.runs,
        "median_ms_check_path": round(median_ours * 1000, 3),
        "median_ms_raw_post": round(median_raw * 1000, 3),
        "ratio": round(median_ours / median_raw, 3),
        "goal": "ratio <= 1.10",
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
