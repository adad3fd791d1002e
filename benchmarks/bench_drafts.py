"""Speed of the drafts store, printed as JSON. Goals: save < 5 ms; list and search of
10,000 drafts < 50 ms. Each figure comes with a baseline measured in the same run on the
same machine: a bare sqlite3 INSERT, SELECT and LIKE scan over an equal table.

    python benchmarks/bench_drafts.py [--drafts 10000] [--runs 50]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from knigge_desktop.core.drafts import Draft, DraftStore

WORDS = [
    "Vortrag",
    "Messe",
    "Logistik",
    "Mehrweg",
    "Paletten",
    "Gespräch",
    "Anfrage",
    "Angebot",
    "Termin",
    "Projekt",
    "Kontakt",
    "Barcamp",
    "Formular",
    "Netzwerk",
    "Einkauf",
    "Kunden",
    "Umstellung",
    "Zahlen",
    "Unterlagen",
    "Woche",
]


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(1)
    texts = [
        "Sehr geehrte Frau Wagner,\n\n" + " ".join(rng.choice(WORDS) for _ in range(120))
        for _ in range(args.drafts)
    ]
    with tempfile.TemporaryDirectory() as folder:
        store = DraftStore.open(Path(folder) / "drafts.sqlite3")
        raw = sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, updated TEXT)")
        for i, text in enumerate(texts):
            fields = {"recipient_last_name": f"Name{i}"}
            draft = Draft("first_contact_formal", "first_contact", fields, text, title=f"E{i}")
            store.save(draft)
            raw.execute("INSERT INTO t (text, updated) VALUES (?, ?)", (text, str(i)))
        draft = store.all_drafts()[0]

        def save() -> None:
            nonlocal draft
            draft.text += " Danke."
            draft = store.save(draft)  # the next save starts from the stored revision

        def raw_save() -> None:
            raw.execute("BEGIN")
            raw.execute("UPDATE t SET text = text || ' Danke.', updated = ? WHERE id = 1", ("x",))
            raw.execute("COMMIT")

        path = Path(folder) / "drafts.sqlite3"

        def reopen() -> None:  # the checks at start-up: file, journal, search index
            DraftStore.open(path).close()

        report = {
            "drafts": args.drafts,
            "open_ms": median_ms(reopen, max(3, args.runs // 10)),
            "save_ms": median_ms(save, args.runs),
            "baseline_raw_update_ms": median_ms(raw_save, args.runs),
            "list_ms": median_ms(store.list, args.runs),
            "baseline_raw_select_ms": median_ms(
                lambda: raw.execute("SELECT id, updated FROM t ORDER BY updated DESC").fetchall(),
                args.runs,
            ),
            # Two words in nearly every draft: ~10,000 hits, the best 200 listed.
            "search_common_words_ms": median_ms(lambda: store.search("mehrweg palett"), args.runs),
            "search_one_name_ms": median_ms(lambda: store.search("Name4242"), args.runs),
            "baseline_raw_like_scan_ms": median_ms(
                lambda: raw.execute(
                    "SELECT id FROM t WHERE text LIKE '%Mehrweg%' AND text LIKE '%Palett%'"
                ).fetchall(),
                args.runs,
            ),
            "goals": "save < 5 ms; list and search < 50 ms; open: see bench_startup.py",
        }
        store.close()
        raw.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
