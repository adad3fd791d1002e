"""Refresh the English catalogue after changing visible strings.

    python scripts/update_translations.py

1. pyside6-lupdate collects every string marked with tr(), translate() or
   QT_TRANSLATE_NOOP in knigge_desktop/ into knigge_desktop/resources/i18n/
   knigge_desktop_en.ts, keeping the translations already there (new strings come in unfinished).
   The German catalogue knigge_desktop_de.ts holds only the plural forms ("%n Entwürfe").
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
# German is the source language; only its plural forms need a catalogue ("%n Entwürfe"
# reads "1 Entwurf" in German too). lupdate -pluralonly keeps it to those.
TS_DE = TS.with_name("knigge_desktop_de.ts")
QM_DE = TS_DE.with_suffix(".qm")


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease from this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "knigge_desktop").rglob("*.py"))]


def lupdate(ts: Path, target: str = "en_GB", plural_only: bool = False) -> str:
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         *(["-pluralonly"] if plural_only else []),
         "-source-language", "de_DE", "-target-language", target, "-ts", str(ts)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def lupdate_german(ts: Path) -> str:
    return lupdate(ts, "de_DE", plural_only=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    print(lupdate(TS).strip())
    print(lupdate_german(TS_DE).strip())
    for ts, qm in ((TS, QM), (TS_DE, QM_DE)):
        lrelease(ts, qm)
        print(f"{qm.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
