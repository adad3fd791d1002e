"""Score the etiquette checks on a corpus file of labelled messages, printed as a table.

The format is that of tests/corpus/holdout_corpus.toml ([[message]] with name, kind, tone,
platform, optional recipient, flags = principles a careful reviewer would flag, text).
Used for the first-sight measurement of a fresh batch: run it before any rule changes.

    python benchmarks/score_corpus.py FILE.toml [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_etiquette_development_corpus import Outcome, _context, _labels, _table

from knigge_desktop.core.etiquette.checker import EtiquetteChecker


def score(path: Path) -> tuple[str, list[Outcome]]:
    messages = tomllib.loads(path.read_text(encoding="utf-8"))["message"]
    checker = EtiquetteChecker.shipped()
    outcomes = [
        Outcome(
            m["name"],
            _labels(m),
            {f.principle for f in checker.check(m["text"], _context(m)) if f.counts},
        )
        for m in messages
    ]
    table, _recall, good, _ = _table(outcomes)
    faults = sum(len(o.labels) for o in outcomes)
    found = sum(len(o.labels & o.fired) for o in outcomes)
    false_on_good = sum(len(o.fired) for o in outcomes if not o.labels)
    extra_on_faulty = Counter(p for o in outcomes if o.labels for p in o.fired - o.labels)
    summary = (
        f"faults found {found}/{faults} = {found / max(faults, 1):.2f}; "
        f"false alarms on good messages {false_on_good} on {good} "
        f"(= {40 * false_on_good / max(good, 1):.1f} per 40 good); "
        f"good messages with any alarm {sum(1 for o in outcomes if not o.labels and o.fired)}; "
        f"extra findings on faulty messages {sum(extra_on_faulty.values())}"
    )
    return table + "\n" + summary, outcomes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every message not right")
    args = parser.parse_args()
    report, outcomes = score(args.corpus)
    print(report)
    if args.misses:
        for o in outcomes:
            if o.labels != o.fired:
                missed = sorted(p.value for p in o.labels - o.fired)
                extra = sorted(p.value for p in o.fired - o.labels)
                print(f"{o.name}: missed {missed}, extra {extra}")


if __name__ == "__main__":
    main()
