"""Run the app as `knigge-desktop --data-dir DIR` does and report, as JSON on stdout, what
the process holds at the window's first paint; then end it at once.

    python tests/support/first_paint_probe.py DIR

The window module is patched while it is imported, not before: importing it here first
would change the order in which the app imports everything else, which is what is watched.
"""

from __future__ import annotations

import enum
import importlib.abc
import importlib.util
import json
import os
import sys
from types import ModuleType
from typing import Any


def _qt_namespace_built() -> bool:
    """Whether PySide has made the Qt namespace's enum types (its first use costs ~20 ms)."""
    bases = (enum.Enum, enum.Flag, enum.IntEnum, enum.IntFlag)
    return any(c.__qualname__.startswith("Qt.") for b in bases for c in b.__subclasses__())


def _report(window: Any) -> None:
    gallery = window.gallery
    picture = {
        "templates_listed": len(gallery.visible_ids()),
        "headings": gallery.group_titles(),
        "text": window.editor.toPlainText(),
        "fields": len(window.form.inputs()),
        "icon_sizes": sorted({size.width() for size in window.windowIcon().availableSizes()}),
    }
    state = {
        "modules": sorted(sys.modules),
        "qt_namespace_built": _qt_namespace_built(),
        "picture": picture,
    }
    sys.stdout.write(json.dumps(state))
    sys.stdout.flush()
    os._exit(0)


class _PatchWindowOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "knigge_desktop.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        run_module = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run_module(module)
            module.MainWindow._after_first_paint = _report

        loader.exec_module = exec_module  # type: ignore[method-assign]  # this process only
        return spec


if __name__ == "__main__":
    sys.meta_path.insert(0, _PatchWindowOnImport())
    from knigge_desktop.cli import main

    sys.exit(main(["--data-dir", sys.argv[1]]))
