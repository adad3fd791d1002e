"""Render the real main window with example values and save it as a PNG for the README.

    python scripts/screenshot.py [docs/screenshot.png]

Runs on any Qt platform: on a desktop, under Xvfb (``xvfb-run``), or offscreen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from knigge_desktop.app import build_window, ensure_application
from knigge_desktop.core.paths import resolve_paths

TEMPLATE = "first_contact_formal"
# Two typical slips, so the picture shows the live checks at work.
SLIPS = {"request": "Hätten sie in den nächsten Wochen Zeit für ein Telefonat von 20 Minuten?!"}


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    app = ensure_application()
    with tempfile.TemporaryDirectory() as data_dir:
        paths = resolve_paths(data_dir)
        from knigge_desktop.app import load_all_templates

        template = load_all_templates(paths).get(TEMPLATE)
        assert template is not None
        values = {**template.example_values(), **SLIPS}
        window = build_window(paths, new_template=TEMPLATE, values=values)
        window.resize(1280, 800)
        window.show()
        for _ in range(20):  # let layouts settle and paint, then the checks run
            app.processEvents()
        window._checks.flush()
        window.findings.tree.setCurrentItem(window.findings.items()[0])
        for _ in range(5):
            app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        window.close()
    print(target)


if __name__ == "__main__":
    main()
