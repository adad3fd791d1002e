"""Write THIRD-PARTY-NOTICES.txt: every component a bundle ships, with its licence.

Run it in the environment the bundle is built from, after the app is installed: it reads
each runtime dependency's name, version, licence and licence files from the installed
metadata (importlib.metadata), following the app's requirements as pip resolved them, so
the notices always match what is in the bundle. The PyInstaller spec and the Flatpak
manifest run it at build time:

    python3 packaging/third_party_notices.py OUTPUT_FILE

Components that are not Python packages (Qt inside the PySide6 wheels, Python itself,
LanguageTool, the Flatpak's OpenJDK) are listed from COMPONENTS below.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

APP = "knigge-desktop"
# Full texts for the components above whose packages carry none (the PySide6 wheels have no
# licence file in their metadata): Debian's copies from /usr/share/common-licenses.
LICENCES = Path(__file__).resolve().parent / "licenses"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
MAX_LICENCE_TEXT = 200_000  # characters of one package's licence files; real ones are < 40k

# (name, licence, what it is, where its source and licence are)
COMPONENTS = (
    (
        "Qt 6 (inside PySide6-Essentials)",
        "LGPL-3.0-only",
        "The window toolkit. Used under the LGPL-3.0; you may replace the Qt libraries "
        "in the bundle with your own build of the same version.",
        "https://www.qt.io/licensing/open-source-lgpl-obligations, source: "
        "https://download.qt.io/official_releases/qt/",
    ),
    (
        "Python",
        "PSF-2.0",
        "The interpreter and its standard library (PyInstaller bundle only).",
        "https://docs.python.org/3/license.html",
    ),
    (
        "LanguageTool",
        "LGPL-2.1-or-later",
        "Grammar and spelling checks. Not shipped: downloaded on the user's request into "
        "the user's data folder, from language-tool-python's release mirror.",
        "https://github.com/languagetool-org/languagetool (COPYING.txt)",
    ),
    (
        "OpenJDK 17 (Flatpak only, org.freedesktop.Sdk.Extension.openjdk17)",
        "GPL-2.0-only WITH Classpath-exception-2.0",
        "The Java runtime LanguageTool runs on.",
        "https://openjdk.org/legal/gplv2+ce.html",
    ),
)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(app: str = APP) -> list[metadata.Distribution]:
    """The app's runtime dependencies, transitively, as installed here (extras left out,
    markers evaluated for this interpreter), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in metadata.requires(app) or ()]
    while pending:
        requirement = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = _key(requirement.name)
        if key in found:
            continue
        try:
            distribution = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # not needed on this system (e.g. a Windows-only dependency)
        found[key] = distribution
        pending.extend(Requirement(r) for r in distribution.requires or ())
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_of(distribution: metadata.Distribution) -> str:
    """SPDX expression if the package declares one, else its License field (when short),
    else its licence classifiers."""
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 100 and declared != "UNKNOWN":
        return declared
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def licence_texts(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in distribution.files or ():
        if not LICENCE_FILE.search(str(file)) or file.suffix == ".py":
            continue
        try:
            text = Path(file.locate()).read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        texts.append((str(file), text[:MAX_LICENCE_TEXT]))
    return texts


def notices(app: str = APP) -> str:
    distributions = runtime_distributions(app)
    version = metadata.version(app)
    parts = [
        f"Knigge Desktop {version}\n"
        "Copyright (C) the Knigge Desktop authors. Licensed under the GNU General Public "
        "License, version 3 or (at your option) any later version (GPL-3.0-or-later); the "
        "full text is in LICENSE next to this file.\n\n"
        "Knigge Desktop ships with, or uses, the following third-party components.\n",
        "=" * 78,
        "Components that are not Python packages",
        "=" * 78,
    ]
    for name, licence, what, where in COMPONENTS:
        parts.append(f"\n{name}\n  Licence: {licence}\n  {what}\n  {where}")
    parts += ["", "=" * 78, "Python packages (from their installed metadata)", "=" * 78]
    for distribution in distributions:
        meta = distribution.metadata
        home = meta.get("Home-page") or next(
            (url.split(", ", 1)[-1] for url in meta.get_all("Project-URL") or ()), ""
        )
        parts.append(
            f"\n{meta['Name']} {distribution.version}\n  Licence: {licence_of(distribution)}"
            + (f"\n  {home}" if home else "")
        )
    parts += ["", "=" * 78, "Licence texts", "=" * 78]
    for text in sorted(LICENCES.glob("*.txt")):
        used_by = "Qt, PySide6, shiboken6" if "LGPL-3" in text.name else "LanguageTool"
        parts.append(f"\n----- {text.stem} ({used_by}) -----\n{text.read_text('utf-8').strip()}")
    for distribution in distributions:
        for path, text in licence_texts(distribution):
            parts.append(f"\n----- {distribution.metadata['Name']}: {path} -----\n{text.strip()}")
    return "\n".join(parts) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: third_party_notices.py OUTPUT_FILE", file=sys.stderr)
        return 2
    Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
    Path(argv[1]).write_text(notices(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
