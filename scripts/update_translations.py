"""Refresh the English catalogue after changing visible strings.

    python scripts/update_translations.py

1. pyside6-lupdate collects every string marked with tr(), translate() or
   QT_TRANSLATE_NOOP in knigge_desktop/ into knigge_desktop/resources/i18n/
   knigge_desktop_en.ts, keeping the translations already there (new strings come in unfinished).
2. Translate the unfinished ones, in Qt Linguist (pyside6-linguist FILE.ts) or any editor.
3. Run this again: pyside6-lrelease compiles the .ts into the .qm the app loads.

tests/test_translations.py fails while a string is untranslated or the .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "knigge_desktop" / "resources" / "i18n" / "knigge_desktop_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease from this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "knigge_desktop").rglob("*.py"))]


def lupdate(ts: Path) -> str:
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-source-language", "de_DE", "-target-language", "en_GB", "-ts", str(ts)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    print(lupdate(TS).strip())
    lrelease(TS, QM)
    print(f"{QM.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
