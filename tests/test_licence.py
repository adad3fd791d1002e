"""One licence everywhere (GPL-3.0-or-later, as language-tool-python's GPL-3.0 requires), and
the notices the bundles ship name every runtime dependency with its licence."""

from __future__ import annotations

import json
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

from knigge_desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import third_party_notices  # noqa: E402

SPDX = "GPL-3.0-or-later"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def notices() -> str:
    return third_party_notices.notices()


def test_the_licence_file_is_the_full_gpl_3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text and len(text) > 30_000


def test_pyproject_metainfo_and_readme_say_the_same_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] in ({"text": SPDX}, SPDX)
    assert (
        "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)"
        in (project["classifiers"])
    )
    metainfo = ET.parse(ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("project_license") == SPDX
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    licence_section = readme.split("## Licence", 1)[1].split("\n## ", 1)[0]
    assert SPDX in licence_section.strip().split("\n\n", 1)[0], (
        "the first paragraph: the app's licence"
    )


def test_the_installed_metadata_says_gpl() -> None:
    meta = metadata.metadata("knigge-desktop")
    assert SPDX in (meta.get("License-Expression") or meta.get("License") or "")


def test_every_runtime_dependency_is_named_with_its_licence(notices: str) -> None:
    distributions = third_party_notices.runtime_distributions()
    names = {_key(d.metadata["Name"]) for d in distributions}
    # The direct ones, from pyproject itself (not from the generator's own walk).
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = {_key(re.split(r"[<>=;\[ ]", r, maxsplit=1)[0]) for r in project["dependencies"]}
    assert direct <= names
    for distribution in distributions:
        name = distribution.metadata["Name"]
        head = rf"^{re.escape(name)} {re.escape(distribution.version)}\n"
        entry = re.search(head + r"  Licence: (.+)$", notices, re.MULTILINE)
        assert entry, f"{name} is not in the notices"
        assert entry.group(1).strip() not in ("", "UNKNOWN"), name


def test_the_licences_the_issue_names_are_right(notices: str) -> None:
    def licence(name: str) -> str:
        found = re.search(rf"^{re.escape(name)}[^\n]*\n  Licence: (.+)$", notices, re.MULTILINE)
        assert found, name
        return found.group(1)

    assert "LGPL-3.0" in licence("PySide6_Essentials") or "LGPL-3.0" in licence(
        "PySide6-Essentials"
    )
    assert licence("Qt 6 (inside PySide6-Essentials)") == "LGPL-3.0-only"
    assert licence("LanguageTool") == "LGPL-2.1-or-later"
    assert licence("language_tool_python") == "GPL-3.0-only"
    assert licence("keyring") == "MIT" and licence("platformdirs") == "MIT"
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3" in notices
    assert "Version 2.1, February 1999" in notices


def test_every_wheel_the_flatpak_ships_is_in_the_notices(notices: str) -> None:
    """A second, independent list: the wheels pinned in the Flatpak's dependency module."""
    deps = json.loads((ROOT / "packaging/flatpak/python3-deps.json").read_text("utf-8"))
    wheels = {_key(s["url"].rsplit("/", 1)[1].split("-")[0]) for s in deps["sources"]}
    named = {_key(line.split(" ")[0]) for line in notices.splitlines() if line and line[0] != " "}
    build_only = {"setuptools"}  # needed to install the app in the sandbox, never imported
    assert wheels - build_only <= named, wheels - build_only - named


def test_both_bundles_carry_the_licence_and_the_notices() -> None:
    spec = (ROOT / "packaging" / "knigge-desktop.spec").read_text(encoding="utf-8")
    assert "write_notices(" in spec and 'parent / "LICENSE"' in spec and "LICENCE_FILES" in spec
    flatpak = (ROOT / f"packaging/flatpak/{APP_ID}.yml").read_text(encoding="utf-8")
    assert "install -Dm644 LICENSE -t ${FLATPAK_DEST}/share/licenses/${FLATPAK_ID}" in flatpak
    assert "third_party_notices.py ${FLATPAK_DEST}/share/licenses/${FLATPAK_ID}/" in flatpak


def test_the_generator_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "THIRD-PARTY-NOTICES.txt"
    assert third_party_notices.main(["third_party_notices.py", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Knigge Desktop ") and SPDX in text.split("\n\n", 1)[0]


def test_the_readme_says_which_languagetool_from_where_and_how_it_is_checked() -> None:
    from knigge_desktop.core.grammar import install

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Grammar and spelling**", 1)[1].split("\n8. ", 1)[0]
    assert f"LanguageTool {install.VERSION}" in section
    assert install.DOWNLOAD_URL in section and "not languagetool.org" in section
    assert f"about {install.APPROX_MB} MB" in section and "SHA-256" in section
    assert install.SHA256[:8] in section and install.SHA256[-6:] in section
    assert "768 MB" in section and "1 GB" in section
