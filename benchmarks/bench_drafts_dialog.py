"""Autosave with 10,000 drafts after the drafts dialog was opened and closed 20 times,
printed as JSON. Issue 12: closed dialogs were never destroyed and each refreshed its table
on every save (0.2 s after one opening, 6.3 s after twenty). Goal: an autosave does not get
slower with the number of openings; the baseline is a bare SQLite UPDATE of one row in an
equal table, measured in the same run.

    python benchmarks/bench_drafts_dialog.py [--drafts 10000] [--openings 20] [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Run as a script, so this folder is on the path: the drafts benchmark's words and timer.
from bench_drafts import WORDS, median_ms
from PySide6.QtWidgets import QApplication

from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.core.paths import resolve_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--openings", type=int, default=20)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(1)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(folder)
        store = DraftStore.open(paths.drafts_db)
        raw = sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, updated TEXT)")
        for i in range(args.drafts):
            text = "Sehr geehrte Frau Wagner,\n\n" + " ".join(rng.choices(WORDS, k=120))
            fields = {"recipient_last_name": f"Name{i}"}
            store.save(Draft("first_contact_formal", "first_contact", fields, text, title=f"E{i}"))
            raw.execute("INSERT INTO t (text, updated) VALUES (?, ?)", (text, str(i)))
        store.close()
        window = build_window(paths)
        window.show()
        app.processEvents()

        def autosave() -> None:  # one keystroke's worth, saved as the autosave does
            window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
            window.editor.insertPlainText("x")
            window.session.autosaver.flush()
            app.processEvents()

        def raw_update() -> None:
            raw.execute("BEGIN")
            raw.execute("UPDATE t SET text = text || 'x', updated = ? WHERE id = 1", ("x",))
            raw.execute("COMMIT")

        autosave()  # the draft exists from here on
        report: dict[str, object] = {"drafts": args.drafts}
        report["baseline_raw_update_ms"] = median_ms(raw_update, args.runs)
        report["autosave_ms_no_opening"] = median_ms(autosave, args.runs)
        for opening in range(1, args.openings + 1):
            dialog = window.dialogs.show_drafts()
            app.processEvents()
            dialog.reject()
            app.processEvents()
            if opening in (1, 10, args.openings):
                report[f"autosave_ms_after_{opening}_openings"] = median_ms(autosave, args.runs)
        last = report[f"autosave_ms_after_{args.openings}_openings"]
        report["ratio_after_openings_to_raw_update"] = round(
            float(last) / float(report["baseline_raw_update_ms"]),
            1,
        )
        report["ratio_after_openings_to_no_opening"] = round(
            float(last) / float(report["autosave_ms_no_opening"]),
            2,
        )
        report["goal"] = "ratio_after_openings_to_no_opening about 1 (no growth)"
        window.close()
        raw.close()
        QApplication.processEvents()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
