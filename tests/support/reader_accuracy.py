"""How well core/reply reads a corpus of received messages, field by field.

A corpus is TOML: ``[[message]]`` with ``text`` and ``[message.expect]`` holding
sender_first_name, sender_last_name, sender_gender, sender_title, tone, platform, kind and
asks. An empty string (or a missing key) for tone and platform means "not said". asks is a
list of lower-case fragments, one per ask (each must be in its own ask and the number of
asks must match), or a number of asks. Used by tests/test_reply_corpus.py and
scripts/reader_accuracy.py.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, NamedTuple

from knigge_desktop.core.reply import ReadMessage, read_message

FIELDS = (
    "sender_first_name",
    "sender_last_name",
    "sender_gender",
    "sender_title",
    "tone",
    "platform",
    "kind",
    "asks",
)


class Miss(NamedTuple):
    message: str
    field: str
    expected: object
    got: object


def load(path: Path) -> list[dict[str, Any]]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["message"]


def _got(read: ReadMessage, field: str) -> object:
    values: dict[str, object] = {
        "sender_first_name": read.sender.first_name,
        "sender_last_name": read.sender.last_name,
        "sender_gender": read.sender.gender.value,
        "sender_title": read.sender.title,
        "tone": read.tone.value if read.tone else "",
        "platform": read.platform.value if read.platform else "",
        "kind": read.kind.value,
        "asks": list(read.asks),
    }
    return values[field]


def _asks_match(expected: object, asks: list[str]) -> bool:
    if isinstance(expected, int):
        return len(asks) == expected
    fragments = [str(f).casefold() for f in expected] if isinstance(expected, list) else []
    folded = [a.casefold() for a in asks]
    if len(fragments) != len(folded):
        return False
    used: set[int] = set()
    for fragment in fragments:
        hit = next((i for i, a in enumerate(folded) if fragment in a and i not in used), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def matches(field: str, expected: object, got: object) -> bool:
    if field == "asks":
        return _asks_match(expected, got if isinstance(got, list) else [])
    expected_text = "" if expected is None else str(expected)
    if field == "sender_gender" and expected_text == "":
        expected_text = "none"
    return expected_text.casefold().strip() == str(got).casefold().strip()


class Accuracy(NamedTuple):
    per_field: dict[str, tuple[int, int]]  # field: (right, counted)
    misses: list[Miss]

    def share(self, field: str) -> float:
        right, counted = self.per_field[field]
        return right / counted if counted else 1.0

    def table(self) -> str:
        lines = [f"{'field':<20} {'right':>5} {'of':>4} {'accuracy':>9}"]
        for field in FIELDS:
            right, counted = self.per_field[field]
            lines.append(f"{field:<20} {right:>5} {counted:>4} {self.share(field):>8.0%}")
        return "\n".join(lines)


def measure(entries: list[dict[str, Any]]) -> Accuracy:
    per_field = {f: [0, 0] for f in FIELDS}
    misses: list[Miss] = []
    for entry in entries:
        read = read_message(entry.get("text", ""))
        expect = entry.get("expect", {})
        for field in FIELDS:
            if field not in expect:
                continue
            got = _got(read, field)
            per_field[field][1] += 1
            if matches(field, expect[field], got):
                per_field[field][0] += 1
            else:
                misses.append(
                    Miss(entry.get("name", entry.get("text", "")[:30]), field, expect[field], got)
                )
    return Accuracy({f: (r, c) for f, (r, c) in per_field.items()}, misses)
