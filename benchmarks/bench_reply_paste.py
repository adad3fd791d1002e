"""A 1 MB paste into the reply box (Datei → Auf Nachricht antworten), printed as JSON.

Goals: a keystroke in the box with 1 MB in it costs about what it costs in a bare
QPlainTextEdit holding the same text (the box only restarts a timer; reading waits for a
pause and runs in a thread); and reading a 1 MB paste costs about what reading its first
20,000 characters costs (the read is capped). Both baselines are measured in the same run.

    python benchmarks/bench_reply_paste.py [--runs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Run as a script, so this folder is on the path: the drafts benchmark's timer.
from bench_drafts import median_ms
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths
from knigge_desktop.services.reply_service import READ_LIMIT, read_pasted

MESSAGE = (
    "Anna Wagner möchte sich mit Ihnen vernetzen.\n\nGuten Tag, wir haben uns auf der "
    "LogiMAT unterhalten. Haben Sie Ihre Folien online gestellt?\n\nViele Grüße\nAnna Wagner"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = ensure_application()
    huge = MESSAGE + "\n\n" + "> Zitat aus dem Verlauf, Zeile für Zeile.\n" * 25_000
    report: dict[str, object] = {"paste_chars": len(huge)}
    with tempfile.TemporaryDirectory() as folder:
        window = build_window(resolve_paths(folder))
        window.show()
        dialog = window.reply_to_message(text=huge)
        app.processEvents()
        bare = QPlainTextEdit()
        bare.setPlainText(huge)
        bare.show()
        app.processEvents()

        def keystroke(box: QPlainTextEdit) -> None:
            box.moveCursor(box.textCursor().MoveOperation.End)
            box.insertPlainText("x")
            app.processEvents()

        report["keystroke_ms_bare_editor"] = median_ms(lambda: keystroke(bare), args.runs)
        report["keystroke_ms_reply_box"] = median_ms(lambda: keystroke(dialog.paste), args.runs)
        templates = window.catalog.templates.items
        head = huge[:READ_LIMIT]
        report["read_ms_first_20000_chars"] = median_ms(lambda: read_pasted(head, templates), 10)
        report["read_ms_1_mb_paste"] = median_ms(lambda: read_pasted(huge, templates), 10)
        report["ratio_keystroke_reply_box_to_bare"] = round(
            float(report["keystroke_ms_reply_box"])  # type: ignore[arg-type]
            / float(report["keystroke_ms_bare_editor"]),  # type: ignore[arg-type]
            2,
        )
        report["ratio_read_1_mb_to_20000_chars"] = round(
            float(report["read_ms_1_mb_paste"])  # type: ignore[arg-type]
            / float(report["read_ms_first_20000_chars"]),  # type: ignore[arg-type]
            2,
        )
        report["goal"] = "both ratios about 1"
        dialog.close()
        window.close()
        bare.close()
        QApplication.processEvents()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
