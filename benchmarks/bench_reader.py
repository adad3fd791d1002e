"""Speed of reading a received message (core/reply), printed as JSON.

For a realistic message of about 600 characters and for 1 MB pastes (a long thread of
plain text, and HTML from a browser), the median time of read_message with nothing cached,
against a baseline measured in the same run on the same text: str.splitlines (what any
reading of the text costs at least). The reader caps what it analyses, so 1 MB must cost
about what the cap costs, not what a megabyte would.

Goals: 600 characters in 10 ms or less; 1 MB in 250 ms or less, whatever it contains.

Pathological pastes of the 20,000 characters the reader analyses (runs without spaces,
thousands of short lines, of ">" or "-" lines, of emoji, of dots or underscores, where a
regex that backtracks or a line joined again and again turns quadratic) against a normal
message of the same length read in the same run: goal, at most 4 times as long.

    python benchmarks/bench_reader.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from knigge_desktop.core.language import sentences
from knigge_desktop.core.reply import read_message

MESSAGE = """Von: Wagner, Anna <anna.wagner@wagner-bau.example>
Gesendet: Dienstag, 1. Dezember 2026 09:14
An: Becker, Jonas
Betreff: Messe Essen

Guten Tag Herr Becker,

wir haben uns am Donnerstag auf der Messe in Essen am Stand der Handwerkskammer kurz
unterhalten. Hätten Sie in den nächsten Wochen Zeit für ein Telefonat über Ihre
Erfahrungen mit der Teilzeitausbildung? Schicken Sie mir gern zwei Terminvorschläge.
Bei uns beginnen im Herbst vier Auszubildende, zwei davon möchten in Teilzeit lernen.

Mit freundlichen Grüßen
Anna Wagner
Wagner Bau GmbH | Tel. 0201 123456
"""
QUOTED = (
    "> Am 1.12.2026 um 08:00 schrieb Jonas Becker <jonas@example.org>:\n> "
    + ("Das ist eine ältere Zeile aus dem Verlauf, die niemand mehr liest. " * 3)
    + "\n"
)
HTML_BLOCK = (
    '<div class="x"><p style="margin:0">Das ist <b>ein</b> Absatz mit <a href="#">Link</a>'
    "&nbsp;und Text.</p></div>\n"
)
MB = 1_000_000
ANALYSED = 20_000  # core/reply/clean.MAX_ANALYSED_CHARS: what any paste is cut to


def _repeat(piece: str, length: int = ANALYSED) -> str:
    return (piece * (length // len(piece) + 1))[:length]


_BODY = MESSAGE.split("Herr Becker,\n\n")[1].split("\n\nMit freundlichen")[0]
NORMAL_20K = "Guten Tag Herr Becker,\n\n" + _repeat(_BODY + "\n\n", ANALYSED - 24)
PATHOLOGICAL = {
    "no_spaces": _repeat("a"),
    "digits": _repeat("1"),
    "underscores": _repeat("_"),
    "dots": _repeat("."),
    "dashes": _repeat("-"),
    "short_lines": _repeat("ab\n"),
    "short_word_lines": _repeat("ab cd\n"),
    "quote_lines": _repeat(">\n"),
    "quoted_words": _repeat("> ab\n"),
    "dash_lines": _repeat("-\n"),
    "rule_lines": _repeat("=\n"),
    "one_quote_run": ">" * ANALYSED,
    "emoji": "😀" * ANALYSED,
    "emoji_words": _repeat("😀 "),
    "brackets": _repeat("("),
}
PATHOLOGICAL_RATIO_GOAL = 4.0


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        sentences.tokens_of.cache_clear()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(name: str, text: str, runs: int) -> dict[str, object]:
    reader = _median_ms(lambda: read_message(text), runs)
    baseline = _median_ms(text.splitlines, runs)
    return {
        "case": name,
        "chars": len(text),
        "read_ms": round(reader, 3),
        "splitlines_ms": round(baseline, 4),
        "ratio": round(reader / baseline, 1) if baseline else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    read_message(MESSAGE)  # load word lists once, as the window does before the first paste
    thread = (MESSAGE + QUOTED * (MB // len(QUOTED) + 1))[:MB]
    html = ("<html><body>" + HTML_BLOCK * (MB // len(HTML_BLOCK) + 1))[:MB]
    one_line = ("Hallo Anna, hast du Zeit? " * (MB // 26 + 1))[:MB]
    results = [
        measure("message_600", MESSAGE, args.runs * 10),
        measure("thread_1mb", thread, args.runs),
        measure("html_1mb", html, args.runs),
        measure("one_line_1mb", one_line, args.runs),
    ]
    goals = {"message_600": 10.0, "thread_1mb": 250.0, "html_1mb": 250.0, "one_line_1mb": 250.0}
    for result in results:
        result["goal_ms"] = goals[str(result["case"])]
        result["met"] = float(result["read_ms"]) <= goals[str(result["case"])]  # type: ignore[arg-type]
    print(json.dumps({"reader": results, "pathological_20k": pathological(args.runs)}, indent=2))


def pathological(runs: int) -> list[dict[str, object]]:
    """Each pathological paste against the normal message of the same length."""
    normal = _median_ms(lambda: read_message(NORMAL_20K), runs)
    results: list[dict[str, object]] = [{"case": "normal_20k", "read_ms": round(normal, 1)}]
    for name, text in PATHOLOGICAL.items():
        reader = _median_ms(lambda text=text: read_message(text), runs)  # type: ignore[misc]
        ratio = reader / normal
        results.append(
            {
                "case": name,
                "chars": len(text),
                "read_ms": round(reader, 1),
                "ratio_to_normal": round(ratio, 2),
                "goal_ratio": PATHOLOGICAL_RATIO_GOAL,
                "met": ratio <= PATHOLOGICAL_RATIO_GOAL,
            }
        )
    return results


if __name__ == "__main__":
    main()
