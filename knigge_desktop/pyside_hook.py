"""Loads the PySide6 package and answers its import hook up front.

PySide6's hook reads the source of every module imported after Qt, to see whether it uses
PySide6 (for `from __feature__ import …`, which this project never does). For our own
modules the answer is known from the layers: ui/ and services/ use Qt, core/ never does
(import-linter enforces it); modules loaded before Qt cannot have asked for a feature.
Given up front, ~55 sources (~5 ms and ~0.3 MB of linecache) are not read at every
start. app.py imports this before its first Qt import; a PySide6 without that table
loses nothing but the saving."""

from __future__ import annotations

import os
import sys

# Modules loaded before Qt cannot have asked PySide6 for a feature; the hook would still
# read the source of each that a later import statement names (dataclasses, enum, …).
_LOADED_BEFORE_QT = tuple(sys.modules)

import PySide6  # noqa: E402, F401  # the package alone: its import hook starts here
from PySide6.support import feature  # type: ignore[attr-defined]  # noqa: E402  # no stubs for it

USES_QT, NO_QT = 0, -1  # the hook's own values ("uses PySide6", "ignore this module")


def _answer_up_front(known: dict[str, int]) -> None:
    for name in _LOADED_BEFORE_QT:
        known.setdefault(name, NO_QT)
    package = os.path.dirname(os.path.abspath(__file__))
    parent = os.path.dirname(package)
    for folder, answer in (("ui", USES_QT), ("services", USES_QT), ("core", NO_QT)):
        for root, _dirs, files in os.walk(os.path.join(package, folder)):
            dotted = os.path.relpath(root, parent).replace(os.sep, ".")
            known.setdefault(dotted, answer)
            for name in files:
                if name.endswith(".py") and name != "__init__.py":
                    known.setdefault(f"{dotted}.{name[:-3]}", answer)


_known = getattr(feature, "pyside_feature_dict", None)
if isinstance(_known, dict):
    _answer_up_front(_known)
