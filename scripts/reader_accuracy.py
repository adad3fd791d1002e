"""Print how well the reader of received messages reads a corpus, field by field.

    .venv/bin/python scripts/reader_accuracy.py [CORPUS.toml ...] [--misses]

Without a path it reads tests/corpus/received_corpus.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.reader_accuracy import load, measure  # noqa: E402


def main(argv: list[str]) -> int:
    show_misses = "--misses" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or [
        ROOT / "tests" / "corpus" / "received_corpus.toml"
    ]
    for path in paths:
        accuracy = measure(load(path))
        print(f"{path} ({sum(1 for _ in load(path))} messages)")
        print(accuracy.table())
        if show_misses:
            for miss in accuracy.misses:
                print(
                    f"  {miss.message}: {miss.field} expected {miss.expected!r}, got {miss.got!r}"
                )
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
